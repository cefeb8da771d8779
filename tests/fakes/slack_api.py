"""A loopback fake of the Slack Web API (and of response_url), recording every call it receives.

It keeps just enough state to behave like Slack for policybot: messages posted per channel (with their
metadata, for conversations.history), DM channels for users, views. Tests can make the next N calls to
a method answer 429 with Retry-After, 500 with an HTML page, `ok: false` with an error, or hang; or
process a call and then lose its response, the case the escalation re-send guard exists for, or answer it only after
`slow_seconds` (a client that gives up sooner has sent it, and never learns so).
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

BOT_USER = "UBOT"
PEOPLE = {"U0TEACH": "Jo Teacher", "U0HEAD": "Sam Head", "U0OTHER": "Alex Other"}
TEAM = "T0SCHOOL"


@dataclass
class Call:
    """One request the fake received: the API method (or "response_url") and its arguments."""

    method: str
    args: dict[str, Any]
    headers: dict[str, str]
    result: dict[str, Any] = field(default_factory=dict)  # what the fake answered, e.g. the posted message's ts
    url_name: str = ""  # for "response_url": which one (each slash command or button press has its own)

    def text_and_blocks(self) -> str:
        """Everything a person would read in the message: fallback text and block texts, joined."""
        return self.args.get("text", "") + "\n" + json.dumps(self.args.get("blocks", []), ensure_ascii=False)


@dataclass
class Fault:
    methods: frozenset[str] | None  # None: any method
    remaining: int
    kind: str  # "429" | "500" | "error" | "hang" | "lose" | "slow"
    retry_after: str = "0"
    error: str = "ratelimited"
    channel: str | None = None  # only calls to this channel (user ids count as their DM)


@dataclass
class FakeSlack:
    """The fake's state and controls; `url` is what SLACK_API_URL should be set to."""

    calls: list[Call] = field(default_factory=list)
    channels: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    missing_channels: set[str] = field(default_factory=set)
    outside_channels: set[str] = field(default_factory=set)  # public channels the bot has not been added to
    faults: list[Fault] = field(default_factory=list)
    slow_seconds: float = 2.0  # how late a "slow" fault answers
    url: str = ""
    base: str = ""
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _ts: itertools.count = field(default_factory=lambda: itertools.count(1))
    _release: asyncio.Event = field(default_factory=asyncio.Event)

    # -- controls ---------------------------------------------------------------------------------

    def fail_next(self, count: int, kind: str, *methods: str, retry_after: str = "0", error: str = "ratelimited",
                  channel: str | None = None) -> None:
        """Make the next `count` calls (to `methods`, or to any; to `channel`, or to any) fail as `kind`."""
        self.faults.append(Fault(frozenset(methods) or None, count, kind, retry_after, error, channel))

    def release_hung(self) -> None:
        self._release.set()

    def response_url(self, name: str = "r1") -> str:
        return f"{self.base}/response/{name}"

    # -- queries ----------------------------------------------------------------------------------

    def of(self, method: str, where: Callable[[Call], bool] | None = None) -> list[Call]:
        return [c for c in self.calls if c.method == method and (where is None or where(c))]

    async def wait_for(self, method: str, where: Callable[[Call], bool] | None = None, count: int = 1,
                       within: float = 10.0) -> list[Call]:
        """Wait until at least `count` matching calls have arrived; returns them all."""
        async with asyncio.timeout(within):
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.of(method, where)) >= count)
        return self.of(method, where)

    def messages(self, channel: str) -> list[dict[str, Any]]:
        return self.channels.get(channel, [])

    # -- the server -------------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # slack_sdk reads (history, users.info) with GET
        app.router.add_post("/response/{name}", self._response_url)
        return app

    async def _record(self, method: str, args: dict[str, Any], request: web.Request) -> Call:
        call = Call(method, args, dict(request.headers), url_name=request.match_info.get("name", ""))
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        return call

    def _fault_for(self, method: str, args: dict[str, Any] | None = None) -> Fault | None:
        """The fault this call meets, if any; each fault is used up one call at a time."""
        channel = self._channel_of(str((args or {}).get("channel", "")))
        for fault in self.faults:
            if fault.channel is not None and self._channel_of(fault.channel) != channel:
                continue
            if fault.remaining > 0 and (fault.methods is None or method in fault.methods):
                fault.remaining -= 1
                return fault
        return None

    async def _response_url(self, request: web.Request) -> web.Response:
        args = await request.json()
        fault = self._fault_for("response_url")
        await self._record("response_url", args, request)
        if fault is not None and fault.kind == "429":
            return web.Response(status=429, headers={"Retry-After": fault.retry_after}, text="rate limited")
        if error := blocks_error(args.get("blocks")):
            return web.Response(status=400, text=error)
        return web.Response(text="ok")

    async def _api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        args = await _arguments(request)
        fault = self._fault_for(method, args)
        call = await self._record(method, args, request)
        if fault is not None and fault.kind == "429":
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                     headers={"Retry-After": fault.retry_after})
        if fault is not None and fault.kind == "500":
            return web.Response(status=500, text="<html><body>Internal Server Error</body></html>",
                                content_type="text/html")
        if fault is not None and fault.kind == "error":  # HTTP 200; Slack sends Retry-After with "ratelimited"
            headers = {"Retry-After": fault.retry_after} if fault.error == "ratelimited" else None
            return web.json_response({"ok": False, "error": fault.error}, headers=headers)
        if fault is not None and fault.kind == "hang":
            await self._release.wait()
        result = call.result = self._answer(method, args)
        async with self._changed:  # waiters may be waiting for this call's result (its effect), not its arrival
            self._changed.notify_all()
        if fault is not None and fault.kind == "lose":  # processed, but the caller never learns it
            return web.Response(status=503, text="upstream connect error", content_type="text/html")
        if fault is not None and fault.kind == "slow":  # processed, and answered after the caller may have given up
            await asyncio.sleep(self.slow_seconds)
        return web.json_response(result)

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        handler = ANSWERS.get(method)
        if handler is None:
            return {"ok": False, "error": "unknown_method"}
        return handler(self, args)

    def _channel_of(self, target: str) -> str:
        return "D" + target[1:] if target.startswith(("U", "W")) else target

    def _new_ts(self) -> str:
        return f"1700000000.{next(self._ts):06d}"


# Slack's documented limits (a message's blocks, a section's text, a header, a button) and its undocumented total:
# msg_blocks_too_long is reported from about 13,200 characters of block text; the fake refuses from 12,000, stricter
# than Slack, so a layout that passes here has room to spare there.
MESSAGE_BLOCKS, VIEW_BLOCKS, TOTAL_BLOCK_TEXT = 50, 100, 12_000
TEXT_LIMITS = {"section": 3000, "header": 150, "context": 3000, "button": 75}


def _texts(node: Any) -> list[str]:
    """Every "text" string in a block tree, the characters Slack counts."""
    if isinstance(node, dict):
        own = [node["text"]] if isinstance(node.get("text"), str) else []
        return own + [t for key, value in node.items() if key != "text" or not isinstance(value, str)
                      for t in _texts(value)]
    if isinstance(node, list):
        return [t for item in node for t in _texts(item)]
    return []


def blocks_error(blocks: Any, most: int = MESSAGE_BLOCKS) -> str | None:
    """Slack's error for blocks it would refuse, or None: too many, a field over its limit, too much text in all."""
    if not isinstance(blocks, list):
        return None
    if len(blocks) > most:
        return "invalid_blocks"
    for block in blocks:
        limit = TEXT_LIMITS.get(block.get("type", "")) if isinstance(block, dict) else None
        text = block.get("text") if isinstance(block, dict) else None
        if limit and isinstance(text, dict) and len(str(text.get("text", ""))) > limit:
            return "invalid_blocks"
        for element in block.get("elements", []) if isinstance(block, dict) else []:
            label = element.get("text") if isinstance(element, dict) and element.get("type") == "button" else None
            if isinstance(label, dict) and len(str(label.get("text", ""))) > TEXT_LIMITS["button"]:
                return "invalid_blocks"
    if sum(len(t) for t in _texts(blocks)) > TOTAL_BLOCK_TEXT:
        return "msg_blocks_too_long"
    return None


def _post_message(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    channel = fake._channel_of(str(args.get("channel", "")))
    if not channel or channel in fake.missing_channels:
        return {"ok": False, "error": "channel_not_found"}
    if error := blocks_error(args.get("blocks")):
        return {"ok": False, "error": error}
    ts = fake._new_ts()
    message = {"type": "message", "ts": ts, "user": BOT_USER, "text": args.get("text", ""),
               "blocks": args.get("blocks", [])}
    if args.get("thread_ts"):
        message["thread_ts"] = args["thread_ts"]
    if args.get("metadata"):
        message["metadata"] = args["metadata"]
    fake.channels.setdefault(channel, []).append(message)
    return {"ok": True, "channel": channel, "ts": ts, "message": message}


def _update(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    if error := blocks_error(args.get("blocks")):
        return {"ok": False, "error": error}
    for message in fake.channels.get(str(args.get("channel")), []):
        if message["ts"] == args.get("ts"):
            message.update(text=args.get("text", ""), blocks=args.get("blocks", []))
            return {"ok": True, "channel": args["channel"], "ts": args["ts"]}
    return {"ok": False, "error": "message_not_found"}


def _history(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    channel = str(args.get("channel", ""))
    if channel in fake.missing_channels:
        return {"ok": False, "error": "channel_not_found"}
    limit = int(args.get("limit") or 100)
    with_metadata = str(args.get("include_all_metadata", "")).lower() in ("1", "true")
    newest_first = list(reversed(fake.channels.get(channel, [])))[:limit]
    shown = [m if with_metadata else {k: v for k, v in m.items() if k != "metadata"} for m in newest_first]
    return {"ok": True, "messages": shown, "has_more": False}


def _info(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    channel = str(args.get("channel", ""))
    if channel in fake.missing_channels:  # Slack's answer for a private channel the bot is not in, too
        return {"ok": False, "error": "channel_not_found"}
    return {"ok": True, "channel": {"id": channel, "is_channel": True, "is_member": channel not in
                                    fake.outside_channels}}


def _view_error(args: dict[str, Any]) -> dict[str, Any] | None:
    view = args.get("view")
    error = blocks_error(view.get("blocks"), VIEW_BLOCKS) if isinstance(view, dict) else None
    return {"ok": False, "error": error} if error else None


ANSWERS: dict[str, Callable[[FakeSlack, dict[str, Any]], dict[str, Any]]] = {
    "auth.test": lambda f, a: {"ok": True, "user_id": BOT_USER, "bot_id": "BBOT", "team_id": TEAM,
                               "user": "policybot", "team": "Longton Lane", "url": "https://longton.slack.com/"},
    "chat.postMessage": _post_message,
    "chat.postEphemeral": lambda f, a: {"ok": True, "message_ts": f._new_ts()},
    "chat.update": _update,
    "conversations.history": _history,
    "conversations.info": _info,
    "conversations.open": lambda f, a: {"ok": True, "channel": {"id": f._channel_of(str(a.get("users", "")))}},
    "views.open": lambda f, a: _view_error(a) or {"ok": True, "view": {"id": f"V{f._new_ts()[-6:]}"}},
    "views.update": lambda f, a: _view_error(a) or {"ok": True, "view": {"id": a.get("view_id", "V1")}},
    "users.info": lambda f, a: {"ok": True, "user": {
        "id": a.get("user"), "name": str(a.get("user", "")).lower(), "real_name": PEOPLE.get(str(a.get("user")), ""),
        "profile": {"real_name": PEOPLE.get(str(a.get("user")), ""), "display_name": ""}}},
    "views.publish": lambda f, a: {"ok": True, "view": {"id": "VHOME"}},
}


async def _arguments(request: web.Request) -> dict[str, Any]:
    """slack_sdk sends JSON, form fields or query parameters, by method; JSON inside a field is decoded."""
    args: dict[str, Any] = dict(request.query)  # slack_sdk sends some methods' arguments as query parameters
    if request.method == "GET":
        return args
    raw = await request.text()
    if request.content_type == "application/json":
        return {**args, **json.loads(raw or "{}")}
    args.update(parse_qsl(raw, keep_blank_values=True))
    for key in ("blocks", "view", "metadata", "attachments"):
        if isinstance(args.get(key), str):
            try:
                args[key] = json.loads(args[key])
            except ValueError:
                pass
    return args


@asynccontextmanager
async def running_fake() -> AsyncIterator[FakeSlack]:
    """The fake, serving on 127.0.0.1 at a free port for the length of the block."""
    fake = FakeSlack()
    runner = web.AppRunner(fake.app(), handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    fake.base = f"http://127.0.0.1:{port}"
    fake.url = f"{fake.base}/api/"
    try:
        yield fake
    finally:
        fake.release_hung()
        await runner.cleanup()
