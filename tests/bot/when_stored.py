"""What a report typed now stores at When, for tests on the real clock that type a relative time."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.flows.when_dated import dated


def stored(words: str) -> str:
    """An answer to When as a report typed now stores it: the teacher's words, and the day they meant if they name
    one (bot/flows/when_dated.py)."""
    return dated(words, datetime.now(UTC))
