"""Concerns as the Headteacher sees them: creating one, admin actions on it, its audit trail and its view.

Every change here writes an audit row and queues an outbox entry in the caller's transaction, so a
concern, its history and its escalation are committed together or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot import actions
from bot.escalation import EscalationView
from bot.flows.concern_form import TEXT_FIELDS
from bot.flows.concern_wording import (
    CATEGORY_LABELS,
    EARLIER,
    FIELD_LABELS,
    NOT_GIVEN,
    NOTHING_SAID,
    changed_fields,
    summary_rows,
)
from bot.messages import Button
from bot.school_time import school_time
from bot.store.models import Concern, ConcernEvent, OutboxEntry
from bot.store.store import aware, from_micros

STATUS_LABELS = {"new": "New", "acknowledged": "Acknowledged", "closed": "Closed"}
# A new concern whose escalation the outbox has not yet delivered: the reporter was told it has gone to the Headteacher,
# and "New" alone would let them believe it is waiting in the Headteacher's channel while it is held up.
NOT_ARRIVED = "not yet delivered to the Headteacher (policybot keeps trying)"


def state_label(status: str, arrived: bool) -> str:
    """A concern's status as people read it: "New" says whether it has reached the Headteacher yet."""
    label = STATUS_LABELS.get(status, status)
    return f"{label}, {NOT_ARRIVED}" if status == "new" and not arrived else label


def arrived(concern: Concern) -> bool:
    """Its escalation has been posted where the Headteacher looks (the outbox records where on success)."""
    return concern.escalation_platform is not None


def undelivered(concern: Concern) -> bool:
    """Nobody has it and its escalation has not been posted yet (held up, or still on its way): what `my reports` says
    with NOT_ARRIVED, and every reply that would otherwise say it "has gone to the Headteacher" must say too."""
    return concern.status == "new" and not arrived(concern)


@dataclass(frozen=True, slots=True)
class ConcernSummary:
    """One line about a concern, for 'my reports' and the admins' open list."""

    reference: str
    category_label: str
    urgent: bool
    status: str
    created_at: datetime
    assignee: str | None
    arrived: bool = True  # its escalation has been posted to the Headteacher's channel

    @property
    def status_label(self) -> str:
        return state_label(self.status, self.arrived)

    @property
    def line(self) -> str:
        flag = "URGENT " if self.urgent else ""
        who = f", with {self.assignee}" if self.assignee else ""
        return f"{self.reference}: {flag}{self.category_label}, {self.status_label}{who}"


def summarise(concern: Concern) -> ConcernSummary:
    return ConcernSummary(concern.reference or "", CATEGORY_LABELS.get(concern.category, concern.category),
                          concern.urgent, concern.status, aware(concern.created_at) or concern.created_at,
                          concern.assignee, arrived=arrived(concern))


def audit(session: AsyncSession, concern: Concern, now: datetime, actor: str, action: str, detail: str = "") -> None:
    session.add(ConcernEvent(concern_id=concern.id, at=now, actor=actor, action=action, detail=detail))


def queue(session: AsyncSession, now: datetime, key: str, kind: str, concern: Concern | None = None,
          platform: str | None = None, address: str | None = None, payload: dict[str, Any] | None = None) -> None:
    """Add an outbox entry; `key` is unique, so queueing the same thing twice is harmless."""
    session.add(OutboxEntry(key=key, kind=kind, platform=platform, concern_id=concern.id if concern else None,
                            address=address, payload=payload or {}, status="pending", attempts=0,
                            next_attempt_at=now, created_at=now))


async def create(session: AsyncSession, now: datetime, *, reporter: str, reporter_name: str, conversation: str,
                 fields: dict[str, str], complete: bool, source: str, origin: int = 0) -> Concern:
    """Store a concern, give it its reference, audit it and queue its escalation, in this transaction. `origin`: the
    chat report it came from (when that began, its name), kept in the trail so a form from it is never filed again."""
    urgent = fields.get("danger") in ("yes", "not_sure")
    concern = Concern(category=fields.get("category", "other"), urgent=urgent, status="new", complete=complete,
                      reporter=reporter, reporter_name=reporter_name, reporter_conversation=conversation,
                      fields=dict(fields), source=source, created_at=now, updated_at=now)
    session.add(concern)
    await session.flush()  # the id makes the reference: unique per database, never reused
    concern.reference = f"C-{concern.id:04d}"
    audit(session, concern, now, reporter, "reported",
          ("URGENT: child may be in danger; " if urgent else "") + ("details complete" if complete else
                                                                     "escalated before details were complete")
          + (f"; {ORIGIN_NOTE} {origin}" if origin else ""))
    queue(session, now, f"{concern.reference}:post", "post", concern)
    return concern


COMPLETED = "the reporter completed the report"  # a "details added" trail line: an URGENT report finished
WITH_FORM = "with the form"  # ...by sending the report form (see `sent_with_form`)


async def update_details(session: AsyncSession, concern: Concern, now: datetime, actor: str,
                         fields: dict[str, str], stopped: bool = False, source: str = "chat") -> None:
    """The reporter finished (or, `stopped`, cancelled part-way through) the details of an urgent concern; `source`:
    how they finished it, the chat or the form."""
    before = _merge(concern, fields, keep_blank=not stopped)
    concern.updated_at = now
    changed = changed_fields(before, concern.fields)
    if adds_words(before, concern.fields):
        _reopen_if_closed(session, concern, now, actor, news(before, concern.fields))
    if stopped:
        concern.details_stopped_at = now
        audit(session, concern, now, actor, "reporter stopped",
              "the reporter cancelled before completing the details; what they gave is kept"
              + (f" ({changed})" if changed else ""))
    else:
        concern.complete, concern.details_stopped_at = True, None
        audit(session, concern, now, actor, "details added",
              COMPLETED + (f" {WITH_FORM}" if source == "form" else "") + (f" ({changed})" if changed else ""))
    await _queue_update(session, concern, now)


async def carry_on(session: AsyncSession, concern: Concern, now: datetime, actor: str) -> None:
    """The reporter of an URGENT concern, having stopped, brought the report back (Undo) to add more."""
    if concern.details_stopped_at is None or concern.complete:
        return
    concern.details_stopped_at, concern.updated_at = None, now
    audit(session, concern, now, actor, "reporter carried on", "the reporter undid stopping and is adding details")
    await _queue_update(session, concern, now)


async def add_details(session: AsyncSession, concern: Concern, now: datetime, actor: str,
                      fields: dict[str, str], reopen: bool = True, keep_earlier: bool = True) -> None:
    """An answer given, or changed, after an urgent concern was escalated and before the report is finished: added
    at once, so the Headteacher reads each detail as it comes rather than when (or if) the report is sent.
    `reopen=False`: an answer put back as it was (words taken back), which opens no closed concern;
    `keep_earlier=False`: words taken back as a question, which were never an answer to keep."""
    before = _merge(concern, fields, keep_blank=True, keep_earlier=keep_earlier)
    changed = changed_fields(before, concern.fields)
    if not changed:
        return
    concern.updated_at = now
    if reopen and adds_words(before, concern.fields):
        _reopen_if_closed(session, concern, now, actor, news(before, concern.fields))
    audit(session, concern, now, actor, "details added", changed)
    await _queue_update(session, concern, now)


def adds_words(before: dict[str, str], after: dict[str, str]) -> bool:
    """Whether the reporter gave something new: not an answer taken out, nor the flow's own "Not known" or "No
    disclosure" for a skipped step. Only that opens a closed concern again, and is announced as new details."""
    return bool(_new_words(before, after))


def _new_words(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return [name for name, value in after.items()  # a danger taken back to No is recorded, not news to reopen for
            if value and value not in NOT_GIVEN and value != before.get(name) and (name, value) != ("danger", "no")
            and value.lower().strip(" .!") not in NOTHING_SAID and name in FIELD_LABELS]


def news(before: dict[str, str], after: dict[str, str]) -> str:
    """The answers that are new, as a reopening announces them ("Who is affected changed; What happened given")."""
    new = set(_new_words(before, after))
    return "; ".join(f"{FIELD_LABELS[name]} {'changed' if before.get(name) else 'given'}"
                     for name in FIELD_LABELS if name in new)


EARLIER_SEPARATOR = "\n\n\u2192 then: "  # between an answer's earlier versions, oldest first
MAX_EARLIER = 5  # versions of one answer kept: the first the Headteacher read, and the latest before this one


def earlier_answers(kept: str) -> list[str]:
    return [w for w in kept.split(EARLIER_SEPARATOR) if w] if kept else []


def _merge(concern: Concern, fields: dict[str, str], keep_blank: bool, keep_earlier: bool = True) -> dict[str, str]:
    """Fold the reporter's answers into the concern; returns its fields as they were. On an URGENT concern, whose
    answers the Headteacher may have read and acted on as they came, an answer changed or removed keeps what it said
    (`EARLIER`); not words taken back as a question (`keep_earlier=False`), which were never an answer."""
    before = dict(concern.fields or {})
    after = {**before, **{k: v for k, v in fields.items() if v or keep_blank}}
    if concern.urgent:
        for name in TEXT_FIELDS:
            old, new = before.get(name, ""), after.get(name, "")
            kept = earlier_answers(before.get(EARLIER + name, ""))
            if not keep_earlier:  # words taken back: the answer put back as it was is no earlier version of itself
                kept = [w for w in kept if w != new]
            elif old and old not in NOT_GIVEN and old != new and old not in new and old not in kept:
                kept.append(old)
            if kept:
                kept = kept if len(kept) <= MAX_EARLIER else [kept[0], *kept[1 - MAX_EARLIER:]]
                after[EARLIER + name] = EARLIER_SEPARATOR.join(kept)
            else:
                after.pop(EARLIER + name, None)
    concern.fields = after
    concern.category = fields.get("category", concern.category)
    return before


async def reopen(session: AsyncSession, concern: Concern, now: datetime, actor: str, new: str = "") -> None:
    """A closed concern's reporter's words, added before without reopening it, now stand: open it again, and say so
    (`new`: which answers, as the trail words them)."""
    if concern.status == "closed":
        _reopen_if_closed(session, concern, now, actor, new)
        concern.updated_at = now
        await _queue_update(session, concern, now)


def _reopen_if_closed(session: AsyncSession, concern: Concern, now: datetime, actor: str, new: str = "") -> None:
    """Details arriving on a concern an admin closed while its reporter was still writing: open again, so what
    they add is not left on a closed concern nobody looks at. `new`: which answers came (changed_fields' words),
    said in the announcement so whoever closed it need not compare by eye."""
    if concern.status != "closed":
        return
    # Said in the Headteacher's channel as a new message: an edit to the old one notifies nobody, and whoever closed
    # it has moved on. Keyed by the close it undoes, so each reopening is announced once.
    closed_at = aware(concern.closed_at) or now
    queue(session, now, f"{concern.reference}:reopened:{round(closed_at.timestamp() * 1_000_000)}", "remind",
          concern, payload={REOPENED: "1", **({NEW_SINCE_CLOSED: new} if new else {})})
    concern.status, concern.closed_at = "acknowledged", None
    audit(session, concern, now, actor, "reopened", "the reporter added details after it was closed")


ORIGIN_NOTE = "from chat report"  # in a concern's "reported" trail line, before the chat report's name
_ORIGIN_AT_END = re.compile(rf"; {ORIGIN_NOTE} (\d{{1,18}})$")


def shown_detail(action: str, detail: str) -> str:
    """A trail line's detail as the Headteacher reads it: the chat report a concern came from named by when it began,
    as the trail's times are shown ("from the chat report begun 2026-11-30 14:05 GMT"), not by the number stored for
    `came_from` to find it by."""
    found = _ORIGIN_AT_END.search(detail) if action == "reported" else None
    if found is None:
        return detail
    began = school_time(from_micros(int(found.group(1))))
    return f"{detail[:found.start()]}; from the chat report begun {began}"


async def came_from(session: AsyncSession, reporter: str, origin: int) -> Concern | None:
    """The concern this person's chat report named `origin` became (sent, or its URGENT alert raised), if any."""
    found = await session.execute(
        select(Concern).join(ConcernEvent, Concern.id == ConcernEvent.concern_id)
        .where(Concern.reporter == reporter, ConcernEvent.action == "reported",
               ConcernEvent.detail.endswith(f"; {ORIGIN_NOTE} {origin}", autoescape=True)).limit(1))
    return found.scalars().first()


async def sent_with_form(session: AsyncSession, concern: Concern) -> bool:
    """Whether the report form sent it: filed as its own report, or completing the URGENT alert its chat report
    raised."""
    if concern.source == "form":
        return True
    found = await session.execute(
        select(ConcernEvent.id).where(ConcernEvent.concern_id == concern.id, ConcernEvent.action == "details added",
                                      ConcernEvent.detail.startswith(f"{COMPLETED} {WITH_FORM}")).limit(1))
    return found.first() is not None


async def reopened_last(session: AsyncSession, concern: Concern) -> bool:
    """Whether the last change of its state was a reopening by its reporter (not an admin's acknowledgement)."""
    last = await session.execute(
        select(ConcernEvent.action).where(ConcernEvent.concern_id == concern.id,
                                          ConcernEvent.action.in_(("acknowledged", "closed", "reopened")))
        .order_by(ConcernEvent.id.desc()).limit(1))
    return last.scalar_one_or_none() == "reopened"


def normal_reference(reference: str) -> str:
    """"c-1", "C1" and "C-0001" all name C-0001; anything else is returned tidied, to be not found."""
    text = reference.strip().upper()
    digits = text.removeprefix("C").lstrip("-")
    # isdecimal, not isdigit: "²" is a digit to isdigit but not to int(), and `reports show C²` crashed
    return f"C-{int(digits):04d}" if text.startswith("C") and digits.isdecimal() and len(digits) < 13 else text


async def find(session: AsyncSession, reference: str, lock: bool = False) -> Concern | None:
    query = select(Concern).where(Concern.reference == normal_reference(reference))
    if lock and session.bind is not None and session.bind.dialect.name != "sqlite":
        query = query.with_for_update()
    return (await session.execute(query)).scalar_one_or_none()


async def latest_note(session: AsyncSession, concern: Concern) -> str | None:
    """The newest admin note on a concern, shown on its escalation message."""
    query = (select(ConcernEvent.detail).where(ConcernEvent.concern_id == concern.id, ConcernEvent.action == "note")
             .order_by(ConcernEvent.id.desc()).limit(1))
    return (await session.execute(query)).scalar_one_or_none()


async def act(session: AsyncSession, concern: Concern, now: datetime, actor: str, actor_name: str, action: str,
              note: str = "") -> str:
    """An admin's action on a concern; returns what to tell them. Audited, escalation updated, reporter told."""
    who = actor_name or actor
    ref = concern.reference
    if concern.status == "closed" and action != actions.CONCERN_NOTE:
        return f"{ref} is already closed; nothing was changed."
    if action == actions.CONCERN_ACK:
        if concern.status != "new":
            return f"{ref} was already acknowledged; nothing was changed."
        concern.status, concern.acknowledged_at = "acknowledged", now
        audit(session, concern, now, actor, "acknowledged")
        _tell_reporter(session, concern, now, "acknowledged",
                       f"Your concern {ref} has been acknowledged by {who}. Thank you for reporting it.")
        message = f"You acknowledged {ref}."
    elif action == actions.CONCERN_TAKE:
        if concern.assignee == who:
            return f"You already have {ref}."
        concern.assignee = who
        looking_after = f"{who} is now looking after it; speak to them if you have more to add."
        if concern.status == "new":
            concern.status, concern.acknowledged_at = "acknowledged", now
            audit(session, concern, now, actor, "acknowledged", "on taking it")  # a status change: in the trail too
            _tell_reporter(session, concern, now, "acknowledged",
                           f"Your concern {ref} has been acknowledged by {who}. {looking_after}")
        else:  # keyed by the trail's length: the reporter hears of each new person who has it
            _tell_reporter(session, concern, now, f"taken:{await _event_count(session, concern)}",
                           f"Your concern {ref}: {looking_after}")
        audit(session, concern, now, actor, "taken", f"assigned to {who}")
        message = f"{ref} is now yours."
    elif action == actions.CONCERN_CLOSE:
        if concern.acknowledged_at is None:
            concern.acknowledged_at = now
        concern.status, concern.closed_at = "closed", now
        audit(session, concern, now, actor, "closed", note)
        writing = not concern.complete and concern.details_stopped_at is None
        more = ("You are still writing your report: anything new you add to it opens the concern again." if writing
                else "If you have anything more to add, report it again or speak to the Designated Safeguarding Lead.")
        _tell_reporter(session, concern, now, f"closed:{await _event_count(session, concern)}",
                       f"Your concern {ref} has been closed by {who}. {more}")
        message = f"You closed {ref}."
        if writing:
            message += " Its reporter is still adding details: if they add any, it opens again."
    elif action == actions.CONCERN_NOTE:
        if not note.strip():
            return f"To add a note, write it after the reference, e.g. 'note {ref} Called parents at 3pm'."
        audit(session, concern, now, actor, "note", note.strip())
        message = f"Note added to {ref}."
    else:
        return "I didn't recognise that action; nothing was changed."
    concern.updated_at = now
    await _queue_update(session, concern, now)
    return message


def _tell_reporter(session: AsyncSession, concern: Concern, now: datetime, what: str, text: str) -> None:
    queue(session, now, f"{concern.reference}:tell:{what}", "notify", concern,
          platform=concern.reporter.split(":", 1)[0], payload={"text": text, "user": concern.reporter})


async def _event_count(session: AsyncSession, concern: Concern) -> int:
    await session.flush()
    return len((await session.execute(select(ConcernEvent.id).where(ConcernEvent.concern_id == concern.id))).all())


async def _queue_update(session: AsyncSession, concern: Concern, now: datetime) -> None:
    count = await _event_count(session, concern)
    try:
        async with session.begin_nested():
            queue(session, now, f"{concern.reference}:update:{count}", "update", concern)
            await session.flush()
    except IntegrityError:  # the same state was already queued
        pass


REOPENED = "reopened"  # in a "remind" outbox entry's payload: it announces the concern reopened, not unacknowledged
NEW_SINCE_CLOSED = "new"  # ...and which answers came after it was closed


def not_needed(kind: str, payload: Mapping[str, object], concern: Concern) -> str | None:
    """Why a message for the Headteacher's channel about `concern` is no longer to be posted, or None: a reopening
    closed again before it was announced, or an URGENT reminder someone acknowledged (or closed) while it was held up
    ("has not been acknowledged" would be untrue). Asked by the outbox before posting it, and by bot/notice_order.py
    before telling anyone it is held up."""
    if kind != "remind":
        return None
    if REOPENED in payload:
        return "closed again before the reopening was announced" if concern.status == "closed" else None
    return "acknowledged or closed before the reminder could be posted" if concern.status != "new" else None


def view(concern: Concern, reminder: bool = False, note: str | None = None, reopened: bool = False,
         new: str = "") -> EscalationView:
    """Everything the escalation message shows, worded once for every platform; `note` is the latest admin note;
    `reopened`: announcing that details came after it was closed (`new`: which, as the trail words them)."""
    ref = concern.reference or ""
    category = CATEGORY_LABELS.get(concern.category, concern.category)
    reporter = concern.reporter_name or concern.reporter
    rows = [(label, value) for label, value in summary_rows(concern.fields, urgent=bool(concern.urgent))
            if label != "Kind of concern"]
    if reopened and new:
        rows.insert(0, ("New since it was closed", new))
    writing = not concern.complete and concern.details_stopped_at is None
    if concern.details_stopped_at is not None and not concern.complete:
        rows.append(("Report", "The reporter stopped before finishing: what they gave is above. Speak to them "
                               "for the rest."))
    elif writing:
        rows.append(("Report", "The reporter is still adding details; this message will update."))
    if note:
        rows.append(("Latest note", note))
    buttons: list[Button] = []
    if concern.status == "new":
        buttons.append(Button(actions.CONCERN_ACK, "Acknowledge", ref, "primary"))
    if concern.status != "closed":
        buttons.append(Button(actions.CONCERN_TAKE, "Take", ref))
        buttons.append(Button(actions.CONCERN_CLOSE, "Close", ref, "danger"))
    status = STATUS_LABELS.get(concern.status, concern.status)
    head = f"{'URGENT ' if concern.urgent else ''}concern {ref}: {category}"
    if reopened:
        head = f"Reopened: {head}: its reporter added details after it was closed"
    elif reminder:
        head = f"Reminder: {head} has not been acknowledged"
    head = head[:1].upper() + head[1:]  # a sentence: "Concern C-0001: …", as a notification's first words
    text = f"{head}. Reported by {reporter}. Status: {status}" + (
        f", with {concern.assignee}." if concern.assignee else ".")
    return EscalationView(reference=ref, urgent=concern.urgent, category=category,
                          status=concern.status,  # type: ignore[arg-type]
                          assignee=concern.assignee, reporter=reporter, summary=tuple(rows), buttons=tuple(buttons),
                          text=text, reminder=reminder and not reopened, writing=writing, reopened=reopened)
