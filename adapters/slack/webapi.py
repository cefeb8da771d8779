"""Calling the Slack Web API: one web client for the app, and what a failed call means.

slack_sdk retries nothing by default that matters here (HTTP 429, `ratelimited`, 5xx with an HTML body),
so `classify` turns each failure into retry-or-not and the Retry-After to honour; replies retry a few
times in place (`with_retries`), escalations hand the same verdict to the outbox as a DeliveryError.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)

CALL_TIMEOUT = 10  # seconds for one Web API call; a hung Slack must not hold a reply or the outbox for long
# Slack error codes that are worth another try; any other `ok: false` will fail the same way again.
TRANSIENT = frozenset({"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"})
REPLY_ATTEMPTS = 3
REPLY_MAX_WAIT = 30.0  # a reply later than this is worse than none; the person can ask again


@dataclass(frozen=True, slots=True)
class Failure:
    """What one failed call means: the Slack error code (or exception type), retry or not, and when."""

    code: str
    retryable: bool
    retry_after: float | None = None
    maybe_sent: bool = False  # the request may have reached Slack (a timeout, a dropped response)


class ResponseUrlError(Exception):
    """A response_url post Slack did not accept: its HTTP status and Retry-After."""

    def __init__(self, status: int, retry_after: str | None) -> None:
        super().__init__(f"response_url answered {status}")
        self.status = status
        self.retry_after = retry_after


def make_client(token: str | None, base_url: str) -> AsyncWebClient:
    """A web client pointed at SLACK_API_URL, with no retry handlers: we decide what to retry."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    return AsyncWebClient(token=token, base_url=base, timeout=CALL_TIMEOUT, retry_handlers=[])


def _retry_after(headers: Any) -> float | None:
    try:
        value = headers.get("Retry-After") if headers is not None else None
        return max(0.0, float(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


def classify(error: BaseException) -> Failure:
    """Map a failed call to a verdict; an unexpected response (HTML, empty) counts as a transient outage."""
    if isinstance(error, SlackApiError):
        response = error.response
        status = getattr(response, "status_code", 0) or 0
        data = getattr(response, "data", None)
        code = str(data.get("error") or "") if isinstance(data, dict) else ""
        if status == 429 or code == "ratelimited":
            after = _retry_after(getattr(response, "headers", None))
            return Failure(code or "http_429", True, 1.0 if after is None else after)
        if status >= 500 or code in TRANSIENT or not code:
            return Failure(code or f"http_{status}", True, _retry_after(getattr(response, "headers", None)))
        return Failure(code, False)
    if isinstance(error, ResponseUrlError):
        after = _retry_after({"Retry-After": error.retry_after} if error.retry_after is not None else None)
        if error.status == 429:
            return Failure("http_429", True, 1.0 if after is None else after)
        return Failure(f"http_{error.status}", error.status >= 500, after)
    if isinstance(error, aiohttp.ClientConnectorError):
        return Failure(type(error).__name__, True)  # never connected, so nothing was sent
    if isinstance(error, aiohttp.ClientError | asyncio.TimeoutError | ConnectionError | OSError):
        return Failure(type(error).__name__, True, maybe_sent=True)
    # slack_sdk raises AttributeError/ValueError on a non-JSON body (a proxy's error page): treat as an outage.
    return Failure(type(error).__name__, True)


async def with_retries(
    label: str, call: Callable[[], Awaitable[Any]], attempts: int = REPLY_ATTEMPTS, pause: float = 0.5
) -> Any:
    """Run one Web API call, retrying a rate limit (after its Retry-After) or an outage a few times.

    A call that may have reached Slack (a timeout) is not repeated: a reply shown twice is worse than a
    reply lost in an outage, which the person notices and asks again.
    """
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except Exception as error:  # classified below; anything unretryable is re-raised unchanged
            failure = classify(error)
            if not failure.retryable or failure.maybe_sent or attempt == attempts:
                raise
            wait = failure.retry_after if failure.retry_after is not None else pause * attempt
            if wait > REPLY_MAX_WAIT:
                raise
            log.info("slack %s failed (%s); retry %d in %.1fs", label, failure.code, attempt, wait)
            await asyncio.sleep(wait)
    raise AssertionError("unreachable")  # the loop always returns or raises
