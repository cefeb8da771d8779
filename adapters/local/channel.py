"""LocalChannel: the EscalationChannel for the local Headteacher inbox and for local users' notices.

The inbox reads concerns straight from the database, so posting an escalation only hands back a receipt;
a notice for a web or terminal user is a `Notice` row they see the next time they look.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.destinations import LOCAL_INBOX
from bot.escalation import DeliveryError, EscalationView, Receipt
from bot.store.models import Notice
from bot.store.store import Store, utcnow

log = logging.getLogger(__name__)


class LocalChannel:
    """Escalations and notices for the "local" platform.

    The runtime (and so the Store) is created at server start-up, after adapters mount; the channel is
    therefore given a zero-argument callable that returns the Store and calls it only when it delivers.
    """

    platform = "local"

    def __init__(self, store: Callable[[], Store]) -> None:
        self._store = store

    async def post(self, view: EscalationView, destination: str, key: str, retry: bool = False) -> Receipt:
        """The inbox shows every concern from the database: the receipt is all there is to record (idempotent). An
        admin's own chat, registered with "set escalation channel", is left a notice with the concern in it."""
        if destination != LOCAL_INBOX:
            await self.notify(destination, escalation_text(view), f"escalation:{key}", retry)
        return Receipt("local:" + view.reference)

    async def update(self, view: EscalationView, destination: str, receipt: Receipt) -> None:
        """Nothing to replace in the inbox, which always shows the concern's live state. An admin's own chat has no
        message to change, so it is left the concern as it now stands, once the report is finished or stopped (not
        at every answer of an URGENT report still being written) and at each change of who has it or its state; the
        key is the text's, so the same state never shows twice."""
        if destination == LOCAL_INBOX or view.writing:
            return
        text = "Update: " + escalation_text(view)
        digest = hashlib.sha256(text.encode()).hexdigest()[:32]
        await self.notify(destination, text, f"escalation-update:{view.reference}:{digest}")

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        """Leave a notice for a local user; a retried notify with the same key is already delivered."""
        try:
            async with self._store().transaction() as session:
                session.add(Notice(user=address, text=text, key=key, created_at=utcnow()))
        except IntegrityError:
            log.info("local notice %s already delivered", key)
        except SQLAlchemyError as exc:  # the database is busy or away: the outbox tries again later
            raise DeliveryError(f"local notice {key}: {type(exc).__name__}", retry_after=1.0) from exc


def escalation_text(view: EscalationView) -> str:
    """An escalation as a notice in an admin's own chat: the concern as the inbox would show it, and how to act."""
    rows = "\n".join(f"{label}: {value}" for label, value in view.summary)
    # view.text already names the kind, the reporter, the status and who has it: said once, as a sentence
    return (f"{view.text}\n{rows}\n"
            f"Type 'ack {view.reference}', 'take {view.reference}' or 'close {view.reference}', or 'open concerns'.")


async def take_notices(store: Store, user: str, limit: int = 50) -> list[str]:
    """A user's unseen notices, oldest first, marked seen so each shows once."""
    async with store.transaction() as session:
        rows = (await session.execute(
            select(Notice).where(Notice.user == user, Notice.seen_at.is_(None)).order_by(Notice.id).limit(limit)
        )).scalars().all()
        now = utcnow()
        for row in rows:
            row.seen_at = now
        return [row.text for row in rows]
