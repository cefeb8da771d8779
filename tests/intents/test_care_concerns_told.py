"""Harm to a child told without a blow or a doer the other readings want, through the real engine: touching told in
the passive, neglect, an adult photographing children they are not responsible for, a carer drunk or high at pick up.
Each was answered only "not covered" with its words logged (intents/care_told.py)."""

from __future__ import annotations

import pytest

from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# Told as a child said it: a disclosure passed on, so a report is begun
CHILD_SAID = [
    "a child said she was touched",
    "she told me she was touched at home",
    "a girl said her mum forgets to feed her",
    "ruby said she was left alone at home all weekend",
    "he said there is no food at home",
    "she says mum is always drunk",
]


@pytest.mark.parametrize("words", CHILD_SAID)
async def test_what_a_child_said_begins_a_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat), chat.text
    assert all(words not in q for q in await logged(chat))


# Seen by staff: the report is at least offered first, the words not logged
STAFF_SAW = [
    "a man was taking photos of the kids over the fence",
    "a man in a car was taking pictures of the girls",
    "a mum smelt of alcohol at pick up and drove off with the kids",
    "dad was drunk at pick up",
    "a dad stank of weed at drop off",
    "he comes in the same dirty clothes every day",
    "her dad is always drunk",
]


@pytest.mark.parametrize("words", STAFF_SAW)
async def test_what_staff_saw_is_never_only_not_covered(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


# What only sounds so: no report begun, none offered
HARMLESS = [
    "the photographer was taking photos of the kids at sports day",
    "mum forgot to pack her lunch",
    "a parent was filming the nativity",
    "dad smelt of bonfire smoke",
    "the kids were touched by the story",
    "she was touched by the card",
    "a woman was filming her son at sports day",
    "she was hurt by what he said",
    "he got hurt at football",
    "we dont feed them after lunch",
    "the dads were high fiving at pick up",
    "dad was drunk at the christmas party lol",
    "my mum was always tipsy at christmas lol",
]


@pytest.mark.parametrize("words", HARMLESS)
async def test_look_alikes_offer_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text
