"""A blow to a child told with where it was seen, and a case told in a sentence beside a question: the report is
offered, never only "not covered" (a DSL would want both; both were answered "not covered" before 2026-12-01)."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase


def offered(text: str, kb: KnowledgeBase) -> bool:
    u = understand(text, kb.index)
    return u.intent == "report_concern" or u.report_first


@pytest.mark.parametrize("text", [
    "a parent slapped a child at the gate",
    "a dad hit his son at the gate",
    "a parent hit a child in the playground",
    "a parent smacked a child at pick up",
    "a parent punched a child in front of everyone",
    "a mum slapped her daughter outside school",
])
def test_a_blow_to_a_child_told_with_where_it_was_seen_offers_the_report(text: str, kb: KnowledgeBase) -> None:
    assert offered(text, kb)


@pytest.mark.parametrize("text", [
    "a dad hit his son. who do i tell?",
    "is the report anonymous? a dad hit his son",
    "can i post photos? a dad hit his son",
    "should i tell the head? a parent slapped a child at the gate",
])
def test_a_case_told_in_its_own_sentence_beside_a_question_offers_the_report(text: str, kb: KnowledgeBase) -> None:
    assert offered(text, kb)


@pytest.mark.parametrize("text", [
    # a concern of any of the four kinds told after a short question, not only a blow: each was answered as the
    # question alone ("not covered", or a clause with no report offered)
    "can i screenshot it? a y6 boy sent nudes to a girl in my class",
    "can i screenshot it? a parent posted abuse about me",
    "should i reply? a mum is slagging me off on facebook",
    "can i delete it? a pupil posted a rude video of a teacher",
])
def test_a_concern_told_after_a_short_question_offers_the_report(text: str, kb: KnowledgeBase) -> None:
    assert offered(text, kb)


@pytest.mark.parametrize("text", [
    "dad beat jake at chess",
    "mum beat him at scrabble",
    "he hit the ball in the playground",
    "he kicked the ball at lunch",
    "can i post sports day photos? thanks",
    "the kids killed it at sports day. can i post pics?",
    "can i post photos of sports day? the kids did so well.",
    "is it ok to add parents on facebook? one added me last night",
    # ("what if a child is hit at home? who do i tell?", asked in general, is offered the report since helper danger2:
    # test_harm_asked.py)
    "what if a parent posts a photo of my class? who do i tell?",
])
def test_games_and_plain_questions_are_not_offered_a_report(text: str, kb: KnowledgeBase) -> None:
    assert not offered(text, kb)
