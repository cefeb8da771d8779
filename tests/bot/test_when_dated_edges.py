"""Relative times a DSL would act on with the wrong day (bot/flows/when_dated.py), through the real engine: a weekday
"before last", an evening typed in the small hours, and a weekday that is someone's name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_when_dated import Clock, from_what_to_summary, to_when

MONDAY_AFTERNOON = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # Mon 30 Nov 2026, 14:00 GMT


@pytest.mark.parametrize(("said", "shown"), [
    ("friday before last", "friday before last (Fri 20 Nov 2026)"),
    ("last Friday but one", "last Friday but one (Fri 20 Nov 2026)"),
    ("the weekend before last", "the weekend before last (the weekend of Sat 21 Nov 2026)"),
])
async def test_before_last_is_a_week_further_back(chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str,
                                                  shown: str) -> None:
    Clock(monkeypatch, MONDAY_AFTERNOON)
    await to_when(chat)
    await chat.say(said)
    await from_what_to_summary(chat)
    assert f"*When:* {shown}" in chat.last.text


@pytest.mark.parametrize("said", ["this evening about 10", "this afternoon"])
async def test_an_evening_typed_after_midnight_is_the_day_before(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                                 said: str) -> None:
    Clock(monkeypatch, datetime(2026, 12, 1, 0, 40, tzinfo=UTC))  # 00:40 GMT, Tuesday: Monday evening just gone
    await to_when(chat)
    await chat.say(said)
    await from_what_to_summary(chat)
    assert f"*When:* {said} (Mon 30 Nov 2026)" in chat.last.text


async def test_a_weekday_that_is_a_name_is_not_dated(chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    Clock(monkeypatch, MONDAY_AFTERNOON)
    await to_when(chat)
    await chat.say("when Mrs Sunday was on duty")
    await from_what_to_summary(chat)
    assert "*When:* when Mrs Sunday was on duty\n" in chat.last.text + "\n"
