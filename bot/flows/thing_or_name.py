"""Whether a word capitalised only because it begins a sentence ("Stapler is missing") is plainly a thing, not a
child's name. No shape tells "Stapler" from "Ellie" there, and no list of things can be whole (`people_named`'s list
had "laptop" but not "stapler", "minibus" or "whistle", each read as a child gone missing and asked the danger question
on a report's summary). So the word is placed by its meaning: the word-piece vectors the matcher already loads
(intents/meaning.py) put a word nearer the mean of children's first names or of things a school has. Only a word
plainly on the things' side is a thing; names that are words too ("Rose", "Jack", "Bill", "Faith", "Amber", "Summer",
"Storm") stay names. Measured (leave one out over the two lists below): no name came below `_PLAINLY_A_THING`, the
lowest -0.00; of the things, over half did (the rest are read as names, as before: one question more, never a child
missed). Without the vectors every word may be a name, as before.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from intents.meaning import is_word, word_vector

# Children's first names as a school has them, old and new, and objects of a school day: the two sides, no word of
# either spelled in the tests of this reading (tests/bot/test_steps_third.py), so what is measured there is held out
_NAMES = """ellie jake sam leo mia olivia noah tyler oliver harper jennifer peter amelia isla harry charlie george
    freddie lily sophie emily chloe ava evie max alfie thomas oscar archie ethan mason logan lucas isaac maisie megan
    jessica hannah muhammad mohammed ahmed aisha fatima zainab priya arjun ravi sunita amir omar yusuf ibrahim maryam
    layla zara kai rhys dylan callum connor liam niamh siobhan ciara aoife sean declan kieran bethany courtney jade
    kayleigh shannon chelsea brandon jordan kyle reece bradley ryan jamie joshua daniel samuel benjamin william james
    henry edward arthur albert alice florence matilda rosie evelyn scarlett luna nova aria freya phoebe imogen harriet
    lottie millie mollie sienna esme elsie teddy ronnie tommy frankie stanley louie jude rory finley ollie toby"""
_OBJECTS = """laptop keys printer projector calculator chair table pencil ruler scissors bottle computer tablet helmet
    jacket umbrella glue tape bin lamp clock radiator heater fridge microwave trolley ladder hammer drill football ball
    racket bucket van car bus camera speaker headphones mouse keyboard monitor screen cable charger plug socket desk
    cupboard drawer shelf locker door window curtain blind carpet mat rug cushion pillow blanket towel sink tap toilet
    mirror brush comb toothbrush soap sponge mop broom vacuum oven toaster blender spoon fork plate bowl mug cup jug
    tray box folder binder notebook diary textbook dictionary envelope stamp parcel sticker badge lanyard medal
    certificate poster banner flag map globe microscope telescope thermometer battery torch candle lighter wallet
    purse backpack rucksack suitcase trainers boots sandals gloves scarf hat cap hoodie jumper"""
# Below this a word is plainly a thing: the names' lowest, left out, was -0.00 and the word-names' ("Bay", "Bear",
# "Summer") about -0.04 at their lowest, so a margin under both
_PLAINLY_A_THING = -0.05


@cache
def _direction() -> np.ndarray | None:
    """From the things' mean towards the names'; None without the vectors."""
    sides = []
    for words in (_NAMES, _OBJECTS):
        found = [v for v in map(word_vector, words.split()) if v is not None]
        if not found:
            return None
        sides.append(np.mean(found, axis=0))
    return sides[0] - sides[1]


def name_likeness(word: str) -> float | None:
    """How far a word (any case) leans to the names' side (above 0) or the things' (below); None without vectors."""
    direction, vector = _direction(), word_vector(word.lower())
    return None if direction is None or vector is None else float(vector @ direction)


_THINGS_OF_A_COMPOUND = frozenset(_OBJECTS.split())


def _a_compound_thing(word: str) -> bool:
    """A word the vocabulary does not have whole, made of one it has and a thing ("minibus", "lunchbox",
    "hairbrush"): its pieces' mean leans to the first ("mini" is a car and a name too). A name is kept whole by the
    vocabulary when common ("robin", "justin") and an uncommon one ("jaxon") is no word and a thing."""
    if len(word) < 6 or is_word(word) is not False:
        return False
    return any(word[at:] in _THINGS_OF_A_COMPOUND and is_word(word[:at]) for at in range(3, len(word) - 2))


def plainly_a_thing(word: str) -> bool:
    """The word is plainly a thing's, never a child's name ("stapler", "minibus"); False where unsure."""
    word = word.lower()
    likeness = name_likeness(word)
    return likeness is not None and (likeness < _PLAINLY_A_THING or _a_compound_thing(word))
