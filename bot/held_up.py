"""Telling the admins when a concern cannot reach the Headteacher's channel, and again when it does.

The outbox never gives an escalation up, but a channel archived, policybot removed from it, or no channel set at
all would keep a concern waiting where nobody looks: its reporter has been told it has gone to the Headteacher. So
the first time an escalation (or an URGENT reminder) is refused for good, finds nowhere to go, or has kept failing
for HELD_UP_AFTER, every configured admin is told in their own chat with policybot, and the concern's audit trail
says so. When it finally gets through they are told that too, so nobody goes looking for a concern already there.
Its reporter, told it "has gone" (or, for a reopening, that the Headteacher's team "has been told"), is told too when
its first escalation, a reopening or an URGENT reminder is held up, and when it arrives (bot/reporter_told.py); a
reporter who is one of the admins gets one message, worded as theirs. Every one of these notices is ordered against
the message it tells of (bot/notice_order.py): one still undelivered when that arrives is withdrawn, and an arrival
waits behind it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import concerns, destinations, notice_order, refusal_kind, reporter_told
from bot.config import Settings
from bot.escalation import DeliveryError, EscalationChannel
from bot.report_route import INBOX, NO_CHANNEL, NO_INBOX, NOWHERE
from bot.store.models import Concern, ConcernEvent, OutboxEntry

# A platform that fails this long is an outage worth an admin's attention; shorter blips (a 429, a restart of
# Slack's edge) are the outbox's to ride out without waking anyone.
HELD_UP_AFTER = timedelta(minutes=15)
HELD_UP = "escalation held up"  # the audit action, also how a concern already reported held up is recognised
GOT_THROUGH = ("escalated", "reminder sent", "reopening announced")  # what _succeeded audits when one gets through
Address = tuple[str, str]  # (platform, where on it): how one person is told apart when named by two keys


def is_held_up(exc: DeliveryError, waiting: timedelta) -> bool:
    """Whether a failed escalation should be brought to the admins now rather than quietly retried."""
    return exc.permanent or str(exc) == destinations.NO_DESTINATION or waiting >= HELD_UP_AFTER


def reason(exc: DeliveryError, waiting: timedelta, nowhere: str = NO_CHANNEL, where: str = "the channel",
           archivable: bool = True) -> str:
    """Why, in words an admin can act on; the platform's error code (never any of the concern) in brackets.
    `nowhere`: why there is no destination, as this install has it (`report_route.nowhere`); `where`, `archivable`:
    the place refusing it (`report_route.place`) and whether that is a Slack or Teams channel, which may be archived
    (the local chat's inbox cannot be: "it may be archived" sent its admins looking for a channel it does not have)."""
    if str(exc) == destinations.NO_DESTINATION:
        return nowhere
    if exc.permanent and refusal_kind.about_the_message(exc):
        return f"{where} refused the message itself, not the place it was for ({exc})"
    if exc.permanent and not archivable:
        return f"{where} refused it ({exc})"
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
                       concern: Concern, now: datetime, key: str, text: str, told_of: str,
                       own: Address | None = None, own_text: str = "",
                       until: str = "") -> tuple[list[str], set[Address]]:
    """Queue `text` to each admin policybot can reach privately (`own_text` to the one whose address is `own`, the
    concern's reporter); returns the admins it was queued for, and where. `told_of` goes in the concern's audit trail
    as each is delivered. `until`: the key of the held-up entry a held-up note tells of; without it, the note is an
    arrival, read after the admin's held-up note."""
    told: list[str] = []
    reached: set[Address] = set()
    for admin in dict.fromkeys(settings.effective_admins):  # named twice, told once (the outbox key is unique)
        address = await destinations.reporter(session, channels, admin)
        if address is None:
            continue  # never talked to policybot on a platform that needs that first (Teams)
        if address in reached:
            continue  # one person named by two keys (a Teams user id and their Entra object id): one chat, told once
        reached.add(address)
        order = notice_order.held_up(until) if until else notice_order.arrival(await _held_up_note(session, concern,
                                                                                                    admin))
        concerns.queue(session, now, f"{key}:{admin}", "notify", concern,
                       payload={"user": admin, "text": own_text if own_text and address == own else text,
                                "admin_told": told_of, **order})
        told.append(admin)
    return told, reached


async def still_for_them(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel],
                         concern: Concern, payload: Mapping[str, object], destination: tuple[str, str] | None) -> bool:
    """Whether an admin's note about `concern` (`payload`) is still to go: its admin is in POLICYBOT_ADMINS now, or it
    is the concern's reporter's own ("Your report…": told as an admin, they were not told as its reporter). Review
    revAL: one queued before a restart that removed its admin was sent all the same (questions' were withdrawn)."""
    user = str(payload.get("user", ""))
    if "admin_told" not in payload or settings.is_admin(user) or user == concern.reporter:
        return True
    # one person by two keys (a Teams user id and their Entra object id): their own note went to the same chat
    return destination is not None and destination == await reporter_told.address(session, channels, concern)


async def own_note(session: AsyncSession, channels: Mapping[str, EscalationChannel], concern: Concern,
                   entry_key: str) -> str | None:
    """The key of the held-up note the concern's reporter was sent as one of the admins about its outbox entry
    `entry_key` (delivered, or on its way: `still_for_them` lets it go though they are an admin no more), by their user
    key or another naming the same chat; None if none. Read from the notes as every release since notices7 wrote them
    (each names the entry it tells of)."""
    prefix = f"{concern.reference}:held-up:"
    rows = (await session.execute(select(OutboxEntry.key, OutboxEntry.payload).where(
        OutboxEntry.concern_id == concern.id, OutboxEntry.key.startswith(prefix, autoescape=True),
        OutboxEntry.key != f"{prefix}reporter", OutboxEntry.status.in_(("delivered", "pending")))
        .order_by(OutboxEntry.id))).all()
    own: Address | None = None
    for key, payload in rows:
        told = payload or {}
        if "admin_told" not in told or told.get(notice_order.UNTIL) != entry_key:
            continue
        user = str(told.get("user", ""))
        if user == concern.reporter:
            return str(key)
        own = own or await reporter_told.address(session, channels, concern)
        if own is not None and await destinations.reporter(session, channels, user) == own:
            return str(key)
    return None


async def _held_up_note(session: AsyncSession, concern: Concern, admin: str) -> str | None:
    """The key of the last held-up note queued to `admin` about `concern` (`report`'s keys): its arrival follows it."""
    prefix = f"{concern.reference}:held-up:"
    return (await session.execute(select(OutboxEntry.key).where(
        OutboxEntry.concern_id == concern.id, OutboxEntry.key.startswith(prefix, autoescape=True),
        OutboxEntry.key.endswith(f":{admin}", autoescape=True), OutboxEntry.key != f"{prefix}reporter")
        .order_by(OutboxEntry.id.desc()).limit(1))).scalar_one_or_none()


async def _hold_up_withdrawn(session: AsyncSession, concern: Concern) -> bool:
    """Whether the entry the admins' last held-up note told of was withdrawn, not delivered (a reopening closed again
    before it was announced): that hold-up ended with no arrival to mark it, and the next one must be told."""
    prefix = f"{concern.reference}:held-up:"
    payload = (await session.execute(select(OutboxEntry.payload).where(
        OutboxEntry.concern_id == concern.id, OutboxEntry.key.startswith(prefix, autoescape=True),
        OutboxEntry.key != f"{prefix}reporter").order_by(OutboxEntry.id.desc()).limit(1))).scalar_one_or_none()
    until = (payload or {}).get(notice_order.UNTIL)
    return until is not None and await notice_order.status(session, str(until)) == "withdrawn"


def _message(concern: Concern, why: str, reminder: bool, reopened: bool = False, own: bool = False,
             where: str = "the Headteacher's channel") -> str:
    """What the admins are told: the reference and whether it is URGENT, never what was reported. `own`: to the admin
    who reported it, who is told once, as an admin, and needs what a reporter is told too. `where`: the place it was
    meant for (`report_route.place`), "the Headteacher" when nowhere is set."""
    ref = concern.reference
    nowhere = why in NOWHERE
    into = "sent to the Headteacher" if nowhere else f"posted in {where}"
    if reopened:
        what = (f"Concern {ref}{' (URGENT)' if concern.urgent else ''} was closed, and its reporter has added details "
                f"since, so it is open again; the message saying so could not be {into}: {why}.")
    elif reminder:
        what = f"Concern {ref} is URGENT and still not acknowledged, and the reminder could not be {into}: {why}."
    else:
        whose = "Your report" if own else "Concern"
        what = (f"{whose} {ref}{' (URGENT)' if concern.urgent else ''} has not reached "
                f"{'the Headteacher' if nowhere else where}: {why}.")
    urgent = " A child may be at risk, so please look at it now." if concern.urgent else ""
    if own:
        urgent = f" {reporter_told.danger_line(concern)}"
    when = "one is set" if nowhere else f"{where} takes it or another is set"
    # The local chat has no channel to mention anyone in: an admin types the words in the chat that should receive
    # concerns (it said "mention me… in the channel" there too)
    how = ("type 'set escalation channel' in the chat that should receive concerns" if why == NO_INBOX or where == INBOX
           else "mention me with 'set escalation channel' in the channel that should receive concerns")
    return (f"{what}{urgent} It is kept safe and I keep trying: it goes as soon as {when} ({how}). Meanwhile 'open "
            f"concerns' here lists it, and 'ack {ref}' acknowledges it.")


class Told(NamedTuple):
    """Who was told just now that a concern is held up."""

    admins: bool
    reporter: bool


async def report(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel],
                 concern: Concern, now: datetime, why: str, entry_key: str, reminder: bool = False,
                 reopened: bool = False, first: bool = False, plain: str = "",
                 where: str = "the Headteacher's channel") -> Told:
    """Tell the admins `concern` is held up (its outbox entry `entry_key`), unless it has been dealt with (acknowledged
    or closed: someone has it; but a reopening is news to whoever closed it) or they were told since it last got
    through; and its reporter (`plain`: why, in their words), once for its `first` escalation and once for each
    reopening or `reminder`; `where`: the place it was meant for (`report_route.place`). Nobody reachable: nothing
    is recorded, so the next failure tries again (a Teams admin may have talked to policybot since)."""
    if concern.status != "new" and not (reopened and concern.status != "closed"):
        return Told(False, False)
    own = await reporter_told.address(session, channels, concern)
    latest, action = await _latest(session, concern)
    told: list[str] = []
    reached: set[Address] = set()
    if action == HELD_UP and await _hold_up_withdrawn(session, concern):
        action = None  # what they were told of is no more: this one is news
    if action != HELD_UP:
        told, reached = await _tell_admins(session, settings, channels, concern, now,
                                           f"{concern.reference}:held-up:{latest}",
                                           _message(concern, why, reminder, reopened, where=where), HELD_UP,
                                           own, _message(concern, why, reminder, reopened, own=True, where=where),
                                           entry_key)
        if told:
            concerns.audit(session, concern, now, "policybot", HELD_UP, f"{why}; admins told: {', '.join(told)}")
    else:  # the admins were told before: was the reporter one of them?
        reached = await _admin_addresses(session, settings, channels)
    admins_know = bool(told) or action == HELD_UP
    # told as an admin now, or before and since removed from POLICYBOT_ADMINS: one note is enough (helper notices8:
    # the restart that found it refused again, not finding them an admin, told them again as its reporter)
    as_admin = (own is not None and own in reached) or await own_note(session, channels, concern, entry_key) is not None
    if reopened or reminder:
        reporter = await reporter_told.later_held_up(session, channels, concern, now, plain or why, as_admin,
                                                     entry_key, reminder=reminder)
    else:
        reporter = first and await reporter_told.held_up(session, channels, concern, now, plain or why, admins_know,
                                                         as_admin, entry_key)
    return Told(bool(told), reporter)


async def _admin_addresses(session: AsyncSession, settings: Settings,
                           channels: Mapping[str, EscalationChannel]) -> set[Address]:
    found = [await destinations.reporter(session, channels, admin) for admin in settings.effective_admins]
    return {address for address in found if address is not None}


async def got_through(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel],
                      concern: Concern, now: datetime, entry_key: str, first: bool = False,
                      reopened: bool = False, reminder: bool = False, where: str = "the Headteacher's channel") -> None:
    """After a held-up escalation (outbox entry `entry_key`) is delivered (before its own audit row): tell the admins,
    as they were told it was held up (everyone reachable now, which may include an admin added since); and, its
    `first` escalation, a reopening or a `reminder`, the reporter if they were told it was held up. `where`: the place
    it reached (`report_route.place`: the local install's inbox is no channel)."""
    latest, action = await _latest(session, concern)
    reporters = await reporter_told.address(session, channels, concern)
    # the reporter among the admins hears it as theirs, whichever message it was (until helper notices9 only the
    # first escalation's arrival: a reminder's or a reopening's read "Concern C-… has now reached…")
    own = reporters if first or reopened or reminder else None
    reached: set[Address] = set()
    if action == HELD_UP:
        _, reached = await _tell_admins(session, settings, channels, concern, now,
                                        f"{concern.reference}:through:{latest}",
                                        f"Concern {concern.reference} has now reached {where}.",
                                        "escalation got through", own, _own_arrival(concern, where, reopened, reminder))
    # a reporter told it was held up as an admin, and an admin no more: told it arrived as its reporter, after that note
    former = None if reporters is not None and reporters in reached else await own_note(session, channels, concern,
                                                                                         entry_key)
    if first:
        await reporter_told.got_through(session, concern, now, told_as_admin=own is not None and own in reached,
                                        after=former)
    if reopened or reminder:
        await reporter_told.later_got_through(session, concern, now, entry_key, reminder=reminder, after=former)


def _own_arrival(concern: Concern, where: str, reopened: bool, reminder: bool) -> str:
    """What the admin who reported `concern` reads when the held-up message arrives, in a reporter's words."""
    ref = concern.reference
    if reopened:
        return f"The message that your report {ref} is open again has now reached {where}."
    if reminder:
        return f"The reminder about your URGENT report {ref} has now reached {where}."
    return f"Your report {ref} has now reached {where}."
