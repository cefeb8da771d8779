"""Gaps in the harm reading left by the review of 2026-12-01 (helper `revA`), closed by kind of sentence (helper
`harm2`), through the real engine.

Rows at a child's home passed on ("he says theres always fighting over money at home"), staff intimidated by a parent
with no blow ("a dad squared up to me at the gate"), a case told straight after "what should i do" with no comma, and
two pupils named fighting ("ollie and sam had a fight lol") were each answered only "not covered", their words logged.
"""

from __future__ import annotations

import pytest

from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# Rows at a child's home told as someone said them: a disclosure passed on, so the report is begun
HOME_ROWS_SAID = [
    "he says theres always fighting over money at home",
    "she told me theres lots of shouting at home",
    "theres always rows at home he says",
    "he said the police came round because of the fighting at home",
]
# Told without who said it: the report offered first at least
HOME_ROWS = [
    "theres loads of fighting at home over money",
    "her parents are always screaming at each other",
]
# The speaker's own home, a debate's arguments, laughter: no report
NOT_HOME_ROWS = [
    "my kids are always fighting at home lol",
    "me and my husband had a row at home last night lol",
    "the children can practise their arguments at home for the debate",
    "the kids screamed with laughter at home watching the video",
]


@pytest.mark.parametrize("words", HOME_ROWS_SAID)
async def test_rows_at_home_passed_on_begin_a_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", HOME_ROWS)
async def test_rows_at_home_are_never_only_not_covered(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", NOT_HOME_ROWS)
async def test_the_speaker_s_own_home_or_a_debate_offers_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


# A parent or another adult intimidating or harassing staff with no blow
STAFF_INTIMIDATED = [
    "a dad squared up to me at the gate",
    "a parent was really aggressive at the gate shouting at me",
    "a dad got in my face at pick up and was shouting",
    "a dad has been waiting outside my house",
    "a dad keeps turning up at my car after school",
    "a dad i dont know keeps texting me at night",
    "a parent found my number and keeps ringing me",
    "a parent found out where i live",
    "a dad swore at me at the gate",
    "my ta was sworn at by a parent",
    "a parent was aggressive at the gate, who do i tell?",
]
# Look-alikes: a call across the playground, the office rung about money, thanks, getting in touch, a question
STAFF_NOT_INTIMIDATED = [
    "a parent was shouting across the playground to her kid",
    "a dad keeps ringing the office about dinner money",
    "a mum was waiting outside my classroom to say thank you",
    "a parent got in touch about the trip",
    "a man was waiting outside my house to deliver a parcel",
    "my mum was waiting outside my house",
    "who do i tell if a parent shouts at me?",
]


@pytest.mark.parametrize("words", STAFF_INTIMIDATED)
async def test_staff_intimidated_by_an_adult_have_the_report_offered_first(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_offered_first(chat), chat.text
    assert "Ask the Headteacher" not in [b.label for r in chat.replies for b in r.buttons]
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", STAFF_NOT_INTIMIDATED)
async def test_harmless_look_alikes_offer_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


# "what should i do" then a case told in the past, with no comma between
ASKED_THEN_TOLD = [
    "what should i do a dad pushed me at the gate",
    "what do i do a mum grabbed a child by the arm at pick up",
    "what should i do the boy next door hit her",
    "what should i do a dad squared up to me at the gate",
    "who do i tell my ta was sworn at by a parent",
]
# Still questions: a condition, "about", "when"
ASKED_ONLY = [
    "what should i do if a dad pushes me at the gate",
    "what should i do about a dad who pushed me",
    "what should i do when a parent shouts at me",
]


@pytest.mark.parametrize("words", ASKED_THEN_TOLD)
async def test_a_case_told_after_what_should_i_do_without_a_comma_offers_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", ASKED_ONLY)
async def test_what_should_i_do_if_about_or_when_stays_a_question(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text
    assert words in await logged(chat)  # the Headteacher sees what the policy leaves open


# Two pupils named fighting, read as "two boys had a fight lol" is: the report offered, not begun
NAMED_FIGHTS = [
    "ollie and sam had a fight lol",
    "ollie and sam had a fight",
    "jake and tom got into a fight at lunch",
    "ollie and sam were fighting at lunch lol",
]


@pytest.mark.parametrize("words", NAMED_FIGHTS)
async def test_two_named_pupils_fighting_offer_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", ["ollie and sam had a great time lol", "mr smith and mrs jones had a fight over "
                                   "the rota lol", "two mums had a fight about the kids party lol",
                                   "two mums had a fight about the kids party"])
async def test_named_friends_or_adults_over_a_childrens_thing_offer_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


@pytest.mark.parametrize("words", ["the lads fought over who gets the ipad lol",
                                   "two mums had a fight over the kids lol"])
async def test_children_fighting_or_fought_over_still_offer_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
