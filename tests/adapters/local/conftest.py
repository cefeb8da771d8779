"""The local adapters are tested through the real server (build_app) on 127.0.0.1, each test on its own database."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from app import build_app
from bot.config import Settings
from bot.runtime import RUNTIME
from bot.store.models import Concern, ConcernEvent, Conversation, Notice, User

T = TypeVar("T")


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    """Settings for one test: its own SQLite file, quick outbox retries, never a developer's .env."""
    values: dict[str, object] = {"POLICYBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/t.db",
                                 "POLICYBOT_OUTBOX_RETRY_SECONDS": 0.01, "HOST": "127.0.0.1"}
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@asynccontextmanager
async def serve(settings: Settings) -> AsyncIterator[TestClient]:
    """The whole server from app.py, listening on 127.0.0.1 (a free port), with a client for it."""
    client = TestClient(TestServer(build_app(settings), host="127.0.0.1"))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[TestClient]:
    async with serve(make_settings(tmp_path)) as c:
        yield c


async def eventually(probe: Callable[[], Awaitable[T | None]], within: float = 10.0) -> T:
    """Wait until `probe` returns something (the outbox delivering, a page updating), or fail after `within` s."""
    async with asyncio.timeout(within):
        while True:
            if (found := await probe()) is not None:
                return found
            await asyncio.sleep(0.02)


@dataclass
class WebChat:
    """One person using the chat page: what they send is exactly what the page's script sends."""

    client: TestClient
    name: str = "Alice Teacher"
    replies: list[dict[str, Any]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    async def post(self, **body: object) -> dict[str, Any]:
        payload = {"user": self.name, "text": "", "action": None, "value": "", "form": None,
                   "id": uuid.uuid4().hex, **body}
        response = await self.client.post("/api/chat", json=payload)
        assert response.status == 200, await response.text()
        data = await response.json()
        self.replies = data["replies"]
        self.notices += data["notices"]
        return data

    async def say(self, text: str) -> list[dict[str, Any]]:
        await self.post(text=text)
        return self.replies

    async def press(self, label: str) -> list[dict[str, Any]]:
        button = self.button(label)
        await self.post(action=button["action"], value=button["value"])
        return self.replies

    async def submit(self, **values: str) -> list[dict[str, Any]]:
        """Fill in the form shown last (keeping what it already holds) and send it, as the page does."""
        form = self.form
        fields = {f["name"]: f["value"] for f in form["fields"]} | values | {"_context": form["context"]}
        await self.post(action=form["submit_action"], form=fields)
        return self.replies

    def button(self, label: str) -> dict[str, Any]:
        for reply in self.replies:
            for button in reply["buttons"]:
                if button["label"] == label or button["label"].startswith(label):
                    return button
        raise AssertionError(f"no button {label!r} in {[b['label'] for r in self.replies for b in r['buttons']]}")

    @property
    def form(self) -> dict[str, Any]:
        forms = [r["form"] for r in self.replies if r["form"]]
        assert forms, f"no form in {self.text!r}"
        return forms[-1]

    @property
    def text(self) -> str:
        return "\n".join(r["text"] for r in self.replies)

    async def wait_for_notice(self, words: str) -> str:
        """Poll for notices as the page does, until one contains `words`."""
        async def probe() -> str | None:
            response = await self.client.get("/api/chat/notices", params={"user": self.name})
            self.notices += (await response.json())["notices"]
            return next((n for n in self.notices if words in n), None)

        return await eventually(probe)


async def snapshot(client: TestClient) -> dict[str, Any]:
    """Everything a user could notice changing: concerns, their trails, conversation steps, users, notices."""
    async with client.app[RUNTIME].store.transaction() as s:
        return {
            "concerns": [(c.reference, c.status, c.urgent, dict(c.fields)) for c in
                         (await s.execute(select(Concern).order_by(Concern.id))).scalars()],
            "events": len((await s.execute(select(ConcernEvent))).scalars().all()),
            "conversations": [(c.key, c.flow, c.step, dict(c.draft or {})) for c in
                              (await s.execute(select(Conversation).order_by(Conversation.key))).scalars()],
            "users": sorted(u.key for u in (await s.execute(select(User))).scalars()),
            "notices": len((await s.execute(select(Notice))).scalars().all()),
        }
