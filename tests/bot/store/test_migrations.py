"""The migrations build exactly the schema the models describe, and re-running them on start is harmless."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection

from bot.store.models import Base
from bot.store.store import Store


async def test_migrated_database_matches_the_models_and_reopens(db_url: str) -> None:
    store = await Store.open(db_url)
    await store.close()
    store = await Store.open(db_url)  # a restart migrates again: nothing to do, nothing lost

    def diff(connection: Connection) -> list[object]:
        return compare_metadata(MigrationContext.configure(connection), Base.metadata)

    async with store.engine.connect() as conn:
        assert await conn.run_sync(diff) == []
    assert await store.ping()
    await store.close()
