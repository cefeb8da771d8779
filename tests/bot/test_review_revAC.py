"""Review revAC. Helper kind2 read any word typed with a capital before "is missing" as a child's name ("Location is
missing", "Wifi is missing", as "Ellie is missing"), and the words that read a danger now took "<word> is missing" as
Yes: typed on the summary or under Edit: Kind of concern of a report answered No, each raised the URGENT alert at once.
Now the danger question is asked and the teacher answers it; the report's own child missing still raises it at once.
Since helper names (`people_named`), a thing's name is no child's at all: the words are asked about as a change."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm

DANGER = "Is a child in immediate danger"
LOOK_ALIKES = ["Location is missing", "Wifi is missing", "Surname is missing", "Caretaker is missing"]


@pytest.mark.parametrize("words", LOOK_ALIKES)
async def test_a_capitalised_thing_missing_typed_on_the_summary_raises_no_alert(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert not any(r.urgent for r in chat.replies) and await concerns_in(chat) == []
    assert "Which part" in chat.last.text and not any(DANGER in r.text for r in chat.replies)


@pytest.mark.parametrize("words", LOOK_ALIKES)
async def test_a_capitalised_thing_missing_typed_under_edit_kind_raises_no_alert(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Kind of concern")
    await chat.say(words)
    assert not any(r.urgent for r in chat.replies) and await concerns_in(chat) == []
    assert not any(DANGER in r.text for r in chat.replies)


async def test_another_child_missing_by_name_is_asked_and_alerted_on_yes(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("Ellie is missing")
    assert DANGER in chat.last.text and not any(r.urgent for r in chat.replies)
    await chat.click("Yes")
    [alert] = await concerns_in(chat)
    assert alert.urgent and "Ellie is missing" in alert.fields["what"]


async def test_the_reports_own_child_missing_still_raises_the_alert_at_once(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("Sam is missing")
    assert any(r.urgent for r in chat.replies)
    [alert] = await concerns_in(chat)
    assert alert.urgent
