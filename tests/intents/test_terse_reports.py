"""Concerns typed in a hurry in Slack, a slang verb or none, are read as reports; rule questions as short are not
(intents/terse_told.py)."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase

TERSE_REPORTS = [
    "staff member dm'ing a kid",
    "random bloke DMing yr6s",
    "coach whatsapping a y5 girl",
    "mums grp chat trashing my ta",
    "dad slagging off miss j on insta",
    "y6 lads mocking a y4 on snap",
    "kids sharing violent vid in class",
    "cyberbullying 6b again",
    "ta snapchatting a yr6 girl",
    "y5 nude pics airdropped in class",
]
TERSE_QUESTIONS = [
    "pics of my class on fb allowed",
    "dinner staff on fb w kids ok",
    "whatsapp grp w parents allowed",
    "name pupils online ok",
    "pupil posts outside school covered",
]


@pytest.mark.parametrize("text", TERSE_REPORTS)
def test_a_terse_report_is_offered_the_report(kb: KnowledgeBase, text: str) -> None:
    meaning = understand(text, kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first, (text, meaning.intent)


@pytest.mark.parametrize("text", TERSE_QUESTIONS)
def test_a_terse_rule_question_is_not_taken_for_a_report(kb: KnowledgeBase, text: str) -> None:
    meaning = understand(text, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report, (text, meaning.intent)


# Said with "ok" on the end, and still a disclosure: what is done with a child is never only a rule asked after
@pytest.mark.parametrize("text", ["mum lets y4 watch 18s ok", "teacher gave pupil his snap ok?",
                                  "pupil says dad takes her phone pics ok?"])
def test_a_disclosure_ending_ok_stays_a_report(kb: KnowledgeBase, text: str) -> None:
    meaning = understand(text, kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first, (text, meaning.intent)
