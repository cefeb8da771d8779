"""Opening the database: an async SQLAlchemy engine, SQLite tuned for safety, migrations applied on start."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiosqlite
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.ext.asyncio import AsyncSession as AsyncSession

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def create_engine(url: str) -> AsyncEngine:
    """An engine for `url`; on SQLite, WAL and one writer at a time across processes."""
    # hide_parameters: an error's text would otherwise quote the row being written, a report's words included.
    if is_sqlite(url):
        engine = create_async_engine(url, connect_args={"timeout": 30, "async_creator_fn": _connect_sqlite},
                                     hide_parameters=True)
        _tune_sqlite(engine)
        return engine
    return create_async_engine(url, pool_pre_ping=True, hide_parameters=True)


async def _connect_sqlite(*args: Any, **kwargs: Any) -> aiosqlite.Connection:
    """aiosqlite.connect (with the arguments SQLAlchemy made from the URL), its thread finished if it fails to open.

    A connection that fails to open (the database file away, unreadable) has aiosqlite queue its thread's stop with
    a future nobody awaits; the thread answers it on this event loop later, and if the loop has closed by then (a
    CLI command's asyncio.run returning, a server stopping, a test ending) the thread dies with "RuntimeError: Event
    loop is closed". Waiting for the thread here means the error is raised only once nothing is left to answer.
    """
    connection = aiosqlite.connect(*args, **kwargs)
    connection._thread.daemon = True  # as SQLAlchemy's own connect does: one never closed must not hold up exit
    try:
        return await connection
    except BaseException:
        if connection._thread.ident is not None:  # started (it is, unless starting a thread failed)
            await asyncio.to_thread(connection._thread.join)
        raise


def _tune_sqlite(engine: AsyncEngine) -> None:
    # pysqlite's own transaction handling defers BEGIN until the first write, so two turns could both read
    # the old step; taking the write lock with BEGIN IMMEDIATE serialises whole turns, even across processes.
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema to `revision`, the newest by default (idempotent; run at every start)."""
    url = engine.url.render_as_string(hide_password=False)

    def upgrade(connection: Connection) -> None:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)

    async with engine.begin() as conn:
        await conn.run_sync(upgrade)
