"""Words at *When did it happen?* naming a day still to come are kept as typed, never dated (helper notices5): until
then "tomorrow" was written as tomorrow's date, and "Monday next week", "Friday coming" or "he's going to meet her on
Saturday" as the last such day gone, a day the DSL would read as when it happened. Through the real engine, the clock
set to when the teacher typed."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_when_second import LATE, SUNDAY, WEDNESDAY, when_shown


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


@pytest.mark.parametrize("said", [
    # helper notices6: each was dated as the Friday (or weekend) gone, a day the DSL would read as when it happened
    "he said it would happen on friday", "she told me he would collect her on saturday", "due friday",
    "she said he would come at the weekend", "it's happening friday", "it is taking place on friday",
    "tonight", "he'll be there tonight", "she's meeting him tonite", "on wednesday tonight",
])
async def test_a_reported_or_planned_day_to_come_and_tonight_are_kept_as_typed(
        chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == said


@pytest.mark.parametrize(("said", "shown"), [
    ("last night", "last night (Tue 1 Dec 2026)"),
    ("last night, and he said he'd be back tonight",
     "last night, and he said he'd be back tonight (last night: Tue 1 Dec 2026)"),
    ("friday night", "friday night (Fri 27 Nov 2026)"),
    # "would" of what did not happen, a refusal, a hedge, or with a day said gone: dated as before
    ("it would have been friday", "it would have been friday (Fri 27 Nov 2026)"),
    ("he wouldn't let her leave on friday", "he wouldn't let her leave on friday (Fri 27 Nov 2026)"),
    ("i would say friday", "i would say friday (Fri 27 Nov 2026)"),
    ("that would be last friday", "that would be last friday (Fri 27 Nov 2026)"),
    ("it was happening friday", "it was happening friday (Fri 27 Nov 2026)"),
])
async def test_last_night_and_days_said_gone_keep_their_dates(chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str,
                                                              shown: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == shown


@pytest.mark.parametrize(("said", "shown"), [
    ("tonight about 11", "tonight about 11 (Mon 30 Nov 2026)"),  # typed at 00:30: the night still going on, as before
    ("he'll be there tonight", "he'll be there tonight"),  # but not what is still to happen
])
async def test_tonight_typed_in_the_small_hours(chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str,
                                                shown: str) -> None:
    assert await when_shown(chat, monkeypatch, LATE, said) == shown


@pytest.mark.parametrize("said", [
    # helper notices7: an event's day told in the present ("the party is friday") was dated as the Friday gone, a day
    # the DSL would read as when it happened; kept as typed, as a day to come is (nothing is dated forwards: typed on a
    # Saturday, "the party is friday" may be the one gone or the next)
    "the party is friday", "it's on friday", "the disco is on friday", "their match is this saturday",
    "the sleepover is at the weekend", "the meet up is tonight", "the trip's on friday", "the fixtures are on saturday",
    # "this evening" typed before the evening has come, as "tonight" then (helper notices6): to come, not dated today
    "this evening", "it happened this evening", "he's picking her up this evening",
])
async def test_a_day_told_in_the_present_and_an_evening_not_come_are_kept_as_typed(
        chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == said


@pytest.mark.parametrize(("said", "shown"), [
    # told in the past, or with a day said gone, or "is" not of the day: dated as before
    ("it was on friday", "it was on friday (Fri 27 Nov 2026)"),
    ("the party was friday", "the party was friday (Fri 27 Nov 2026)"),
    ("it's been going on since friday", "it's been going on since friday (Fri 27 Nov 2026)"),
    ("she is upset, on friday he hit her", "she is upset, on friday he hit her (Fri 27 Nov 2026)"),
    ("the party is last friday", "the party is last friday (Fri 27 Nov 2026)"),
    ("he is in my class and on friday he shouted", "he is in my class and on friday he shouted (Fri 27 Nov 2026)"),
])
async def test_a_day_told_in_the_past_keeps_its_date(chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str,
                                                     shown: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == shown


EVENING_TYPED = WEDNESDAY.replace(hour=19, minute=30)  # 19:30: the evening has come


@pytest.mark.parametrize(("said", "shown"), [
    ("this evening", "this evening (Wed 2 Dec 2026)"),
    ("it happened this evening", "it happened this evening (Wed 2 Dec 2026)"),
    ("tonight", "tonight (Wed 2 Dec 2026)"),
    ("he'll be there this evening", "he'll be there this evening"),  # said of what is still to happen
    ("he'll be there tonight", "he'll be there tonight"),
    ("this morning", "this morning (Wed 2 Dec 2026)"),
])
async def test_this_evening_and_tonight_read_alike_once_the_evening_has_come(
        chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str, shown: str) -> None:
    assert await when_shown(chat, monkeypatch, EVENING_TYPED, said) == shown


SMALL_HOURS_TYPED = WEDNESDAY.replace(hour=4, minute=10)  # 04:10 on Wed 2 Dec: the evening gone is Tuesday's


@pytest.mark.parametrize(("typed_at", "said", "shown"), [
    # review revAL: "this evening" said of what is to happen, typed in the small hours, was dated the evening gone
    (SMALL_HOURS_TYPED, "she'll be collected this evening", "she'll be collected this evening"),
    (SMALL_HOURS_TYPED, "he's going to meet her this evening", "he's going to meet her this evening"),
    (SMALL_HOURS_TYPED, "it happened this evening", "it happened this evening (Tue 1 Dec 2026)"),  # as before
    # "its" typed without its apostrophe, as "it's" (was dated as the Friday gone)
    (WEDNESDAY, "its on friday", "its on friday"),
    (WEDNESDAY, "i think its at the weekend", "i think its at the weekend"),
    (WEDNESDAY, "its been going on since friday", "its been going on since friday (Fri 27 Nov 2026)"),
])
async def test_an_evening_to_come_in_the_small_hours_and_its_without_an_apostrophe(
        chat: Chat, monkeypatch: pytest.MonkeyPatch, typed_at: datetime, said: str, shown: str) -> None:
    assert await when_shown(chat, monkeypatch, typed_at, said) == shown
