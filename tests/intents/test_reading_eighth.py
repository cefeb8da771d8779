"""Helper `reading8`: chatty openers, who to tell of the Head messaging a pupil, an account pretending to be the
school, harmless grooming and exploiting, and a child who smells."""

from __future__ import annotations

import pytest

from bot.answers import answer_question
from intents import understand
from policy_kb.knowledge import KnowledgeBase

OFFER = "If this is a concern, please report it"

# A chatty opener is how a question is put, never what it asks: each reads as its bare question does (each changed
# clause, intent or report with the opener on)
OPENED = [
    ("Hey team! What should my privacy settings be?", "What should my privacy settings be?"),
    ("Hiya, random q: What is the LADO?", "What is the LADO?"),
    ("Sorry to be a pain, but what is Smoothwall?", "what is Smoothwall?"),
    ("Random one for you - Where should parents send complaints?", "Where should parents send complaints?"),
    ("Quick question: What if an online post threatens a pupil?", "What if an online post threatens a pupil?"),
    ("Morning! Quick one - Will the school ask a parent to take down a threatening post?",
     "Will the school ask a parent to take down a threatening post?"),
    ("Sorry to bother you, quick question… what if an online post threatens a pupil?",
     "what if an online post threatens a pupil?"),
    ("Sorry, silly question, can the school do anything about posts that damage its reputation?",
     "can the school do anything about posts that damage its reputation?"),
    ("Hey, random question but what is the LADO?", "what is the LADO?"),
    ("Right, so… tell me a joke", "tell me a joke"),
    ("Just a quick one, tell me a joke", "tell me a joke"),
    ("Hiya! Tell me a joke", "Tell me a joke"),
]


@pytest.mark.parametrize(("opened", "bare"), OPENED)
def test_a_chatty_opener_is_read_as_without_it(kb: KnowledgeBase, opened: str, bare: str) -> None:
    with_it, without = understand(opened, kb.index), understand(bare, kb.index)
    assert (with_it.intent, with_it.clause_id, with_it.report_first) == (
        without.intent, without.clause_id, without.report_first)
    assert with_it.intent != "report_concern" and not with_it.report_first


# Ordinary questions with openers keep their clause, with no report offered (guards: these read so before as well)
ORDINARY = [
    ("Morning! Quick one - can I post sports day photos?", "B.3"),
    ("Hiya, random q: can I be friends with pupils on facebook?", "B.1"),
    ("Evening, quick one: can parents post photos of the nativity?", "D.1"),
    ("Just a quick one, who approves a new class blog?", "C.1"),
    ("Afternoon! Can I comment on school life on my personal facebook?", "B.2"),
    ("Hey hey! can the school act on a post made outside school?", "E.3"),
]


@pytest.mark.parametrize(("words", "clause"), ORDINARY)
def test_an_opened_question_keeps_its_clause(kb: KnowledgeBase, words: str, clause: str) -> None:
    meaning = understand(words, kb.index)
    assert (meaning.intent, meaning.clause_id, meaning.report_first) == ("policy_question", clause, False)


# An opener never takes a report away, nor begins one that was only offered
KEPT = [
    "Sorry—a child just told me something awful",
    "Sorry if I'm overreacting — a parent has set up a WhatsApp group to 'collect evidence' against Miss Thornton "
    "and is asking other parents to write statements.",
    "Morning! Quick one - a year 4 girl told me her step dad hits her",
    "Um, a girl told me her brother hurts her",
]


@pytest.mark.parametrize("words", KEPT)
def test_an_opener_keeps_the_report(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent == "report_concern"


def test_an_apology_for_asking_does_not_begin_an_offered_report(kb: KnowledgeBase) -> None:
    meaning = understand("Sorry if this is a daft question, but one of my Year 6s sent me a friend request on "
                         "Facebook last night. I'm an ECT and really don't want to get this wrong. Do I just ignore "
                         "it?", kb.index)
    assert meaning.report_first and meaning.clause_id == "B.1"


# Asked who to tell, not told: answered with the route for a concern about the Head (the Chair of Governors) and the
# report offered, never begun (each was begun as a report)
ASKED_OF_THE_HEAD = [
    "who do i tell if the head is messaging a pupil",
    "who do i tell if the head is messaging a pupil?",
    "Hiya, random q: who do I tell if the head is messaging a pupil on whatsapp?",
]


@pytest.mark.parametrize("words", ASKED_OF_THE_HEAD)
def test_who_to_tell_of_the_head_messaging_a_pupil_is_answered(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent != "report_concern"
    said = answer_question(words, kb).full_text
    assert said.startswith(OFFER) and "Chair of Governors" in said, said


def test_who_to_tell_of_a_teacher_messaging_a_pupil_is_offered_not_begun(kb: KnowledgeBase) -> None:
    meaning = understand("who do i tell if a teacher is messaging a pupil on snapchat", kb.index)
    assert meaning.intent != "report_concern" and meaning.report_first and meaning.about_staff


def test_the_head_messaging_a_pupil_told_is_still_begun(kb: KnowledgeBase) -> None:
    meaning = understand("the head has been messaging a pupil on snapchat, who do I tell?", kb.index)
    assert meaning.intent == "report_concern" and not meaning.report_first


# An account pretending to be the school: what could bring the school into disrepute (D.4), or a pupil's conduct
# outside school the school can act on (E.3); each was "not covered" or another clause's
PRETENDING = [
    ("someone is pretending to be the school on facebook", "D.4"),
    ("someone is pretending to be the school on facebook, what do I do?", "D.4"),
    ("there's a fake school account on instagram", "D.4"),
    ("someone is posing as the school on instagram", "D.4"),
    ("someone set up a facebook page pretending to be us", "D.4"),
    ("a fake account is posting as the headteacher on twitter", "D.4"),
    ("there's a fake 'Longton Lane Primary' page on FB asking parents to click a link to pay for the trip", "D.4"),
    ("some year 6 boys made a tiktok account pretending to be the school", "E.3"),
]


@pytest.mark.parametrize(("words", "clause"), PRETENDING)
def test_an_account_pretending_to_be_the_school_is_placed(kb: KnowledgeBase, words: str, clause: str) -> None:
    assert understand(words, kb.index).clause_id == clause


# A part played, a lesson's pretend site, or the asker's own account: no pretence to be the school
NOT_PRETENDING = [
    "can pupils pretend to be us in the school play?",
    "is it ok for a year 6 to pretend to be the head in the leavers video on youtube?",
    "in drama the kids pretend to be the school council, can I post the video on facebook?",
    "we made a pretend school website in computing",
    "can I make a fake school instagram account for a media lesson?",
]


@pytest.mark.parametrize("words", NOT_PRETENDING)
def test_a_part_played_is_not_an_account_pretending(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).clause_id not in ("D.4", "E.3")


# Groomed, an animal is brushed; exploited, the wifi is used: no report begun or offered (each was)
HARMLESS = [
    "grooming of the school dog",
    "who do I tell about grooming of the school dog?",
    "who should I talk to about the exploitation of our wifi by students?",
    "who do I tell about the exploitation of our wifi by students?",
    "the school dog needs grooming before the reading session",
]


@pytest.mark.parametrize("words", HARMLESS)
def test_grooming_an_animal_or_exploiting_a_thing_is_no_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, meaning.intent


# ... but a child groomed or exploited still is
STILL_HARM = [
    "a man is grooming a pupil online",
    "who do I tell about the grooming of a pupil by an older boy?",
    "who do I tell about criminal exploitation of children at the park?",
    "the man grooming the school dog touched a pupil",
    "who do I tell about exploitation of kids on the wifi?",
    "a pupil is being exploited through the school wifi",
    "a girl was groomed through the dog's instagram",
    "a girl with the dog is being groomed",
]


@pytest.mark.parametrize("words", STILL_HARM)
def test_a_child_groomed_or_exploited_is_still_a_worry(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first


# Poor hygiene that persists may be neglect: the report is offered, never begun (each was "not covered" alone)
UNWASHED = [
    "a child smells",
    "a child in my class smells",
    "a pupil in year 3 stinks every day and is always hungry",
    "what if a child always comes in dirty and unwashed?",
    "Morning all, a child in my class smells and wears the same clothes every day",
]


@pytest.mark.parametrize("words", UNWASHED)
def test_a_child_who_smells_is_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert said.startswith(OFFER), said


NOT_UNWASHED = [
    "the kids smell after PE",
    "the hall smells of paint after the art club",
    "we did smelly science today and the kids loved it",
    "a child in my class smells of perfume",
]


@pytest.mark.parametrize("words", NOT_UNWASHED)
def test_a_passing_smell_is_no_worry(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first
