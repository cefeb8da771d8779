"""The real server (app.py `build_app`) on loopback, driven with signed Slack requests, talking to a fake Slack."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer
from slack_sdk.signature import SignatureVerifier

from app import build_app
from bot.config import Settings
from tests.fakes.slack_api import TEAM, Call, FakeSlack, running_fake

SECRET = "test-signing-secret"
HEAD = "U0HEAD"  # the Headteacher, an admin
TEACHER = "U0TEACH"
HEAD_CHANNEL = "C0HEAD"
STAFF_CHANNEL = "C0STAFF"
TEACHER_DM = "D0TEACH"


@dataclass
class SlackDriver:
    """Sends what Slack would send, signed; `fake` holds what policybot sent back to Slack."""

    client: TestClient
    fake: FakeSlack
    secret: str = SECRET
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def next_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):05d}"

    async def post(self, body: str, content_type: str, headers: dict[str, str] | None = None,
                   timestamp: str | None = None, signature: str | None = None) -> ClientResponse:
        ts = timestamp if timestamp is not None else str(int(time.time()))
        sig = signature if signature is not None else SignatureVerifier(self.secret).generate_signature(
            timestamp=ts, body=body)
        sent = {"Content-Type": content_type, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig}
        return await self.client.post("/slack/events", data=body.encode(), headers={**sent, **(headers or {})})

    async def event(self, event: dict[str, Any], event_id: str | None = None,
                    retry_num: int | None = None) -> ClientResponse:
        envelope = {"token": "legacy", "team_id": TEAM, "api_app_id": "A0POLICY", "type": "event_callback",
                    "event": event, "event_id": event_id or self.next_id("Ev"), "event_time": int(time.time()),
                    "authorizations": [{"team_id": TEAM, "user_id": "UBOT", "is_bot": True}]}
        headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"} if retry_num else None
        return await self.post(json.dumps(envelope), "application/json", headers)

    async def dm(self, text: str, user: str = TEACHER, channel: str = TEACHER_DM,
                 event_id: str | None = None, retry_num: int | None = None) -> ClientResponse:
        event = {"type": "message", "channel_type": "im", "channel": channel, "user": user, "text": text,
                 "ts": f"{time.time():.6f}"}
        return await self.event(event, event_id, retry_num)

    async def mention(self, text: str, user: str = TEACHER, channel: str = STAFF_CHANNEL,
                      ts: str = "1700000100.000100") -> ClientResponse:
        event = {"type": "app_mention", "channel": channel, "user": user, "text": f"<@UBOT> {text}", "ts": ts}
        return await self.event(event)

    async def form(self, fields: dict[str, str]) -> ClientResponse:
        return await self.post(urlencode(fields), "application/x-www-form-urlencoded")

    async def command(self, text: str, user: str = TEACHER, channel: str = STAFF_CHANNEL,
                      response_url: str | None = None) -> ClientResponse:
        return await self.form({
            "token": "legacy", "team_id": TEAM, "team_domain": "longton", "channel_id": channel,
            "channel_name": "staffroom", "user_id": user, "user_name": "teacher", "command": "/policy",
            "text": text, "response_url": response_url or self.fake.response_url(self.next_id("cmd")),
            "trigger_id": self.next_id("trig."), "api_app_id": "A0POLICY"})

    async def interact(self, payload: dict[str, Any]) -> ClientResponse:
        base = {"token": "legacy", "api_app_id": "A0POLICY", "team": {"id": TEAM, "domain": "longton"},
                "trigger_id": self.next_id("trig.")}
        return await self.form({"payload": json.dumps({**base, **payload})})

    async def press(self, call: Call, label: str, user: str = TEACHER) -> ClientResponse:
        """Press the button labelled `label` in a message policybot sent (the call that sent it)."""
        element = find_button(call.args.get("blocks") or [], label)
        channel = call.args.get("channel", "")
        ephemeral = call.method in ("chat.postEphemeral", "response_url")
        message_ts = call.args.get("ts") or call.result.get("ts") or "1700000000.000001"
        payload: dict[str, Any] = {
            "type": "block_actions", "user": {"id": user, "username": user.lower(), "name": user.lower()},
            "container": {"type": "message", "message_ts": message_ts, "channel_id": channel,
                          "is_ephemeral": ephemeral},
            "actions": [{"type": "button", "action_id": element["action_id"], "block_id": "b",
                         "value": element.get("value", ""), "text": element["text"],
                         "action_ts": f"{time.time():.6f}"}],
            "response_url": self.fake.response_url(self.next_id("act")),
        }
        if channel:
            payload["channel"] = {"id": channel, "name": "somewhere"}
            payload["message"] = {"ts": message_ts, "text": call.args.get("text", ""),
                                  **({"thread_ts": call.args["thread_ts"]} if call.args.get("thread_ts") else {})}
        return await self.interact(payload)

    async def submit(self, opened: Call, values: dict[str, str], user: str = TEACHER) -> ClientResponse:
        """Fill in and submit the modal that `opened` (a views.open call) showed."""
        view = opened.args["view"]
        state: dict[str, Any] = {}
        for block in view["blocks"]:
            if block["type"] != "input":
                continue
            element = block["element"]
            value = values.get(block["block_id"], "")
            if element["type"] == "plain_text_input":
                entry: dict[str, Any] = {"type": "plain_text_input", "value": value or None}
            else:
                option = next((o for o in element["options"] if o["value"] == value), None)
                entry = {"type": element["type"], "selected_option": option}
            state[block["block_id"]] = {element["action_id"]: entry}
        payload = {"type": "view_submission", "user": {"id": user, "username": "teacher", "name": "teacher"},
                   "view": {"id": "V0MODAL", "type": "modal", "callback_id": view["callback_id"],
                            "private_metadata": view.get("private_metadata", ""), "hash": "h1",
                            "state": {"values": state}}}
        return await self.interact(payload)


def find_button(blocks: list[dict[str, Any]], label: str) -> dict[str, Any]:
    """The button whose label is `label`, or failing that the first that starts with it."""
    found = [e for b in blocks if b.get("type") == "actions" for e in b["elements"] if e.get("type") == "button"]
    for match in (lambda t: t == label.lower(), lambda t: t.startswith(label.lower())):
        for element in found:
            if match(element["text"]["text"].lower()):
                return element
    raise AssertionError(f"no button {label!r} in {json.dumps(blocks)[:500]}")


def slack_settings(tmp_path: Path, fake: FakeSlack, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "POLICYBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/t.db",
        "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": fake.url,
        "SLACK_HEADTEACHER_CHANNEL": HEAD_CHANNEL, "POLICYBOT_ADMINS": f"slack:{HEAD}",
        "POLICYBOT_OUTBOX_RETRY_SECONDS": 0.05,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    async with running_fake() as started:
        yield started


StartSlack = Callable[..., Awaitable[SlackDriver]]


@pytest.fixture
async def start_slack(tmp_path: Path, fake: FakeSlack) -> AsyncIterator[StartSlack]:
    """Start the real server with Slack settings (overridable), return a driver for it."""
    started: list[TestClient] = []

    async def start(**overrides: Any) -> SlackDriver:
        server = TestServer(build_app(slack_settings(tmp_path, fake, **overrides)), host="127.0.0.1")
        client = TestClient(server)
        await client.start_server()
        started.append(client)
        return SlackDriver(client, fake)

    yield start
    for client in started:
        await client.close()


@pytest.fixture
async def slack(start_slack: StartSlack) -> SlackDriver:
    return await start_slack()
