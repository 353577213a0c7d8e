"""Learn: short readings about self-compassion, in Kind's own words.

Each topic is a title and a few short paragraphs, marked with `tr_noop` for the UI to translate.
Plain and warm, no numbers, nothing to pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from kindapp.core.translatable import tr_noop


@dataclass(frozen=True)
class LearnTopic:
    id: str
    title: str
    paragraphs: tuple[str, ...]

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


THREE_PARTS = LearnTopic(
    "three-parts",
    tr_noop("The three parts"),
    (
        tr_noop(
            "Self-compassion means treating yourself the way you would treat someone you care "
            "about when they are having a hard time. It has three parts, and each has an "
            "opposite that most of us know well."
        ),
        tr_noop(
            "Mindfulness: noticing that this hurts, without pushing the feeling away and "
            "without getting lost in it. Its opposite is being swept up in the story, until the "
            "pain fills everything."
        ),
        tr_noop(
            "Common humanity: remembering that struggling and getting things wrong are part of "
            "being a person. Its opposite is isolation, the feeling that it's only you, and that "
            "something is uniquely wrong with you."
        ),
        tr_noop(
            "Self-kindness: answering your own pain with warmth, the way you would answer a "
            "friend's. Its opposite is harsh self-judgement, the inner voice that piles on."
        ),
    ),
)

MYTHS = LearnTopic(
    "myths",
    tr_noop("Common myths"),
    (
        tr_noop(
            "Many people hold back from self-compassion because of what they fear it might do "
            "to them. On each of these worries, the research points the other way."
        ),
        tr_noop(
            'Self-pity? Self-pity says "poor me" and tends to shut others out. '
            "Self-compassion remembers that others struggle too, which helps you see the "
            "situation more clearly."
        ),
        tr_noop(
            "Self-indulgence? Being kind to yourself means caring about your wellbeing over "
            "time, not only how you feel this minute. Sometimes the kind thing is the healthy "
            "choice, or the hard conversation."
        ),
        tr_noop(
            "Weakness? Self-compassion goes with more resilience, not less. People who can "
            "support themselves through a hard time tend to cope with it better."
        ),
        tr_noop(
            "Excuses? Self-compassionate people tend to take more responsibility for their "
            "mistakes, because looking at them feels less threatening."
        ),
        tr_noop(
            "Motivation? Harsh self-criticism feeds the fear of getting it wrong. Kindness "
            "makes it easier to try again after a setback."
        ),
    ),
)

ACCOUNTABILITY = LearnTopic(
    "accountability",
    tr_noop("Accountability, not punishment"),
    (
        tr_noop(
            "Being kind to yourself doesn't mean pretending nothing went wrong. It means you "
            "can look at what happened honestly, because you are not bracing for an attack "
            "from inside."
        ),
        tr_noop(
            "Compare two inner voices. One says: “I can see what went wrong, and I want to do "
            "better.” The other says: “I'm bad, and I deserve to feel terrible.” The first "
            "one teaches. The second mostly produces shame, and shame makes us want to hide, "
            "defend ourselves, or give up."
        ),
        tr_noop(
            "You can care about doing well and still be on your own side. A good coach does both."
        ),
    ),
)

BACKDRAFT = LearnTopic(
    "backdraft",
    tr_noop("When it stirs things up"),
    (
        tr_noop(
            "Sometimes, when you offer yourself kindness, old pain rises instead of comfort: "
            "grief, sadness, a wave of feeling you weren't expecting. This is called backdraft. "
            "It is common, and it usually means the practice reached something real. It is not "
            "a sign that you are doing it wrong."
        ),
        tr_noop(
            "When a door opens onto a fire that has burned in a closed room, fresh air can make "
            "it flare. Warmth can do something similar to feelings that have been shut away for "
            "a long time."
        ),
        tr_noop(
            "If it happens, turn the intensity down and keep the direction. Shorten the "
            "practice, open your eyes, feel the soles of your feet on the floor, breathe "
            "normally, or do something ordinary, like making a cup of tea. You can come back "
            "another day, more gently."
        ),
    ),
)

AWKWARD = LearnTopic(
    "awkward",
    tr_noop("Why it feels awkward at first"),
    (
        tr_noop(
            "For many people, the first kind words they offer themselves feel hollow, forced or "
            "a little silly. That is normal. Most of us have had years of practice at being "
            "tough on ourselves, and very little at being gentle."
        ),
        tr_noop(
            "The first twenty times or so may feel strange. The change builds slowly, out of "
            "many small moments, rather than arriving all at once. There is no checklist to "
            "finish."
        ),
        tr_noop(
            "If even this feels like too much, start one step earlier, with kindness for how "
            'hard it is: "It makes sense this feels foreign. I learned tough love." That '
            "counts too."
        ),
        tr_noop(
            "It can also help to notice what you take in each day: what you read and watch, "
            "and whose voices you follow."
        ),
    ),
)

SELF_ESTEEM = LearnTopic(
    "self-esteem",
    tr_noop("Not the same as self-esteem"),
    (
        tr_noop(
            "Self-esteem is about how we judge our worth, and it often depends on doing well, "
            "being liked, or being above average. That makes it fragile: it rises with success "
            "and drops with each setback, just when we need support most."
        ),
        tr_noop(
            "Self-compassion doesn't ask you to be special, or to succeed first. It is a way of "
            "relating to yourself, whatever happened, and that makes it steadier. You don't "
            "have to earn it, and it is there on good days and hard ones."
        ),
        tr_noop(
            "If a voice says “I don't deserve it yet”, that is often the very moment kindness "
            "is most needed."
        ),
    ),
)

SUPPORT = LearnTopic(
    "support",
    tr_noop("Getting support"),
    (
        tr_noop(
            "Kind is a companion for small everyday moments. It is not therapy, and it is not "
            "made for a crisis."
        ),
        tr_noop(
            "If the practices often bring up more than you can hold, or old pain keeps "
            "returning, talking with a therapist can really help. Compassion-focused therapy, "
            "developed by Paul Gilbert, works directly with the things that make kindness "
            "towards ourselves so hard."
        ),
        tr_noop("A doctor can help you find someone, and so can people you trust."),
        tr_noop(
            "If you are in danger, or might hurt yourself, please contact your local emergency "
            "services now, or go to the nearest emergency department."
        ),
    ),
)

TOPICS: tuple[LearnTopic, ...] = (
    THREE_PARTS,
    MYTHS,
    ACCOUNTABILITY,
    BACKDRAFT,
    AWKWARD,
    SELF_ESTEEM,
    SUPPORT,
)
TOPIC_IDS: tuple[str, ...] = tuple(t.id for t in TOPICS)


def topic(topic_id: str) -> LearnTopic:
    for t in TOPICS:
        if t.id == topic_id:
            return t
    raise ValueError(f"no Learn topic {topic_id!r}; known: {', '.join(TOPIC_IDS)}")
