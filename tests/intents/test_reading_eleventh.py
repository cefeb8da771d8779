"""Helper `reading11`: what a safeguarding term means asked ("what is grooming?"), a "what if" of a child at risk that
names no harm word ("what if a pupil is sent nudes?"), "ta" as a teaching assistant ("ta gave y6 lift home"), and
everyday school business with a year group ("sats dates yr6") that the report model began as a report."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase

# 1. What a term of harm to a child means: not covered, the report offered first, none begun
TERMS = [
    "what is grooming?",
    "what is grooming",
    "what does grooming mean",
    "what's sexting",
    "what counts as radicalisation",
    "what is CSE",
    "What exactly is online grooming?",
    "what is sextortion",
    "whats upskirting?",
    "define county lines",
    "what does fgm stand for",
    "what is meant by peer on peer abuse?",
    "Hi, what is cuckooing?",
]


@pytest.mark.parametrize("words", TERMS)
def test_a_term_asked_of_is_not_covered_with_the_report_offered(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "out_of_scope" and meaning.report_first, meaning


# The term inside another question, of teaching: read as before, nothing offered (guards)
@pytest.mark.parametrize("words", [
    "what counts as radicalisation in the prevent training",
    "what is sexting in the rse curriculum",
])
def test_a_term_in_a_question_of_teaching_is_offered_nothing(kb: KnowledgeBase, words: str) -> None:
    assert not understand(words, kb.index).report_first


def test_cyberbullying_asked_of_is_still_the_policys(kb: KnowledgeBase) -> None:
    assert understand("what is cyberbullying?", kb.index).clause_id == "E.0"


# 2. A "what if" or "what should i do if" of a child at risk that names no harm word: the report offered
WHAT_IFS = [
    "what if a pupil is sent nudes?",
    "what should i do if a man asks a child to keep secrets?",
    "what if a year 8 girl keeps getting sent nude pics",
    "what should we do if an older lad keeps buying a y7 phone credit?",
    "what if someone online tells a year 5 to keep their chats secret",
    "what do i do if a child is left home alone all weekend",
]


@pytest.mark.parametrize("words", WHAT_IFS)
def test_a_what_if_of_a_child_at_risk_is_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.report_first and meaning.intent != "report_concern", meaning


@pytest.mark.parametrize("words", [
    "what if a pupil is sent a photo of the homework?",
    "what if grandma gives a child a phone for her birthday?",
    "what if the class keeps a secret santa?",
    "what if pupils learn about nudes in rse?",
])
def test_a_what_if_of_nothing_at_risk_is_offered_nothing(kb: KnowledgeBase, words: str) -> None:
    assert not understand(words, kb.index).report_first


# 3. "ta" followed by what someone did is a teaching assistant: the report reading sees an actor
@pytest.mark.parametrize("words", [
    "ta gave y6 lift home",
    "ta is messaging a y5 on snap",
    "ta keeps texting a pupil",
    "ta took a year 4 boy home in her car",
])
def test_ta_doing_something_is_a_teaching_assistant(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent == "report_concern"


@pytest.mark.parametrize("words", ["ta", "ta for that", "ta very much", "cheers for that", "ta mate",
                                   "Ta for your help!"])
def test_ta_alone_or_for_something_is_thanks(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "smalltalk" and meaning.smalltalk == "thanks", meaning


# 4. A year group and school business, nothing else: not covered, no report begun or offered
ADMIN = [
    "sats dates yr6",
    "yr6 residential letter",
    "year 4 trip money",
    "reception parents evening slots",
    "y3 swimming kit list",
    "KS2 sats timetable",
    "y6 residential consent forms due friday",
]


@pytest.mark.parametrize("words", ADMIN)
def test_school_business_with_a_year_group_is_no_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "out_of_scope" and not meaning.report_first, meaning


# Terse reports with a year group stay reports (guards; "dad hit her" and "year 6 photos" doubtfully, as before)
@pytest.mark.parametrize("words", ["yr6 boy hit", "y5 girl crying", "dad hit her", "year 6 photos",
                                   "yr6 trip money missing", "y4 girl crying at the trip"])
def test_terse_reports_with_a_year_group_stay_reports(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent == "report_concern"
