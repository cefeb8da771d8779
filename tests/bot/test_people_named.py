"""One reader of the people words name (`bot/flows/people_named.py`), typed on a report's summary as a teacher would:
a child's name in lower case where the sentence says they are missing or ran away ("ellie is missing") is read as one,
as "Ellie is missing" is; a thing's name, with a capital or without ("Wifi is missing", "homework is missing"), is
no child, so it is asked about as a change to the report, never as a risk."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm

DANGER = "Is a child in immediate danger"
RISK_SAID = "tells of a risk"
WHICH_PART = "Which part of your report should this change?"


@pytest.mark.parametrize("words", ["ellie is missing", "update: leo has been missing since this morning",
                                   "ellie ran away"])
async def test_a_childs_name_in_lower_case_asks_the_danger_question(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert DANGER in chat.last.text and RISK_SAID in chat.replies[-2].text
    assert not any(r.urgent for r in chat.replies) and await concerns_in(chat) == []


async def test_a_childs_name_in_lower_case_missing_is_alerted_on_yes(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("ellie is missing")
    await chat.click("Yes")
    [alert] = await concerns_in(chat)
    assert alert.urgent and "ellie is missing" in alert.fields["what"]


@pytest.mark.parametrize("words", ["Wifi is missing", "Location is missing", "wifi is missing", "location is missing",
                                   "homework is missing", "Wifi has gone missing", "the dog ran away",
                                   "Projector is missing"])
async def test_a_thing_missing_on_the_summary_is_a_change_not_a_risk(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART in chat.last.text
    assert not any(RISK_SAID in r.text or DANGER in r.text or r.urgent for r in chat.replies)
    assert await concerns_in(chat) == []


@pytest.mark.parametrize("words", ["Wifi is missing", "Location is missing"])
async def test_a_thing_missing_under_edit_kind_asks_no_danger_question(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Kind of concern")
    await chat.say(words)
    assert not any(RISK_SAID in r.text or DANGER in r.text or r.urgent for r in chat.replies)
    assert await concerns_in(chat) == []


async def test_the_reports_own_child_named_like_a_thing_missing_still_alerts_at_once(chat: Chat) -> None:
    # "kit" is a thing's word ("PE kit"), but written with a capital in Who is affected it is the child's name
    await chat.say("I need to report something")
    await chat.click("Online bullying")
    await chat.say("no")
    await chat.say("Kit Harris, Year 4")
    await chat.click("Skip")
    await chat.click("WhatsApp")
    await chat.say("Saturday night")
    await chat.say("Older pupils have been sending Kit threats in a group chat.")
    await chat.say("They said they would get me")
    await chat.say("Kit showed me the messages")
    await chat.say("Told the class teacher")
    assert "Here is your report" in chat.last.text
    await chat.say("Kit is missing")
    assert any(r.urgent for r in chat.replies)
    [alert] = await concerns_in(chat)
    assert alert.urgent


async def test_someone_gone_missing_after_a_things_word_asks_the_danger_question(chat: Chat) -> None:
    # "lunch" a few words back had been read as the thing gone missing: no risk, only "Which part?"
    await walk_to_confirm(chat)
    await chat.say("after lunch she went missing")
    assert DANGER in chat.last.text and RISK_SAID in chat.replies[-2].text


async def test_the_reports_child_gone_missing_after_a_things_word_alerts_at_once(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("after lunch he has gone missing")
    [alert] = await concerns_in(chat)
    assert alert.urgent and "after lunch he has gone missing" in alert.fields["what"]


async def test_a_thing_gone_missing_a_few_words_back_is_still_no_risk(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("a phone of his went missing")
    assert not any(RISK_SAID in r.text or DANGER in r.text or r.urgent for r in chat.replies)
