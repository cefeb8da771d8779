"""The readings that each name harm in a message's plain words, listed once. `understanding` offers the report on any
of them (less harm only in turns of phrase); `no_concern_told` keeps a report whose story names any of them, with a
few wider signs of its own. Until the twenty-sixth session's re-read each module listed them itself, and the lists
had drifted (three readings in one and not the other)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from intents.care_told import care_concern
from intents.child_handled import handles_child
from intents.harm_told import fight_that_harms, named_pair_fight
from intents.home_conflict import rows_at_home
from intents.incidents import names_harm
from intents.staff_harm import names_harm_to_staff, pushes_staff
from intents.staff_towards_child import treats_child_harshly
from intents.violence_told import names_violence

HARM_READINGS: tuple[Callable[[str], bool], ...] = (
    names_harm, names_harm_to_staff, names_violence, pushes_staff, fight_that_harms, handles_child, rows_at_home,
    named_pair_fight, care_concern, treats_child_harshly,
)


@functools.lru_cache(maxsize=512)  # pure, and asked of the same words by the report rules, the offer and the follow-up
def names_any_harm(words: str) -> bool:
    """Whether any harm reading hears harm in the (plain) words."""
    return any(reading(words) for reading in HARM_READINGS)
