"""Turns about concerns already reported: admins acting on them and listing them, a reporter's own list,
and an admin choosing where escalations go. Only admins (POLICYBOT_ADMINS) see or change a concern.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import concerns, question_refused
from bot.destinations import ESCALATION_SETTING, release_waiting
from bot.messages import IncomingMessage, Reply
from bot.metrics import REJECTED
from bot.store.models import Concern, Setting
from bot.store.store import Turn

NOT_ADMIN = "Sorry, only the Headteacher and the safeguarding leads can see or act on concerns. Nothing was changed."


def refuse() -> Reply:
    """The one answer anyone but an admin gets for anything about other people's concerns."""
    REJECTED.labels("not_admin").inc()
    return Reply(NOT_ADMIN, private=True)


async def act(turn: Turn, msg: IncomingMessage, is_admin: bool, action: str, reference: str, note: str) -> Reply:
    """Acknowledge, take, note or close: audited, the escalation updated and the reporter told (bot/concerns.py)."""
    if not is_admin:
        return refuse()
    concern = await concerns.find(turn.session, reference, lock=True)
    if concern is None:
        return Reply(f"I can't find a concern {reference[:20]}; nothing was changed.", private=True)
    return Reply(await concerns.act(turn.session, concern, turn.now, msg.user, msg.display_name, action, note),
                 private=True)


async def set_escalation(turn: Turn, msg: IncomingMessage, is_admin: bool, address: str | None) -> Reply:
    """Make this conversation the Headteacher's destination for this platform's escalations."""
    if not is_admin:
        REJECTED.labels("not_admin").inc()
        return Reply("Only an admin can choose where concerns are sent. Nothing was changed.", private=True)
    if not address:
        return Reply("I can't send messages to this conversation later, so it can't be the escalation "
                     "channel. Nothing was changed.", private=True)
    key = ESCALATION_SETTING.format(platform=msg.platform)
    row = await turn.session.get(Setting, key)
    if row is None:
        turn.session.add(Setting(key=key, value=address, set_by=msg.user, set_at=turn.now))
    else:
        row.value, row.set_by, row.set_at = address, msg.user, turn.now
    await release_waiting(turn.session, turn.now)  # sent as soon as the turn commits and wakes the outbox
    # and questions the old channel refused (perhaps this very one, now unarchived: naming it again is the retry)
    resumed = await question_refused.resume(turn.session, turn.now, question_refused.CHANNEL_SET)
    # The admin told "to send it, set escalation channel" learns here that it goes (until helper notices4: silence)
    sent = ("" if not resumed else " The question set aside after a refusal is being sent again now." if resumed == 1
            else f" The {resumed} questions set aside after a refusal are being sent again now.")
    return Reply(f"Done: concerns reported on this platform will now be sent to this conversation.{sent}")


async def my_reports(turn: Turn, user: str, writing: bool = False, kept: str = "",
                     writing_reference: str | None = None) -> Reply:
    """A reporter's own concerns and their status: the only concerns anyone but an admin can see. `writing`: a report
    is in progress here (its question follows this reply), which must not read as "none"; `kept`: what is said of a
    report kept for Undo or set aside, if one is; `writing_reference`: the concern the report in progress already
    is (its URGENT alert was raised before the details), listed above, so never "another report, not sent yet"."""
    mine = await reported_by(turn.session, user)
    if writing and writing_reference and any(c.reference == writing_reference for c in mine):
        # Its status line above says whether the alert has arrived; this says only which report is being written
        note = (f"{writing_reference} is the report you are still writing: each answer you give is added to it. "
                "Carry on with it below.")
    elif writing:
        # Never "type 'report a concern' to start one": a second start would only show this one again
        note = ("You also have a report in progress, not sent yet: carry on with it below." if mine else
                "You haven't sent any reports yet. You have one in progress, not sent: carry on with it below, and "
                "send it at the end.")
    else:
        note = kept
    if not mine:
        return Reply(note or "You haven't reported any concerns. Type 'report a concern' to start one.", private=True)
    listed = "Your reports:\n" + "\n".join(f"\u2022 {c.line}" for c in mine[:20])
    return Reply(f"{listed}\n\n{note}" if note else listed, private=True)


async def open_list(turn: Turn, is_admin: bool) -> Reply:
    if not is_admin:
        return refuse()
    found = await open_concerns(turn.session)
    if not found:
        return Reply("There are no open concerns.", private=True)
    return Reply("Open concerns:\n" + "\n".join(f"\u2022 {c.line}" for c in found[:30]), private=True)


async def reported_by(session: AsyncSession, user: str) -> list[concerns.ConcernSummary]:
    rows = await session.execute(select(Concern).where(Concern.reporter == user).order_by(Concern.id.desc()))
    return [concerns.summarise(c) for c in rows.scalars().all()]


async def open_concerns(session: AsyncSession) -> list[concerns.ConcernSummary]:
    rows = await session.execute(select(Concern).where(Concern.status != "closed")
                                 .order_by(Concern.urgent.desc(), Concern.id.desc()))
    return [concerns.summarise(c) for c in rows.scalars().all()]
