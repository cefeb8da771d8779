"""One private reminder to someone who left a report half-written, so a report never sent is not silently lost.

A draft nobody finishes never reaches the Designated Safeguarding Lead, and it is shown again only to someone who
comes back (Slack's Home tab, the local pages; Teams says nothing until they type). So a draft left untouched for
DRAFT_REMINDER_AFTER gets one reminder, through the outbox, in the conversation the draft is in: the report flow
runs only where nobody else can read (a report begun in a channel is moved somewhere private), so that chat is the
reporter's own, and a reply there carries on.

Once per idle spell: the outbox key is made of the conversation and the moment its draft was last touched, and the
key is unique, so the next pass, a restart or a second worker finds it queued already, while carrying on and then
leaving it again makes a new key. A reminder still queued when the draft has since been sent, cancelled or carried
on is withdrawn rather than delivered (`still_waiting`, checked just before sending).

A report set aside (switched away from with Undo, never cancelled) is reminded of the same way once no report is in
progress and the conversation has been idle as long: it too was never sent, and nobody chose to drop it; its
reminder says to type undo (`ASIDE`, in the payload, marks one). A report cancelled and kept for Undo is not: that
was a choice.

Not at night: none is queued in the school's quiet hours (SCHOOL_NIGHT, 20:00 to 07:30 UK time), so a report left
at 10 pm is reminded about at 07:30, queued then, so its "how long ago" is right when it arrives. Weekends are not
held back: a report that never reached the Designated Safeguarding Lead should not wait for Monday.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot import cancelled_reports, concerns
from bot.escalation import EscalationChannel
from bot.flows.concern_draft import Draft
from bot.flows.concern_prompts import only_the_opening
from bot.flows.concern_wording import (
    ASIDE_ALERT_HELD_UP,
    ASIDE_ALERT_WENT,
    DRAFT_REMINDER_ASIDE,
    DRAFT_REMINDER_ASIDE_ALERTED,
    draft_reminder,
    time_ago,
)
from bot.report_turns import FLOW
from bot.school_time import SCHOOL_ZONE
from bot.store.models import Conversation, OutboxEntry
from bot.store.store import aware, micros, utcnow

log = logging.getLogger(__name__)

# Long enough that a teacher called to a lesson or a meeting is back before it, short enough that a report begun in
# the morning is nudged the same school day.
DRAFT_REMINDER_AFTER = timedelta(hours=2)
DRAFT = "draft"  # the payload field naming the draft's conversation: it marks a notify entry as a draft reminder
TOUCHED = "touched"  # the payload field holding when that draft was last touched, in microseconds since the epoch
ASIDE = "aside"  # the payload field marking a reminder of a report set aside, not of the draft in progress


# A conversation that may have a report waiting: one in progress, or one kept beside it (set aside, perhaps)
_MAY_WAIT = or_(Conversation.flow == FLOW, Conversation.kept_report.is_not(None))


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A night in a local time, `start` to `end` across midnight, when no reminder is queued."""

    start: time
    end: time
    zone: ZoneInfo

    def covers(self, moment: datetime) -> bool:
        local = moment.astimezone(self.zone).time()
        return local >= self.start or local < self.end

    def after(self, moment: datetime) -> datetime:
        """`moment`, or the end of the quiet hours it falls in."""
        if not self.covers(moment):
            return moment
        local = moment.astimezone(self.zone)
        morning = local.date() if local.time() < self.end else local.date() + timedelta(days=1)
        return datetime.combine(morning, self.end, tzinfo=self.zone)


# From when a teacher's evening is their own until before registration; UK schools, so UK time, summer time included.
SCHOOL_NIGHT = QuietHours(time(20, 0), time(7, 30), SCHOOL_ZONE)


def reminder_key(conversation: str, touched: datetime, aside: bool = False) -> str:
    """The outbox key for one idle spell of one draft (`aside`: of the report set aside there). The conversation is
    hashed: a Teams conversation id alone can be longer than the key's column."""
    digest = hashlib.sha256(conversation.encode()).hexdigest()[:24]
    return f"draft:{digest}:{'aside' if aside else 'reminder'}:{micros(touched)}"


def _waits(flow: str | None, draft: dict[str, Any] | None, kept: dict[str, Any] | None,
           now: datetime) -> tuple[bool, Draft] | None:
    """What a conversation's reminder would be of: its draft in progress (False, that draft), the report set aside
    there with none in progress (True, that report), or nothing (None)."""
    if flow == FLOW:
        return False, Draft.from_json(draft)
    aside = cancelled_reports.set_aside_last(kept, now)
    return (True, aside) if aside is not None else None


async def raise_due(session: AsyncSession, channels: Mapping[str, EscalationChannel], now: datetime,
                    quiet: QuietHours | None) -> int:
    """Queue a reminder for each draft idle for DRAFT_REMINDER_AFTER by `now` and not yet reminded in this spell,
    unless `now` is in the `quiet` hours; returns how many were queued. A draft this process cannot reach (its
    platform not running here, no address kept) is left unrecorded, so a worker that can reach it, or a later pass,
    still will."""
    if quiet is not None and quiet.covers(now):
        return 0
    rows = (await session.execute(
        select(Conversation.key, Conversation.platform, Conversation.address, Conversation.updated_at,
               Conversation.draft, Conversation.flow, Conversation.kept_report)
        .where(_MAY_WAIT, Conversation.updated_at <= now - DRAFT_REMINDER_AFTER))).all()
    due = {reminder_key(row.key, row.updated_at, waiting[0]): (row, *waiting) for row in rows
           if (waiting := _waits(row.flow, row.draft, row.kept_report, now)) is not None}
    if not due:
        return 0
    queued = set((await session.execute(select(OutboxEntry.key).where(OutboxEntry.key.in_(list(due))))).scalars())
    raised = 0
    for key, (row, aside, draft) in due.items():
        if key in queued or row.platform not in channels or not row.address:
            continue
        when = time_ago(now - aware(row.updated_at))
        # "has gone to the Headteacher" is said only of an alert delivered: one held up is said so, as `my reports` does
        alert = await concerns.find(session, draft.reference) if draft.reference else None
        held_up = concerns.NOT_ARRIVED if alert is not None and concerns.undelivered(alert) else ""
        if aside:
            days = cancelled_reports.ASIDE_WITHIN.days
            text = (DRAFT_REMINDER_ASIDE_ALERTED.format(when=when, days=days, alert=ASIDE_ALERT_HELD_UP.format(
                held_up=held_up) if held_up else ASIDE_ALERT_WENT) if draft.reference
                else DRAFT_REMINDER_ASIDE.format(when=when, days=days))
        else:
            text = draft_reminder(when, draft.reference is not None, maybe_a_question=only_the_opening(draft),
                                  held_up=held_up)
        payload: dict[str, Any] = {"text": text, DRAFT: row.key, TOUCHED: micros(row.updated_at)}
        if aside:
            payload[ASIDE] = True
        try:
            async with session.begin_nested():
                # Due at once in real time (not `now`, which a caller may have set ahead), addressed to the chat.
                concerns.queue(session, utcnow(), key, "notify", platform=row.platform, address=row.address,
                               payload=payload)
                await session.flush()
        except IntegrityError:  # another worker queued it between our look and our insert
            continue
        log.info("draft reminder queued (%s)", row.platform)
        raised += 1
    return raised


async def next_due(session: AsyncSession, now: datetime, quiet: QuietHours | None) -> datetime | None:
    """When the next draft falls due (out of the `quiet` hours), so the worker wakes for it. Drafts already due are
    not counted: those are reminded (or unreachable, or waiting for the morning, which the worker's regular pass
    finds) already, and counting them would keep the worker from ever sleeping."""
    oldest = (await session.execute(select(func.min(Conversation.updated_at)).where(
        _MAY_WAIT, Conversation.updated_at > now - DRAFT_REMINDER_AFTER))).scalar()
    if oldest is None:
        return None
    due: datetime = aware(oldest) + DRAFT_REMINDER_AFTER  # type: ignore[operator]
    return quiet.after(due) if quiet is not None else due


async def still_waiting(session: AsyncSession, payload: Mapping[str, Any]) -> bool:
    """The draft a reminder was queued for is still unsent and untouched since: not sent, not cancelled, not carried
    on (a reminder to carry on, arriving after they did, would only confuse)."""
    convo = await session.get(Conversation, str(payload.get(DRAFT, "")))
    return (convo is not None and micros(convo.updated_at) == payload.get(TOUCHED)
            and (waiting := _waits(convo.flow, convo.draft, convo.kept_report, utcnow())) is not None
            and waiting[0] is bool(payload.get(ASIDE)))
