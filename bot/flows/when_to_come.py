"""Words at *When did it happen?* that name a day still to come: kept as typed, never dated.

An incident cannot have happened tomorrow. A teacher who types "tomorrow", "Friday coming" or "he's meeting her on
Saturday" at When is telling of something planned or threatened (or has slipped), and a date written beside it reads
to a DSL as the day it happened: "tomorrow (Thu 3 Dec 2026)" looks checked, and "Monday next week (Mon 30 Nov)" or "he
is going to meet her on Saturday (Sat 28 Nov)" names a day gone, so the DSL reads of a meeting that has not happened
yet as one that has. Until helper notices5 each was dated so. Now none of them is dated (the report's own time says
when it was typed, which is all "tomorrow" can be read against); another time in the same line keeps its date, said
with the words it belongs to. A weekday that only may be to come ("on Monday" typed on a Sunday) is the last one
gone, as before: told of at When, it is far more often the one just gone.
"""

from __future__ import annotations

import re

# After a weekday or a weekend: "Friday coming", "Friday next", "Monday next week", "Monday of next week"
# ("Friday coming out of school", "Thursday next to the canal" are days gone)
_COMING_AFTER = re.compile(r"^\s+(?:coming(?!\s+(?:out|home|back|in|into|to|from|off|down|over|round|through|past|"
                           r"along|across|for|with)\b)|next(?!\s+(?:to|door)\b)|(?:of\s+)?next\s+(?:week|wk))\b", re.I)
# Before a weekday: "upcoming Friday", "nxt Friday", "next week on Monday"; "the following Monday" (following what?)
# and "by / before / until Friday" (no one day) are no day of their own either
_COMING_BEFORE = re.compile(r"\b(?:next|coming|upcoming|nxt|following|next\s+(?:week|wk),?(?:\s+on)?|by|before|until|"
                            r"till|til)\s+(?:the\s+)?$", re.I)
# "Friday this week": a day of this week, to come if later in the week than today
_THIS_WEEK_AFTER = re.compile(r"^\s+(?:of\s+)?this\s+(?:week|wk)\b", re.I)
# Said of what is to happen, in the same part of the sentence: "he's going to meet her on Saturday", "she'll be
# collected at the weekend", "they are meeting on Friday"
_FUTURE = re.compile(r"\b(?:(?<=\w\s)(?:will|shall)|going\s+to|gonna|plans?\s+to|planning\s+to|arranged\s+to|"
                     r"wants?\s+to|(?:is|are|am|'s|\u2019s|'re|\u2019re)\s+meeting)\b|\w['\u2019]ll\b", re.I)
# And reported ("he said it would happen on Friday", "she told me he would collect her on Saturday", helper notices6:
# dated as the day gone): "would" after someone's saying so, not "would have" (what did not happen), "wouldn't" (a
# refusal, as often of the past: "he wouldn't let her leave on Friday"), a hedge ("I would say Friday"); and never
# "would" alone (review revAF): "he would shout at her on Friday", "it would be Friday I think" tell of a day gone
_REPORTED = re.compile(r"\b(?:said|says|told|tells|promised|threatened|warned|texted|messaged|wrote|claimed|swore|"
                       r"agreed|arranged)\b.*\bwould(?!\s+(?:not|have|say|think|guess|imagine|reckon|suppose)\b|"
                       r"['\u2019]ve\b)\b", re.I)
# Said of what is planned, in the same part of the sentence: "due to meet (her) friday", "it's due friday", "she's
# supposed to see him on saturday", "she is seeing him on friday" (review revX: each was dated as the day gone).
# "due to" only before a verb of meeting or going: "excluded due to a fight on friday" gives a cause, a day gone;
# "it's happening friday", "it is taking place on friday" (helper notices6: dated as the day gone); "its happening"
# typed without its apostrophe too (helper when8)
_PLANNED = re.compile(r"\bdue\s+to\s+(?:meet|see|visit|go|come|be|stay|collect|pick|take|fly|travel|leave|move|start|"
                      r"return|get)\b|\bdue(?:\s+(?:on|back|in))?\s+(?:the\s+)?$|\b(?:supposed|meant|expected|scheduled|"
                      r"booked)\s+to\b|(?:\b(?:is|are|am|its)|['\u2019](?:s|re))\s+(?:seeing|visiting|collecting|"
                      r"picking|staying|going|coming|flying|travelling|traveling|leaving|moving|happening|"
                      r"taking\s+place)\b", re.I)
# An event's day told in the present, the day ending that part of the sentence: "the party is friday", "it's on
# friday", "the fixtures are on saturday", "the sleepover is at the weekend" (helper notices7: dated as the day gone).
# Kept as typed, not dated forwards: a DSL reads a date as when it happened, and typed on a Saturday "the party is
# friday" may be the one gone or the next ("is" said of the past at When is "was"). "its" as typed without its
# apostrophe too (review revAL: "its on friday" was dated as the Friday gone)
_IS_ON = re.compile(r"(?:\b(?:is|are|its)|\w['\u2019](?:s|re))\s+(?:(?:on|at|over)\s+)?(?:the\s+)?$", re.I)
_WAS = re.compile(r"\b(?:was|were|wasn['\u2019]?t|weren['\u2019]?t)\s+$", re.I)
# Words of a time to come that are never dated at all: beside a date for another time, that date says which words
# it is for ("last friday, and she'll tell mum next week (last friday: …)")
_LATER = re.compile(r"\b(?:next\s+(?:week|wk|weekend|month|term|year|time)|tmrw|tmr|tmoz|tomoz|2moro|2morrow|tommorow|"
                    r"tomorow|tommorrow|tomorrw|in\s+(?:\d+|a|two|three|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?))\b",
                    re.I)
EVENING = 17  # from 5 pm "tonight" may have begun
_CLAUSE = re.compile(r"[,.;:!?()]|\b(?:and|but|then|so|because|cos)\b", re.I)


def _clause_before(before: str) -> str:
    """The words of the same part of the sentence before a time word."""
    parts = _CLAUSE.split(before)
    return parts[-1] if parts else before


def said_of_the_future(before: str) -> bool:
    """The time word ends a part of a sentence telling what is to happen ("he'll meet her on …")."""
    clause = _clause_before(before)
    if _FUTURE.search(clause) is not None or _REPORTED.search(before) is not None or _IS_ON.search(clause):
        return True
    # "she was due to meet him on friday", "he was supposed to see her saturday": a plan of a day gone, dated as before
    return any(_WAS.search(clause[: m.start()]) is None for m in _PLANNED.finditer(clause))


# Words before a plan that tell of what was done or said, so the day is when that was ("on friday he said he'll hurt
# her", "on friday we found out he's going to meet her"): "said", "was", a past word a teacher tells with, or -ed
_DONE_FIRST = re.compile(r"\b(?:said|told|was|were|had|did|sent|got|went|came|saw|met|hit|found|heard|took|gave|made|"
                         r"left|ran|caught|knew|thought|rang|wrote|spoke|brought|felt|began|showed|shown|\w+ed)\b",
                         re.I)


def plan_after(before: str, after: str) -> bool:
    """The day begins its part of the sentence and a plan follows it there: "on friday it's happening again",
    "saturday they're meeting at the park" (review revAL: dated as the day gone). Kept as typed, as "the party is
    friday" is. "it happened on friday and it's happening again" is not: the day ends what happened."""
    if _clause_before(before).strip():
        return False
    rest = _CLAUSE.split(after, maxsplit=1)[0]
    plans = [m.start() for m in (_FUTURE.search(rest), _PLANNED.search(rest)) if m is not None]
    return bool(plans) and _DONE_FIRST.search(rest[: min(plans)]) is None


def names_a_later_time(line: str) -> bool:
    """The line names a time to come that is not dated ("next week", "tmrw", "in 2 days")."""
    return _LATER.search(line) is not None


def weekday_to_come(before: str, after: str, wanted: int, today: int) -> bool:
    """A weekday said to be to come, or no one day (`wanted`, `today`: Monday 0)."""
    if _COMING_BEFORE.search(before) or _COMING_AFTER.match(after):
        return True
    if _THIS_WEEK_AFTER.match(after) and wanted > today:
        return True
    return said_of_the_future(before) or plan_after(before, after)


def weekend_to_come(before: str, after: str) -> bool:
    """"the weekend coming", "she'll be collected at the weekend"."""
    return _COMING_AFTER.match(after) is not None or said_of_the_future(before) or plan_after(before, after)


def tonight_to_come(before: str, hour: int, small_hours: int) -> bool:
    """"Tonight" at When: said of the future ("he'll be there tonight"), or typed before the evening has come (from
    `small_hours` to EVENING), it is still to happen, so never dated (helper notices6: dated today, it read as the day
    it happened). Typed in the evening or the small hours, not said of the future, it is the night going on, mostly
    gone ("it happened tonight", "tonight about 11"), dated (review revAF: notices6 left "he hit her tonight" typed at
    23:30 undated, any night to a DSL reading it days later)."""
    return said_of_the_future(before) or small_hours <= hour < EVENING

