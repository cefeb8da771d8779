"""A report cancelled with answers in it can be brought back for a while, so one mistaken Cancel loses nothing.

Cancel takes effect at once (nothing is sent, the report stops), but a report that held answers is kept beside the
conversation until UNDO_WITHIN has passed: "Undo" (the button on the cancel message, or typed) puts it back at the
step it was cancelled at. After that the outbox worker's pass deletes it (`forget_expired`); "cancel" typed again
deletes it at once, and a later cancelled report takes its place. It is kept apart from the draft
(`Conversation.kept_report`), so nothing that looks for a report in progress (resume, reminders, the form) sees it,
and a report begun since does not delete it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import actions
from bot.flows import concern_report as flow
from bot.messages import Button, Reply
from bot.store.models import Conversation
from bot.store.store import aware

# Long enough to notice a slip (a tap on the wrong button, "3" typed for 3 pm in the terminal) after a distraction;
# short, because the answers are safeguarding details the reporter chose not to send.
UNDO_WITHIN = timedelta(hours=1)
_AT = "cancelled_at"  # when, in microseconds since the epoch (also the Undo button's value)
_UNDO_WORDS = {"undo", "undo please", "please undo", "undo cancel", "undo that", "uncancel", "bring it back",
               "bring my report back", "bring back my report", "restore my report", "get my report back",
               "i cancelled by mistake", "cancelled by mistake", "continue my report", "resume my report",
               "carry on with my report"}
_BACK_WORDS = {"back", "go back", "oops"}  # after a cancel, with no report in progress: the one just cancelled


def _micros(moment: datetime) -> int:
    return round(aware(moment).timestamp() * 1_000_000)  # type: ignore[union-attr]


def says_undo(text: str, after_cancel: bool = False) -> bool:
    """Words asking for a cancelled report back; `after_cancel`: also "back", where no report is in progress."""
    word = flow.Input(text=text).word
    return word in _UNDO_WORDS or (after_cancel and word in _BACK_WORDS)


def kept(convo: Conversation, now: datetime) -> datetime | None:
    """When the report kept here for Undo was cancelled; None if there is none, or its time has run out."""
    if convo.kept_report is None or convo.kept_until is None or aware(convo.kept_until) <= now:  # type: ignore[operator]
        return None
    return aware(convo.kept_until) - UNDO_WITHIN  # type: ignore[operator]


def keep(convo: Conversation, now: datetime, step: flow.Step, draft: flow.Draft) -> Button:
    """Set a report aside for UNDO_WITHIN, in place of any kept before; the Undo button that brings it back."""
    cancelled_at = _micros(now)
    answers = flow.Draft(draft.fields, draft.editing, draft.reference)  # an offer to take an answer back ends here
    convo.kept_report = {**answers.to_json(), "step": step.value, _AT: cancelled_at}
    convo.kept_until = now + UNDO_WITHIN
    return Button(actions.CONCERN_UNDO, "Undo", str(cancelled_at), "primary")


def cancelled(convo: Conversation, now: datetime, step: flow.Step, draft: flow.Draft, said: str) -> Reply:
    """The cancel message (`said`: the flow's words for it) with Undo, the report kept for it."""
    replaced = kept(convo, now) is not None
    undo = keep(convo, now, step, draft)
    minutes = int(UNDO_WITHIN.total_seconds() // 60)
    if draft.reference:  # an URGENT concern has what was given; Undo carries on adding to it
        return Reply(f"{said} If you stopped by mistake, press Undo (or type undo) within {minutes} minutes to carry "
                     "on adding details to it.", (undo,))
    instead = " It takes the place of the report you cancelled before, which is now deleted." if replaced else ""
    return Reply(f"Report cancelled. Nothing was sent. If that was a mistake, press Undo (or type undo) within "
                 f"{minutes} minutes to get your answers back; after that they are deleted, or type cancel again to "
                 f"delete them now.{instead}", (undo,))


def kept_reference(convo: Conversation) -> str | None:
    """The URGENT concern a kept report belongs to, if it does."""
    return flow.Draft.from_json(convo.kept_report).reference if convo.kept_report else None


def take_back(convo: Conversation, now: datetime, pressed: str | None = None) -> tuple[flow.Step, flow.Draft] | str:
    """The report kept here, no longer kept (its step and answers), or why there is none to give. `pressed`: the
    Undo button's value (None when typed), so an Undo left on an older cancel message cannot bring back a later
    report instead."""
    data = convo.kept_report or {}
    cancelled_at = data.get(_AT)
    if kept(convo, now) is None or not isinstance(cancelled_at, int):
        forget(convo)
        # An Undo pressed after the hour says why; its value is checked, as anything a client sends must be
        if pressed is not None and pressed.isascii() and pressed.isdigit() and len(pressed) < 20 and (
                _micros(now) - int(pressed) > UNDO_WITHIN / timedelta(microseconds=1)):
            return ("That report was cancelled too long ago to bring back, so its answers have been deleted. Type "
                    "'report a concern' to start again.")
        return "There's no cancelled report to bring back here. Type 'report a concern' to start one."
    if pressed is not None and pressed != str(cancelled_at):
        return ("That Undo is from an earlier cancel. Press the Undo under your latest cancel, or type undo, to bring "
                "back the report you cancelled last.")
    forget(convo)
    return flow.step_named(str(data.get("step", ""))) or flow.Step.CATEGORY, flow.Draft.from_json(data)


def reminder(convo: Conversation, now: datetime) -> str:
    """For a report begun while another is kept: how to go back to the kept one; "" if none is kept."""
    if kept(convo, now) is None:
        return ""
    return ("You cancelled a report in the last hour: type undo before answering anything here to go back to that "
            "one instead.")


def forget(convo: Conversation) -> None:
    convo.kept_report, convo.kept_until = None, None


async def forget_expired(session: AsyncSession, now: datetime) -> int:
    """Delete cancelled reports whose time for Undo has run out; returns how many. The version moves, as any change
    to a conversation does, so a turn that loaded it before runs again rather than writing the old report back."""
    done = await session.execute(update(Conversation).where(Conversation.kept_until <= now)
                                 .values(kept_report=None, kept_until=None, version=Conversation.version + 1)
                                 .execution_options(synchronize_session=False))
    return done.rowcount or 0  # type: ignore[attr-defined]
