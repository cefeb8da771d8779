"""Review revAF (of helper notices6): look-alikes of When's days to come that notices6 left undated though they tell
of a time gone. Through the real engine, the clock set to when the teacher typed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_when_second import WEDNESDAY, when_shown

EVENING = datetime(2026, 12, 2, 19, 0, tzinfo=UTC)  # Wed 2 Dec 2026, 19:00 GMT
LATE_EVENING = datetime(2026, 12, 2, 23, 30, tzinfo=UTC)  # Wed 2 Dec 2026, 23:30 GMT


@pytest.mark.parametrize("said", [
    "tonight", "it happened tonight", "earlier tonight", "he hit her tonight at the park",
])
@pytest.mark.parametrize("typed_at", [EVENING, LATE_EVENING])
async def test_tonight_typed_once_the_evening_has_come_is_dated_today(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                                      said: str, typed_at: datetime) -> None:
    """Typed that evening, "tonight" at When is mostly the evening going on: left undated it is any night to a DSL
    reading the report days later."""
    assert await when_shown(chat, monkeypatch, typed_at, said) == f"{said} (Wed 2 Dec 2026)"


@pytest.mark.parametrize("said", ["he'll be there tonight", "he said he would hit her tonight"])
async def test_tonight_said_of_what_is_to_come_stays_undated_in_the_evening(
        chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str) -> None:
    assert await when_shown(chat, monkeypatch, LATE_EVENING, said) == said


@pytest.mark.parametrize("said", [
    # "would" of what used to happen, or a hedge, with no one reporting a plan: the Friday gone, as before notices6
    "he would shout at her on friday", "he would hit her on friday", "it would be friday i think",
    "it would normally be friday",
])
async def test_would_with_nobody_reporting_a_plan_keeps_the_day_gone(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                                     said: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == f"{said} (Fri 27 Nov 2026)"


@pytest.mark.parametrize("said", ["he told her he would meet her on saturday", "she texted that it would be friday"])
async def test_would_in_what_someone_said_is_still_a_day_to_come(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                                 said: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == said
