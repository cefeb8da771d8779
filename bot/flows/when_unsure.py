"""Where a relative time is not sure enough to date: a date that may be wrong is worse than the words alone.

A DSL acts on the date written beside the teacher's words (`when_dated`), so these say when to write none: a weekday
that names something rather than a time ("Sunday school", "Friday club", "Good Friday", "at tuesday's swimming
lesson": which Sunday or Tuesday is not said), a day left open ("the Friday before", "the weekend after"), and, in
the small hours, the day counted from: a teacher still up at 00:30 may mean by "yesterday" the day before the one they
have not yet slept on, so both days are written, with the time typed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

SMALL_HOURS = 5  # before 5 am a teacher still up counts days from the day before

# Words before a weekday that make it a name: "Good Friday", "Easter Sunday", "Black Friday", "Man Friday"
_NAMING_BEFORE = re.compile(r"\b(?:good|easter|palm|black|cyber|man|girl|holy|maundy|ash|shrove|mothering|whit|"
                            r"trinity|low|bowl|super|rainy|lazy|manic|blue|casual|mufti|fun|freaky)\s+$", re.I)
# What follows a weekday that makes it part of a noun: its possessive ("tuesday's lesson") or a thing held on that day
# ("Sunday school", "Friday club"), which says which Sunday or Friday no more than "swimming lesson" would
_NOUN_AFTER = re.compile(
    r"^(?:['\u2019]s?\b|\s+(?:school|club|clubs|prayers?|market|service|league|football|rugby|netball|lesson|lessons|"
    r"class|classes|group|session|mass|worship|assembly|paper|times|roast|dinner|match|game|practice|training|rota|"
    r"duty|detention|disco|funday|youth|swim|swimming|drama|dance|ballet|choir|cubs|scouts|brownies|beavers|guides|"
    r"madrasa|madrassa|madrasah|mosque|church|chapel|tuition|tutor|tutoring|clinic|sleepover|shift|fixture|kids|"
    r"special|best|film|movie|quiz|show|programme|team|bus|run|walk|cafe|breakfast|brunch|tea)\b)", re.I)
# A day left open: "the Friday before", "the weekend after", "friday after the holidays" (before or after what?);
# "after school", "before lunch" are times of that day and stay
_OPEN_AFTER = re.compile(r"^\s+(?:before|after)(?:\s*[.,!?;]*\s*$|\s+(?:the|that|it|this|half|christmas|easter|"
                         r"holidays?|term|then)\b)", re.I)
# "Friday week" is a week on Friday, to come
_WEEK_ON = re.compile(r"^\s+week\b", re.I)
# Any one of that weekday, not a day: "on a friday", "one monday" (review revS: dated as the last one gone)
_ANY_ONE_BEFORE = re.compile(r"\b(?:a|any|one|some)\s+$", re.I)
# A time further back than a week said beside a weekday or a weekend, which are then of that time, not the last ones
# gone: "2 weeks ago on friday", "last month on a friday", "in september, monday", "at half term on the monday"
# (review revS: each was dated to the last Friday or Monday, a wrong day)
_EARLIER_FRAME = re.compile(
    r"\b(?:(?:\d+|two|three|four|five|six|several|a few|few|a couple of|couple of|couple)\s+(?:weeks?|wks?|months?|"
    r"years?)\s+(?:ago|back|before|earlier)|(?:weeks|months|years)\s+(?:ago|back)|(?:a|one)\s+(?:month|year)\s+ago|"
    r"fortnight|(?:last|this|past)\s+(?:month|year|term)|week\s+before\b(?!\s+last)|january|february|march|april|"
    r"june|july|august|september|sept|october|november|december|summer|easter|christmas|half[\s-]?term|"
    r"holidays?|hols)\b", re.I)


def weekday_not_a_time(before: str, after: str) -> bool:
    """A weekday between these words names a thing or leaves the day open, so no one day can be written for it."""
    return (_NAMING_BEFORE.search(before) is not None or _ANY_ONE_BEFORE.search(before) is not None
            or _NOUN_AFTER.match(after) is not None
            or _OPEN_AFTER.match(after) is not None or _WEEK_ON.match(after) is not None)


def of_an_earlier_time(line: str) -> bool:
    """A line naming a time further back than the last week (weeks ago, a month, a term, the holidays): a weekday or
    weekend in it is of that time, so no one day can be written for it."""
    return _EARLIER_FRAME.search(line) is not None


def day_left_open(after: str) -> bool:
    """"the weekend before": before what is not said."""
    return _OPEN_AFTER.match(after) is not None


def counted_days(day: date, hour: int, minute: int) -> tuple[date, ...]:
    """The days a day counted back from today ("yesterday", "2 days ago", "today") may be, typed at this hour: in the
    small hours the day counted from may be the day before, so both, the earlier first."""
    return (day - timedelta(days=1), day) if hour < SMALL_HOURS else (day,)
