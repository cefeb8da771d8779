"""A loopback fake of the Bot Connector REST API (what Teams' serviceUrl points at), recording every call.

It keeps what a person would see: the activities in each conversation, updated in place by PUT; like Teams, it
refuses (413) an activity over the message size limit. Tests can
make the next N calls of a kind answer 429 or 503 with Retry-After, or 500, hang until the test ends, or "lose"
(store the activity, then never answer: the ambiguous case). It can also refuse to open personal chats,
and serve OpenID metadata and signing keys, so token validation never leaves loopback.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

KINDS = ("send", "reply", "update", "create", "openid", "keys")
MAX_ACTIVITY_BYTES = 28_000  # Teams answers 413 MessageSizeTooBig above this, counting the activity in UTF-16


@dataclass
class Call:
    """One request: its kind (see KINDS), conversation and activity ids from the path, body and headers."""

    kind: str
    conversation: str
    activity_id: str
    body: dict[str, Any]
    headers: dict[str, str]

    @property
    def card(self) -> dict[str, Any]:
        """The first Adaptive Card in the activity ({} if none)."""
        for item in self.body.get("attachments") or ():
            if item.get("contentType") == "application/vnd.microsoft.card.adaptive":
                return item.get("content") or {}
        return {}

    @property
    def words(self) -> str:
        """Everything a person would read: text plus every text, title and value in the card."""
        return self.body.get("text", "") + "\n" + "\n".join(_strings(self.card))

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """The card's Action.Submit data, in order, top-level actions and action sets alike."""
        return [a.get("data", {}) for a in _actions(self.card)]

    def button(self, title: str) -> dict[str, Any] | None:
        """The data of the first button whose title starts with `title`, as pressing it would send."""
        return next((a.get("data", {}) for a in _actions(self.card) if a.get("title", "").startswith(title)), None)

    @property
    def inputs(self) -> dict[str, dict[str, Any]]:
        """The card's inputs by id."""
        return {i["id"]: i for i in _inputs(self.card)}


@dataclass
class Fault:
    kinds: frozenset[str] | None
    remaining: int
    kind: str  # "429" | "503" (both with Retry-After) | "500" | "403" (the bot removed from the team) | "hang" | "lose"
    retry_after: str = "1"
    conversation: str | None = None  # only calls into this conversation (None: any)


@dataclass
class FakeConnector:
    """State and controls; `url` is the serviceUrl activities should name."""

    calls: list[Call] = field(default_factory=list)
    conversations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    refuse_personal: set[str] = field(default_factory=set)
    jwks: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _release: asyncio.Event = field(default_factory=asyncio.Event)

    def fail_next(self, count: int, kind: str, *kinds: str, retry_after: str = "1",
                  conversation: str | None = None) -> None:
        """Make the next `count` calls (of `kinds`, or of any kind; into `conversation`, or any) fail as `kind`."""
        self.faults.append(Fault(frozenset(kinds) or None, count, kind, retry_after, conversation))

    def release_hung(self) -> None:
        """Let every hung call finish (with 504)."""
        self._release.set()

    def of(self, kind: str, where: Callable[[Call], bool] | None = None) -> list[Call]:
        return [c for c in self.calls if c.kind == kind and (where is None or where(c))]

    async def wait_for(self, kind: str, where: Callable[[Call], bool] | None = None, count: int = 1,
                       within: float = 10.0) -> list[Call]:
        """Wait until at least `count` matching calls have arrived (at most `within` seconds); returns them all."""
        async with asyncio.timeout(within):
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.of(kind, where)) >= count)
        return self.of(kind, where)

    def messages(self, conversation: str) -> list[dict[str, Any]]:
        """The activities now in a conversation, as last posted or updated."""
        return self.conversations.get(conversation, [])

    # -- the server -------------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v3/conversations", self._create)
        app.router.add_post("/v3/conversations/{conversation}/activities", self._send)
        app.router.add_post("/v3/conversations/{conversation}/activities/{activity}", self._send)
        app.router.add_put("/v3/conversations/{conversation}/activities/{activity}", self._update)
        app.router.add_get("/openid", self._openid)
        app.router.add_get("/keys", self._keys)
        return app

    async def _record(self, kind: str, request: web.Request, body: dict[str, Any]) -> Fault | None:
        async with self._changed:
            self.calls.append(Call(kind, request.match_info.get("conversation", ""),
                                   request.match_info.get("activity", ""), body, dict(request.headers)))
            self._changed.notify_all()
        conversation = request.match_info.get("conversation", "")
        for fault in self.faults:
            if fault.remaining > 0 and (fault.kinds is None or kind in fault.kinds) and (
                    fault.conversation in (None, conversation)):
                fault.remaining -= 1
                return fault
        return None

    async def _failure(self, fault: Fault | None, body: dict[str, Any] | None = None) -> web.Response | None:
        if body is not None and len(json.dumps(body, ensure_ascii=False).encode("utf-16-le")) > MAX_ACTIVITY_BYTES:
            return web.json_response({"error": {"code": "MessageSizeTooBig", "message": "too big"}}, status=413)
        if fault is None or fault.kind == "lose":
            return None
        if fault.kind in ("429", "503"):
            return web.json_response({"error": {"code": "Throttled", "message": "slow down"}}, status=int(fault.kind),
                                     headers={"Retry-After": fault.retry_after})
        if fault.kind == "500":
            return web.json_response({"error": {"code": "ServiceError", "message": "boom"}}, status=500)
        if fault.kind == "403":
            return web.json_response({"error": {"code": "BotNotInConversationRoster", "message": "not a member"}},
                                     status=403)
        await self._release.wait()  # "hang": never processed
        return web.Response(status=504)

    async def _send(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        kind = "reply" if request.match_info.get("activity") else "send"
        fault = await self._record(kind, request, body)
        if (failed := await self._failure(fault, body)) is not None:
            return failed
        activity_id = f"act-{next(self._ids)}"
        stored = dict(body, id=activity_id)
        if request.match_info.get("activity"):
            stored["replyToId"] = request.match_info["activity"]
        self.conversations.setdefault(request.match_info["conversation"], []).append(stored)
        if fault is not None and fault.kind == "lose":  # stored, but the caller never hears back
            await self._release.wait()
        return web.json_response({"id": activity_id}, status=201)

    async def _update(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        fault = await self._record("update", request, body)
        if (failed := await self._failure(fault, body)) is not None:
            return failed
        for stored in self.conversations.get(request.match_info["conversation"], []):
            if stored["id"] == request.match_info["activity"]:
                stored.clear()
                stored.update(body, id=request.match_info["activity"])
                return web.json_response({"id": stored["id"]})
        return web.json_response({"error": {"code": "NotFound", "message": "no such activity"}}, status=404)

    async def _create(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        fault = await self._record("create", request, body)
        if (failed := await self._failure(fault)) is not None:
            return failed
        member = ((body.get("members") or [{}])[0] or {}).get("id", "")
        if not member or member in self.refuse_personal:
            return web.json_response({"error": {"code": "Forbidden", "message": "bot not installed"}}, status=403)
        return web.json_response({"id": personal_conversation(member)}, status=201)

    async def _openid(self, request: web.Request) -> web.Response:
        await self._record("openid", request, {})
        return web.json_response({"issuer": "https://api.botframework.com", "jwks_uri": f"{self.url}/keys"})

    async def _keys(self, request: web.Request) -> web.Response:
        if (failed := await self._failure(await self._record("keys", request, {}))) is not None:
            return failed
        return web.json_response({"keys": self.jwks})


def personal_conversation(member_id: str) -> str:
    """The id the fake gives the bot's one-to-one chat with a member."""
    return f"a:personal-{member_id}"


def _strings(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [v for k, v in node.items() if k in ("text", "title", "value", "label") and isinstance(v, str)]
        return found + [s for k, v in node.items() if k != "data" for s in _strings(v)]
    if isinstance(node, list):
        return [s for child in node for s in _strings(child)]
    return []


def _actions(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if node.get("type") == "Action.Submit" else []
        return own + [a for k, v in node.items() if k != "data" for a in _actions(v)]
    if isinstance(node, list):
        return [a for child in node for a in _actions(child)]
    return []


def _inputs(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if str(node.get("type", "")).startswith("Input.") else []
        return own + [i for v in node.values() for i in _inputs(v)]
    if isinstance(node, list):
        return [i for child in node for i in _inputs(child)]
    return []


class running_connector:  # lower case: used as `async with running_connector() as fake`, like a function
    """Start the fake on 127.0.0.1 at a free port for the length of a test."""

    def __init__(self) -> None:
        self.fake = FakeConnector()
        self._runner: web.AppRunner | None = None

    async def __aenter__(self) -> FakeConnector:
        self._runner = web.AppRunner(self.fake.app(), handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.fake.url = f"http://127.0.0.1:{port}"
        return self.fake

    async def __aexit__(self, *exc: object) -> None:
        self.fake._release.set()
        assert self._runner is not None
        await self._runner.cleanup()
