"""Helper short3: chat lines in styles the earlier batches lacked. Concerns opened with a name only, "fyi" or "heads
up", a call to ring, a sign of neglect or drink by name, a child driven off by someone older, an ex-pupil at the gate,
a wish to disappear, a sex offender or an adult partner, and concerns of eleven to sixteen words are perhaps a report
(intents/short_reports.py); everyday school business passed on in a chat line (a lost coat, a teacher off sick, the
toilet blocked, a worry about ofsted or the car) is no report, however sure the report model
(intents/everyday_lines.py)."""

from __future__ import annotations

import pytest

from intents import understand
from intents.understanding import Understanding
from policy_kb.knowledge import KnowledgeBase


def _begun(meaning: Understanding) -> bool:
    return meaning.intent == "report_concern" or meaning.report_first


# None of these was begun or offered at main 8c216b7
@pytest.mark.parametrize("words", [
    "rosie came in starving again, second day running",
    "kieran smells of cannabis most mornings",
    "noticed a y10 getting into a car with an older guy at the bus stop",
    "fyi former pupils hanging about the gates giving vapes to year 9s",
    "nadia says her family are sorting her getting married in pakistan, she's 13",
    "callum keeps talking about wanting to disappear",
    "step dad is on the sex offenders register apparently",
    "any chance the dsl could phone me about ruby asap",
])
def test_concerns_in_new_styles_are_read_as_perhaps_a_report(kb: KnowledgeBase, words: str) -> None:
    assert _begun(understand(words, kb.index)), words


# A guard for the longer lines now read (up to sixteen words): a question asked inside one is a question, however its
# telling begins ("... will the filter catch it"), its clause kept and nothing offered
@pytest.mark.parametrize("words", [
    "child typed something inappropriate into google in ict will the filter catch it",
    "parent posted abusive stuff about staff on fb what will school do about it",
])
def test_a_longer_line_that_asks_keeps_its_clause_and_offers_nothing(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "policy_question" and meaning.clause_id is not None and not meaning.report_first, words


# Each of these was begun as a report at main 8c216b7, most of them surely
@pytest.mark.parametrize("words", [
    "worried about the photocopier",
    "worried about my car",
    "worried about ofsted",
    "worried abt the weather for sports day",
    "y3 boy lost his coat",
    "y2 girl lost her reading book in the hall",
    "jack in y4 forgot his pe kit again",
    "teacher off sick in y4",
    "fyi miss j off sick today, cover needed for y6",
    "toilet blocked in ks2 boys",
    "laptop trolley missing from y5",
    "kid in y1 lost a tooth in class",
    "tom's mum says he has a dentist appointment at 2",
    "y4 class hamster has died",
])
def test_everyday_school_business_is_no_report(kb: KnowledgeBase, words: str) -> None:
    assert not _begun(understand(words, kb.index)), words


# ... while the same business beside a concern is still begun or offered
@pytest.mark.parametrize("words", [
    "y3 boy lost his coat and says his dad hit him",
    "teacher off sick, ta left alone with y1 all day",
    "y4 boy missing from the trip",
    "y5 lad lost his phone, someone is posting his pics",
    "worried about ofsted finding out a y6 girl is being groomed",
    "toilets in ks2 - y6 girl crying and wont come out",
    # a child's telling of someone at home beside the day's business (begun at 8c216b7, missed by the first
    # everyday reading: its concern words lacked "does things to", "locks")
    "dinner lady off sick, y2 boy said his uncle does things to him",
    "the printer is broken and y4 boy told me his dad locks him in the shed",
    "trip money in, jess told me her stepdad makes her sleep in the car",
    "sats practice today, y6 boy said his dad makes him stand in the garden when hes naughty",
])
def test_everyday_business_beside_a_concern_is_still_begun(kb: KnowledgeBase, words: str) -> None:
    assert _begun(understand(words, kb.index)), words


# A few words of telling with a doubting "?" and nothing that asks, about someone in particular: read as told (none was
# begun or offered at main 8c216b7, the "?" alone turning each into a search)
@pytest.mark.parametrize("words", ["ellie y5 - self harm??", "our y2 boy bruises?"])
def test_a_telling_unsure_of_itself_is_perhaps_a_report(kb: KnowledgeBase, words: str) -> None:
    assert _begun(understand(words, kb.index)), words


# ... while a topic asked with a "?" names no one and stays a search (a guard)
@pytest.mark.parametrize("words", ["cpoms?", "allegation against staff?", "missing child?", "incident at lunch?",
                                   "staff instagram?"])
def test_a_topic_with_a_question_mark_is_not_begun(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern", words
