"""A loopback web API that answers {"ok": true} to every call and records each path: enough for a platform
adapter to start up in a test without any traffic leaving the machine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import web
from aiohttp.test_utils import TestServer


@asynccontextmanager
async def ok_api() -> AsyncIterator[tuple[str, list[str]]]:
    """Start the fake on 127.0.0.1 (a free port); yields its base URL and the list of paths called."""
    calls: list[str] = []

    async def answer(request: web.Request) -> web.Response:
        calls.append(request.path)
        return web.json_response({"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1", "team": "Test",
                                  "url": "https://example.invalid/", "user": "policybot"})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        yield str(server.make_url("/api/")), calls
    finally:
        await server.close()
