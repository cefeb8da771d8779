"""Relative times at *When did it happen?* a DSL would have read with a wrong day (bot/flows/when_dated.py,
bot/flows/when_unsure.py), through the real engine, the clock set to when the teacher typed: a date is never wrong,
so where the day is not sure the words are kept undated, and in the small hours both days are written."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import start_routine
from tests.bot.test_when_dated import Clock, from_what_to_summary, to_when

MONDAY = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # Mon 30 Nov 2026, 14:00 GMT
WEDNESDAY = datetime(2026, 12, 2, 11, 0, tzinfo=UTC)  # Wed 2 Dec 2026
FRIDAY = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)  # Fri 4 Dec 2026, after school
SATURDAY = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)  # Sat 5 Dec 2026
SUNDAY = datetime(2026, 12, 6, 19, 0, tzinfo=UTC)  # Sun 6 Dec 2026
LATE = datetime(2026, 12, 1, 0, 30, tzinfo=UTC)  # 00:30 on Tue 1 Dec 2026: a teacher still up after Monday


async def when_shown(chat: Chat, monkeypatch: pytest.MonkeyPatch, typed_at: datetime, said: str) -> str:
    """What the summary shows at When for `said` typed at `typed_at`."""
    Clock(monkeypatch, typed_at)
    await to_when(chat)
    await chat.say(said)
    await from_what_to_summary(chat)
    [line] = [row for row in chat.last.text.split("\n") if row.startswith("*When:* ")]
    return line.removeprefix("*When:* ")


@pytest.mark.parametrize(("typed_at", "said", "shown"), [
    (FRIDAY, "this weekend", "this weekend"),  # the coming one or the one gone? Not dated rather than a guess
    (SATURDAY, "this weekend", "this weekend (the weekend of Sat 5 Dec 2026)"),  # the one going on
    (SUNDAY, "this weekend", "this weekend (the weekend of Sat 5 Dec 2026)"),
    (WEDNESDAY, "this weekend", "this weekend (the weekend of Sat 28 Nov 2026)"),  # the one just gone
    (SATURDAY, "the weekend before", "the weekend before"),  # before what?
])
async def test_this_weekend_is_dated_only_when_it_can_only_be_one(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                                  typed_at: datetime, said: str, shown: str) -> None:
    assert await when_shown(chat, monkeypatch, typed_at, said) == shown


@pytest.mark.parametrize("said", ["at Sunday school", "Friday club", "at tuesday's swimming lesson", "Good Friday",
                                  "at friday prayers", "Mrs Sunday's lesson"])
async def test_a_weekday_inside_a_name_or_a_thing_is_not_dated(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                               said: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == said


async def test_a_weekday_used_as_a_time_beside_a_thing_is_still_dated(chat: Chat,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shown = await when_shown(chat, monkeypatch, WEDNESDAY, "friday after school by the gates")
    assert shown == "friday after school by the gates (Fri 27 Nov 2026)"


@pytest.mark.parametrize(("said", "shown"), [
    ("yesterday", "yesterday (Sun 29 Nov 2026 or Mon 30 Nov 2026, typed at 00:30)"),
    ("last night about 10", "last night about 10 (Sun 29 Nov 2026 or Mon 30 Nov 2026, typed at 00:30)"),
    ("today at lunch", "today at lunch (Mon 30 Nov 2026)"),  # lunch has not come yet: the day just gone
    ("an hour ago", "an hour ago (Mon 30 Nov 2026)"),  # 23:30: counted from the clock, no doubt
    ("on monday", "on monday (Mon 30 Nov 2026)"),  # named: no doubt
])
async def test_days_counted_back_after_midnight_name_both_days_the_teacher_may_mean(
        chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str, shown: str) -> None:
    assert await when_shown(chat, monkeypatch, LATE, said) == shown


@pytest.mark.parametrize(("typed_at", "said", "shown"), [
    (MONDAY, "monday morning", "monday morning"),  # today's, or a week ago?
    (MONDAY, "last monday", "last monday (Mon 23 Nov 2026)"),
    (MONDAY, "monday just gone", "monday just gone (Mon 23 Nov 2026)"),
    (MONDAY, "this friday", "this friday"),  # the one to come
    (WEDNESDAY, "monday last week", "monday last week (Mon 23 Nov 2026)"),
    (WEDNESDAY, "last wk on thurs", "last wk on thurs (Thu 26 Nov 2026)"),
    (WEDNESDAY, "a week ago friday", "a week ago friday (Fri 20 Nov 2026)"),
    (WEDNESDAY, "friday week", "friday week"),  # a week on Friday, to come
    (LATE, "monday or tuesday", "monday or tuesday"),  # Mon 30 and Tue 24, out of order: not the ones meant
    (MONDAY, "monday to wednesday", "monday to wednesday"),  # one of two dated alone would mislead
    (SUNDAY, "on friday last week", "on friday last week (Fri 27 Nov 2026)"),
    (WEDNESDAY, "last week sometime monday or tuesday", "last week sometime monday or tuesday"),
    (SUNDAY, "this thursday", "this thursday"),  # the one gone, or the one to come?
    (WEDNESDAY, "yday", "yday (Tue 1 Dec 2026)"),
    (WEDNESDAY, "2day at drop off", "2day at drop off (Wed 2 Dec 2026)"),
    (WEDNESDAY, "just now in the playground", "just now in the playground (Wed 2 Dec 2026)"),
    (WEDNESDAY, "night before last", "night before last (Mon 30 Nov 2026)"),
    (WEDNESDAY, "last wk", "last wk (the week of Mon 23 Nov 2026)"),
    (WEDNESDAY, "fri pm", "fri pm (Fri 27 Nov 2026)"),
    (WEDNESDAY, "on the 3rd", "on the 3rd"),  # a date named: left alone
    (WEDNESDAY, "before half term", "before half term"),
    (WEDNESDAY, "during PE", "during PE"),
])
async def test_answers_as_teachers_type_them_get_the_right_day_or_none(
        chat: Chat, monkeypatch: pytest.MonkeyPatch, typed_at: datetime, said: str, shown: str) -> None:
    assert await when_shown(chat, monkeypatch, typed_at, said) == shown


async def to_responsible(chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    Clock(monkeypatch, MONDAY)
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    assert "Who is responsible" in chat.last.text


async def test_a_time_typed_at_who_is_responsible_is_asked_back_and_put_in_when(
        chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    await to_responsible(chat, monkeypatch)
    await chat.say("about 3pm yesterday")
    assert "looks like when it happened, not who" in chat.text
    await chat.click("Yes, it's when")
    assert "as when it happened" in chat.text and "Who is responsible" in chat.last.text
    await chat.say("a Year 6 boy")
    await chat.click("WhatsApp")
    assert "about 3pm yesterday (Sun 29 Nov 2026)" in chat.last.text  # When shows it, to keep or change
    await chat.click("Keep as it is")
    await from_what_to_summary(chat)
    assert "*When:* about 3pm yesterday (Sun 29 Nov 2026)" in chat.last.text
    assert "*Who is responsible:* a Year 6 boy" in chat.last.text


async def test_a_time_kept_as_who_if_the_teacher_says_so(chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    await to_responsible(chat, monkeypatch)
    await chat.say("last night")
    await chat.click("No, keep it as who")
    assert "Where did it happen" in chat.last.text


@pytest.mark.parametrize("said", ["a Year 6 boy", "Mr Jones, yesterday", "the boy who messaged her last night"])
async def test_who_with_or_without_a_time_goes_straight_on(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                           said: str) -> None:
    await to_responsible(chat, monkeypatch)
    await chat.say(said)
    assert "looks like when" not in chat.text
    assert "Where did it happen" in chat.last.text


@pytest.mark.parametrize(("said", "when", "who"), [("yes", "last night about 9 (Sun 29 Nov 2026)", None),
                                                   ("no", None, "last night about 9")])
async def test_a_yes_or_no_typed_answers_the_asking_back(chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str,
                                                         when: str | None, who: str | None) -> None:
    await to_responsible(chat, monkeypatch)
    await chat.say("last night about 9")
    await chat.say(said)
    if when is not None:
        assert "as when it happened" in chat.text and "Who is responsible" in chat.last.text
        await chat.say("Jake in 6B")
    await chat.click("WhatsApp")
    if when is not None:
        assert when in chat.last.text
        await chat.click("Keep as it is")
    else:
        await chat.say("last night about 9")
    await from_what_to_summary(chat)
    assert f"*Who is responsible:* {who or 'Jake in 6B'}" in chat.last.text
    assert "*When:* last night about 9 (Sun 29 Nov 2026)" in chat.last.text
