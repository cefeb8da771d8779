"""The day a teacher's "yesterday" meant, written beside it: "yesterday (Sun 29 Nov 2026)".

A report is read days later (the escalation, `reports show`, the export, the inbox), where "When: yesterday" no
longer says which day. So the day is read once, from when the teacher typed the answer, in school time (UK, summer
time included), and stored with their words, which are kept exactly: the date goes at the end of the line in
brackets. Stored, not worked out on reading, so a report resumed or sent the next day keeps the day meant.

Only words that name one day (or one week, weekend or month) are read. Words naming a date already ("30/11",
"30 Nov", "the 30th") are left alone, as are vague ones ("ages ago", "a few weeks", "not sure"), and a line dated
already is never dated twice (an answer added to keeps its first date, and only its new line is read). "Friday before
last" is a week before last Friday; "this evening" typed in the small hours is the evening just gone; a weekday after
Mr/Mrs/Ms/Miss/Dr is a name, not a day.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from bot.school_time import SCHOOL_ZONE

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Full names and the short forms no other word is: not "sat", "sun" or "mon" ("she sat next to him")
_WEEKDAYS = {"monday": 0, "tuesday": 1, "tues": 1, "wednesday": 2, "wensday": 2, "wednsday": 2, "weds": 2,
             "thursday": 3, "thurs": 3, "thur": 3, "friday": 4, "saturday": 5, "sunday": 6}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_PART = r"(?:\s+(?:morning|afternoon|evening|night|nite|lunch(?:time)?|break(?:time)?|after school|before school))?"
_NUMBER = r"\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
_SAID = re.compile(
    r"\b(?:"
    r"(?P<before>the\s+day\s+before\s+yesterday)"
    r"|(?P<yesterday>yesterday|yday)" + _PART +
    r"|(?P<last_night>last\s+(?:night|nite))"
    r"|(?P<today>today|this\s+(?:morning|afternoon|evening|lunch(?:time)?)|tonight|tonite)"
    r"|(?P<tomorrow>tomorrow)" + _PART +
    r"|(?P<ago>" + _NUMBER + r")\s+days?\s+ago"
    r"|(?P<week_ago>a|one)\s+week\s+ago"
    r"|(?P<last_week>last\s+week)(?!\s*-?end)"
    r"|(?P<this_week>this\s+week)(?!\s*-?end)"
    r"|(?P<weekend>(?:(?P<last>last)|this|the|over\s+the|at\s+the)\s+week-?\s?end)"
    r"|(?P<last_month>last\s+month)"
    r"|(?:(?P<lead>on|last|this|this\s+past|past)\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")" + _PART +
    r")\b", re.I)
# A range ("3 or 4 days ago", "2-3 days ago"): no one day meant
_RANGE_BEFORE = re.compile(r"(?:" + _NUMBER + r")\s*(?:or|-|\u2013|to)\s*$", re.I)
# Weekdays not of the past: "next monday", "every monday", "on mondays" (plural, so not matched at all); and any day
# said not to be the one ("monday at 3pm not yesterday")
_NOT_PAST = re.compile(r"\b(?:next|every|each|this\s+coming|coming|not)\s+$", re.I)
_MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
               r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# A date named already: "30/11", "30/11/26", "2026-11-30", "30 Nov", "30th of November", "Nov 30", "the 30th"
_A_DATE = re.compile(
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}-\d{1,2}-\d{2,4}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_WORD + r"\b"
    r"|\b" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)\b", re.I)
# What this module writes, at a line's end: that line is dated already
_DATED = re.compile(r"\((?:[^()]*: )?(?:(?:the )?(?:week|weekend) of )?(?:" + "|".join(_DAYS) + r") \d{1,2} (?:"
                    + "|".join(_MONTHS) + r") \d{4}(?:; [^()]*)?\)$|\((?:" + "|".join(_MONTHS) + r") \d{4}\)$")
_TODAY_WORDS = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening|lunch(?:time)?)|tonight|tonite)\b", re.I)
_SMALL_HOURS = 5  # before 5 am, "tonight" is the night still going on, which began the day before
# Parts of today that cannot have come yet in the small hours: typed then, they are of the day before
_LATER_TODAY = re.compile(r"toni|this\s+(?:afternoon|evening|lunch)", re.I)
# "Friday before last", "last weekend but one": a week further back than the words before it say
_A_WEEK_MORE = re.compile(r"^\s+(?:before\s+last|but\s+one)\b", re.I)
# A weekday that is someone's name ("Mrs Sunday saw it"): no day meant
_TITLE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|master)\.?\s+$", re.I)


def school_day(moment: datetime) -> date:
    """The school's calendar day at `moment` (a naive moment is UTC, as the database hands them back)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(SCHOOL_ZONE).date()


def day_shown(day: date) -> str:
    """'Mon 30 Nov 2026': the weekday, so a DSL can check it against the teacher's "on Monday"."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def dated(text: str, typed: datetime) -> str:
    """The teacher's words with the day each relative time in them meant, when typed at `typed`, after each line
    that has one; unchanged where there is none, a date is named already, or the line is dated already."""
    return "\n".join(_dated_line(line, typed) for line in text.split("\n"))


def _dated_line(line: str, typed: datetime) -> str:
    words = line.rstrip()
    if not words or _DATED.search(words) or _A_DATE.search(words):
        return line
    local = typed.replace(tzinfo=UTC) if typed.tzinfo is None else typed
    local = local.astimezone(SCHOOL_ZONE)
    today = local.date()
    said_today = _TODAY_WORDS.search(words) is not None
    meant: list[tuple[str, str]] = []
    for found in _SAID.finditer(words):
        if (shown := _meant(found, words, today, local.hour, said_today)) and shown not in (m[1] for m in meant):
            meant.append((found.group(0), shown))
    if not meant:
        return line
    if len(meant) == 1:
        return f"{words} ({meant[0][1]})"
    return f"{words} ({'; '.join(f'{said}: {shown}' for said, shown in meant)})"


def _meant(found: re.Match[str], line: str, today: date, hour: int, said_today: bool) -> str:
    """The day (week, weekend, month) these words meant, as shown; "" for none (a range, the future weekday)."""
    before = line[: found.start()]
    if _NOT_PAST.search(before):
        return ""
    more = timedelta(days=7 if _A_WEEK_MORE.match(line[found.end():]) else 0)
    if found.group("before"):
        return day_shown(today - timedelta(days=2))
    if found.group("yesterday") or found.group("last_night"):
        return day_shown(today - timedelta(days=1))
    if found.group("today"):
        later = _LATER_TODAY.match(found.group("today")) is not None
        return day_shown(today - timedelta(days=1) if later and hour < _SMALL_HOURS else today)
    if found.group("tomorrow"):
        return day_shown(today + timedelta(days=1))
    if found.group("ago"):
        if _RANGE_BEFORE.search(before):
            return ""
        number = found.group("ago").lower()
        days = int(number) if number.isdigit() else _NUMBERS[number]
        return day_shown(today - timedelta(days=days)) if 0 < days <= 31 else ""
    if found.group("week_ago"):
        return day_shown(today - timedelta(days=7))
    if found.group("last_week"):
        return "the week of " + day_shown(today - timedelta(days=today.weekday() + 7))
    if found.group("this_week"):
        return "the week of " + day_shown(today - timedelta(days=today.weekday()))
    if found.group("weekend"):
        # the weekend going on or just gone; "last weekend" said at a weekend, the one before it
        saturday = today - timedelta(days=(today.weekday() - 5) % 7) - more
        if found.group("last") and today.weekday() >= 5:
            saturday -= timedelta(days=7)
        return "the weekend of " + day_shown(saturday)
    if found.group("last_month"):
        first = today.replace(day=1) - timedelta(days=1)
        return f"{_MONTHS[first.month - 1]} {first.year}"
    if found.group("weekday"):
        if _TITLE.search(before):
            return ""
        wanted = _WEEKDAYS[found.group("weekday").lower()]
        back = (today.weekday() - wanted) % 7
        lead = (found.group("lead") or "").lower()
        if back == 0 and not (said_today or lead == "this"):  # today's weekday, not said to be today: a week ago
            back = 7
        return day_shown(today - timedelta(days=back) - more)
    return ""
