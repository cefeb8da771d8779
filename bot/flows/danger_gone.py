"""A child gone with an adult the teacher does not name, at "Is a child in immediate danger?" (review revS): "he's
gone off with a man" was asked again, as `danger_now` reads only one named a stranger ("a man we don't know") as a
Yes. A DSL would not wait on this: a child gone with an unknown man may be being taken, or may be with an uncle, and
the teacher cannot say which. It is the urgent Not sure, as `danger_unclear` reads "she's got into a car with an
older man". Not with one the teacher names ("…it's his dad", `danger_known`), nor with a past time or a habit.
"""

from __future__ import annotations

import re

from bot.flows.danger_child import CHILD
from bot.flows.danger_known import known_adult_named
from bot.flows.danger_negations import not_denied
from bot.flows.danger_now import said_fine_now, told_of_the_past

_GONE_WITH = re.compile(
    rf"\b{CHILD}(?:'s|s| has| have|'ve| is| are|'re)?\s+(?:just\s+)?(?:been\s+)?(?:gone off|went off|wandered off|"
    r"walked off|run off|ran off|driven off|drove off|gone|went|left|walking off|going off|leaving|been picked up|"
    r"got picked up|been taken|taken|been collected by|got collected by)\s+(?:\w+\s+)?(?:with|by)\s+(?:a|an|some|"
    r"this|that|the)\s+(?:(?:older|old|young|grown up|adult|strange|random|big)\s+)?(?:man|men|guy|bloke|woman|lady|"
    r"adult|person|someone|somebody|male|stranger)\b"
    # (one named by where they work is no stranger: "a woman from social services", "a man from the office")
    r"(?!\s+(?:from|who works (?:at|for|in)|who is from)\s+(?:the\s+)?(?:office|school|council|social services|"
    r"social care|police|nhs|camhs|hospital|trust|local authority|la)\b)")
_HABIT = re.compile(r"\b(?:every|always|usually|often|sometimes|weekends?|each)\b")


def gone_with_someone(said: str) -> bool:
    """Whether words (lower case, punctuation gone) tell a child gone with an adult not named: the urgent not sure."""
    if told_of_the_past(said) or said_fine_now(said) or _HABIT.search(said) or known_adult_named(said):
        return False
    return bool(not_denied(_GONE_WITH, said))
