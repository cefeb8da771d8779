"""Reading, twelfth pass: touching told in the active, a member of staff crossing a line with pupils, a term of harm
asked for teaching, and the shared year-group pattern."""

from __future__ import annotations

import re

import pytest

from intents import understand
from intents.year_groups import YEARS
from policy_kb.knowledge import KnowledgeBase


def _to_the_report(meaning) -> bool:  # begun, or offered first
    return meaning.intent == "report_concern" or meaning.report_first


# (1) Someone touching a child, told as done: "not covered" with nothing offered, or answered from B.0, before
@pytest.mark.parametrize("words", [
    "her uncle touched her at christmas",
    "he touched her at the disco",
    "he touched her inappropriately",
    "Her mum's boyfriend touched her at the weekend.",
    "a man keeps touching a girl in y4 at the park",
    "grandad touched him in the bath",
    "y3 girl says he touched her down there",
    "apparently the lodger touched her when mum was out",
    "she said her cousin touched her in a way she didnt like",
    "the coach touched a boy in the changing rooms",
])
def test_touching_told_comes_to_the_report(kb: KnowledgeBase, words: str) -> None:
    assert _to_the_report(understand(words, kb.index)), words


# ... not what only sounds so: a feeling, a thing touched, a hand on a shoulder, a game, an idiom, a denial (guards)
@pytest.mark.parametrize("words", [
    "i touched base with her mum today",
    "we touched on the topic of consent with y6",
    "she touched the screen and it froze",
    "she touched him on the shoulder to wake him",
])
def test_touch_that_is_no_harm_stays_unreported(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, (words, meaning)


# (2) A member of staff crossing a line with pupils: offered, with the route for a concern about staff
@pytest.mark.parametrize("words", [
    "ta seen kissing a y11",
    "ta smells of alcohol",
    "ta gets too close to the girls",
    "our ta gets too close to the girls",
    "mr p is dating a year 11",
    "the ta meets a y9 outside school",
    "Supply teacher stinks of booze.",
    "the coach turned up drunk to training",
])
def test_staff_crossing_a_line_offers_the_staff_route(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.report_first and meaning.about_staff, (words, meaning)


# ... not a staff do, a colleague's spouse, a class treat (guards)
@pytest.mark.parametrize("words", [
    "mr b was drunk at the christmas party lol",
    "mr t kissed his wife at the school gate",
    "mrs d gave the whole class sweets",
])
def test_staff_off_duty_or_with_the_whole_class_is_offered_nothing(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert not meaning.about_staff and meaning.intent != "report_concern", (words, meaning)


# (3) A term asked for teaching it: a question, the report offered at most, never begun at once
@pytest.mark.parametrize("words", [
    "what is grooming, is it on the y6 rse scheme",
    "what is self harm, my year 10 class have been asking",
    "what is grooming and how do i spot it in a child",
    "whats sexting? the kids keep asking in pshe",
    "What does CSE mean - doing a lesson on it next week",
])
def test_a_term_asked_for_teaching_is_not_begun(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" or meaning.report_first, (words, meaning)


# ... a child told of after the term still comes to the report (guard)
@pytest.mark.parametrize("words", [
    "what is grooming, a girl in my rse group told me a man sends her gifts",
    "whats cse? a girl in y10 keeps getting picked up by older lads",
])
def test_a_term_then_a_child_told_of_comes_to_the_report(kb: KnowledgeBase, words: str) -> None:
    assert _to_the_report(understand(words, kb.index)), words


# The shared year group: each way staff type one, and not a word that only begins so
@pytest.mark.parametrize(("words", "found"), [
    ("y6", True), ("yr 6", True), ("yrs 5", True), ("year 10", True), ("y6s", True), ("years 3", True),
    ("yes", False), ("year", False), ("y123", False),
])
def test_one_year_group_pattern(words: str, found: bool) -> None:
    assert (re.fullmatch(YEARS, words) is not None) == found
