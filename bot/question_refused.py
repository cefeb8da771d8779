"""A question the Headteacher's channel refuses for good: delivery stopped, its asker told once, resumed once the
set-up may have been fixed.

A concern is never given up (bot/held_up.py): its retries go on, however often the channel refuses. A question is
not a safeguarding report, and a refusal such as Slack's `channel_not_found`, `not_in_channel`, `invalid_auth` or a
Teams 403 does not mend itself: someone must unarchive the channel, add policybot back or set another channel. So a
question refused for good is set aside (outbox status REFUSED: never claimed, never lost) and its asker told plainly,
once, to ask the Headteacher in person. It is tried again when someone may have fixed the set-up: at every start of
the outbox worker, and when an admin types "set escalation channel" (which may name the same channel, once it takes
messages again). Each stop and each resumption is in the question's trail (`question_events`), and each stop is
counted in policybot_questions_refused_total once (a restart that finds it refused again is no new refusal), and
the admins are told once (bot/question_refused_admins.py).

A question refused for its message is not tried again, so no later stop tells an admin added to POLICYBOT_ADMINS since
(POLICYBOT_ADMINS is read at start): until helper notices7 one refused before any admin was configured reached no admin
but through `python app.py questions`. Each start now tells the admins configured and not told yet of each such question
still set aside (`tell_admins_added`), once: their notice's key is kept, so the next start finds them told.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import (
    concerns,
    destinations,
    notice_order,
    question_held_up,
    question_refused_admins,
    question_refused_anew,
    refusal_kind,
    reporter_told,
)
from bot.config import Settings
from bot.escalation import MAY_HAVE_LANDED, DeliveryError, EscalationChannel
from bot.metrics import QUESTIONS_REFUSED
from bot.store.models import OutboxEntry, QuestionEvent, QuestionLog

log = logging.getLogger(__name__)
REFUSED = "refused"  # outbox status of a question set aside until the set-up is fixed
STOPPED = "delivery stopped"  # trail actions
STOPPED_ONCE = "stopped once"  # in the question's outbox payload: counted, and the admins told, already
RESUMED = "delivery resumed"
TOLD_REFUSED = "refused"  # what a notice told its asker (question_held_up.TOLD's "told")
NOTICE = "{key}:refused"  # a refusal notice to an asker told already that it was held up (an outage, or no channel)
AT_START = "policybot started again"
ADMINS_ADDED = "admins told"  # trail action: admins added since told of a question still set aside for its message
CHANNEL_SET = "an admin set the Headteacher's channel"
# in the question's outbox payload: the message itself was refused (not the channel), and which message it was
AS_SENT = "refused as sent"
NOT_RETRIED = "the message itself was refused, so it is not tried again unless it changes"
WITHDRAW_HINT = "type 'withdraw my question' if you no longer need it sent"


def refused_text(entry: QuestionLog | None, why: str, final: bool = False) -> str:
    """`final`: the message itself was refused, so it is not tried again (nothing to wait for, nothing to withdraw)."""
    if final:
        return (f"{question_held_up.which(entry)} could not be delivered to the Headteacher: {why}. Sending it again "
                "would be refused the same way, so I will not try again: please ask the Headteacher in person. If "
                "it's about a child's safety, speak to the Designated Safeguarding Lead now.")
    return (f"{question_held_up.which(entry)} could not be delivered to the Headteacher: {why}. I have stopped "
            "trying until someone fixes that, so please ask the Headteacher in person; if it does get through later "
            f"I'll tell you (or {WITHDRAW_HINT}). If it's about a child's safety, speak to the Designated Safeguarding "
            "Lead now.")


def fingerprint(payload: Mapping[str, object] | None) -> str:
    """The message a question's entry sends, as a short digest: kept when the message itself is refused, so it is
    tried again only once it has changed."""
    return hashlib.sha256(str((payload or {}).get("text", "")).encode()).hexdigest()[:16]


def refused_as_sent(payload: Mapping[str, object] | None) -> bool:
    """Its message was refused as it is, and is the same now: naming the channel again, or a start, cannot help."""
    return (payload or {}).get(AS_SENT) == fingerprint(payload)


async def _notice_key(session: AsyncSession, key: str) -> str | None:
    """The key a refusal notice is queued under, or None if its asker was told of a refusal already."""
    held = f"{key}:held-up"
    told = (await session.execute(select(OutboxEntry.payload).where(OutboxEntry.key == held))).scalar_one_or_none()
    if told is None:
        return held  # the first word they hear of it: ordered as a held-up notice, its arrival behind it
    if await told_of_refusal(session, key):
        return None
    again = NOTICE.format(key=key)
    return again if await notice_order.status(session, again) is None else None


async def told_of_refusal(session: AsyncSession, key: str) -> bool:
    """Whether the asker of the question (outbox entry `key`) was told it was set aside: their notice delivered or on
    its way. One failed for good told nobody (helper notices9: it counted as told, and the admins read "its asker has
    been told"), as a concern's reporter's held-up notice (bot/reporter_told.py `told_held_up`)."""
    rows = (await session.execute(select(OutboxEntry.status, OutboxEntry.payload).where(
        OutboxEntry.key.in_((f"{key}:held-up", NOTICE.format(key=key)))))).all()
    for status, payload in rows:
        said = (payload or {}).get(question_held_up.TOLD)
        if status in ("delivered", "pending") and isinstance(said, Mapping) and said.get("told") == TOLD_REFUSED:
            return True
    return False


async def stop(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel],
               entry: OutboxEntry, exc: DeliveryError, reason: str, now: datetime, plain: str | None = None,
               meant: tuple[str, str] | None = None) -> bool:
    """Set the question (outbox `entry`) aside after the channel refused it for good; record it, and tell its asker
    once (a Teams asker with no private chat kept, or on a platform this process lacks, is told at a later stop), and
    the admins once. `plain`: why, in a teacher's words, as this install has it (the outbox's `_plain_reason`);
    `reason`: why, in the admins' words; `meant`: where it was meant for (platform, address). True if the asker or an
    admin was told now."""
    entry.status = REFUSED
    question = await question_held_up.question(session, entry.key)
    first = await _first_stop(session, entry, question)
    if first:  # counted once a question: a restart or a channel set again that finds it refused is no new refusal
        QUESTIONS_REFUSED.inc()
    asker = str((entry.payload or {}).get("user", ""))
    final = refusal_kind.about_the_message(exc)
    # set aside before for its channel, refused now for its message: those told "the channel" are told otherwise
    anew = final and not first and await question_refused_anew.told_of_the_channel(session, entry.payload, AS_SENT,
                                                                                  question)
    if final:  # until helper notices4 tried again at every start and every channel named, refused the same way
        entry.payload = {**(entry.payload or {}), AS_SENT: fingerprint(entry.payload)}
    advice = question_refused_admins.remedy(meant, final)
    if anew:
        return await _told_anew(session, settings, channels, entry, question, asker, reason, plain or _plain(exc),
                                advice, now)
    notice = await _notice_key(session, entry.key)
    told = False
    told_before = notice is None and await told_of_refusal(session, entry.key)
    if told_before:
        outcome = "its asker was told before"
    elif notice is None:  # their notices failed for good: none is tried again (keys are unique)
        outcome = "its asker could not be told (the notice to them was not delivered)"
    elif await destinations.reporter(session, channels, asker) is None:
        outcome = "its asker cannot be reached privately"
    else:
        text = refused_text(question, plain or _plain(exc), final)
        if first and settings.is_admin(asker) and not final:
            # an admin who asked is told once, as the asker, with what admins can do; a message refused leaves them
            # nothing to do, and its advice ("answer its asker yourself") reads as if someone else had asked
            text = f"{text} {advice}"
        payload: dict[str, object] = {"user": asker, **notice_order.held_up(entry.key), "text": text}
        if question is not None:
            payload[question_held_up.TOLD] = {"question": question.id, "told": TOLD_REFUSED}
        concerns.queue(session, now, notice, "notify", platform=asker.partition(":")[0], payload=payload)
        outcome, told = "its asker is being told", True
    # the admins not told of it yet (all of them, the first time; since, an admin added to POLICYBOT_ADMINS) are told
    # what became of its asker as it is: one unreachable is theirs to tell, not "told"
    admins = await question_refused_admins.tell(session, settings, channels, entry.key, question, asker, reason,
                                                advice, now, asker_told=told or told_before)
    if first:
        entry.payload = {**(entry.payload or {}), STOPPED_ONCE: "1"}
    if question is not None:
        detail = f"{reason}; {NOT_RETRIED if final else 'not tried again until the set-up is fixed'}; {outcome}"
        session.add(QuestionEvent(question_id=question.id, at=now, action=STOPPED,
                                  detail=f"{detail}; admins told: {', '.join(admins)}" if admins else detail))
    log.warning("outbox: %s refused for good; delivery stopped", entry.key)
    return told or bool(admins)


async def _told_anew(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel],
                     entry: OutboxEntry, question: QuestionLog | None, asker: str, reason: str, plain: str,
                     advice: str, now: datetime) -> bool:
    """A question set aside for its channel, refused now for its message once tried again: its asker and the admins
    who were told it was the channel are told the new reason, once (bot/question_refused_anew.py); in its trail. An
    admin who asked is told as its asker only: their notice says it is not the channel this time, and the admins'
    advice ("answer its asker yourself") would read as if someone else had asked."""
    told = False
    if await destinations.reporter(session, channels, asker) is None:
        outcome = "its asker cannot be reached privately to be told the new reason"
    else:
        text = question_refused_anew.asker_text(question, plain)
        told = await question_refused_anew.tell_asker(session, now, entry.key, question, asker, text)
        outcome = "its asker is being told the new reason" if told else "its asker was told the new reason before"
    asker_told = told or "before" in outcome
    admins = await question_refused_anew.tell_admins(
        session, settings, now, entry.key,
        question_refused_anew.admin_text(question, asker, reason, advice, asker_told))
    # an admin added since its first stop was never told it was the channel: told of it now, as the first time
    newcomers = await question_refused_admins.tell(session, settings, channels, entry.key, question, asker, reason,
                                                   advice, now, asker_told)
    if question is not None:
        detail = f"{reason}; {NOT_RETRIED}; {outcome}"
        if admins:
            detail = f"{detail}; admins told the new reason: {', '.join(admins)}"
        if newcomers:
            detail = f"{detail}; admins told for the first time: {', '.join(newcomers)}"
        session.add(QuestionEvent(question_id=question.id, at=now, action=STOPPED, detail=detail))
    log.warning("outbox: %s refused for its message after its channel; delivery stopped", entry.key)
    return told or bool(admins)


async def _first_stop(session: AsyncSession, entry: OutboxEntry, question: QuestionLog | None) -> bool:
    """Whether this is the first time the question is set aside: its trail has no stop (one refused under an earlier
    release has), nor its entry the mark left when its trail cannot be found."""
    if STOPPED_ONCE in (entry.payload or {}):
        return False
    if question is None:
        return True
    return (await session.execute(select(QuestionEvent.id).where(
        QuestionEvent.question_id == question.id, QuestionEvent.action == STOPPED).limit(1))).first() is None


def _plain(exc: DeliveryError) -> str:
    return reporter_told.plain_reason(exc, timedelta(0))  # the words a reporter of a concern refused is given


async def as_sent(session: AsyncSession, key: str, payload: Mapping[str, object]) -> str:
    """The words a question's entry sends now: one set aside first says it is late and when it was asked, so the
    Headteacher reading it days on knows its asker may have asked in person since (until helper notices4 it read as
    if asked that minute)."""
    text = str(payload.get("text", ""))
    if STOPPED_ONCE not in payload:
        return text
    question = await question_held_up.question(session, key)
    asked = f" (asked at {question_held_up.asked_at(question.at)})" if question is not None else ""
    return (f"Sent late{asked}: it could not be delivered until now, so its asker may have asked you in person "
            f"since. {text}")


async def resume(session: AsyncSession, now: datetime, why: str) -> int:
    """Put every question set aside back in line, due now, each with a line in its trail; how many. One whose message
    itself was refused, unchanged since, stays aside: the same message would be refused the same way anywhere."""
    rows = (await session.execute(select(OutboxEntry).where(OutboxEntry.kind == "question",
                                                            OutboxEntry.status == REFUSED))).scalars().all()
    resumed = 0
    for row in rows:
        if refused_as_sent(row.payload):
            continue
        row.status, row.next_attempt_at = "pending", now
        resumed += 1
        if (question := await question_held_up.question(session, row.key)) is not None:
            session.add(QuestionEvent(question_id=question.id, at=now, action=RESUMED, detail=why))
    return resumed


async def aside_for_its_message(session: AsyncSession) -> list[OutboxEntry]:
    """The questions set aside because their message itself was refused, unchanged since: no stop will come again."""
    rows = (await session.execute(select(OutboxEntry).where(
        OutboxEntry.kind == "question", OutboxEntry.status == REFUSED).order_by(OutboxEntry.id))).scalars().all()
    return [row for row in rows if refused_as_sent(row.payload)]


def refusal(entry: OutboxEntry) -> DeliveryError:
    """The refusal that set `entry` aside, as its last error keeps it (the outbox's prefixes taken off)."""
    said = (entry.last_error or "").removeprefix(destinations.REFUSED).removeprefix(MAY_HAVE_LANDED)
    return DeliveryError(said, permanent=True)


async def tell_admins_added(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel],
                            entry: OutboxEntry, reason: str, meant: tuple[str, str] | None, now: datetime) -> list[str]:
    """Tell each admin configured now and not told yet (none, when it was refused before any admin was configured) of
    a question set aside for its message, as the first admins are told at its stop; in its trail. `reason`: why, in
    the admins' words. The admins it was queued for."""
    question = await question_held_up.question(session, entry.key)
    asker = str((entry.payload or {}).get("user", ""))
    # its asker was told of a refusal (or cannot be reached: the admins are asked to tell them)
    asker_told = await told_of_refusal(session, entry.key)
    admins = await question_refused_admins.tell(session, settings, channels, entry.key, question, asker, reason,
                                                question_refused_admins.remedy(meant, True), now, asker_told)
    if admins and question is not None:
        session.add(QuestionEvent(question_id=question.id, at=now, action=ADMINS_ADDED,
                                  detail=f"{AT_START}; still set aside ({NOT_RETRIED}); admins told for the first "
                                         f"time: {', '.join(admins)}"))
    return admins
