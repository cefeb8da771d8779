"""Times as the school reads them: UK time, summer time included, with its zone named (GMT or BST).

Every moment is stored in UTC; wherever a person reads one (the Headteacher's inbox, `reports list` and `show`, a
trail line naming when a chat report began) it is shown by this one function, so they all agree, and a Headteacher
comparing the inbox with a printed `reports show` never sees the same event an hour apart. Exports keep exact ISO 8601
UTC, for machines.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

SCHOOL_ZONE = ZoneInfo("Europe/London")


def school_time(moment: datetime) -> str:
    """'2026-11-30 14:05 GMT', '2026-07-01 14:05 BST'; a naive moment is UTC, as the database hands them back."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(SCHOOL_ZONE).strftime("%Y-%m-%d %H:%M %Z")


def school_time_of(iso: str) -> str:
    """An ISO 8601 moment (as records and exports hold them) in school time; "" for none."""
    return school_time(datetime.fromisoformat(iso)) if iso else ""
