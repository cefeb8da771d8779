"""Telling a reporter, privately, that their report has not reached the Headteacher yet, and again when it has.

The thank-you says a report "has gone to the Headteacher" (and an URGENT alert "I've alerted the Headteacher now") in
the turn that queues its escalation, before any delivery is tried. When that first escalation is then held up (bot/
held_up.py: refused for good, no channel, an outage that lasts) the reporter believes the Head has it while nobody
has seen it, so they are told, once, with the reference only (never what was reported), and told again when it
arrives. Where no
Headteacher's channel was set when they sent it, the thank-you said so already (`destinations.nowhere_yet`): that is
recorded as they are told, so only the arrival is news to them.

A reopening is theirs to hear of too: the reply to what they added said "the Headteacher's team has been told", so
when the message saying it is open again is held up they are told so, once per reopening, and again when it arrives.
So is an URGENT reminder: they were told the Headteacher was alerted (and that the alert is repeated until someone
acknowledges it), so while a child may be at risk and the reminder cannot get through they must know to go in person;
once per reminder (only one is ever waiting), and again when it arrives.

The notices race the escalation itself, and each other: bot/notice_order.py withdraws a held-up notice that could not
reach them before the message arrived, and holds the arrival behind a held-up notice still on its way.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import concerns, destinations, notice_order, refusal_kind
from bot.escalation import DeliveryError, EscalationChannel
from bot.report_route import NO_CHANNEL, NO_INBOX
from bot.store.models import Concern, ConcernEvent, OutboxEntry

TOLD = "reporter told"  # the audit action, as for an acknowledgement or a close
HELD_UP = "escalation held up"  # its detail: what they were told (as the admins' "admin told" rows say it)
GOT_THROUGH = "escalation got through"
REOPENING_HELD_UP = "reopening held up"
REOPENING_GOT_THROUGH = "reopening got through"
REMINDER_HELD_UP = "reminder held up"
REMINDER_GOT_THROUGH = "reminder got through"
WHEN_SENT = "no Headteacher's channel was set when it was sent, and the reply said so"
# The same on a local install whose inbox is off (POLICYBOT_ADMINS leaves out local:headteacher): it has no channel
WHEN_SENT_INBOX_OFF = ("the Headteacher's inbox on this computer was off and nowhere else was set up when it was sent, "
                       "and the reply said so")
IN_PERSON = "tell the Headteacher or the Designated Safeguarding Lead in person now"


def plain_reason(exc: DeliveryError, waiting: timedelta, nowhere: str = NO_CHANNEL,
                 where: str = "the Headteacher's channel", archivable: bool = True) -> str:
    """Why it has not arrived, in a teacher's words: no platform error codes, nothing an admin alone could act on.
    `nowhere`, `where`: as this install has it (bot/report_route.py: a local install's inbox is no channel);
    `archivable`: `where` is a Slack or Teams channel, which may have been archived."""
    if str(exc) == destinations.NO_DESTINATION:
        return nowhere
    if exc.permanent and refusal_kind.about_the_message(exc):
        return f"{where} would not accept the message as it was (it was too long, or not in a form it takes)"
    if exc.permanent:
        return f"{where} is not accepting messages{' (it may have been archived)' if archivable else ''}"
    return f"messages to the Headteacher have not been getting through for {int(waiting.total_seconds() // 60)} minutes"


def danger_line(concern: Concern) -> str:
    """What the reporter should do meanwhile: nobody has seen it, so in person, whether or not they said URGENT."""
    if concern.urgent:
        return f"You said a child may be in danger: {IN_PERSON}, and call 999 if a child's life is at risk."
    return f"If a child may be at risk, {IN_PERSON}."


def held_up_text(concern: Concern, why: str, admins_know: bool) -> str:
    told = " The Headteacher's team has been told it is held up." if admins_know else ""
    urgent = "URGENT " if concern.urgent else ""
    return (f"Your {urgent}report {concern.reference} has not reached the Headteacher yet: {why}. It is kept safe and "
            f"I keep trying; I'll tell you when it arrives.{told} {danger_line(concern)}")


def arrived_text(concern: Concern) -> str:
    return f"Your report {concern.reference} has now reached the Headteacher."


def reopening_held_up_text(concern: Concern, why: str) -> str:
    return (f"What you added to your report {concern.reference} opened it again, but the message telling the "
            f"Headteacher's team has not reached them yet: {why}. It is kept safe and I keep trying; I'll tell you "
            f"when it arrives. {danger_line(concern)}")


def reopening_arrived_text(concern: Concern) -> str:
    return f"The Headteacher's team has now been told your report {concern.reference} is open again."


def reminder_held_up_text(concern: Concern, why: str) -> str:
    return (f"Nobody has acknowledged your URGENT report {concern.reference} yet, and the reminder I sent the "
            f"Headteacher has not reached them: {why}. It is kept safe and I keep trying; I'll tell you when it "
            f"arrives. {danger_line(concern)}")


def reminder_arrived_text(concern: Concern) -> str:
    return f"The reminder about your URGENT report {concern.reference} has now reached the Headteacher."


# A later message about their report held up (`reminder`, or else a reopening): what the reporter is told, and after
_LATER = {False: (REOPENING_HELD_UP, REOPENING_GOT_THROUGH, reopening_held_up_text, reopening_arrived_text),
          True: (REMINDER_HELD_UP, REMINDER_GOT_THROUGH, reminder_held_up_text, reminder_arrived_text)}


def _key(concern: Concern, what: str) -> str:
    # One of each per concern: only its first escalation is the reporter's to hear of, and that is delivered once.
    return f"{concern.reference}:{what}:reporter"


def _later_key(entry_key: str, what: str) -> str:
    # One of each per reopening (its announcement's key is that of the close it undoes) or reminder.
    return f"{entry_key}:{what}:reporter"


async def told_held_up(session: AsyncSession, concern: Concern) -> bool:
    """Whether its reporter has been told it has not reached the Headteacher: a notice queued (delivered or on its
    way), or the reply when they sent it with no channel set."""
    if await _queued(session, _key(concern, "held-up"), delivered_or_pending=True):
        return True
    said = await session.execute(select(ConcernEvent.id).where(
        ConcernEvent.concern_id == concern.id, ConcernEvent.action == TOLD,
        ConcernEvent.detail.startswith(HELD_UP, autoescape=True)).limit(1))
    return said.first() is not None


async def _queued(session: AsyncSession, key: str, delivered_or_pending: bool = False) -> bool:
    """An outbox entry with this key exists (keys are unique: it cannot be queued again), or, `delivered_or_pending`,
    one delivered or still to be."""
    query = select(OutboxEntry.id).where(OutboxEntry.key == key)
    if delivered_or_pending:  # not failed for good (unreachable), nor withdrawn (the report arrived first)
        query = query.where(OutboxEntry.status.in_(("delivered", "pending")))
    return (await session.execute(query.limit(1))).first() is not None


def told_when_sent(session: AsyncSession, concern: Concern, now: datetime, nowhere: str = NO_CHANNEL) -> None:
    """The reply to a report sent with no Headteacher's channel set said it waits for one: in the trail, so its
    reporter is not told so again when the outbox finds nowhere to send it, and is told when it arrives. `nowhere`:
    why, as this install has it (`report_route.nowhere`)."""
    said = WHEN_SENT_INBOX_OFF if nowhere == NO_INBOX else WHEN_SENT
    concerns.audit(session, concern, now, "policybot", TOLD, f"{HELD_UP}: {said}")


async def address(session: AsyncSession, channels: Mapping[str, EscalationChannel],
                  concern: Concern) -> tuple[str, str] | None:
    return await destinations.reporter(session, channels, concern.reporter)


def _queue(session: AsyncSession, concern: Concern, now: datetime, key: str, text: str, told: str,
           order: dict[str, str]) -> None:
    concerns.queue(session, now, key, "notify", concern, platform=concern.reporter.split(":", 1)[0],
                   payload={"user": concern.reporter, "text": text, TOLD: told, **order})


async def held_up(session: AsyncSession, channels: Mapping[str, EscalationChannel], concern: Concern,
                  now: datetime, why: str, admins_know: bool, told_as_admin: bool, entry_key: str) -> bool:
    """Tell the reporter their report has not reached the Headteacher, unless they know (told already, or told as
    one of the admins: one message is enough) or cannot be reached; True if told now."""
    if told_as_admin or await told_held_up(session, concern) or await _queued(session, _key(concern, "held-up")):
        return False
    if await address(session, channels, concern) is None:
        # Nothing to deliver, nothing recorded, so a later failure tries again: this process does not run their
        # platform (the terminal chat beside the server), or a Teams user key with no personal chat kept, which a
        # report sent through Teams never has (it is sent from that chat; tests/adapters/teams/test_held_up_reporter.py)
        return False
    _queue(session, concern, now, _key(concern, "held-up"), held_up_text(concern, why, admins_know), HELD_UP,
           notice_order.held_up(entry_key))
    return True


async def got_through(session: AsyncSession, concern: Concern, now: datetime, told_as_admin: bool,
                      after: str | None = None) -> None:
    """Its first escalation delivered: tell the reporter who was told it was held up (not one told as an admin,
    who hears it as one). `after`: the held-up note they were sent as an admin, who is one no more (helper notices8:
    not told again as its reporter), so hear it arrived as its reporter, read after that note."""
    if told_as_admin:
        return
    held = _key(concern, "held-up")
    if not await told_held_up(session, concern):
        if after is None:
            return
        held = after
    if not await _queued(session, _key(concern, "through")):
        _queue(session, concern, now, _key(concern, "through"), arrived_text(concern), GOT_THROUGH,
               notice_order.arrival(held))


async def later_held_up(session: AsyncSession, channels: Mapping[str, EscalationChannel], concern: Concern,
                        now: datetime, why: str, told_as_admin: bool, entry_key: str, reminder: bool = False) -> bool:
    """Tell the reporter a later message about their report (`entry_key`: the one saying it is open again, or an URGENT
    `reminder`) has not reached the Headteacher's team, once per message; True if told now."""
    key = _later_key(entry_key, "held-up")
    if told_as_admin or await _queued(session, key) or await address(session, channels, concern) is None:
        return False
    told, _, text, _ = _LATER[reminder]
    _queue(session, concern, now, key, text(concern, why), told, notice_order.held_up(entry_key))
    return True


async def later_got_through(session: AsyncSession, concern: Concern, now: datetime, entry_key: str,
                            reminder: bool = False, after: str | None = None) -> None:
    """The reopening announced, or the reminder posted: tell the reporter who was told it was held up (`after`: as
    `got_through`'s)."""
    held = _later_key(entry_key, "held-up")
    key = _later_key(entry_key, "through")
    if not await _queued(session, held, delivered_or_pending=True):
        held = after or ""
    if held and not await _queued(session, key):
        _, told, _, text = _LATER[reminder]
        _queue(session, concern, now, key, text(concern), told, notice_order.arrival(held))
