"""Alembic environment: runs on the connection policybot hands it, or opens one from the URL."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import Connection

from bot.store.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def _run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from bot.store.database import create_engine, migration_connection

    async def run_async() -> None:
        engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
        async with migration_connection(engine) as conn:
            await conn.run_sync(_run)
        await engine.dispose()

    asyncio.run(run_async())


if context.is_offline_mode():
    context.configure(url=context.config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    _run_online()
