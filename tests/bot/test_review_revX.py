"""Review revX of helper notices5: a day still to come, said as planned ("due to meet friday", "she's supposed to see
him on saturday"), is kept as typed at *When?*, never dated as the last such day gone; a cause ("due to a fight on
friday") still is. Through the real engine, the clock set to when the teacher typed."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_when_second import WEDNESDAY, when_shown


@pytest.mark.parametrize("said", [
    "due to meet friday", "they are due to meet on friday", "he is due to meet her friday", "it's due friday",
    "she's supposed to see him on saturday", "he is meant to collect her on friday",
    "they're expected to meet on saturday", "she is seeing him on friday", "she's seeing him friday",
])
async def test_a_day_planned_is_kept_as_typed_without_a_date(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                             said: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == said


@pytest.mark.parametrize(("said", "shown"), [
    ("he was excluded due to a fight on friday", "he was excluded due to a fight on friday (Fri 27 Nov 2026)"),
    ("due to fighting on friday", "due to fighting on friday (Fri 27 Nov 2026)"),
    ("last thursday", "last thursday (Thu 26 Nov 2026)"),
])
async def test_a_day_gone_given_as_a_cause_keeps_its_date(chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str,
                                                          shown: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == shown
