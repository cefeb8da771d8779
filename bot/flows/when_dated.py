"""The day a teacher's "yesterday" meant, written beside it: "yesterday (Sun 29 Nov 2026)".

A report is read days later (the escalation, `reports show`, the export, the inbox), where "When: yesterday" no
longer says which day. So the day is read once, from when the teacher typed the answer, in school time (UK, summer
time included), and stored with their words, which are kept exactly: the date goes at the end of the line in
brackets. Stored, not worked out on reading, so a report resumed or sent the next day keeps the day meant.

Only words that name one day (or one week, weekend or month) are read. Words naming a date already ("30/11",
"30 Nov", "the 30th") are left alone, as are vague ones ("ages ago", "a few weeks", "not sure"), and a line dated
already is never dated twice (an answer added to keeps its first date, and only its new line is read). "Friday before
last" is a week before last Friday; "this evening" typed in the small hours is the evening just gone, and before 5 pm
(or said of the future) one to come, as "tonight" is (bot/flows/when_to_come.py); a weekday after
Mr/Mrs/Ms/Miss/Dr is a name, not a day. Where the day is not sure (`when_unsure`: a weekday in a thing's name,
today's weekday alone, "this weekend" on a Friday, a day counted back in the small hours) no one day is written: a
wrong date is worse than none.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from bot.flows.when_to_come import (
    names_a_later_time,
    plan_after,
    tonight_to_come,
    weekday_to_come,
    weekend_to_come,
)
from bot.flows.when_unsure import SMALL_HOURS, counted_days, day_left_open, of_an_earlier_time, weekday_not_a_time
from bot.school_time import SCHOOL_ZONE

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Full names and the short forms no other word is: not "sat", "sun" or "mon" ("she sat next to him")
_WEEKDAYS = {"monday": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wensday": 2, "wednsday": 2, "weds": 2,
             "wed": 2, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
             "sunday": 6}
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + ")"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
# Short forms read as their long ones (helper when8: "this eve", "this arvo" were not read): "eve" only after
# "this", never "this Eve's" (a name's)
_SHORT_PARTS = r"eve(?!['\u2019]s)|arvo|avo"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|nite|lunch(?:time)?|break(?:time)?|after school|before school))?"
_NUMBER = r"\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
_WEEK = r"(?:week|wk)"
_SAID = re.compile(
    r"\b(?:"
    r"(?P<before>(?:the\s+)?(?:day|night)\s+before\s+(?:yesterday|last))"
    r"|(?P<yesterday>yesterday|yday|yest|ystrdy|yesterdy|yesteday|yestrday)" + _PART +
    r"|(?P<last_night>last\s+(?:night|nite))"
    r"|(?P<today>today|2day|this\s+(?:morning|afternoon|evening|" + _SHORT_PARTS + r"|lunch(?:time)?|am|pm))"
    r"|(?P<tonight>tonight|tonite|2night|2nite)"
    r"|(?P<tomorrow>tomorrow)" + _PART +
    r"|(?P<just_now>just\s+now)"
    r"|(?:(?P<hours_ago>" + _NUMBER + r"|half\s+an)\s+(?P<unit>hours?|hrs?|minutes?|mins?)\s+ago)"
    r"|(?P<ago>" + _NUMBER + r")\s*days?\s+ago"
    # a weekday of last week, or a week before one: one day, not two ("monday last week", "a week ago friday")
    r"|(?P<wd_last_week>(?:on\s+)?(?P<wd1>" + _WEEKDAY + r")\s+(?:of\s+)?last\s+" + _WEEK +
    r"|last\s+" + _WEEK + r",?\s+(?:on\s+)?(?P<wd2>" + _WEEKDAY + r"))"
    r"|(?P<week_before_wd>(?:a|one)\s+week\s+(?:ago|last|past)\s+(?:on\s+|last\s+)?(?P<wd3>" + _WEEKDAY + r"))"
    r"|(?P<week_ago>a|one)\s+week\s+ago"
    r"|(?P<last_week>last\s+" + _WEEK + r")(?!\s*-?end)"
    r"|(?P<this_week>this\s+" + _WEEK + r")(?!\s*-?end)"
    r"|(?P<weekend>(?:(?P<last>last)|(?P<this>this)|the|over\s+the|at\s+the)\s+week-?\s?end)"
    r"|(?P<last_month>last\s+month)"
    r"|(?:(?P<lead>on|last|this|this\s+past|past)\s+)?(?P<weekday>" + _WEEKDAY + r")" + _PART +
    r")\b", re.I)
_AGO_UNITS = {"h": 60, "m": 1}
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
_DAY_SHOWN = r"(?:" + "|".join(_DAYS) + r") \d{1,2} (?:" + "|".join(_MONTHS) + r") \d{4}"
# What this module writes, at a line's end: that line is dated already
_DATED = re.compile(r"\((?:[^()]*: )?(?:(?:the )?(?:week|weekend) of )?" + _DAY_SHOWN + r"(?:[;, ][^()]*)?\)$"
                    r"|\((?:" + "|".join(_MONTHS) + r") \d{4}\)$")
# ("tonight" is read on its own: bot/flows/when_to_come.py)
_TODAY_WORDS = re.compile(r"\b(?:today|2day|this\s+(?:morning|afternoon|evening|" + _SHORT_PARTS +
                          r"|lunch(?:time)?|am|pm))\b", re.I)
# Parts of today that cannot have come yet in the small hours: typed then, they are of the day before
_LATER_TODAY = re.compile(r"this\s+(?:afternoon|evening|eve|arvo|avo|lunch|pm)", re.I)
# A part of the school day said with "today" or "this morning": typed in the small hours, it has not come yet
_SCHOOL_DAY = re.compile(r"\b(?:lunch(?:time)?|afternoon|evening|after\s+school|pick\s*-?\s*up|home\s*time|"
                         r"drop\s*-?\s*off|break(?:time)?|registration|assembly|\d{1,2}(?::\d\d)?\s*pm)\b", re.I)
# "Friday before last", "last weekend but one": a week further back than the words before it say
_A_WEEK_MORE = re.compile(r"^\s+(?:before\s+last|but\s+one)\b", re.I)
# A week before this one said beside a weekday not read with it
_WEEK_BEFORE = re.compile(r"\b(?:last\s+(?:week|wk)|week\s+before\s+last)\b(?!\s*-?end)", re.I)
_GONE = re.compile(r"^\s+(?:just\s+)?gone\b", re.I)
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
    said_today = _TODAY_WORDS.search(words) is not None
    meant: list[tuple[str, str]] = []
    weekdays: list[tuple[date, ...]] = []  # the days named by weekdays used as times, in the order said
    # a time to come left undated: a date at the line's end must say which words it is for
    undated = names_a_later_time(words)
    for found in _SAID.finditer(words):
        days = _meant(found, words, local, said_today)
        undated = undated or (not days and _to_come(found, words, local.weekday(), local.hour))
        if found.group("weekday") and not _names_a_thing(found, words):
            weekdays.append(days)
        if (shown := _shown(days, found, local)) and shown not in (m[1] for m in meant):
            meant.append((found.group(0), shown))
    if weekdays and _WEEK_BEFORE.search(words):
        return line  # "last week, monday or tuesday": days of that week, not the last ones gone
    if (weekdays or any(f.group("weekend") for f in _SAID.finditer(words))) and of_an_earlier_time(words):
        return line  # "2 weeks ago on friday", "last month at the weekend": of that time, not the last one gone
    if len(weekdays) > 1 and (() in weekdays or weekdays != sorted(weekdays)):
        # "monday or tuesday" typed on a Tuesday read as Mon 30 and Tue 24, or one of "monday to friday" dated
        # alone: weekdays said together are not the ones counted back one by one, so none is sure
        return line
    if not meant:
        return line
    if len(meant) == 1 and not undated:
        return f"{words} ({meant[0][1]})"
    return f"{words} ({'; '.join(f'{said}: {shown}' for said, shown in meant)})"


def _shown(days: tuple[date, ...], found: re.Match[str], local: datetime) -> str:
    """The days as written beside the words: a week or weekend by its first day; two days with the time typed."""
    if not days:
        return ""
    if found.group("last_month"):
        return f"{_MONTHS[days[0].month - 1]} {days[0].year}"
    if found.group("last_week") or found.group("this_week"):
        return "the week of " + day_shown(days[0])
    if found.group("weekend"):
        return "the weekend of " + day_shown(days[0])
    if len(days) == 2:
        return f"{day_shown(days[0])} or {day_shown(days[1])}, typed at {local:%H:%M}"
    return day_shown(days[0])


def _to_come(found: re.Match[str], line: str, today: int, hour: int) -> bool:
    """Time words left undated as to come ("yesterday, and he'll do it again tomorrow": "(yesterday: …)", never a date
    a reader would take for tomorrow's)."""
    before, after = line[: found.start()], line[found.end():]
    if found.group("tomorrow"):
        return True
    if _plan_later_today(found, line):
        return True
    if found.group("tonight") or _an_evening(found):
        return tonight_to_come(before, hour, SMALL_HOURS)
    if found.group("weekend"):
        return weekend_to_come(before, after)
    if found.group("weekday") and not _said_gone(found):
        wanted = _WEEKDAYS[found.group("weekday").lower()]
        return weekday_to_come(before, line[found.end("weekday"):], wanted, today)
    return False


def _plan_later_today(found: re.Match[str], line: str) -> bool:
    """"this eve he's coming to get her", "tonight she's going to meet him": a part of today still to come begins what
    is planned, so it is a time to come whatever the clock says (when8 read only the words before it, and typed at
    20:00 the plan was dated as the incident's day)."""
    later = found.group("tonight") or _LATER_TODAY.match(found.group("today") or "")
    return bool(later) and plan_after(line[: found.start()], line[found.end():])


def _an_evening(found: re.Match[str]) -> bool:
    return (found.group("today") or "").lower().split()[-1:] in (["evening"], ["eve"])


def _said_gone(found: re.Match[str]) -> bool:
    """"last Friday", "this past Friday": gone, whatever is said before ("that would be last Friday")."""
    return (found.group("lead") or "").lower() in ("last", "past", "this past")


def _names_a_thing(found: re.Match[str], line: str) -> bool:
    """A weekday that is someone's name ("Mrs Sunday") or part of a thing's ("Sunday school")."""
    before = line[: found.start()]
    return _TITLE.search(before) is not None or weekday_not_a_time(before, line[found.end("weekday"):])


def _meant(found: re.Match[str], line: str, local: datetime, said_today: bool) -> tuple[date, ...]:
    """The day (the first day of a week, weekend or month) these words meant; two where the small hours leave it open
    which day they count from; none where no one day is sure (a range, a day to come, a weekday that names a thing)."""
    today, hour = local.date(), local.hour
    before, after = line[: found.start()], line[found.end():]
    if _NOT_PAST.search(before) or _plan_later_today(found, line):
        return ()
    more = timedelta(days=7 if _A_WEEK_MORE.match(after) else 0)
    counted = counted_days(today, hour, local.minute)
    if found.group("before"):
        return tuple(day - timedelta(days=2) for day in counted)
    if found.group("yesterday") or found.group("last_night"):
        return tuple(day - timedelta(days=1) for day in counted)
    if found.group("today"):
        if _an_evening(found) and tonight_to_come(before, hour, SMALL_HOURS):
            # "this evening" typed before it has come, or said of what is to happen (at any hour: review revAL found
            # "she'll be collected this evening" typed at 4 am dated the evening gone): as "tonight" (helper notices7)
            return ()
        if hour < SMALL_HOURS and (_LATER_TODAY.match(found.group("today")) or _SCHOOL_DAY.search(line)):
            return (today - timedelta(days=1),)  # the evening, the afternoon just gone
        return counted
    if found.group("tomorrow"):
        return ()  # to come, or a slip: nothing that happened is dated to come (bot/flows/when_to_come.py)
    if found.group("tonight"):
        if tonight_to_come(before, hour, SMALL_HOURS):
            return ()
        return (today - timedelta(days=1),) if hour < SMALL_HOURS else (today,)  # the night going on
    if found.group("just_now"):
        return (today,)
    if found.group("hours_ago"):
        number = found.group("hours_ago").lower()
        count = 0.5 if number.startswith("half") else int(number) if number.isdigit() else _NUMBERS[number]
        minutes = count * _AGO_UNITS[found.group("unit")[0].lower()]
        return ((local - timedelta(minutes=minutes)).date(),) if 0 < minutes <= 48 * 60 else ()
    if found.group("ago"):
        if _RANGE_BEFORE.search(before):
            return ()
        number = found.group("ago").lower()
        days = int(number) if number.isdigit() else _NUMBERS[number]
        return tuple(day - timedelta(days=days) for day in counted) if 0 < days <= 31 else ()
    if found.group("wd_last_week"):
        wanted = _WEEKDAYS[(found.group("wd1") or found.group("wd2")).lower()]
        return (today - timedelta(days=today.weekday() + 7 - wanted),)
    if found.group("week_before_wd"):
        wanted = _WEEKDAYS[found.group("wd3").lower()]
        return (today - timedelta(days=((today.weekday() - wanted) % 7 or 7) + 7),)
    if found.group("week_ago"):
        return (today - timedelta(days=7),)
    if found.group("last_week"):
        return (today - timedelta(days=today.weekday() + 7),)
    if found.group("this_week"):
        return (today - timedelta(days=today.weekday()),)
    if found.group("weekend"):
        if day_left_open(after) or weekend_to_come(before, after):  # "the weekend before": before what?
            return ()
        if found.group("this") and today.weekday() == 4:
            # "this weekend" on a Friday: the one to come, or the one gone? Nothing that happened is dated to come
            return ()
        # the weekend going on or just gone; "last weekend" said at a weekend, the one before it
        saturday = today - timedelta(days=(today.weekday() - 5) % 7) - more
        if found.group("last") and today.weekday() >= 5:
            saturday -= timedelta(days=7)
        return (saturday,)
    if found.group("last_month"):
        return (today.replace(day=1) - timedelta(days=1),)
    if found.group("weekday"):
        if _names_a_thing(found, line):
            return ()
        wanted = _WEEKDAYS[found.group("weekday").lower()]
        if not _said_gone(found) and weekday_to_come(before, line[found.end("weekday"):], wanted, today.weekday()):
            return ()  # "Monday next week", "Friday coming", "he'll meet her on Saturday"
        back = (today.weekday() - wanted) % 7
        lead = (found.group("lead") or "").lower()
        if lead in ("past", "this past") or _GONE.match(after):
            lead = "last"  # "this past Monday", "Monday just gone": the last one gone, never today
        if lead == "this" and wanted != today.weekday():
            return ()  # "this Friday" said on a Sunday is as likely the one to come as the one gone
        if back == 0 and not (said_today or lead == "this"):
            if lead != "last":
                return ()  # today's weekday alone: today, or a week ago? Not sure, so not dated
            back = 7
        return (today - timedelta(days=back) - more,)
    return ()
