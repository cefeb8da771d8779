"""Harm told at "Is a child in immediate danger?" as long past in words `danger_now` did not read as a time (review
revS): "he's been beaten up, a while back" and "he's been slapped by mum, she told me on monday" were the urgent Not
sure, as harm with no time said is (`danger_unclear`). A DSL reads both as harm of days or more ago: no danger now
told, but no no either, so they are asked again as "they hit him yesterday" is, the words kept as what happened, and
the teacher says whether the child is in danger now.

"a while back" is a past time wherever it is said; the day a child told ("she told me on monday") dates only a harm
told beside it, never a danger now told with it ("she's on the roof, she told me on monday she would").
"""

from __future__ import annotations

import re

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|weekend)"
EARLIER_TIME = re.compile(r"\b(?:a (?:little |good )?while back|a while since|some time back|ages back|a long time "
                          r"back|(?:a (?:few|couple of) |some )?(?:weeks|months) back|long ago|back in (?:the )?"
                          r"(?:summer|spring|autumn|winter|january|february|march|april|may|june|july|august|"
                          r"september|october|november|december))\b")
_TOLD_ON = re.compile(
    rf"\b(?:told|said|disclosed|mentioned|reported|came to|spoke to|talked to)\s+(?:[\w']+\s+){{0,3}}?(?:on|last|at)\s+"
    rf"{_DAY}\b|\bon\s+{_DAY}\s+(?:s?he|they|the (?:child|boy|girl|pupil))\s+(?:told|said|disclosed|mentioned)\b")


def told_on_a_day_gone(said: str) -> bool:
    """Whether words (lower case, punctuation gone) say the child told on a day gone ("she told me on monday")."""
    return _TOLD_ON.search(said) is not None


# A day gone said of the harm itself, within a few words after it ("he got punched on monday", "…by his dad last
# friday"): not the day a child told or was warned, which `told_on_a_day_gone` reads
_HARM_ON = re.compile(rf"^(?:\s+(?!(?:and|but|so|then|he|she|they|told|said)\b)[\w']+){{0,3}}?\s+(?:on|last|over the|"
                      rf"at the)\s+{_DAY}\b")


def harm_on_a_day_gone(said: str, end: int) -> bool:
    """Whether a harm found in words, ending at `end`, is followed by a day gone said of it ("…punched on monday")."""
    return _HARM_ON.match(said[end:]) is not None


# The day a child told or warned, with its time ("he told me last friday", "she warned me at the weekend", "he said
# yesterday"): taken out before a blow just struck is read for a past time or a habit, the time being the telling's
_TELLING_DATED = re.compile(
    r"\b(?:told|said|warned|mentioned|disclosed|reported|messaged|texted)\s+(?:(?:me|us|staff|her|him|them|"
    r"(?:his|her|their|the|a) \w+)\s+)?(?:on\s+|last\s+|at\s+the\s+|over\s+the\s+)?(?:" + _DAY[3:-1] +
    r"|yesterday|last week|the other day|before)\b")


def without_telling_dated(said: str) -> str:
    """The words (lower case, punctuation gone) with the time of a telling or warning taken out."""
    return _TELLING_DATED.sub(" told ", said)
