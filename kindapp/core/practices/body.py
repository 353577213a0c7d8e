"""Places in the body, from the feet to the head: where the compassionate body scan goes, in
order, and where a feeling can be found in soften, soothe, allow (a body outline to tap, or
this list). Each place has an id (what the outline draws), a name, and the body scan's words
for it: appreciation for what it does, and kindness where it is hard to be with.
"""

from __future__ import annotations

from dataclasses import dataclass

from kindapp.core.translatable import tr_noop


@dataclass(frozen=True)
class BodyPlace:
    id: str
    name: str
    scan: str
    """The body scan's words for this place."""


BODY_PLACES: tuple[BodyPlace, ...] = (
    BodyPlace(
        "feet",
        tr_noop("Feet"),
        tr_noop(
            "Bring your attention to your feet. They carry you all day, mostly unthanked. "
            "Notice whatever is there, and let a little thanks reach them."
        ),
    ),
    BodyPlace(
        "legs",
        tr_noop("Legs"),
        tr_noop(
            "Move up into your legs: the calves, the knees, the thighs. They take you where "
            "you need to go. Meet them kindly, just as they are."
        ),
    ),
    BodyPlace(
        "hips",
        tr_noop("Hips"),
        tr_noop(
            "Notice your hips and the base of your body, where you rest on the seat or the "
            "floor. If anything here is hard to be with, a little warmth is enough."
        ),
    ),
    BodyPlace(
        "belly",
        tr_noop("Belly"),
        tr_noop(
            "Let your attention rest on your belly, rising and falling. Many of us judge this "
            "part harshly. See if you can offer it a friendly word instead."
        ),
    ),
    BodyPlace(
        "back",
        tr_noop("Back"),
        tr_noop(
            "Feel your back, from the lower back up to the shoulder blades. It holds you "
            "upright. Where it aches, let your attention be soft, like a warm hand."
        ),
    ),
    BodyPlace(
        "chest",
        tr_noop("Chest"),
        tr_noop(
            "Notice your chest and your heart, beating without being asked. "
            "A hand on the heart, if it helps, and a moment of gratitude."
        ),
    ),
    BodyPlace(
        "hands",
        tr_noop("Hands"),
        tr_noop(
            "Bring your attention to your hands: the palms, the fingers. Think of all they "
            "have made, held and comforted. Let them be appreciated."
        ),
    ),
    BodyPlace(
        "arms",
        tr_noop("Arms"),
        tr_noop(
            "Move up through your arms to the elbows and the upper arms. They reach and lift "
            "and hug. Notice them with the same care you'd give a friend's."
        ),
    ),
    BodyPlace(
        "shoulders",
        tr_noop("Shoulders"),
        tr_noop(
            "Notice your shoulders, where so much of the day is carried. Nothing has to let "
            "go; just let them be met kindly."
        ),
    ),
    BodyPlace(
        "neck",
        tr_noop("Neck and throat"),
        tr_noop(
            "Feel your neck and throat, holding up your head and giving you your voice. "
            "Let your attention be gentle here."
        ),
    ),
    BodyPlace(
        "face",
        tr_noop("Face"),
        tr_noop(
            "Notice your face: the jaw, the mouth, the eyes, the forehead. It shows the world "
            "how you feel. Let it soften, if it wants to, and offer it a kind look from within."
        ),
    ),
    BodyPlace(
        "head",
        tr_noop("Head"),
        tr_noop(
            "Rest your attention on the top of your head and all it holds: thoughts, plans, "
            "worries. Thank your mind for working so hard for you."
        ),
    ),
)
"""From the feet to the head: the body scan's order."""

PLACE_IDS: tuple[str, ...] = tuple(p.id for p in BODY_PLACES)


def body_place(place_id: str) -> BodyPlace:
    for p in BODY_PLACES:
        if p.id == place_id:
            return p
    raise ValueError(f"no place in the body {place_id!r}; known: {', '.join(PLACE_IDS)}")
