"""The store: one transaction per turn under the conversation's lock, and the queries around it."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.store.database import create_engine, is_sqlite, migrate, sessionmaker
from bot.store.models import Conversation, Delivery

if TYPE_CHECKING:
    from bot.config import Settings


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every one we store is UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def micros(moment: datetime) -> int:
    """A stored moment as a whole number of microseconds since the epoch, the same whether SQLite (naive) or
    PostgreSQL (aware) hands it back: for keys and names that must compare equal across both."""
    return round(aware(moment).timestamp() * 1_000_000)  # type: ignore[union-attr]


def from_micros(stamp: int) -> datetime:
    return datetime.fromtimestamp(stamp / 1_000_000, tz=UTC)


class DuplicateDelivery(Exception):
    """The platform re-sent an event this database has already handled."""


@dataclass
class Turn:
    """What one turn works on: its session (one transaction) and the conversation row, locked."""

    session: AsyncSession
    conversation: Conversation
    now: datetime
    settings: Settings  # the engine's, for what a turn says of where a concern goes
    delivery: Delivery | None = None  # the platform's event id as recorded with this turn, if it gave one


class Store:
    """Owns the database engine; every write happens inside `turn` or `transaction`."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine)
        # weak: a conversation's lock lives while a turn holds it, so the map never grows with every chat
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        self._sqlite = engine.dialect.name == "sqlite"

    @classmethod
    async def open(cls, url: str) -> Store:
        engine = create_engine(url)
        await migrate(engine)
        return cls(engine)

    async def close(self) -> None:
        await self.engine.dispose()

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return True
        except Exception:  # readiness is a yes/no; the reason is in the database's own logs
            return False

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def turn(self, conversation: str, platform: str, settings: Settings,
                   delivery_id: str | None = None) -> AsyncIterator[Turn]:
        """Lock the conversation, load it, yield it; commit on success, roll back on any error. `settings` are
        required, so no turn can say where a concern went without knowing where concerns can go.

        Loading happens after the lock, so two quick messages never both read the old step. A delivery id
        seen before raises DuplicateDelivery and changes nothing.
        """
        lock = self._locks.get(conversation)
        if lock is None:
            lock = self._locks[conversation] = asyncio.Lock()
        async with lock, self.sessions() as session, session.begin():
            now = utcnow()
            delivery = Delivery(delivery_id=delivery_id, seen_at=now) if delivery_id else None
            if delivery is not None:
                session.add(delivery)
                try:
                    await session.flush()
                except IntegrityError as exc:
                    raise DuplicateDelivery(delivery_id) from exc
            convo = await self._load_for_update(session, conversation, platform, now)
            yield Turn(session=session, conversation=convo, now=now, delivery=delivery, settings=settings)
            convo.updated_at = now

    async def sent_by(self, delivery_id: str | None) -> str | None:
        """The reference of the report a delivery already handled sent (or whose URGENT alert it raised), if any."""
        if not delivery_id:
            return None
        async with self.transaction() as session:
            delivery = await session.get(Delivery, delivery_id)
            return delivery.reference if delivery is not None else None

    async def _load_for_update(self, session: AsyncSession, key: str, platform: str, now: datetime) -> Conversation:
        query = select(Conversation).where(Conversation.key == key)
        if not self._sqlite:  # SQLite's BEGIN IMMEDIATE already holds the only write lock
            query = query.with_for_update()
        convo = (await session.execute(query)).scalar_one_or_none()
        if convo is None:
            convo = Conversation(key=key, platform=platform, draft={}, updated_at=now)
            try:
                async with session.begin_nested():
                    session.add(convo)
                    await session.flush()
            except IntegrityError:  # another process created it first: take its row, locked
                convo = (await session.execute(query)).scalar_one()
        return convo


async def open_store(url: str) -> Store:
    """Open (and migrate) the database at `url`."""
    return await Store.open(url)


__all__ = ["DuplicateDelivery", "Store", "Turn", "aware", "is_sqlite", "open_store", "utcnow"]
