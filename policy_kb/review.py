"""When a policy's next review falls due, from front matter like "Summer term 2028" or 2028-07-31."""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, datetime

# A review "in" a term is due by the end of it: English school terms end around these dates, and the
# summer term runs into the holiday, so a "Summer term 2028" review is overdue from 1 September 2028.
_TERM_END = {"autumn": (12, 31), "spring": (4, 30), "summer": (8, 31)}
_TERM = re.compile(r"\b(autumn|spring|summer)\b(?:\s+term)?\D*((?:19|20)\d\d)\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b([a-z]+)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
# Written out, not calendar.month_name or strftime("%B"): those follow the process's locale, and an English school's
# policy says "July" (and a cached index must not depend on where it was built).
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_MONTHS.update({name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, start=1)})
_MONTHS["sept"] = 9


def review_due(value: object) -> date | None:
    """The last day the review is on time, or None when the value cannot be read as a date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value is None:
        return None
    return _due(str(value).strip())


@functools.lru_cache(maxsize=64)  # every answer checks the policy's review date: its words are read once
def _due(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    if (term := _TERM.search(text)) is not None:
        month, day = _TERM_END[term.group(1).lower()]
        return date(int(term.group(2)), month, day)
    if (my := _MONTH_YEAR.search(text)) is not None and my.group(1).lower() in _MONTHS:
        year, month = int(my.group(2)), _MONTHS[my.group(1).lower()]
        return date(year, month, calendar.monthrange(year, month)[1])
    if (year_only := _YEAR.match(text)) is not None:
        return date(int(year_only.group(1)), 12, 31)
    return None


_WRITTEN_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%d/%m/%Y", "%d.%m.%Y")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)


def written_date(value: object) -> date | None:
    """A day as a school writes it in front matter: YAML's own date, 2025-07-17 in quotes, "17 July 2025", "17th
    July 2025", "July 17, 2025" or 17/07/2025 (day first, as in the UK); None for anything else."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = " ".join(_ORDINAL.sub("", value.replace(",", " ")).split())
    for form in _WRITTEN_FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def human_date(day: date) -> str:
    """A date the way a school letter writes it: 31 August 2028."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
