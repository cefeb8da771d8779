"""The day a relative time meant, written beside the teacher's words (bot/flows/when_dated.py), as a DSL reading the
report days later needs it: from when the words were typed, in UK time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.flows.when_dated import dated

TUESDAY = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # Tue 1 Dec 2026, 10:00 GMT


@pytest.mark.parametrize(("said", "stored"), [
    ("yesterday", "yesterday (Mon 30 Nov 2026)"),
    ("last night about 9", "last night about 9 (Mon 30 Nov 2026)"),
    ("this morning", "this morning (Tue 1 Dec 2026)"),
    ("today at lunch", "today at lunch (Tue 1 Dec 2026)"),
    ("on Monday", "on Monday (Mon 30 Nov 2026)"),
    ("Saturday evening", "Saturday evening (Sat 28 Nov 2026)"),
    ("2 days ago", "2 days ago (Sun 29 Nov 2026)"),
    ("two days ago after school", "two days ago after school (Sun 29 Nov 2026)"),
    ("the day before yesterday", "the day before yesterday (Sun 29 Nov 2026)"),
    ("last week", "last week (the week of Mon 23 Nov 2026)"),
    ("over the weekend", "over the weekend (the weekend of Sat 28 Nov 2026)"),
    ("on monday at 3pm not yesterday", "on monday at 3pm not yesterday (Mon 30 Nov 2026)"),
    ("yesterday and again this morning",
     "yesterday and again this morning (yesterday: Mon 30 Nov 2026; this morning: Tue 1 Dec 2026)"),
])
def test_relative_words_keep_the_teachers_words_and_add_the_day_meant(said: str, stored: str) -> None:
    assert dated(said, TUESDAY) == stored


@pytest.mark.parametrize("said", [
    "30/11", "30 Nov", "Monday 30th November", "on the 30th", "2026-11-30",  # a date named already
    "ages ago", "not sure", "a few weeks", "a few days ago", "a couple of weeks ago", "3 or 4 days ago",  # vague
    "next monday", "every monday", "on mondays after school", "not yesterday",  # not one past day
    "morning", "after school", "at lunch",  # a time of day, no day said
])
def test_nothing_is_added_to_a_date_named_or_to_vague_words(said: str) -> None:
    assert dated(said, TUESDAY) == said


def test_a_bare_weekday_is_the_last_one_gone_and_todays_weekday_is_today_only_if_said_so() -> None:
    # today's weekday alone may be today or a week ago (helper `when2`): not dated rather than perhaps wrong
    assert dated("Tuesday", TUESDAY) == "Tuesday"
    assert dated("last Tuesday", TUESDAY) == "last Tuesday (Tue 24 Nov 2026)"
    assert dated("today, Tuesday", TUESDAY) == "today, Tuesday (Tue 1 Dec 2026)"
    assert dated("Wednesday", TUESDAY) == "Wednesday (Wed 25 Nov 2026)"
    assert dated("on Monday", TUESDAY) == "on Monday (Mon 30 Nov 2026)"
    assert dated("Sunday night", TUESDAY) == "Sunday night (Sun 29 Nov 2026)"


def test_the_day_is_the_uk_day_summer_time_included() -> None:
    # 23:30 UTC on 1 July is 00:30 BST on 2 July, the small hours: "today" is the 2nd or (to a teacher still up)
    # the 1st, "last night" the 1st or the night before (helper `when2`); in UTC it would be one day, the 1st
    summer_late = datetime(2026, 7, 1, 23, 30, tzinfo=UTC)
    assert dated("today", summer_late) == "today (Wed 1 Jul 2026 or Thu 2 Jul 2026, typed at 00:30)"
    assert dated("last night", summer_late) == "last night (Tue 30 Jun 2026 or Wed 1 Jul 2026, typed at 00:30)"
    # in winter 23:30 UTC is 23:30 GMT, the same day
    assert dated("today", datetime(2026, 11, 30, 23, 30, tzinfo=UTC)) == "today (Mon 30 Nov 2026)"
    # the clocks going back (02:00 BST Sun 25 Oct 2026) and forward (01:00 GMT Sun 29 Mar 2026); in the small
    # hours two days, with the UK time typed
    assert dated("today", datetime(2026, 10, 24, 23, 30, tzinfo=UTC)) == (
        "today (Sat 24 Oct 2026 or Sun 25 Oct 2026, typed at 00:30)")
    assert dated("today", datetime(2026, 10, 25, 1, 30, tzinfo=UTC)) == (
        "today (Sat 24 Oct 2026 or Sun 25 Oct 2026, typed at 01:30)")
    assert dated("today", datetime(2026, 3, 28, 23, 59, tzinfo=UTC)) == "today (Sat 28 Mar 2026)"
    assert dated("yesterday", datetime(2026, 3, 29, 23, 30, tzinfo=UTC)) == (
        "yesterday (Sat 28 Mar 2026 or Sun 29 Mar 2026, typed at 00:30)")
    # a naive moment is UTC, as the database hands them back
    assert dated("today", datetime(2026, 7, 1, 23, 30)) == "today (Wed 1 Jul 2026 or Thu 2 Jul 2026, typed at 00:30)"


def test_tonight_typed_in_the_small_hours_is_the_night_still_going_on() -> None:
    assert dated("tonight about 11", datetime(2026, 12, 1, 1, 0, tzinfo=UTC)) == "tonight about 11 (Mon 30 Nov 2026)"


def test_a_line_dated_already_is_not_dated_again_and_a_line_added_is_dated_on_its_own() -> None:
    once = dated("yesterday", TUESDAY)
    later = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # two days on, the same words read again
    assert dated(once, later) == once
    assert dated(f"{once}\nand again this morning", later) == (
        "yesterday (Mon 30 Nov 2026)\nand again this morning (Thu 3 Dec 2026)")
