"""Words at *When did it happen?* naming a day still to come are kept as typed, never dated (helper notices5): until
then "tomorrow" was written as tomorrow's date, and "Monday next week", "Friday coming" or "he's going to meet her on
Saturday" as the last such day gone, a day the DSL would read as when it happened. Through the real engine, the clock
set to when the teacher typed."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_when_second import SUNDAY, WEDNESDAY, when_shown


@pytest.mark.parametrize("said", [
    "tomorrow", "tomorrow after school", "the day after tomorrow", "he's meeting her tomorrow",
    "monday next week", "on monday of next week", "next week on monday", "friday coming", "friday next",
    "upcoming friday", "the following monday", "by friday", "before friday",
    "he's going to meet her on saturday", "she'll be collected at the weekend", "the weekend coming",
    "the weekend coming up",
])
async def test_a_day_to_come_is_kept_as_typed_without_a_date(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                             said: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == said


@pytest.mark.parametrize(("said", "shown"), [
    # the date says which words it is for, so nobody takes it for tomorrow's
    ("yesterday, and he said he'll do it again tomorrow",
     "yesterday, and he said he'll do it again tomorrow (yesterday: Tue 1 Dec 2026)"),
    ("last friday, and she's going to tell mum next week",
     "last friday, and she's going to tell mum next week (last friday: Fri 27 Nov 2026)"),
    # days gone keep their dates as before
    ("on friday", "on friday (Fri 27 Nov 2026)"),
    ("on monday he said he'll hurt her", "on monday he said he'll hurt her (Mon 30 Nov 2026)"),
    ("Will said it on monday", "Will said it on monday (Mon 30 Nov 2026)"),
    ("monday next to the gates", "monday next to the gates (Mon 30 Nov 2026)"),
    ("friday coming out of school", "friday coming out of school (Fri 27 Nov 2026)"),
    ("he told me on monday he is going to hurt her", "he told me on monday he is going to hurt her (Mon 30 Nov 2026)"),
    ("friday after school", "friday after school (Fri 27 Nov 2026)"),
    ("at the weekend", "at the weekend (the weekend of Sat 28 Nov 2026)"),
    ("friday this week", "friday this week (this week: the week of Mon 30 Nov 2026)"),
])
async def test_days_gone_beside_days_to_come_keep_their_dates(chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str,
                                                              shown: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == shown


async def test_on_monday_said_on_a_sunday_is_still_the_monday_gone(chat: Chat,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Told of at When, "on Monday" is far more often the one gone than the one to come."""
    assert await when_shown(chat, monkeypatch, SUNDAY, "on monday") == "on monday (Mon 30 Nov 2026)"
