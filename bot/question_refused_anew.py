"""A question set aside because its channel refused it, then refused for its own message once a channel was named:
its asker and the admins told the new reason, once.

The first refusal (an archived channel, policybot removed from it) told its asker "I have stopped trying until someone
fixes that" and the admins "to send it, … 'set escalation channel'". When the channel named then refuses the message
itself (Slack's `msg_too_long`, a Teams 413: bot/refusal_kind.py), the question is not tried again
(bot/question_refused.py), but until helper notices5 nobody was told: its asker waited for a fix that cannot send it,
and the admins went on mending a channel that was not the trouble. Now each is told once, privately, in the chat the
first notice went to: its asker, and each admin whose first notice was sent (a newcomer to POLICYBOT_ADMINS was
never told it was the channel, so is told of it as the first admins were, with this reason: since helper notices6,
bot/question_refused.py). Each notice delivered is in the question's trail.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import concerns, notice_order, question_held_up, question_refused_admins
from bot.config import Settings
from bot.store.models import OutboxEntry, QuestionEvent, QuestionLog

TOLD = "refused for its message"  # what the notices told, in the question's trail ("asker told", "admin told")
ASKER_NOTICE = "{key}:refused-message"
ADMIN_NOTICE = "{key}:refused-message:"  # + the admin's user key


async def told_of_the_channel(session: AsyncSession, payload: Mapping[str, object] | None, as_sent: str,
                              question: QuestionLog | None) -> bool:
    """Whether an earlier stop told of the channel, never of the message: no digest of a message refused in its
    payload (`as_sent`: that key), and no stop in its trail saying the message itself was refused (one stopped so before
    helper notices4 kept no digest)."""
    if as_sent in (payload or {}):
        return False
    if question is None:
        return True
    details = (await session.execute(select(QuestionEvent.detail).where(
        QuestionEvent.question_id == question.id, QuestionEvent.action == "delivery stopped"))).scalars().all()
    return not any("the message itself" in (d or "") for d in details)


def asker_text(question: QuestionLog | None, why: str) -> str:
    """To its asker: it was tried again and refused for another reason, so there is nothing more to wait for."""
    return (f"{question_held_up.which(question)} was tried again and refused, this time for another reason: {why}. "
            "It is not the channel this time, so sending it again would be refused the same way: I will not try "
            "again. Please ask the Headteacher in person. If it's about a child's safety, speak to the Designated "
            "Safeguarding Lead now.")


def admin_text(question: QuestionLog | None, asker: str, why: str, advice: str, asker_told: bool) -> str:
    named = question_refused_admins.which(question, asker)
    told = ("Its asker has been told." if asker_told else
            f"I cannot reach {asker} privately to tell them, so please tell them to ask the Headteacher in person.")
    return (f"{named}, which I told you could not be delivered, was tried again and refused, this time for another "
            f"reason: {why}. {told} {advice}")


async def tell_asker(session: AsyncSession, now: datetime, key: str, question: QuestionLog | None, asker: str,
                     text: str) -> bool:
    """Queue its asker's notice, once; False if it was queued before."""
    notice = ASKER_NOTICE.format(key=key)
    if await notice_order.status(session, notice) is not None:
        return False
    payload: dict[str, object] = {"user": asker, "text": text, **notice_order.held_up(key)}
    if question is not None:
        payload[question_held_up.TOLD] = {"question": question.id, "told": TOLD}
    concerns.queue(session, now, notice, "notify", platform=asker.partition(":")[0], payload=payload)
    return True


async def tell_admins(session: AsyncSession, settings: Settings, now: datetime, key: str, text: str) -> list[str]:
    """Queue the notice to each admin told the question was set aside (their first notice sent, or on its way) and in
    POLICYBOT_ADMINS still, read after it; the admins it was queued for."""
    first = question_refused_admins.NOTICE.format(key=key)
    rows = (await session.execute(select(OutboxEntry.key, OutboxEntry.status, OutboxEntry.payload).where(
        OutboxEntry.key.startswith(first, autoescape=True), OutboxEntry.kind == "notify").order_by(OutboxEntry.id))
            ).all()
    told: list[str] = []
    for notice, status, payload in rows:
        admin = str((payload or {}).get("user", "")) or notice.removeprefix(first)
        again = f"{ADMIN_NOTICE.format(key=key)}{admin}"
        if not settings.is_admin(admin):
            continue  # removed from POLICYBOT_ADMINS since (until helper notices7, told all the same)
        if status not in ("delivered", "pending") or await notice_order.status(session, again) is not None:
            continue
        question_id = ((payload or {}).get(question_refused_admins.ADMIN_TOLD) or {}).get("question")
        told_of = {question_refused_admins.ADMIN_TOLD: {"question": question_id, "told": TOLD}} \
            if question_id is not None else {}
        concerns.queue(session, now, again, "notify", platform=admin.partition(":")[0],
                       payload={"user": admin, "text": text, **notice_order.arrival(notice), **told_of})
        told.append(admin)
    return told
