"""A parent's blow told in a few words with no one named ("dad hits", "at home mum slaps", "her stepdad hits when
hes drunk") may be a disclosure: it was answered "not covered" alone, its words logged for the policy owner. It is
offered the report first now; "dad kicks off", "mum beats cancer" or "my dad hits the gym" are not blows. So too neglect
told as a child tells it ("she doesnt have a bed at home")."""

from __future__ import annotations

import pytest

from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_offered_first

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat


@pytest.mark.parametrize("words", ["dad hits", "at home dad hits", "mum slaps", "dad hits at home",
                                   "her stepdad hits when hes drunk"])
async def test_a_parents_blow_told_briefly_offers_the_report_first(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", ["dad kicks off", "mum beats cancer", "my dad hits the gym every day"])
async def test_no_blow_is_offered_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_offered_first(chat), chat.text


@pytest.mark.parametrize("words", ["a year 3 told me she doesnt have a bed at home",
                                   "is this normal? a year 3 told me she doesnt have a bed at home",
                                   "he says he sleeps on the floor at home", "she hasnt got any food at home"])
async def test_neglect_told_as_a_child_tells_it_offers_the_report_first(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


async def test_a_thing_the_school_lacks_is_no_neglect(chat: Chat) -> None:
    await chat.say("we dont have a bed for the new reading corner")
    assert not report_offered_first(chat), chat.text


@pytest.mark.parametrize("words", ["one of my girls said she doesnt want to go home today",
                                   "a child told me he doesnt want to go home"])
async def test_a_child_not_wanting_to_go_home_offers_the_report_first(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


async def test_not_wanting_to_go_home_for_the_fun_of_it_is_offered_no_report(chat: Chat) -> None:
    await chat.say("the kids said they dont want to go home, they love forest school")
    assert not report_offered_first(chat), chat.text
