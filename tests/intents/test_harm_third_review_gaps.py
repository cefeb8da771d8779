"""Gaps and over-reach in the harm readings added on 2026-12-01, found by a line-by-line review (helper `revC`),
through the real engine.

Missed: rows at home passed on by "i have been told…" (the speaker's own home was read from "i have"), a member of
staff pushed told the other way round ("my ta was pushed by a parent"), a child's arm yanked, a parent who keeps
shouting at staff. Over-reach: siblings squabbling at home began a report; wet play "indoors", the home corner and
house teams read as a child's home; "odd socks day" and "a weird email about the trip" as unease about a parent;
coffee at a colleague's house as a parent turning up there; a lollipop man saving a child as handling one.
"""

from __future__ import annotations

import pytest

from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# Possible harm, each answered only "not covered" with its words logged
NEVER_ONLY_NOT_COVERED = [
    "i have been told theres fighting at home every night",
    "we have heard her parents are always screaming at each other",
    "my ta was pushed by a parent at the gate",
    "my ta got shoved by a mum at drop off",
    "what should i do my ta was pushed by a parent",
    "mum yanked his arm really hard at the gate",
    "a dad keeps shouting at me at pick up",
    "a dad keeps messaging me about the trip and its creepy",
]


@pytest.mark.parametrize("words", NEVER_ONLY_NOT_COVERED)
async def test_possible_harm_is_never_only_not_covered(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


# Children squabbling at home, passed on: the report may be offered, but not begun as a disclosure
SIBLINGS_AT_HOME = [
    "ruby said she was arguing with her sister at home about the ipad lol",
    "mum said the twins keep arguing at home about bedtime",
]


@pytest.mark.parametrize("words", SIBLINGS_AT_HOME)
async def test_siblings_squabbling_at_home_begin_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat), chat.text


# Staffroom chat the new readings took for harm: no report begun, none offered
HARMLESS = [
    "the midday said the kids were screaming indoors all wet play",
    "the reception kids were arguing in the home corner over the dolls",
    "the kids were arguing in their house teams at sports day",
    "i was shouting at the telly at home last night during the football lol",
    "my two are always arguing at home lol",
    "his parents were yelling at the referee at football",
    "a parent sent me a weird email about the trip lol",
    "a parent emailed me an odd question about spellings",
    "a mum sent me a photo for odd socks day",
    "a dad kept ringing me about the trip and it was a bit odd",
    "my mum keeps ringing me at work lol",
    "a mum from class came round to my house for a coffee",
    "a dad came to my house to drop off the raffle prizes",
    "a parent was waiting at my car to say thanks",
    "the gas man came to my house this morning",
    "the lollipop man pushed her out of the way of a car",
    "the boys were fighting over the broken pencil lol",
]


@pytest.mark.parametrize("words", HARMLESS)
async def test_staffroom_chat_offers_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


# A case told as it is now after "what should i do", with no stop between, as one told in the past is
CASE_NOW = [
    "what should i do a child has bruises",
    "what should i do a girl in my class has marks on her arms",
    "who do i tell a boy in year 4 is being hit at home",
]


@pytest.mark.parametrize("words", CASE_NOW)
async def test_a_case_told_now_after_what_should_i_do_offers_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


# "if" or "when" keeps it a question, never a case told: no report begun. Since helper danger2 what to do asked of
# harm to a child has the report offered first all the same (test_harm_asked.py); it was answered only as a question.
@pytest.mark.parametrize("words", ["what should i do if a child has bruises", "what should i do when a child is hurt"])
async def test_what_should_i_do_if_a_child_is_hurt_is_no_telling_but_offers_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and report_offered_first(chat), chat.text
