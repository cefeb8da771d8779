"""Calls to the Bot Connector REST API (send, reply, update, open a personal chat) and what their failures mean.

botbuilder's ConnectorClient neither retries 429/5xx nor reads Retry-After, and raises library-specific
errors; `ConnectorFault` says plainly whether a failure is worth retrying and after how long.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

from botbuilder.schema import Activity, ConversationParameters
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import BotFrameworkAuthentication, ClaimsIdentity
from msrest.exceptions import ClientRequestError, HttpOperationError

T = TypeVar("T")
SEND_SECONDS = 15.0  # one call to the connector; the outbox retries a timed-out escalation
THREAD_MARK = ";messageid="


class ConnectorFault(Exception):
    """A connector call that failed; `transient` ones may succeed later, after `retry_after` seconds if given."""

    def __init__(self, message: str, status: int | None = None, retry_after: float | None = None,
                 transient: bool = True) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after
        self.transient = transient


def parse_reference(text: str) -> dict[str, Any]:
    """A stored ConversationReference (JSON); ValueError unless it names a service URL and a conversation."""
    try:
        ref = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise ValueError("not a JSON conversation reference") from exc
    if not isinstance(ref, dict) or not ref.get("serviceUrl") or not (ref.get("conversation") or {}).get("id"):
        raise ValueError("conversation reference without serviceUrl or conversation.id")
    return ref


def channel_root(conversation_id: str) -> str:
    """A channel's own id from a thread's ("19:x@thread.tacv2;messageid=1" -> "19:x@thread.tacv2")."""
    return conversation_id.split(THREAD_MARK, 1)[0]


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def fault_from(exc: BaseException) -> ConnectorFault:
    """What a ConnectorClient exception means for retrying."""
    if isinstance(exc, ConnectorFault):
        return exc
    if isinstance(exc, HttpOperationError):
        response = exc.response
        status = int(getattr(response, "status_code", 0) or 0)
        headers: Mapping[str, str] = getattr(response, "headers", None) or {}
        retryable = status in (408, 409, 412, 429) or status >= 500 or status == 0
        return ConnectorFault(f"connector answered HTTP {status}", status,
                              retry_after_seconds(headers.get("Retry-After")), transient=retryable)
    if isinstance(exc, ClientRequestError | TimeoutError | OSError):
        return ConnectorFault(f"connector unreachable: {type(exc).__name__}")
    if isinstance(exc, PermissionError):  # no app token from Entra ID: likely temporary, never our data
        return ConnectorFault("could not get a Bot Framework token")
    return ConnectorFault(f"connector call failed: {type(exc).__name__}", transient=False)


async def guarded(call: Callable[[], Awaitable[T]], seconds: float = SEND_SECONDS) -> T:
    """Run one connector call with a deadline, turning every failure into a ConnectorFault."""
    try:
        return await asyncio.wait_for(call(), timeout=seconds + 1.0)
    except Exception as exc:  # the library raises many types; callers need one answer
        raise fault_from(exc) from exc


def message(ref: Mapping[str, Any], conversation_id: str, **fields: Any) -> Activity:
    """A message activity from the bot into a conversation (`fields` in Bot Framework camelCase)."""
    body: dict[str, Any] = {
        "type": "message",
        "channelId": ref.get("channelId") or "msteams",
        "serviceUrl": ref["serviceUrl"],
        "conversation": {"id": conversation_id},
        "from": ref.get("bot") or {},
        **fields,
    }
    return Activity().deserialize(body)


def one_attempt(client: ConnectorClient, timeout: float) -> None:
    """Make each call one HTTP request, within `timeout`, whose error status reaches us.

    msrest's default policy has urllib3 re-send a POST or PUT up to three times on a 5xx, sleeping through
    back-off and Retry-After in a worker thread, and then reports only "retries exhausted" with no status.
    Our callers retry themselves (the outbox, or briefly within a turn), and need the status to know whether
    anything may have been posted.
    """
    client.config.connection.timeout = timeout
    client.config.retry_policy.retries = 0
    client.config.retry_policy.policy.status_forcelist = frozenset()


class Connector:
    """Proactive calls to the Bot Connector of one service URL, authenticated as this bot."""

    def __init__(self, auth: BotFrameworkAuthentication, app_id: str, timeout: float = SEND_SECONDS) -> None:
        self._auth = auth
        self._app_id = app_id
        self.timeout = timeout

    async def _client(self, service_url: str) -> ConnectorClient:
        claims = ClaimsIdentity({"aud": self._app_id, "appid": self._app_id}, True)
        client = await self._auth.create_connector_factory(claims).create(service_url, None)
        one_attempt(client, self.timeout)
        return client

    async def _run(self, service_url: str, use: Callable[[ConnectorClient], Awaitable[T]]) -> T:
        async def call() -> T:
            client = await self._client(service_url)
            async with client:
                return await use(client)

        return await guarded(call, self.timeout)

    async def send(self, ref: Mapping[str, Any], conversation_id: str, activity: Activity) -> str:
        """Post a new message; returns its activity id."""
        response = await self._run(ref["serviceUrl"], lambda c: c.conversations.send_to_conversation(
            conversation_id, activity))
        return str(getattr(response, "id", "") or "")

    async def update(self, ref: Mapping[str, Any], conversation_id: str, activity_id: str,
                     activity: Activity) -> None:
        """Replace a message the bot posted earlier."""
        activity.id = activity_id
        await self._run(ref["serviceUrl"], lambda c: c.conversations.update_activity(
            conversation_id, activity_id, activity))

    async def open_personal(self, ref: Mapping[str, Any], user_id: str, tenant: str) -> str:
        """The id of the bot's one-to-one chat with `user_id` (Teams returns the existing one if there is one)."""
        params = ConversationParameters().deserialize({
            "isGroup": False,
            "bot": ref.get("bot") or {},
            "members": [{"id": user_id}],
            "tenantId": tenant or None,
            "channelData": {"tenant": {"id": tenant}} if tenant else None,
        })
        response = await self._run(ref["serviceUrl"], lambda c: c.conversations.create_conversation(params))
        return str(getattr(response, "id", "") or "")
