"""Gaps in reading harm, found by helper `harmread` with sentences of our own, typed as busy staff type them.

A parent's push at the gate ("a dad pushed me at the gate") was answered "not covered", Ask the Headteacher offered
and the words logged: an adult laying hands on staff at school is for the Headteacher, so the report is now offered
first. A parent the teacher finds creepy asking to connect ("a creepy dad added me on insta do i accept") got no
report offered; unease about an adult's contact now has it offered first, never begun by that alone. Staffroom chat
("two mums had a fight over the bake sale rota lol", "year 6 killed it at the concert") began reports, the incident
rule or the model sure of them; a quarrel over a thing, a fight told with a laugh and no one hurt, and a thing done
well are no reports now, while real harm still begins one. Non-teaching staff by their post ("the school business
manager", "the site manager", "an HLTA") are read as staff wherever staff are read by their post."""

from __future__ import annotations

import pytest

from bot.flows import concern_report as flow
from intents import understand
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import kept_draft
from tests.intents.harm_chat import logged, report_begun, report_offered_first

db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# An adult pushing or laying hold of a member of staff at school, told briefly
STAFF_PUSHED = [
    "a dad pushed me at the gate",
    "a parent pushed me in the car park",
    "one of the dads pushed my ta at drop off",
    "a grandad pushed the caretaker at the gate this morning",
    "a mum pushed me in front of the kids at pick up",
    "a dad grabbed hold of me in the car park",
    "a parent pushed me",
    "what should i do, a dad pushed me at the gate",
]
# Told briefly already read as reports: they stay so
STAFF_SHOVED = [
    "a mum shoved the TA in the playground",
    "a parent grabbed my arm at pick up",
]
# Pushes and grabs that are no assault
NOT_PUSHES = [
    "push the button",
    "pushed the deadline",
    "the dad pushed the buggy",
    "I pushed the door",
    "grab a coffee",
    "can you grab a coffee for me",
    "a parent pushed me for an answer",
    "a parent pushed me on the dates",
    "the head pushed me to apply for the job",
    "a dad grabbed me at pick up to ask about the trip",
    "a dad pushed the buggy into me by accident",
    "who do i tell if a parent pushed me?",
    "my ta pushed the trolley",
]
# Unease about an adult's contact, asked about or told
UNEASY_CONTACT = [
    "a creepy dad added me on insta do i accept",
    "a weird dad added me on facebook should i accept",
    "a creepy man added me on snapchat",
    "a dad from reception added me on fb, he is a bit creepy, do i accept",
    "a dad from year 2 added me on fb and i feel a bit uncomfortable about it should i accept",
    "a mum added me on insta and im scared what do i do",
    "a weird parent keeps adding me on insta what do i do",
]
# Asked with no unease, or unease about the asker's own act: as before, no report offered
PLAIN_REQUESTS = [
    "a dad added me on insta do i accept",
    "a mum wants to follow me on tiktok do i accept",
    "a dad added me on insta, is it weird if i accept",
    "a mum added me on fb and she is lovely do i accept",
]
# Staffroom chat: a quarrel over a thing, a fight told with a laugh and no one hurt, a thing done well
STAFFROOM_CHAT = [
    "two mums had a fight over the bake sale rota lol",
    "two mums had a fight over the bake sale rota",
    "the dads had a fight over the raffle prize haha",
    "the mums are fighting over the pta chair again haha",
    "the kids were fighting over the last cookie haha",
    "the kids had a fight over the lego lol",
    "she smashed her target in reading",
    "she smashed her target in reading this term",
    "year 6 killed it at the concert",
    "year 4 absolutely killed it at sports day",
    "my class killed it in their sats",
    "he killed it in the nativity lol",
    "she smashed it in her observation",
]
# Real harm beside the same words: still begun
REAL_HARM = [
    "two mums had a fight in the playground and one was bleeding",
    "a boy in year 4 was punched in a fight",
    "she smashed her head on the radiator",
    "two boys fought over a ball and one punched the other",
    "two boys fighting over a ball and one has a black eye lol",
    "two year 6 boys had a fight over a football at lunch",
    "mum and dad were fighting over who gets the kids",
    "a girl in my class said her mum and dad were fighting over money",
    "he smashed it over her head at lunch",
    "i need to report two mums had a fight over the rota lol",
]
# Harm done to non-teaching staff by their post
POSTS_HARMED = [
    "a parent punched the school business manager",
    "a parent spat at the lunchtime supervisor",
    "a dad hit the midday supervisor at lunch",
    "a parent kicked the cleaner in the car park",
    "a parent assaulted the hlta",
    "a parent threw a chair at the school business manager",
    "a dad threw a cup at the bursar",
    "a parent attacked our school business manager",
    "a mum headbutted my hlta at pick up",
    "a mum pushed the school business manager in the office",
]
# Befriending them: a colleague, whom B.1 (pupils) does not settle
POSTS_BEFRIENDED = [
    "can i add the school business manager on facebook",
    "can I be friends with the bursar on facebook",
    "can i accept a friend request from the site manager",
    "is it ok to follow the office manager on instagram",
    "can i add our hlta on insta",
]


@pytest.mark.parametrize("words", STAFF_PUSHED + STAFF_SHOVED)
async def test_an_adult_pushing_staff_offers_the_report_and_is_not_logged(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert "Ask the Headteacher" not in [b.label for r in chat.replies for b in r.buttons]
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", NOT_PUSHES)
async def test_a_push_or_grab_that_harms_no_one_offers_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


@pytest.mark.parametrize("words", UNEASY_CONTACT)
async def test_unease_about_an_adult_s_contact_offers_the_report_first_without_beginning_it(
        chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_offered_first(chat) and not report_begun(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", PLAIN_REQUESTS)
async def test_a_request_asked_about_without_unease_is_answered_as_before(
        chat: Chat, words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.clause_id is None and meaning.nearest == "B.1", meaning
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


@pytest.mark.parametrize("words", STAFFROOM_CHAT)
async def test_staffroom_chat_begins_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat), chat.text


@pytest.mark.parametrize("words", REAL_HARM)
async def test_real_harm_beside_the_same_words_still_begins_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat), chat.text


@pytest.mark.parametrize("words", POSTS_HARMED)
async def test_harm_to_non_teaching_staff_by_their_post_offers_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", POSTS_BEFRIENDED)
def test_befriending_non_teaching_staff_is_not_answered_as_befriending_pupils(words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.clause_id is None and meaning.nearest == "B.1" and meaning.other_party, meaning


@pytest.mark.parametrize("said", [
    "the school business manager is following pupils on tiktok",
    "our site manager keeps following year 6 on tiktok",
    "the hlta is following pupils on snapchat",
])
async def test_a_post_named_at_the_kind_question_is_a_member_of_staff_s_conduct(chat: Chat, said: str) -> None:
    await chat.say("report a concern")
    await chat.say(said)
    _, draft = await kept_draft(chat)
    assert draft["fields"]["category"] == "staff_conduct", chat.text  # type: ignore[index]
    assert f"\u201c{flow.CATEGORY_LABELS['staff_conduct']}\u201d" in chat.text


@pytest.mark.parametrize("words", ["two year 6 boys had a fight at lunch lol", "the kids had a fight over the lego lol",
                                   "the kids were fighting over the last cookie haha"])
async def test_childrens_scuffle_told_with_a_laugh_offers_the_report_without_beginning_it(chat: Chat,
                                                                                           words: str) -> None:
    await chat.say(words)
    # a child may still have been hurt: the DSL would rather the way to report were offered than not
    assert not report_begun(chat) and report_offered_first(chat), chat.text
