"""Teams tests drive the real server over HTTP with Bot Framework activity JSON; replies land in a loopback
fake of the Bot Connector that each activity names as its serviceUrl."""

from __future__ import annotations

import itertools
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient, TestServer

from app import build_app
from bot.config import Settings
from bot.runtime import CHANNELS, RUNTIME
from tests.fakes.bot_connector import Call, FakeConnector, personal_conversation, running_connector

BOT = {"id": "28:policybot-app-id", "name": "policybot"}
TEACHER = {"id": "29:teacher-id", "name": "Tess Teacher", "aadObjectId": "aad-teacher"}
HEAD = {"id": "29:head-id", "name": "Helen Head", "aadObjectId": "aad-head"}
TENANT = "tenant-longton"
TEACHER_CHAT = "a:teacher-chat"
HEAD_CHAT = "a:head-chat"
STAFFROOM = "19:staffroom@thread.tacv2"
SAFEGUARDING = "19:safeguarding@thread.tacv2"
ACTIVITY_IDS = itertools.count(1000)  # shared: Teams never reuses an id, even across a restart or another worker


def settings_for(tmp_path: Path, **overrides: object) -> Settings:
    """Anonymous Teams on loopback, nothing else enabled, no .env or stray environment leaking in."""
    values: dict[str, object] = {
        "POLICYBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/t.db",
        "HOST": "127.0.0.1",
        "POLICYBOT_TEAMS_ANONYMOUS": True,
        "POLICYBOT_ADMINS": "teams:aad-head",
        "POLICYBOT_OUTBOX_RETRY_SECONDS": 0.05,
        "MICROSOFT_APP_ID": "",
        "MICROSOFT_APP_PASSWORD": "",
        "SLACK_BOT_TOKEN": "",
        "SLACK_SIGNING_SECRET": "",
        "SLACK_HEADTEACHER_CHANNEL": "",
        "TEAMS_HEADTEACHER_CONVERSATION": "",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@dataclass
class TeamsHarness:
    """Sends activities to the real server as Teams would, and reads what reached the fake connector."""

    client: TestClient
    fake: FakeConnector
    app: web.Application
    ids: itertools.count = field(default_factory=lambda: ACTIVITY_IDS)

    def activity(self, text: str = "", *, user: dict[str, Any] = TEACHER, conversation: str = TEACHER_CHAT,
                 kind: str = "personal", value: dict[str, Any] | None = None, reply_to: str | None = None,
                 activity_id: str | None = None, **more: Any) -> dict[str, Any]:
        convo: dict[str, Any] = {"id": conversation, "conversationType": kind, "tenantId": TENANT}
        if kind != "personal":
            convo["isGroup"] = True
        body: dict[str, Any] = {
            "type": "message", "id": activity_id or str(next(self.ids)), "channelId": "msteams",
            "serviceUrl": self.fake.url, "from": user, "recipient": BOT, "conversation": convo,
            "text": text, "textFormat": "plain", "channelData": {"tenant": {"id": TENANT}}, "locale": "en-GB",
        }
        if value is not None:
            body["value"] = value
        if reply_to:
            body["replyToId"] = reply_to
        body.update(more)
        return body

    async def post(self, body: Any, headers: dict[str, str] | None = None) -> ClientResponse:
        data = body if isinstance(body, bytes | str) else json.dumps(body)
        sent = {"Content-Type": "application/json", **(headers or {})}
        response = await self.client.post("/api/messages", data=data, headers=sent)
        await response.read()
        return response

    async def say(self, text: str, **kw: Any) -> list[Call]:
        """Send a message; return the turn's own replies: into that conversation or the sender's private chat.

        The outbox runs alongside the turn, so its escalations and notices (marked with a policybot key, or in
        another conversation) may land in the same window; tests wait for those with `fake.wait_for` instead.
        Anything in the conversation's channel counts as the turn's, so a leak out of a thread still shows.
        """
        body = self.activity(text, **kw)
        own = {root(body["conversation"]["id"]), personal_conversation(body["from"]["id"])}
        before = len(self.fake.calls)
        response = await self.post(body)
        assert response.status == 201, await response.text()
        return [c for c in self.fake.calls[before:] if c.kind in ("send", "reply", "update")
                and root(c.conversation) in own and "policybot" not in (c.body.get("channelData") or {})]

    async def press(self, data: dict[str, Any], **kw: Any) -> list[Call]:
        """Press a card button (or submit a card form) whose data is `data`."""
        return await self.say("", value=data, **kw)

    async def mention(self, text: str, thread: str = "1700000000001", **kw: Any) -> list[Call]:
        """@mention the bot in a channel thread, as Teams sends it."""
        at = f"<at>{BOT['name']}</at>"
        entity = {"type": "mention", "text": at, "mentioned": {"id": BOT["id"], "name": BOT["name"]}}
        kw.setdefault("conversation", f"{STAFFROOM};messageid={thread}")
        return await self.say(f"{at} {text}", kind="channel", entities=[entity], **kw)

    async def db_rows(self, sql: str) -> list[tuple[Any, ...]]:
        from sqlalchemy import text

        async with self.app[RUNTIME].store.transaction() as session:
            return [tuple(row) for row in (await session.execute(text(sql))).all()]


def root(conversation: str) -> str:
    """A channel thread's channel (anything else is itself)."""
    return conversation.split(";messageid=", 1)[0]


def button(replies: list[Call], title: str) -> dict[str, Any]:
    """The data of the button titled `title` (a prefix) in the latest reply that has one."""
    for call in reversed(replies):
        if (data := call.button(title)) is not None:
            return data
    raise AssertionError(f"no button {title!r} in {[c.words for c in replies]}")


def reference(conversation: str, kind: str, service_url: str) -> str:
    """A ConversationReference as TEAMS_HEADTEACHER_CONVERSATION holds it."""
    return json.dumps({"serviceUrl": service_url, "channelId": "msteams", "bot": BOT,
                       "conversation": {"id": conversation, "conversationType": kind, "tenantId": TENANT}})


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A safety net: any lookup of a host that is not loopback fails the test instead of reaching the internet."""
    real = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in (None, "127.0.0.1", "::1", "localhost", b"127.0.0.1", b"localhost"):
            raise AssertionError(f"a Teams test tried to reach {host!r}")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)


@pytest.fixture
async def fake() -> AsyncIterator[FakeConnector]:
    async with running_connector() as connector:
        yield connector


@pytest.fixture
def make_teams(tmp_path: Path, fake: FakeConnector):
    """Build and serve the real app with the given setting overrides; use as `async with make_teams() as t`."""
    import contextlib

    @contextlib.asynccontextmanager
    async def start(send_timeout: float = 1.0, **overrides: object) -> AsyncIterator[TeamsHarness]:
        app = build_app(settings_for(tmp_path, **overrides))
        app[CHANNELS]["teams"].connector.timeout = send_timeout  # a hung connector fails fast in tests
        async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as client:
            yield TeamsHarness(client, fake, app)

    return start


@pytest.fixture
async def teams(make_teams) -> AsyncIterator[TeamsHarness]:
    async with make_teams() as harness:
        yield harness
