"""Telling a teacher, privately, that the question they passed to the Headteacher has not reached them yet, and
again when it has.

"Ask the Headteacher" replies "I've passed your question to the Headteacher" as it queues the message, before any
delivery is tried. When that message is then held up (bot/held_up.py `is_held_up`: refused for good, no channel, an
outage that lasts) the teacher waits for an answer nobody was asked for, so they are told, once, and again when it
arrives. Asked while no channel was set, the reply said so already (WAITS): only the arrival is news to them. The
question itself is not repeated: it is theirs, and they have it. Ordered against the message as a reporter's notices
are (bot/notice_order.py).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot import concerns, destinations, notice_order, reporter_told
from bot.escalation import DeliveryError, EscalationChannel

log = logging.getLogger(__name__)
WAITS = "told it waits"  # in a question entry's payload: the reply as it was asked said no channel is set


def held_up_text(why: str) -> str:
    return (f"Your question has not reached the Headteacher yet: {why}. It is kept safe and I keep trying, and I'll "
            "tell you when it arrives; ask them in person if it can't wait. If it's about a child's safety, speak to "
            "the Designated Safeguarding Lead now.")


ARRIVED = "Your question has now reached the Headteacher."


def _asker(payload: Mapping[str, object]) -> str:
    return str(payload.get("user", ""))


async def held_up(session: AsyncSession, channels: Mapping[str, EscalationChannel], key: str,
                  payload: Mapping[str, object], exc: DeliveryError, waiting: timedelta, now: datetime) -> bool:
    """Tell the asker the question (outbox entry `key`) is held up, unless they know or cannot be reached; True if
    told now."""
    notice = f"{key}:held-up"
    if WAITS in payload or await notice_order.status(session, notice) is not None:
        return False
    asker = _asker(payload)
    if await destinations.reporter(session, channels, asker) is None:
        return False  # a Teams user policybot has no conversation with: nothing to deliver, nothing to record
    concerns.queue(session, now, notice, "notify", platform=asker.partition(":")[0],
                   payload={"user": asker, "text": held_up_text(reporter_told.plain_reason(exc, waiting)),
                            **notice_order.held_up(key)})
    log.warning("outbox: %s held up; its asker told", key)
    return True


async def got_through(session: AsyncSession, key: str, payload: Mapping[str, object], now: datetime) -> None:
    """The question delivered: tell the asker who was told it was held up, or that it waits for a channel."""
    notice, arrived = f"{key}:held-up", f"{key}:through"
    told = await notice_order.status(session, notice)
    if (told in ("delivered", "pending") or (told is None and WAITS in payload)) \
            and await notice_order.status(session, arrived) is None:
        asker = _asker(payload)
        concerns.queue(session, now, arrived, "notify", platform=asker.partition(":")[0],
                       payload={"user": asker, "text": ARRIVED,
                                **notice_order.arrival(notice if told is not None else None)})
