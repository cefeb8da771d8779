"""Engine tests talk to a real runtime on a real database file, with a fake escalation channel."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from alembic.runtime.migration import MigrationContext

from bot.config import Settings
from bot.messages import Button, IncomingMessage, Reply
from bot.policy_path import BUNDLED_POLICY
from bot.runtime import Runtime, open_runtime, running
from bot.store.database import head_revision, is_sqlite
from bot.store.models import Base
from bot.store.store import Store
from policy_kb.knowledge import KnowledgeBase
from tests.fakes.escalation_channel import FakeChannel

HEAD = "local:headteacher"
POSTGRES = os.environ.get("POLICYBOT_TEST_POSTGRES_URL")


def make_settings(db_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {"POLICYBOT_DATABASE_URL": db_url, "POLICYBOT_OUTBOX_RETRY_SECONDS": 0.01}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


async def reset_postgres(url: str, drop: bool = False) -> None:
    """Empty the database: where its schema is the newest (every test after a worker's first), each table emptied and
    its numbering restarted, as a database just migrated is; else, or with `drop` (tests of the migrations
    themselves), everything dropped. Dropping and migrating again took most of each PostgreSQL test's time."""
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url)
    async with engine.begin() as conn:
        heads = await conn.run_sync(lambda c: MigrationContext.configure(c).get_current_heads())
        if not drop and heads == (head_revision(),):
            tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
            await conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        else:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


_WORKER_DATABASES: dict[str, str] = {}


async def worker_database(url: str) -> str:
    """`url`, or with tests in parallel (pytest-xdist, `make test`) a database of this worker's own beside it
    ("policybot_test_gw0"), made the first time: each test empties its database first, and two workers sharing one
    emptied it under each other. The server's user needs CREATEDB (the CI's throwaway server's owner has it)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    if url not in _WORKER_DATABASES:
        from sqlalchemy import make_url, text
        from sqlalchemy.ext.asyncio import create_async_engine

        base = make_url(url)
        name = f"{base.database}_{worker}"
        engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
        async with engine.connect() as conn:
            if not await conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}):
                await conn.execute(text(f'CREATE DATABASE "{name}"'))
        await engine.dispose()
        _WORKER_DATABASES[url] = base.set(database=name).render_as_string(hide_password=False)
    return _WORKER_DATABASES[url]


@pytest.fixture(params=["sqlite", "postgresql"])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each storage-touching test runs on SQLite and, where CI provides one, on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path}/policybot.db"
    if not POSTGRES:
        pytest.skip("POLICYBOT_TEST_POSTGRES_URL not set")
    url = await worker_database(POSTGRES)
    await reset_postgres(url, drop=request.node.get_closest_marker("schema_dropped") is not None)
    return url


@dataclass
class Chat:
    """A transcript: say things and press buttons as one user, and look at what came back."""

    runtime: Runtime
    user: str = "local:alice"
    conversation: str = "local:alice"
    name: str = "Alice Teacher"
    replies: list[Reply] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)

    async def send(self, **kwargs: object) -> list[Reply]:
        msg = IncomingMessage(user=self.user, conversation=self.conversation, display_name=self.name,
                              extra=self.extra, **kwargs)  # type: ignore[arg-type]
        self.replies = await self.runtime.engine.handle(msg)
        return self.replies

    async def say(self, text: str, delivery_id: str | None = None) -> list[Reply]:
        return await self.send(text=text, delivery_id=delivery_id)

    async def press(self, action: str, value: str = "", **kwargs: object) -> list[Reply]:
        return await self.send(action=action, value=value, **kwargs)

    async def click(self, label: str) -> list[Reply]:
        """Press the button with this label (or starting with it) among the last replies."""
        button = self.button(label)
        return await self.press(button.action, button.value)

    def button(self, label: str) -> Button:
        for reply in self.replies:
            for button in reply.buttons:
                if button.label == label or button.label.startswith(label):
                    return button
        raise AssertionError(f"no button {label!r} in {[b.label for r in self.replies for b in r.buttons]}")

    @property
    def last(self) -> Reply:
        return self.replies[-1]

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.replies)

    def as_user(self, user: str, name: str = "") -> Chat:
        return Chat(self.runtime, user=user, conversation=user, name=name or user)


@pytest.fixture
def channel() -> FakeChannel:
    return FakeChannel()


@asynccontextmanager
async def started(db_url: str, channel: FakeChannel, admins: str, settle: float = 0.3,
                  **env: object) -> AsyncIterator[Runtime]:
    """One start of policybot on `db_url` (each a new runtime on the same database, as a restart is) with
    POLICYBOT_ADMINS `admins` and its outbox running; `settle` seconds given to its worker before it stops, so what a
    start queues late is sent (or not) by the time the test looks. For tests of what changes between starts."""
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=admins, **env), {channel.platform: channel})
    async with running(runtime):
        yield runtime
        await asyncio.sleep(settle)


_MIGRATED: set[Path] = set()


async def from_template(db_url: str, template: Path) -> str:
    """`db_url`, its SQLite file a copy of the session's migrated database: a runtime per test would otherwise migrate
    an empty file each time, most of a short test's own time. The migrations themselves are tested on empty
    databases (tests/bot/store), and the store still checks the copy's revision as it opens it."""
    if not is_sqlite(db_url):
        return db_url
    if template not in _MIGRATED:
        store = await Store.open(f"sqlite+aiosqlite:///{template}")
        await store.close()
        _MIGRATED.add(template)
    shutil.copyfile(template, db_url.removeprefix("sqlite+aiosqlite:///"))
    return db_url


def loaded(settings: Settings, bundled: KnowledgeBase) -> KnowledgeBase | None:
    """The session's bundled policy where `settings` name it (None, to be loaded, where they name another)."""
    return bundled if settings.policy == BUNDLED_POLICY else None


@pytest.fixture
async def runtime(db_url: str, channel: FakeChannel, migrated_template: Path,
                  bundled_kb: KnowledgeBase) -> AsyncIterator[Runtime]:
    settings = make_settings(await from_template(db_url, migrated_template))
    rt = await open_runtime(settings, {"local": channel}, loaded(settings, bundled_kb))
    async with running(rt):
        yield rt


@pytest.fixture
def chat(runtime: Runtime) -> Chat:
    return Chat(runtime)


@pytest.fixture
async def school(db_url: str, channel: FakeChannel, migrated_template: Path,
                 bundled_kb: KnowledgeBase) -> AsyncIterator[Runtime]:
    """A runtime whose outbox worker is not running: each test raises and delivers when it says, with its own now."""
    settings = make_settings(await from_template(db_url, migrated_template))
    rt = await open_runtime(settings, {"local": channel}, loaded(settings, bundled_kb))
    try:
        yield rt
    finally:
        await rt.store.close()


@pytest.fixture
def quiet(school: Runtime) -> Runtime:
    """The same, for tests whose drafts are touched on the real clock, whatever time of day they run at: quiet hours
    have tests of their own, with drafts touched at a fixed time."""
    school.outbox.quiet_hours = None
    return school
