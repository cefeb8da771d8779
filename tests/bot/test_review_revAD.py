"""Review revAD (of helpers names and askedback): what a teacher walking a report tripped on. A parent or carer gone
missing, typed on the summary ("Mum is missing", "dad's been missing since friday"), was asked "Which part?" as a
correction of the report; a DSL wants the danger question asked, as for a child missing by name. Each test is one
teacher through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_part_asked_back import to_affected, to_when
from tests.bot.test_summary_corrections import fields

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


async def test_the_same_person_typed_twice_at_when_is_asked_about_and_kept_once(chat: Chat) -> None:
    # sent twice (a slow connection, or typed again when no reply came quickly): "“Mr Davies” and “Mr Davies”", and
    # kept twice in Who is responsible
    await to_when(chat)
    await chat.say("Mr Davies")
    await chat.say("mr davies.")
    assert "\u201cMr Davies\u201d looks like who is responsible" in chat.last.text and " and " not in chat.last.text
    await chat.say("yes")
    assert (await fields(chat))["responsible"] == "Mr Davies"


async def test_the_same_time_typed_twice_at_who_is_affected_is_kept_once_and_another_still_joins(chat: Chat) -> None:
    await to_affected(chat)
    await chat.say("last night at 9")
    await chat.say("Last night at 9")
    await chat.say("and on sunday")
    assert "\u201clast night at 9\u201d and \u201cand on sunday\u201d look like when" in chat.last.text
    await chat.click("Yes, it's when")
    assert (await fields(chat))["when"].count("last night at 9") == 1


async def test_own_edit_of_the_kind_after_the_danger_question_was_answered_returns_to_the_summary(chat: Chat) -> None:
    # two risks typed on the summary, the danger question answered No for each; then the teacher's own Edit of the
    # kind, kept: the summary, as any Edit (the danger question was asked a third time, as though Back had been
    # pressed at it, since words telling a risk still waited)
    await walk_to_confirm(chat)
    await chat.say("his dad also hits him at home")
    await chat.click("No")
    await chat.say("she also said her uncle touched her")
    await chat.click("No")
    await chat.say("edit kind of concern")
    assert "What kind of concern" in chat.last.text
    await chat.click("Keep as it is")
    assert DANGER not in chat.last.text and "Here is your report" in chat.text
