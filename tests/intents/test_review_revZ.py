"""Review revZ of helpers `reading8` and `terse`: worries each of their readings let go unoffered (each fails at
staging a912c42 but "y2 girl always hungry ok" and "grooming signs around the school field", kept beside them as
guards), and the ordinary questions they meant to spare (guards)."""

from __future__ import annotations

import pytest

from bot.answers import answer_question
from intents import understand
from policy_kb.knowledge import KnowledgeBase

OFFER = "If this is a concern, please report it"


def _offered_or_begun(words: str, kb: KnowledgeBase) -> bool:
    meaning = understand(words, kb.index)
    return meaning.intent == "report_concern" or meaning.report_first


# Signs of neglect, or an adult's contact with a class or a team, asked after with "ok": the report model took each
# for a report, and the terse rule reading let it off as a rule asked after ("not covered", nothing offered)
TERSE_WORRIES = [
    "y2 girl always hungry ok",
    "pupil hungry every day ok",
    "y5 girl starving every morning ok",
    "y3 boy sleeping in class every day ok",
    "y4 lost loads of weight ok",
    "y6 girl thin and tired allowed",
    "y6 boy out till midnight ok",
    "pupil late every day ok",
    "y1 boy filthy every day ok",
    "year 4 boy babysitting siblings ok",
    "teacher follows my tutor group on tiktok ok",
    "supply teacher friended my class on fb ok",
    "pe teacher snapchats the netball team ok",
]


@pytest.mark.parametrize("words", TERSE_WORRIES)
def test_a_terse_worry_asked_with_ok_keeps_its_report(kb: KnowledgeBase, words: str) -> None:
    assert _offered_or_begun(words, kb)


# Terse rule questions stay questions (guards: no report begun or offered)
TERSE_QUESTIONS = [
    "pics of my class on fb allowed",
    "staff tiktok allowed",
    "parents whatsapp group rules",
    "pupil posts outside school covered",
    "pupil phones allowed",
    "student teacher on insta ok",
]


@pytest.mark.parametrize("words", TERSE_QUESTIONS)
def test_a_terse_rule_question_is_still_no_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, meaning.intent


# "groom"/"exploit" read as brushing or use only of the thing itself: a place or time between, or a child reached
# through the thing, keeps the worry
STILL_A_WORRY = [
    "I'm worried about grooming during the field trip",
    "I've noticed grooming signs around the school field",
    "a man is exploiting the game to message pupils",
]


@pytest.mark.parametrize("words", STILL_A_WORRY)
def test_grooming_near_a_place_or_exploiting_a_way_to_children_is_a_worry(kb: KnowledgeBase, words: str) -> None:
    assert _offered_or_begun(words, kb)


def test_grooming_the_school_dog_is_still_no_report(kb: KnowledgeBase) -> None:
    for words in ("grooming of the school dog", "who do I tell about the exploitation of our wifi by students?"):
        meaning = understand(words, kb.index)
        assert meaning.intent != "report_concern" and not meaning.report_first, words


def test_an_opener_does_not_take_away_the_report_on_a_coach_messaging_a_pupil(kb: KnowledgeBase) -> None:
    said = answer_question("Sorry to bother you, is it normal for a coach to message a pupil late at night?",
                           kb).full_text
    assert said.startswith(OFFER), said


# A smell of urine, drink or drugs is never a passing one, whenever it is noticed
@pytest.mark.parametrize("words", [
    "a child smells of wee after lunch every day",
    "a pupil smells of cannabis after lunch",
    "a child smells of urine after break most days",
])
def test_a_smell_of_urine_or_drugs_after_lunch_is_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert said.startswith(OFFER), said
