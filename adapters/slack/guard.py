"""Request hygiene in front of bolt, and a per-process memory of deliveries already being handled.

Bolt verifies signatures, but it parses the body first: invalid UTF-8, a non-numeric timestamp or a
malformed payload would raise and answer 500 before the signature is ever checked. Such a request
cannot have been signed by Slack, so it gets the 401 a forged request gets, and bolt never sees it.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

log = logging.getLogger(__name__)

TIMESTAMP_HEADER = "X-Slack-Request-Timestamp"
SIGNATURE_HEADER = "X-Slack-Signature"
MAX_BODY = 1024 * 1024  # Slack's payloads are a few kilobytes; a modal with every field full is under 64 KB


def unauthorized() -> web.Response:
    return web.json_response({"error": "invalid request signature"}, status=401)


async def to_verified_dispatch(bolt: AsyncApp, request: web.Request) -> web.Response:
    """Refuse what bolt would crash on, then let bolt verify the signature, ack and run its listeners."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        return web.json_response({"error": "request too large"}, status=413)
    raw = await request.read()
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    if not timestamp.isascii() or not timestamp.isdigit() or not request.headers.get(SIGNATURE_HEADER):
        return unauthorized()
    try:
        body = raw.decode("utf-8")
        bolt_request = AsyncBoltRequest(body=body, query=request.query_string, headers=request.headers)  # type: ignore[arg-type]
    except (UnicodeDecodeError, ValueError, AttributeError, TypeError):
        # bolt parses before it verifies; a body it cannot parse was not sent by Slack
        log.info("slack request refused before verification: unreadable body")
        return unauthorized()
    return await to_aiohttp_response(await bolt.async_dispatch(bolt_request))


class Recent:
    """Delivery ids this process has started on, so Slack's retry racing the original is dropped at once.

    The engine's database is the durable dedupe; this only saves it a turn and covers the race window.
    """

    def __init__(self, size: int = 10_000) -> None:
        self.size = size
        self._seen: OrderedDict[str, None] = OrderedDict()

    def claim(self, delivery_id: str | None) -> bool:
        """True the first time an id is seen (or for no id); False for a repeat."""
        if delivery_id is None:
            return True
        if delivery_id in self._seen:
            return False
        self._seen[delivery_id] = None
        if len(self._seen) > self.size:
            self._seen.popitem(last=False)
        return True

    def release(self, delivery_id: str | None) -> None:
        """Forget an id whose handling failed, so Slack's retry of it is handled."""
        if delivery_id is not None:
            self._seen.pop(delivery_id, None)
