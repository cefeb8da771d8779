""""Is it ok that …" tells what follows "that" as fact: harm told after it is offered the report, as when told plainly
(review revAB: "is it ok that her stepdad checks her phone every night and hits her?" got E.4's answer alone). A
condition ("is it ok if …", "is it ok to …") and an ordinary question put the same way are not."""

from __future__ import annotations

import pytest

from bot.answers import answer_question
from policy_kb.knowledge import KnowledgeBase

OFFER = "If this is a concern, please report it"


@pytest.mark.parametrize("words", [
    "is it ok that her stepdad checks her phone every night and hits her?",
    "is it ok that a parent hit a child at the gate?",
])
def test_harm_told_after_is_it_ok_that_is_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert said.startswith(OFFER), said


@pytest.mark.parametrize("words", [
    "is it ok that parents post photos of the school play?",
    "is it ok that staff post photos of pupils on their own facebook?",
    "is it ok that we use pupils first names on the website?",
    "is it ok that the head emailed parents about the trip?",
])
def test_an_ordinary_question_put_so_is_not_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    assert OFFER not in answer_question(words, kb).full_text
