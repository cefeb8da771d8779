"""With more than one report kept for Undo, typed undo says which it brought back (an URGENT one by its reference, any
other by when it began) and how to bring back each other ("undo C-0001"), and that works; only the reporter's own
conversation is looked in, only within the window, and an URGENT one's trail says the reporter carried on. Through the
real engine, as typed in chat."""

from __future__ import annotations

import re

from bot.cancelled_reports import UNDO_WITHIN
from bot.store.models import Conversation
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, kept_for_undo, start_routine, start_urgent, trail_of


async def two_kept(chat: Chat) -> str:
    """An URGENT report stopped (C-0001), then a routine one cancelled; what "undo" said of them afterwards."""
    await start_urgent(chat)
    assert "C-0001" in chat.text
    await chat.say("Amy P, Year 5")
    await chat.say("cancel")
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("cancel")
    return chat.text


async def test_undo_names_the_report_it_brought_back_and_how_to_bring_back_the_other(chat: Chat) -> None:
    said = await two_kept(chat)
    assert "Also kept: type undo C-0001 for C-0001." in said  # the cancel message says what else is kept

    await chat.say("undo")

    first = chat.replies[0].text
    begun = re.search(r"This is your report begun at (\d\d:\d\d) \(Online bullying of a pupil\)\.", first)
    assert begun is not None, first
    assert "You have more kept: type undo C-0001 for C-0001." in first
    assert "Who is responsible" in chat.last.text  # the routine report, at the question it stopped at


async def test_undo_with_a_reference_brings_back_that_one_and_keeps_its_trail(chat: Chat) -> None:
    await two_kept(chat)

    await chat.say("undo C-0001")

    first = chat.replies[0].text
    assert first.startswith("Your report is back, just as you left it. This is C-0001. You have more kept: type undo ")
    assert "(Online bullying of a pupil)" in first
    await chat.say("Jake T, Year 6")  # the next answer joins C-0001
    [concern] = await concerns_in(chat)
    assert concern.fields["responsible"] == "Jake T, Year 6"
    assert "reporter carried on" in [action for action, _ in await trail_of(chat)]

    await chat.say("cancel")  # stopped again: the routine one is still kept, by its time
    name = re.search(r"type undo (\d\d:\d\d) for your report begun", chat.text)
    assert name is not None, chat.text
    await chat.say(f"undo {name.group(1)}")
    assert "Sam B, Year 5" in str(await kept_draft_fields(chat))


async def test_someone_else_typing_the_reference_brings_back_nothing(chat: Chat) -> None:
    await two_kept(chat)
    other = chat.as_user("local:bob", "Bob")

    await other.say("undo C-0001")

    assert other.text.startswith("There's no report C-0001 kept for Undo here. Undo brings back only your own reports")
    assert len((await kept_for_undo(chat))["reports"]) == 2  # type: ignore[index]
    assert "reporter carried on" not in [action for action, _ in await trail_of(chat)]


async def test_a_reference_past_its_window_is_not_brought_back(chat: Chat) -> None:
    await two_kept(chat)
    async with chat.runtime.store.transaction() as s:
        convo = await s.get(Conversation, chat.conversation)
        assert convo is not None and convo.kept_report is not None
        hour = int(UNDO_WITHIN.total_seconds() * 1_000_000)
        first, second = convo.kept_report["reports"]
        convo.kept_report = {"reports": [{**first, "cancelled_at": first["cancelled_at"] - hour - 1}, second]}

    await chat.say("undo C-0001")

    assert "There's no report C-0001 kept for Undo here" in chat.text
    assert "Kept here now: type undo " in chat.text and "for your report begun at" in chat.text


async def kept_draft_fields(chat: Chat) -> dict[str, str]:
    async with chat.runtime.store.transaction() as s:
        convo = await s.get(Conversation, chat.conversation)
        assert convo is not None
        return dict((convo.draft or {}).get("fields", {}))


async def test_two_begun_in_the_same_minute_are_named_apart_and_each_comes_back_by_its_name(chat: Chat) -> None:
    """Two kept reports begun in one minute were both named "14:05": "Also kept: type undo 14:05 for your report begun
    at 14:05" named the earlier, and typing it brought back the later."""
    for who in ("Sam B, Year 5", "Jo K, Year 6"):
        await start_routine(chat)
        await chat.say(who)
        await chat.say("cancel")
    async with chat.runtime.store.transaction() as s:  # begun 30 seconds apart in one minute, whenever the test runs
        convo = await s.get(Conversation, chat.conversation)
        assert convo is not None and convo.kept_report is not None
        first, second = convo.kept_report["reports"]
        minute = (first["started"] // 60_000_000) * 60_000_000
        convo.kept_report = {"reports": [{**first, "started": minute + 10_000_000},
                                         {**second, "started": minute + 40_000_000}]}

    await chat.say("what does the policy say about photos?")  # any answer says what is kept, and how to get it back

    named = re.search(r"Also kept: type undo (\d\d:\d\d:10) for your report begun at \1 \(", chat.text)
    assert named is not None, chat.text
    await chat.say(f"undo {named.group(1)}")
    assert "Sam B, Year 5" in str(await kept_draft_fields(chat))  # the earlier one, as named
    assert re.search(r"You have more kept: type undo \d\d:\d\d:40 for your report begun", chat.replies[0].text)
