"""A report cancelled with answers in it can be brought back for a while, so one mistaken Cancel loses nothing.

Cancel takes effect at once (nothing is sent, the report stops), but a report that held answers is kept beside the
conversation for UNDO_WITHIN: "Undo" (the button on the cancel message, or typed) puts it back at the step it was
cancelled at. After that it is deleted (`forget_expired`, from the outbox worker's pass), as is one replaced by a
new report. Kept in the conversation row under its own flow name, so nothing that looks for a report in progress
(resume, reminders, the form) ever sees it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import actions
from bot.flows import concern_report as flow
from bot.messages import Button, Reply
from bot.store.models import Conversation
from bot.store.store import aware

CANCELLED = "concern_report.cancelled"  # the conversation's flow while a cancelled report can be brought back
# Long enough to notice a slip (a tap on the wrong button, "3" typed for 3 pm in the terminal) after a distraction;
# short, because the answers are safeguarding details the reporter chose not to send.
UNDO_WITHIN = timedelta(hours=1)
_AT = "cancelled_at"  # in the kept draft: when, in microseconds since the epoch (also the Undo button's value)
_UNDO_WORDS = {"undo", "undo cancel", "undo that", "uncancel", "bring it back", "bring my report back",
               "restore my report", "get my report back"}


def _micros(moment: datetime) -> int:
    return round(aware(moment).timestamp() * 1_000_000)  # type: ignore[union-attr]


def says_undo(text: str) -> bool:
    return flow.Input(text=text).word in _UNDO_WORDS


def keep(convo: Conversation, now: datetime, step: flow.Step, draft: flow.Draft) -> Reply:
    """Set the cancelled report aside for UNDO_WITHIN; the cancel message, with its Undo button."""
    cancelled_at = _micros(now)
    convo.flow, convo.step, convo.draft = CANCELLED, None, {**draft.to_json(), "step": step.value, _AT: cancelled_at}
    minutes = int(UNDO_WITHIN.total_seconds() // 60)
    return Reply("Report cancelled. Nothing was sent. If that was a mistake, press Undo (or type undo) within "
                 f"{minutes} minutes to get your answers back; after that they are deleted.",
                 (Button(actions.CONCERN_UNDO, "Undo", str(cancelled_at), "primary"),))


def take_back(convo: Conversation, now: datetime, pressed: str | None = None) -> tuple[flow.Step, flow.Draft] | str:
    """The cancelled report kept here, removed from keeping (its step and answers), or why there is none to give.
    `pressed`: the Undo button's value (None when typed), so an Undo left on an older cancel message cannot bring
    back a later report instead."""
    kept = convo.draft if convo.flow == CANCELLED else {}
    cancelled_at = kept.get(_AT)
    if not isinstance(cancelled_at, int):
        return "There's no cancelled report to bring back here. Type 'report a concern' to start one."
    if pressed is not None and pressed != str(cancelled_at):
        return ("That Undo belongs to a report cancelled before your last one, and its answers have been deleted. "
                "Type undo to bring back the report you cancelled last.")
    convo.flow, convo.step, convo.draft = None, None, {}
    if _micros(now) - cancelled_at > UNDO_WITHIN.total_seconds() * 1_000_000:
        return ("That report was cancelled too long ago to bring back, so its answers have been deleted. Type "
                "'report a concern' to start again.")
    return flow.step_named(str(kept.get("step", ""))) or flow.Step.CATEGORY, flow.Draft.from_json(kept)


async def forget_expired(session: AsyncSession, now: datetime) -> int:
    """Delete cancelled reports past UNDO_WITHIN; returns how many. A conversation whose turn changed it meanwhile
    (its version moved) is left for the next pass rather than overwritten."""
    rows = (await session.execute(select(Conversation.key, Conversation.version, Conversation.draft)
                                  .where(Conversation.flow == CANCELLED))).all()
    limit = _micros(now) - UNDO_WITHIN.total_seconds() * 1_000_000
    forgotten = 0
    for key, version, draft in rows:
        at = (draft or {}).get(_AT)
        if isinstance(at, int) and at > limit:
            continue
        done = await session.execute(update(Conversation)
                                     .where(Conversation.key == key, Conversation.version == version,
                                            Conversation.flow == CANCELLED)
                                     .values(flow=None, step=None, draft={}, version=version + 1))
        forgotten += done.rowcount or 0  # type: ignore[attr-defined]
    return forgotten
