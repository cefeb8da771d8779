"""Found by a review of the violence net and the party reading (helper `revint`), with sentences of our own typed as
busy staff type them.

Harm at home told through what was smashed ("dad smashed the house up again last night and the kids were screaming")
began a report before the thing-damaged reading and was then answered "not covered": a thing damaged by a parent, a
partner or a family member is violence at home, not the caretaker's. A game named beside a blow ("a water fight at
home got out of hand and dad held jacks head under the water") hid the blow. A thing thrown at the receptionist or
at a child's face told by name ("at harry's face") was not read. Staff's own neighbours fighting, or parents
"fighting over" a rota, had the report offered for "class" or "the fete" anywhere in the message. A thing damaged and
a reporting word ("someone smashed the staffroom microwave, who do i tell") still began a report. Befriending staff
by their post ("the new student teacher", "supply teachers", "the dinner ladies", "my old head"), "ex colleagues" or
"the school's governors" was answered from B.1 (friending pupils) or another clause. "what should i do, a year 3 boy
threw a chair at me" was taken for a "what if" and answered "not covered", its words logged. "a parent punched me by
the goals at sports day" was no longer read once "goals" was taken for what a class does well at. Another school's
clause "It is not appropriate for staff to be friends with pupils" was read as about pupils and colleagues (staff
named after its opening), so it answered "can I be friends with my colleagues?"."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents import understand
from intents.parties import PUPIL, clause_parties
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# Violence at home told through what was smashed, or beside a game's name: reports before the review's changes
HARM_AT_HOME = [
    "dad smashed the house up again last night and the kids were screaming",
    "mums boyfriend smashed the tv and the kids were hiding upstairs",
    "her dad broke the door down to get to her mum, she saw it all",
    "lily said daddy smashed the window and the glass went in her eye",
    "a water fight at home got out of hand and dad held jacks head under the water",
]
# Something thrown at a member of staff by their post, or at a body part told with the child's name
THROWN_AT_SOMEONE = [
    "parent came into the office and threw a chair at the receptionist",
    "a dad threw his keys at the caretaker in the car park",
    "harry's dad threw a football really hard at harry's face when he missed a goal at the match",
]
# A member of staff hurt at a place that names a test or a goal: reports on main, not read once those were taken for
# what a class does well at ("year 6 smashed their targets")
STAFF_HURT_THERE = [
    "a parent punched me by the goals at sports day",
    "a pupil hit me during the sats",
    "a parent slapped me after the results assembly",
]
# "what should i do," and then the case: a telling, not a "what if"
ASKED_THEN_TOLD = [
    "what should i do, a year 3 boy threw a chair at me and hit my leg",
    "what do i do? a dad punched a mum at the gate",
    # a question about "a parent", but one told as having happened
    "my colleague said a parent threw a drink at her in the car park, should she tell the dsl?",
]
# Nothing done to anyone the school answers for
NOTHING_TO_REPORT = [
    "my neighbours were fighting last night and i couldn't sleep, so tired for class today",
    "the dads were fighting over the last sausage roll at the fete haha",
    "the mums were fighting over who makes the costumes for the nativity",
    "someone smashed the staffroom microwave, who do i tell to get a new one",
    "the storm smashed the greenhouse, who do i tell?",
    "What should I do? The printer is broken",
    "year 6 smashed their targets this term",
]
# Befriending staff, ex-colleagues or governors: not B.1's (pupils), B.1 the nearest the policy comes
NOT_PUPILS = [
    "can i add the new student teacher on insta",
    "are we allowed to be facebook friends with supply teachers",
    "can i be friends with the dinner ladies on facebook",
    "my old head from my last school wants to add me on linkedin is that ok",
    "can i connect with ex colleagues on linkedin",
    "can i follow the school's governors on twitter",
]
# Pupils, whoever else is named: still B.1
PUPILS = [
    "can i follow ex pupils who are at uni now on insta",
    "a year 5 boy sent me a follow request on tiktok, can i accept it?",
    "can student teachers add pupils on facebook?",
    "can i be friends with pupils on tiktok",
]


@pytest.mark.parametrize("words", [*HARM_AT_HOME, *THROWN_AT_SOMEONE, *STAFF_HURT_THERE, *ASKED_THEN_TOLD])
async def test_violence_begins_the_report_or_offers_it_first_and_is_not_logged(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", NOTHING_TO_REPORT)
async def test_nothing_done_to_anyone_is_neither_begun_nor_offered_as_a_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


@pytest.mark.parametrize("words", NOT_PUPILS)
def test_befriending_staff_or_governors_is_not_covered_with_b1_the_nearest(words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.clause_id is None and meaning.nearest == "B.1" and not meaning.report_first, meaning
    assert meaning.intent != "report_concern", meaning


@pytest.mark.parametrize("words", PUPILS)
def test_befriending_pupils_is_still_b1(words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.clause_id == "B.1" and meaning.intent == "policy_question", meaning


@pytest.mark.parametrize("clause", [
    "It is not appropriate for staff to be friends with pupils on social media.",
    "Under no circumstances should staff accept friend requests from pupils.",
    "Staff who work directly with children must never accept pupils as friends.",
])
def test_staff_who_act_in_another_school_s_clause_are_not_a_party_to_it(clause: str) -> None:
    # read as befriended, staff made a pupils' clause settle befriending colleagues: answered from it
    assert clause_parties(clause) == {PUPIL}


def test_following_guidance_is_no_relationship() -> None:
    assert clause_parties("Staff should follow the guidance from governors on social media.") == set()


def test_another_school_s_pupils_clause_does_not_answer_befriending_colleagues(tmp_path: Path) -> None:
    policy = tmp_path / "contact.md"
    policy.write_text(
        "# Staff contact\n\n## A. Personal accounts\n\n"
        "[A.1] It is not appropriate for staff to be friends with pupils on their personal accounts.\n\n"
        "[A.2] Staff must not post pictures of school events on their personal accounts.\n", encoding="utf-8")
    other = load_knowledge_base(policy)
    assert understand("can I be friends with pupils on facebook?", other.index).clause_id == "A.1"
    for question in ("can i be friends with other staff on my personal account",
                     "is it appropriate to be friends with colleagues on facebook"):
        u = understand(question, other.index)
        assert (u.clause_id, u.nearest) == (None, "A.1"), u

