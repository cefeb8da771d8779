"""A report set aside is kept for days, so one begun before today is named with its day ("begun yesterday at
14:05", "begun on Sat 28 Nov at 14:05"), not by a time alone that reads as today's; typing undo with the time still
brings it back. Through the real engine, as typed in chat."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from bot.school_time import SCHOOL_ZONE
from bot.store.models import Conversation
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import start_routine


async def two_kept_the_first_set_aside(chat: Chat, ago: timedelta) -> datetime:
    """Two routine reports kept here, the first set aside `ago`; when the first began, in school time."""
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("cancel")
    await start_routine(chat)
    await chat.say("Amy P, Year 4")
    await chat.say("cancel")
    shift = int(ago.total_seconds() * 1_000_000)
    async with chat.runtime.store.transaction() as s:
        convo = await s.get(Conversation, chat.conversation)
        assert convo is not None and convo.kept_report is not None
        first, second = convo.kept_report["reports"]
        first = {**first, "aside": True, "cancelled_at": first["cancelled_at"] - shift,
                 "started": first["started"] - shift}
        convo.kept_report = {"reports": [first, second]}
    return datetime.fromtimestamp(first["started"] / 1_000_000, UTC).astimezone(SCHOOL_ZONE)


def day_of(begun: datetime) -> str:
    """How the day is said, "yesterday " or "on Sat 28 Nov " (the test may run just after midnight)."""
    if begun.date() == datetime.now(SCHOOL_ZONE).date() - timedelta(days=1):
        return "yesterday "
    return f"on {begun:%a} {begun.day} {begun:%b} "


async def test_a_report_set_aside_yesterday_is_named_with_its_day(chat: Chat) -> None:
    # minutes apart too, so each is named by its minute (two begun in the same minute of the day add the second)
    begun = await two_kept_the_first_set_aside(chat, timedelta(days=1, minutes=5))
    await chat.say("undo")  # the latest, today's: the other is said by name
    time = f"{begun:%H:%M}"
    assert (f"You have more kept: type undo {time} for your report begun {day_of(begun)}at {time} (Online bullying "
            "of a pupil).") in chat.replies[0].text


async def test_a_report_set_aside_days_ago_is_named_with_its_date_and_undo_with_its_time_brings_it_back(
        chat: Chat) -> None:
    begun = await two_kept_the_first_set_aside(chat, timedelta(days=3, minutes=5))
    await chat.say("undo")
    time = f"{begun:%H:%M}"
    assert (f"type undo {time} for your report begun on {begun:%a} {begun.day} {begun:%b} at {time} (Online "
            "bullying of a pupil)") in chat.replies[0].text
    await chat.say("cancel")
    await chat.say(f"undo {time}")
    assert re.search(rf"This is your report begun on {begun:%a} {begun.day} {begun:%b} at {time}\b", chat.text)
    assert "Sam B, Year 5" in chat.text or "Who is responsible" in chat.last.text


async def test_a_report_begun_today_is_named_by_its_time_alone(chat: Chat) -> None:
    await two_kept_the_first_set_aside(chat, timedelta(0))
    await chat.say("undo")
    assert re.search(r"for your report begun at \d\d:\d\d(:\d\d)? \(Online", chat.replies[0].text), chat.text
