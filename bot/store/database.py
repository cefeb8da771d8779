"""Opening the database: an async SQLAlchemy engine, SQLite tuned for safety, migrations applied on start."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, event
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, async_sessionmaker, create_async_engine
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
        # Safeguarding words deleted (a cancelled report deleted, an answer replaced) are overwritten with zeros, not
        # left in free pages of the file for anyone with a copy of it to read
        cursor.execute("PRAGMA secure_delete=ON")
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


@functools.cache
def head_revision() -> str | None:
    """The newest migration's revision, read from the scripts once per process."""
    return ScriptDirectory.from_config(alembic_config("")).get_current_head()


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema to `revision`, the newest by default (idempotent; run at every start)."""
    url = engine.url.render_as_string(hide_password=False)

    def upgrade(connection: Connection) -> None:
        # A database already at the newest revision (every start but the first after an update) is left as it is
        # without Alembic loading and running every migration script to find nothing to do: that was most of the
        # cost of opening the store.
        if revision == "head" and MigrationContext.configure(connection).get_current_heads() == (head_revision(),):
            return
        cfg = alembic_config(url)
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)

    async with migration_connection(engine) as conn:
        await conn.run_sync(upgrade)


@asynccontextmanager
async def migration_connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A connection in a transaction for migrations to run on; committed if they succeed.

    SQLite alters a table by copying it to a new one and dropping the old, and dropping a table others refer to
    (concerns, which the audit trail and the outbox point at) fails while foreign keys are enforced; the pragma
    turning them off is ignored inside a transaction, so it is set before, and the references are checked before
    the commit instead, as SQLite's own procedure for altering a table has it.
    """
    if engine.dialect.name != "sqlite":
        async with engine.begin() as conn:
            yield conn
        return
    async with engine.connect() as conn:
        sqlite = (await conn.get_raw_connection()).driver_connection
        await _foreign_keys(sqlite, "OFF")
        try:
            async with conn.begin():
                before = await _dangling(conn)
                yield conn
                if added := await _dangling(conn) - before:
                    raise RuntimeError(f"a migration left {min(added)[0]} referring to rows that are not there")
        finally:
            await _foreign_keys(sqlite, "ON")


async def _dangling(conn: AsyncConnection) -> set[tuple[Any, ...]]:
    """Rows referring to one that is not there. Those already so before (a concern deleted by hand, its trail left)
    are not the migration's doing, and must not stop the server starting."""
    return {tuple(row) for row in await conn.exec_driver_sql("PRAGMA foreign_key_check")}


async def _foreign_keys(connection: aiosqlite.Connection, setting: str) -> None:
    async with connection.execute(f"PRAGMA foreign_keys={setting}"):
        pass
