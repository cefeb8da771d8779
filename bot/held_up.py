"""Telling the admins when a concern cannot reach the Headteacher's channel, and again when it does.

The outbox never gives an escalation up, but a channel archived, policybot removed from it, or no channel set at
all would keep a concern waiting where nobody looks: its reporter has been told it has gone to the Headteacher. So
the first time an escalation (or an URGENT reminder) is refused for good, finds nowhere to go, or has kept failing
for HELD_UP_AFTER, every configured admin is told in their own chat with policybot, and the concern's audit trail
says so. When it finally gets through they are told that too, so nobody goes looking for a concern already there.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import concerns, destinations
from bot.config import Settings
from bot.escalation import DeliveryError, EscalationChannel
from bot.store.models import Concern, ConcernEvent

# A platform that fails this long is an outage worth an admin's attention; shorter blips (a 429, a restart of
# Slack's edge) are the outbox's to ride out without waking anyone.
HELD_UP_AFTER = timedelta(minutes=15)
HELD_UP = "escalation held up"  # the audit action, also how a concern already reported held up is recognised
GOT_THROUGH = ("escalated", "reminder sent", "reopening announced")  # what _succeeded audits when one gets through
NO_CHANNEL = "no Headteacher's channel is set up yet"
# Said of a concern raised while there is nowhere to send it (`destinations.nowhere_yet`), after "is recorded, but"
WAITS_FOR_ONE = f"{NO_CHANNEL}, so it cannot reach the Headteacher until one is"


def is_held_up(exc: DeliveryError, waiting: timedelta) -> bool:
    """Whether a failed escalation should be brought to the admins now rather than quietly retried."""
    return exc.permanent or str(exc) == destinations.NO_DESTINATION or waiting >= HELD_UP_AFTER


def reason(exc: DeliveryError, waiting: timedelta) -> str:
    """Why, in words an admin can act on; the platform's error code (never any of the concern) in brackets."""
    if str(exc) == destinations.NO_DESTINATION:
        return NO_CHANNEL
    if exc.permanent:
        return f"the channel refused it; it may be archived, or policybot removed from it ({exc})"
    return f"the platform has not accepted it for {int(waiting.total_seconds() // 60)} minutes ({exc})"


async def _latest(session: AsyncSession, concern: Concern) -> tuple[int, str | None]:
    """The concern's latest audit row saying it was held up or got through, as (id, action); (0, None) if none."""
    row = (await session.execute(select(ConcernEvent.id, ConcernEvent.action)
                                 .where(ConcernEvent.concern_id == concern.id,
                                        ConcernEvent.action.in_((HELD_UP, *GOT_THROUGH)))
                                 .order_by(ConcernEvent.id.desc()).limit(1))).first()
    return (row[0], row[1]) if row is not None else (0, None)


async def _tell_admins(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel],
                       concern: Concern, now: datetime, key: str, text: str, told_of: str) -> list[str]:
    """Queue `text` to each admin policybot can reach privately; returns the admins it was queued for. `told_of`
    goes in the concern's audit trail as each is delivered."""
    told: list[str] = []
    reached: set[tuple[str, str]] = set()
    for admin in dict.fromkeys(settings.effective_admins):  # named twice, told once (the outbox key is unique)
        address = await destinations.reporter(session, channels, admin)
        if address is None:
            continue  # never talked to policybot on a platform that needs that first (Teams)
        if address in reached:
            continue  # one person named by two keys (a Teams user id and their Entra object id): one chat, told once
        reached.add(address)
        concerns.queue(session, now, f"{key}:{admin}", "notify", concern,
                       payload={"user": admin, "text": text, "admin_told": told_of})
        told.append(admin)
    return told


def _message(concern: Concern, why: str, reminder: bool, reopened: bool = False) -> str:
    """What the admins are told: the reference and whether it is URGENT, never what was reported."""
    ref = concern.reference
    if reopened:
        what = (f"Concern {ref}{' (URGENT)' if concern.urgent else ''} was closed, and its reporter has added details "
                f"since, so it is open again; the message saying so could not be posted in the Headteacher's "
                f"channel: {why}.")
    elif reminder:
        what = (f"Concern {ref} is URGENT and still not acknowledged, and the reminder could not be posted in the "
                f"Headteacher's channel: {why}.")
    else:
        what = f"Concern {ref}{' (URGENT)' if concern.urgent else ''} has not reached the Headteacher's channel: {why}."
    urgent = " A child may be at risk, so please look at it now." if concern.urgent else ""
    when = "one is set" if why == NO_CHANNEL else "the channel takes it or another is set"
    return (f"{what}{urgent} It is kept safe and I keep trying: it goes as soon as {when} (mention me with 'set "
            "escalation channel' in the channel that should receive concerns). Meanwhile 'open concerns' here lists "
            f"it, and 'ack {ref}' acknowledges it.")


async def report(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel],
                 concern: Concern, now: datetime, why: str, reminder: bool = False, reopened: bool = False) -> bool:
    """Tell the admins `concern` is held up, unless it has been dealt with (acknowledged or closed: someone has it;
    but a reopening is news to whoever closed it) or they were told since it last got through; True if told now.
    Nobody reachable: nothing is recorded, so the next failure tries again (a Teams admin may have talked to
    policybot since)."""
    if concern.status != "new" and not (reopened and concern.status != "closed"):
        return False
    latest, action = await _latest(session, concern)
    if action == HELD_UP:
        return False
    told = await _tell_admins(session, settings, channels, concern, now, f"{concern.reference}:held-up:{latest}",
                              _message(concern, why, reminder, reopened), HELD_UP)
    if told:
        concerns.audit(session, concern, now, "policybot", HELD_UP, f"{why}; admins told: {', '.join(told)}")
    return bool(told)


async def got_through(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel],
                      concern: Concern, now: datetime) -> None:
    """After a held-up escalation is delivered (before its own audit row): tell the admins, as they were told it
    was held up (everyone reachable now, which may include an admin added since)."""
    latest, action = await _latest(session, concern)
    if action != HELD_UP:
        return
    await _tell_admins(session, settings, channels, concern, now, f"{concern.reference}:through:{latest}",
                       f"Concern {concern.reference} has now reached the Headteacher's channel.",
                       "escalation got through")
