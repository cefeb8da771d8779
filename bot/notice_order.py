"""Held-up and arrival notices race the message they tell of, and each other: one rule for every reader.

A notice that something "has not reached the Headteacher" is queued when that message is held up, and may itself fail
to reach its reader (their chat down a while) until after the message got through: sent then, it is untrue, and read
after "has now reached" it is the last word. So a held-up notice names the outbox entry it tells of (UNTIL) and is
withdrawn once that entry is delivered (or withdrawn, or no longer to be posted: nothing is on its way any more); an
arrival notice names the held-up notice it answers (AFTER), waits while that may still be sent, and is withdrawn if it
never was (no news then). Used alike for a concern's reporter, the admins, and a teacher whose question to the
Headteacher is held up.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import concerns
from bot.store.models import Concern, OutboxEntry

UNTIL = "untrue once delivered"  # in a held-up notice's payload: the key of the outbox entry it says is held up
AFTER = "read after"  # in an arrival notice's payload: the key of the held-up notice it must follow


def held_up(entry_key: str) -> dict[str, str]:
    """The payload a notice that `entry_key` is held up carries."""
    return {UNTIL: entry_key}


def arrival(notice_key: str | None) -> dict[str, str]:
    """The payload an arrival notice carries; `notice_key` None: its reader was told otherwise (a reply said so)."""
    return {AFTER: notice_key} if notice_key else {}


def ordered(payload: Mapping[str, object]) -> bool:
    return UNTIL in payload or AFTER in payload


async def status(session: AsyncSession, key: str) -> str | None:
    """An outbox entry's status by its (unique) key; None if there is none."""
    return (await session.execute(select(OutboxEntry.status).where(OutboxEntry.key == key))).scalar_one_or_none()


async def arrived(session: AsyncSession, payload: Mapping[str, object]) -> bool:
    """Whether what a held-up notice tells of was delivered, so an arrival notice follows it."""
    return UNTIL in payload and await status(session, str(payload[UNTIL])) == "delivered"


async def still_news(session: AsyncSession, payload: Mapping[str, object]) -> bool | None:
    """Whether a notice is to be sent now: True to send it, False when no longer true or no longer news (withdraw
    it), None while it must wait (an arrival behind its held-up notice still on its way: a second worker may be
    sending that one)."""
    if UNTIL in payload:
        told_of = (await session.execute(select(OutboxEntry).where(OutboxEntry.key == str(payload[UNTIL])))
                   ).scalar_one_or_none()
        if told_of is None or told_of.status in ("delivered", "withdrawn"):
            return False
        # Still pending but no longer to be posted (a reminder someone acknowledged since, a reopening closed again):
        # the outbox withdraws it at its next try, which may be a 429's minute away; "nobody has acknowledged it"
        # must not reach anyone meanwhile
        concern = await session.get(Concern, told_of.concern_id) if told_of.concern_id else None
        return concern is None or concerns.not_needed(told_of.kind, told_of.payload or {}, concern) is None
    if AFTER in payload:
        held = await status(session, str(payload[AFTER]))
        if held == "pending":
            return None
        return held in (None, "delivered")  # None: told another way (the reply as it was sent said it waits)
    return True
