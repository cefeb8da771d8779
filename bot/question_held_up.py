"""Telling a teacher, privately, that the question they passed to the Headteacher has not reached them yet, and
again when it has; and keeping a trail of it for the admins.

"Ask the Headteacher" replies "I've passed your question to the Headteacher" as it queues the message, before any
delivery is tried. When that message is then held up (bot/held_up.py `is_held_up`: refused for good, no channel, an
outage that lasts) the teacher waits for an answer nobody was asked for, so they are told, once, and again when it
arrives. Asked while no channel was set, the reply said so already (WAITS): only the arrival is news to them. Each
notice says which question (when it was asked, and its first words: a teacher may have passed on two), in the asker's
own private chat only; never in a log. Ordered against the message as a reporter's notices are (bot/notice_order.py).

A question has no concern, so no audit trail of its own until helper notices2: its held-up and arrival, and each
notice its asker was sent, are kept in `question_events` (never its words), which `python app.py questions` shows.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import concerns, destinations, notice_order, reporter_told
from bot.escalation import DeliveryError, EscalationChannel
from bot.held_up import reason as admins_reason
from bot.school_time import SCHOOL_ZONE
from bot.store.models import QuestionEvent, QuestionLog

log = logging.getLogger(__name__)
WAITS = "told it waits"  # in a question entry's payload: the reply as it was asked said no channel is set
TOLD = "question told"  # in a notice's payload: the id of the question it tells its asker about
HELD_UP = "held up"  # trail actions
ARRIVED_ACTION = "reached the Headteacher"
ASKER_TOLD = "asker told"
FIRST_WORDS = 8  # how much of a question a notice quotes back: enough to tell two apart
FIRST_CHARACTERS = 60


def first_words(question: str) -> str:
    """The question's opening words, shortened with an ellipsis when there is more."""
    words = question.split()
    short = " ".join(words[:FIRST_WORDS])
    if len(short) > FIRST_CHARACTERS:
        short = short[:FIRST_CHARACTERS].rsplit(" ", 1)[0] or short[:FIRST_CHARACTERS]
    return short + ("\u2026" if short != " ".join(words) else "")


def asked_at(at: datetime) -> str:
    """When, in school time, with the day named: a notice may be read a day later, so never "today"."""
    moment = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(SCHOOL_ZONE)
    return f"{moment:%H:%M} on {moment:%a} {moment.day} {moment:%b}"


def which(entry: QuestionLog | None) -> str:
    """'Your question "Where can I park…", asked at 14:05 on Tue 1 Dec,': only ever to its asker."""
    if entry is None:  # deleted by hand since: say what is left
        return "Your question"
    return f"Your question \u201c{first_words(entry.question)}\u201d, asked at {asked_at(entry.at)},"


def held_up_text(entry: QuestionLog | None, why: str) -> str:
    return (f"{which(entry)} has not reached the Headteacher yet: {why}. It is kept safe and I keep trying, and I'll "
            "tell you when it arrives; ask them in person if it can't wait. If it's about a child's safety, speak to "
            "the Designated Safeguarding Lead now.")


def arrived_text(entry: QuestionLog | None) -> str:
    return f"{which(entry)} has now reached the Headteacher."


def _asker(payload: Mapping[str, object]) -> str:
    return str(payload.get("user", ""))


async def question(session: AsyncSession, key: str) -> QuestionLog | None:
    """The question an entry keyed "question:<id>" passes on."""
    ident = key.partition(":")[2]
    return await session.get(QuestionLog, int(ident)) if ident.isdigit() and len(ident) < 19 else None


async def _in_trail(session: AsyncSession, entry: QuestionLog, action: str) -> bool:
    return (await session.execute(select(QuestionEvent.id).where(
        QuestionEvent.question_id == entry.id, QuestionEvent.action == action).limit(1))).first() is not None


def _trail(session: AsyncSession, entry: QuestionLog | None, now: datetime, action: str, detail: str = "") -> None:
    if entry is not None:
        session.add(QuestionEvent(question_id=entry.id, at=now, action=action, detail=detail))


def _queue(session: AsyncSession, now: datetime, key: str, asker: str, entry: QuestionLog | None, text: str,
           told: str, order: dict[str, str]) -> None:
    payload: dict[str, object] = {"user": asker, "text": text, **order}
    if entry is not None:
        payload[TOLD] = {"question": entry.id, "told": told}
    concerns.queue(session, now, key, "notify", platform=asker.partition(":")[0], payload=payload)


async def held_up(session: AsyncSession, channels: Mapping[str, EscalationChannel], key: str,
                  payload: Mapping[str, object], exc: DeliveryError, waiting: timedelta, now: datetime,
                  plain: str = "", reason: str = "") -> bool:
    """Write in the question's trail, once, that it (outbox entry `key`) is held up; tell the asker (`plain`: why, in
    their words, as this install has it), unless they know or cannot be reached. `reason`: why, in the admins' words,
    as this install has it (`held_up.reason`). True if the asker was told now."""
    notice = f"{key}:held-up"
    entry = await question(session, key)
    first = entry is not None and not await _in_trail(session, entry, HELD_UP)
    told = False
    asker = _asker(payload)
    if WAITS in payload:
        outcome = "its asker was told when asking that there is nowhere to send it yet"
    elif await notice_order.status(session, notice) is not None:
        outcome = ""
    elif await destinations.reporter(session, channels, asker) is None:
        # Nothing to deliver (this process does not run their platform, or a Teams user who asked only in a channel
        # and has no personal chat kept): the next failure tries again
        outcome = "its asker cannot be reached privately"
    else:
        why = plain or reporter_told.plain_reason(exc, waiting)
        _queue(session, now, notice, asker, entry, held_up_text(entry, why), HELD_UP, notice_order.held_up(key))
        outcome, told = "its asker is being told", True
        log.warning("outbox: %s held up; its asker told", key)
    if first:
        why = reason or admins_reason(exc, waiting)
        _trail(session, entry, now, HELD_UP, "; ".join(p for p in (why, outcome) if p))
    return told


async def got_through(session: AsyncSession, key: str, payload: Mapping[str, object], now: datetime) -> None:
    """The question delivered: in its trail; and tell the asker who was told it was held up, or that it waits."""
    notice, arrived = f"{key}:held-up", f"{key}:through"
    if await notice_order.status(session, f"{key}:refused") is not None:
        notice = f"{key}:refused"  # told it was stopped after being told it was held up: read after the later one
    entry = await question(session, key)
    _trail(session, entry, now, ARRIVED_ACTION)
    told = await notice_order.status(session, notice)
    if (told in ("delivered", "pending") or (told is None and WAITS in payload)) \
            and await notice_order.status(session, arrived) is None:
        _queue(session, now, arrived, _asker(payload), entry, arrived_text(entry), "got through",
               notice_order.arrival(notice if told is not None else None))


async def asker_told(session: AsyncSession, payload: Mapping[str, object], now: datetime) -> None:
    """A notice about a question delivered to its asker: in the question's trail, as a reporter's are in theirs."""
    told = payload.get(TOLD)
    if isinstance(told, Mapping) and (entry := await session.get(QuestionLog, told.get("question"))) is not None:
        _trail(session, entry, now, ASKER_TOLD, str(told.get("told", "")))
