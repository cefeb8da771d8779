"""Review revAD (of helpers names and askedback): what a teacher walking a report tripped on. A parent or carer gone
missing, typed on the summary ("Mum is missing", "dad's been missing since friday"), was asked "Which part?" as a
correction of the report; a DSL wants the danger question asked, as for a child missing by name. Each test is one
teacher through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in

DANGER = "Is a child in immediate danger"
RISK_SAID = "tells of a risk"
WHICH_PART = "Which part of your report should this change?"


async def to_summary(chat: Chat, affected: str) -> None:
    await chat.say("I need to report something")
    await chat.click("Online bullying")
    await chat.say("no")
    await chat.say(affected)
    await chat.click("Skip")
    await chat.click("WhatsApp")
    await chat.say("Saturday night")
    await chat.say("Older pupils have been sending him threats in a group chat.")
    await chat.say("They said they would get me")
    await chat.say("He showed me the messages")
    await chat.say("Told the class teacher")
    assert "Here is your report" in chat.last.text


@pytest.mark.parametrize("affected", ["Sam and his mum", "Sam B, Year 5"])
@pytest.mark.parametrize("words", ["Mum is missing", "her mum has gone missing", "dad's been missing since friday",
                                   "his carer is missing", "Sam's mum is missing", "his foster carers are missing"])
async def test_a_parent_or_carer_missing_asks_the_danger_question(chat: Chat, affected: str, words: str) -> None:
    await to_summary(chat, affected)
    await chat.say(words)
    assert DANGER in chat.last.text and RISK_SAID in chat.replies[-2].text
    assert not any(r.urgent for r in chat.replies) and await concerns_in(chat) == []


async def test_a_parent_missing_answered_yes_raises_the_alert_with_the_words(chat: Chat) -> None:
    await to_summary(chat, "Sam and his mum")
    await chat.say("Mum is missing")
    await chat.click("Yes")
    [alert] = await concerns_in(chat)
    assert alert.urgent and "Mum is missing" in alert.fields["what"]


async def test_a_parent_missing_under_edit_kind_asks_the_danger_question(chat: Chat) -> None:
    await to_summary(chat, "Sam and his mum")
    await chat.click("Edit: Kind of concern")
    await chat.say("Mum is missing")
    assert DANGER in chat.last.text and not any(r.urgent for r in chat.replies)


@pytest.mark.parametrize("words", ["Mum is missing his reading record", "the teacher is missing",
                                   "dad is missing parents evening", "Mum was missing from the group chat"])
async def test_a_parent_missing_something_or_a_member_of_staff_is_no_risk(chat: Chat, words: str) -> None:
    await to_summary(chat, "Sam and his mum")
    await chat.say(words)
    assert WHICH_PART in chat.last.text
    assert not any(RISK_SAID in r.text or DANGER in r.text or r.urgent for r in chat.replies)
