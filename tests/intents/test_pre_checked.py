"""Every reading tried only where its needed words are found (intents/pre_checked.py) finds what it finds unchecked: a
needed pattern narrower than its reading would silently drop readings, so each gated pattern is tried, gated and
ungated, on messages it reads (and some it does not), in our own words."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import intents
from intents.pre_checked import PreChecked

# Plain words (lower case, no punctuation), as the readings are given them
LINES = (
    "her uncle touched her at christmas",
    "he keeps touching a girl in y4 when no one is looking",
    "she touched the screen to wake it",
    "her uncle keeps hugging her and she pushes him away",
    "nan kissed maya on the lips and she pulled away",
    "dad kissed her goodbye at the gate",
    "the dinner lady shouted at a kid today",
    "mr k grabbed a boy by the arm in the corridor",
    "one of the tas keeps mocking a y3 girl in class",
    "our ta was seen kissing a y11 after school",
    "mrs p smells of alcohol most mornings",
    "a member of staff keeps meeting pupils in town at the weekend",
    "her mum is always drunk at home",
    "a dad came to pick up and he was clearly drunk",
    "a drunk parent taking a child home",
    "mum and dad keep having massive rows at home",
    "can i post photos of sports day on the school facebook page",
    "who do i tell if a colleague is friends with a pupil",
)


def _gated() -> dict[str, PreChecked]:
    found = {}
    for module in pkgutil.iter_modules(intents.__path__):
        loaded = importlib.import_module(f"intents.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, PreChecked):
                found[f"{module.name}.{name}"] = value
    return found


GATED = _gated()


def test_the_costly_readings_of_staff_and_touching_are_gated() -> None:
    assert {"touching_told._TOUCHED", "staff_towards_child._TREATS", "staff_conduct._CROSSES"} <= set(GATED)


@pytest.mark.parametrize("name", sorted(GATED))
def test_gated_finds_what_the_reading_finds(name: str) -> None:
    gated = GATED[name]
    costly = gated._costly  # the reading as written, unchecked
    read = 0
    for line in LINES:
        for pos in (0, 3):
            unchecked = costly.search(line, pos)
            checked = gated.search(line, pos)
            assert (None if unchecked is None else unchecked.span()) == (None if checked is None else checked.span())
            read += unchecked is not None
        assert (gated.match(line) is None) == (costly.match(line) is None)
    assert read, f"no line here is read by {name}: add one it reads"
