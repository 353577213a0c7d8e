"""Soften, soothe, allow: meeting a difficult emotion in the body (about twelve minutes
guided, five short).

Before it begins the person may name the emotion (one of `EMOTIONS` or their own words) and
where it sits in the body (a place from `kindapp.core.practices.body`); both are optional and
neither is kept anywhere. Each turn is a guided step with a bell. Backdraft is likely here, so
the practice's grounding pause is always one key away (PracticeRun.ground), and it ends by
letting the situation go.
"""

from __future__ import annotations

from kindapp.core.catalog import PracticeName
from kindapp.core.practices.body import body_place
from kindapp.core.practices.guided import Turn, build
from kindapp.core.practices.model import Practice, StepKind
from kindapp.core.translatable import tr_noop

TITLE = tr_noop("Soften, soothe, allow")

EMOTIONS: tuple[str, ...] = (
    tr_noop("Sadness"),
    tr_noop("Grief"),
    tr_noop("Fear"),
    tr_noop("Worry"),
    tr_noop("Anger"),
    tr_noop("Shame"),
    tr_noop("Loneliness"),
    tr_noop("Hurt"),
    tr_noop("Frustration"),
    tr_noop("Embarrassment"),
)
"""A short list of names to choose from; the person's own words are as good."""

MAX_EMOTION_CHARS = 60

_NAME_HINT = tr_noop("“That's grief.” “That's fear.” As you would say it to a friend.")


def _turns(emotion: str, place: str | None) -> tuple[Turn, ...]:
    return (
        Turn(
            "recall",
            StepKind.INTRO,
            tr_noop("Something difficult"),
            tr_noop(
                "Let yourself recall a situation that is mildly difficult, not the hardest "
                "one you know. Let it come to mind clearly, enough to feel a little of it."
            ),
            hint=tr_noop(
                "If it gets to be too much, you can stop and feel the ground at any moment."
            ),
        ),
        Turn(
            "name",
            StepKind.SETTLE,
            tr_noop("Name it"),
            tr_noop(
                "Of all you feel, which emotion is strongest? Give it a name, gently, "
                "in a kind and understanding voice."
            ),
            hint=emotion or _NAME_HINT,
        ),
        Turn(
            "find",
            StepKind.SETTLE,
            tr_noop("Find it in the body"),
            tr_noop(
                "Where do you feel it most in your body? Often it is a tightness, a heaviness "
                "or an ache. Choose one place, and stay there for a while."
            ),
            place=place,
        ),
        Turn(
            "soften",
            StepKind.SETTLE,
            tr_noop("Soften"),
            tr_noop(
                "Let that place soften, as if warm hands rested on a sore muscle. "
                "Nothing has to go away. Soften, soften, soften."
            ),
            place=place,
        ),
        Turn(
            "soothe",
            StepKind.TOUCH,
            tr_noop("Soothe"),
            tr_noop(
                "Rest a hand on that place, if you like, and feel its warmth. Offer yourself "
                "a kind word for having this feeling, the way you'd comfort a friend."
            ),
            hint=tr_noop("“This is so hard. I'm here with you.”"),
            place=place,
        ),
        Turn(
            "allow",
            StepKind.SETTLE,
            tr_noop("Allow"),
            tr_noop(
                "Let the feeling be there. Make room for it, and let it come and go "
                "as it wants. Allow, allow, allow."
            ),
            place=place,
        ),
        Turn(
            "together",
            StepKind.SETTLE,
            tr_noop("Soften, soothe, allow"),
            tr_noop(
                "Soften, soothe, allow, in your own rhythm. If the feeling moves, "
                "or changes, let it; follow it kindly."
            ),
            place=place,
        ),
        Turn(
            "let-go",
            StepKind.REST,
            tr_noop("Let it go"),
            tr_noop(
                "Now let the situation go, and the practice with it. Rest in your body just "
                "as it is, in this moment, whatever you are feeling."
            ),
        ),
    )


DURATIONS: dict[str, tuple[float, ...]] = {
    "guided": (90.0, 75.0, 90.0, 105.0, 105.0, 105.0, 60.0, 90.0),
    "short": (35.0, 25.0, 30.0, 40.0, 40.0, 40.0, 30.0, 60.0),
}
"""Twelve minutes guided, five short."""


def clean_emotion(words: str) -> str:
    """The emotion's name as shown: spaces tidied; ValueError when too long for a name."""
    name = " ".join(words.split())
    if len(name) > MAX_EMOTION_CHARS:
        raise ValueError(f"an emotion's name is at most {MAX_EMOTION_CHARS} characters")
    return name


def soften_practice(mode: str, emotion: str = "", place: str | None = None) -> Practice:
    """Soften, soothe, allow in this length, with the emotion's name and its place in the body
    if the person gave them."""
    if place is not None:
        body_place(place)  # ValueError for a place the outline does not know
    return build(
        PracticeName.SOFTEN.value, mode, TITLE, _turns(clean_emotion(emotion), place), DURATIONS
    )
