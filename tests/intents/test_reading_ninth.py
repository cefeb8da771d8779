"""Helper `reading9`: a case that may be harm to a child asked as "is this ok?", exploitation of children as a bare
topic, and who to tell of the Head messaging a pupil about school business."""

from __future__ import annotations

import pytest

from bot.answers import answer_question
from intents import understand
from policy_kb.knowledge import KnowledgeBase

OFFER = "If this is a concern, please report it"

# A child or an adult in particular doing what may harm a child, asked as "is this ok?" (or told in a few words): each
# was answered as a rule question, "not covered" or a clause's answer, with no report offered
ASKED_IF_OK = [
    "kid home alone all wknd ok",
    "y5 has a 20yo bf fine?",
    "y6 boy dm'd by y9 ok?",
    "parent filming in changing room allowed?",
    "is it ok that a pupil's stepdad messages her every night?",
    "one of my y2s is left on her own every night is that allowed",
    "pupil looks after his baby sister all night, is that ok?",
    "my year 6 girl says she has a 19 year old boyfriend, is that ok?",
    "13 yo girl seeing a man of 30 ok?",
    "y5 girl snapchatted by a y9 lad, is that allowed?",
    "y7 girl dating a 21yo is that legal",
    "a mum taking photos in the changing rooms is that allowed",
    "her coach messages her every night, is that normal?",
    "family friend messages her in secret, should i be worried?",
    "kid home alone all wknd",
    "parent filming in changing room",
    "the kids were filming in the toilets for a tiktok",
]


@pytest.mark.parametrize("words", ASKED_IF_OK)
def test_a_case_asked_if_ok_is_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert said.startswith(OFFER), said


# Ordinary rule questions, and cases of no child or of an adult, offered nothing (guards: these read so before too)
ORDINARY = [
    "can parents film the nativity?",
    "is it ok to add parents on fb?",
    "y6 leavers video ok to post?",
    "is it ok to post the y6 leavers photos?",
    "y9 buddies reading with y3, is that ok?",
    "y6 boy messaged by y7 friend ok?",
    "is it ok to leave a child home alone?",
    "y11 has a 17 year old boyfriend, is that ok?",
    "year 13 student has a 20 year old boyfriend ok?",
    "my daughter is home alone all weekend as she's 18, is that ok?",
    "the coach texts them every evening about training times",
    "the camera in the changing room corridor is broken",
    "y2 boy stays at after school club till late ok?",
    "is it ok that parents share photos of sports day?",
]


@pytest.mark.parametrize("words", ORDINARY)
def test_an_ordinary_rule_question_is_not_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first


# Exploitation of children typed as a bare topic: "not covered" alone before
TOPICS = [
    "exploitation of children",
    "criminal exploitation of children",
    "child sexual exploitation",
    "sexual exploitation of children",
    "child trafficking",
    "county lines",
    "CSE",
]


@pytest.mark.parametrize("words", TOPICS)
def test_exploitation_of_children_as_a_topic_is_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert said.startswith(OFFER), said


@pytest.mark.parametrize("words", ["exploitation", "exploitation of workers", "exploitation of our wifi by students"])
def test_exploitation_of_no_child_is_not_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    assert not understand(words, kb.index).report_first


# Who to tell of the Head, or staff, messaging a pupil, with school business named: the contact is the worry, so the
# report is offered and the Chair of Governors named for the Head; begun as a report (or "not covered" alone) before
ABOUT_SCHOOL_BUSINESS = [
    "who do i tell if the head is messaging a pupil about the trip",
    "who do i tell if the head is messaging a pupil about the trip?",
    "what should i do if the head is messaging a pupil about the trip",
    "who do i tell if the head is messaging a pupil on teams",
]


@pytest.mark.parametrize("words", ABOUT_SCHOOL_BUSINESS)
def test_who_to_tell_of_the_head_messaging_about_the_trip_is_answered(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and meaning.report_first and meaning.about_staff
    said = answer_question(words, kb).full_text
    assert said.startswith(OFFER) and "Chair of Governors" in said, said


def test_who_to_tell_of_a_colleague_messaging_about_the_trip_is_offered(kb: KnowledgeBase) -> None:
    meaning = understand("who do i tell if mr jones is dming a year 5 girl about the trip?", kb.index)
    assert meaning.intent != "report_concern" and meaning.report_first and meaning.about_staff


@pytest.mark.parametrize("words", ["what if a teacher messages a pupil about homework?",
                                   "what if the head is messaging a pupil about a trip?"])
def test_school_work_in_a_bare_what_if_stays_unoffered(kb: KnowledgeBase, words: str) -> None:
    assert not understand(words, kb.index).report_first


def test_the_head_messaging_about_the_trip_told_is_still_begun(kb: KnowledgeBase) -> None:
    meaning = understand("the head is messaging a pupil about the trip", kb.index)
    assert meaning.intent == "report_concern" and not meaning.report_first
