"""Concerns read from the database as plain labelled records, for the Headteacher's inbox and the reports CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bot import concerns
from bot.concerns import state_label
from bot.flows.concern_wording import CATEGORY_LABELS, EARLIER, FIELD_LABELS, display_value, earlier_label
from bot.messages import Button
from bot.store.models import Concern
from bot.store.store import Store, aware


def when(moment: datetime | None) -> str:
    """A stored moment as ISO 8601 UTC, or "" when it has not happened."""
    moment = aware(moment)
    return moment.isoformat(timespec="seconds") if moment else ""


@dataclass(frozen=True, slots=True)
class Event:
    at: str
    actor: str
    action: str
    detail: str


@dataclass(frozen=True, slots=True)
class ConcernRecord:
    """One concern with every field labelled and its audit trail, oldest event first."""

    reference: str
    created_at: str
    urgent: bool
    category: str
    category_label: str
    status: str
    assignee: str
    reporter: str
    reporter_name: str
    complete: bool
    source: str
    acknowledged_at: str
    closed_at: str
    details_stopped_at: str  # an URGENT concern's reporter cancelled before finishing the details
    fields: tuple[tuple[str, str, str], ...]  # (name, label, value) in the report's order
    events: tuple[Event, ...]
    buttons: tuple[Button, ...] = ()  # what an admin may do now, exactly as the escalation message offers
    arrived: bool = True  # its escalation has been posted where the Headteacher looks

    @property
    def status_label(self) -> str:
        return state_label(self.status, self.arrived)

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference, "created_at": self.created_at, "urgent": self.urgent,
            "category": self.category, "category_label": self.category_label, "status": self.status,
            "status_label": self.status_label,
            "assignee": self.assignee, "reporter": self.reporter, "reporter_name": self.reporter_name,
            "complete": self.complete, "source": self.source, "acknowledged_at": self.acknowledged_at,
            "closed_at": self.closed_at, "details_stopped_at": self.details_stopped_at,
            "fields": [{"name": n, "label": label, "value": v} for n, label, v in self.fields],
            "events": [{"at": e.at, "actor": e.actor, "action": e.action, "detail": e.detail} for e in self.events],
        }


def _fields(concern: Concern) -> tuple[tuple[str, str, str], ...]:
    stored = {str(k): "" if v is None else str(v) for k, v in (concern.fields or {}).items()}
    names: list[str] = []
    for n in (n for n in FIELD_LABELS if n != "confirm"):  # each answer, then what it said before it was changed
        names += [n, *([EARLIER + n] if stored.get(EARLIER + n) else [])]
    names += sorted(n for n in stored if n not in names)  # keep anything newer than this list
    return tuple((n, _label(n), display_value(n, stored.get(n, ""), bool(concern.urgent))) for n in names)


def _label(name: str) -> str:
    if name.startswith(EARLIER) and name.removeprefix(EARLIER) in FIELD_LABELS:
        return earlier_label(name.removeprefix(EARLIER))
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


def record(concern: Concern) -> ConcernRecord:
    """A loaded Concern (events included) as a labelled record."""
    return ConcernRecord(
        reference=concern.reference or "", created_at=when(concern.created_at), urgent=bool(concern.urgent),
        category=concern.category, category_label=CATEGORY_LABELS.get(concern.category, concern.category),
        status=concern.status, assignee=concern.assignee or "", reporter=concern.reporter,
        reporter_name=concern.reporter_name or "", complete=bool(concern.complete), source=concern.source,
        acknowledged_at=when(concern.acknowledged_at), closed_at=when(concern.closed_at),
        details_stopped_at=when(concern.details_stopped_at), fields=_fields(concern),
        events=tuple(Event(when(e.at), e.actor, e.action, concerns.shown_detail(e.action, e.detail or ""))
                     for e in concern.events),
        buttons=concerns.view(concern).buttons, arrived=concerns.arrived(concern),
    )


async def load_concerns(store: Store, open_only: bool = False, reference: str | None = None) -> list[ConcernRecord]:
    """Concerns with a reference, newest first (URGENT first when `open_only`, as the inbox lists them)."""
    query = select(Concern).where(Concern.reference.is_not(None)).options(selectinload(Concern.events))
    if open_only:
        query = query.where(Concern.status != "closed").order_by(Concern.urgent.desc())
    if reference is not None:
        query = query.where(Concern.reference == reference)
    query = query.order_by(Concern.created_at.desc(), Concern.id.desc())
    async with store.transaction() as session:
        return [record(c) for c in (await session.execute(query)).scalars().all()]
