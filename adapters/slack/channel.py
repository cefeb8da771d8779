"""SlackChannel: the outbox's way to post, update and notify in Slack, never twice.

`chat.postMessage` has no idempotency key, so every message we send carries the outbox key in its
message metadata; when the outbox says an earlier attempt may have landed (`retry=True`), we look for
that key in the channel's recent history before posting again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.blocks import clip, escalation_blocks, escape
from adapters.slack.webapi import classify
from bot.escalation import DeliveryError, EscalationView, Receipt

log = logging.getLogger(__name__)

EVENT_TYPE = "policybot_escalation"
HISTORY_LIMIT = 100  # how far back a re-send looks for its own earlier copy
RECEIPT_SEPARATOR = "|"
POSTING = frozenset({"chat.postMessage"})  # the calls that post a message: answered late, it may be there


def metadata(key: str) -> dict[str, Any]:
    return {"event_type": EVENT_TYPE, "event_payload": {"key": key}}


async def can_post_in(client: AsyncWebClient, channel: str) -> bool:
    """False when Slack says the bot is not in `channel` (a private channel it isn't in is "not found").

    Asked before an admin makes a channel the escalation channel: `/policy` works in channels the bot was
    never added to, and a channel it cannot post in would hold every concern back. When Slack cannot say
    (an outage, a missing scope), the answer is yes: the outbox keeps an escalation until it can be posted.
    """
    try:
        response = await client.conversations_info(channel=channel)
    except Exception as error:  # classified: only "not found" is a definite no
        code = classify(error).code
        if code == "channel_not_found":
            return False
        log.warning("slack conversations.info for %s failed: %s", channel, code)
        return True
    return (response.get("channel") or {}).get("is_member") is not False


class SlackChannel:
    """The Slack EscalationChannel: Block Kit escalations in the Headteacher channel, DMs to reporters."""

    platform = "slack"

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    async def post(self, view: EscalationView, destination: str, key: str, retry: bool = False) -> Receipt:
        """Post a new escalation; on a retry, first find the copy an earlier attempt may have posted."""
        if retry:
            found = await self._find(destination, key)
            if found is not None:
                log.info("slack escalation %s already posted in %s", view.reference, destination)
                return Receipt(f"{destination}{RECEIPT_SEPARATOR}{found}")
        response = await self._call("chat.postMessage", lambda: self.client.chat_postMessage(
            channel=destination, text=clip(escape(view.text), 3000), blocks=escalation_blocks(view),
            metadata=metadata(key), unfurl_links=False, unfurl_media=False))
        return Receipt(f"{response.get('channel') or destination}{RECEIPT_SEPARATOR}{response['ts']}")

    async def update(self, view: EscalationView, destination: str, receipt: Receipt) -> None:
        """Replace the posted escalation (found by its receipt) with the concern's new state."""
        channel, _, ts = receipt.message_ref.partition(RECEIPT_SEPARATOR)
        if not ts:
            raise DeliveryError(f"unreadable slack receipt for {view.reference}", permanent=True)
        await self._call("chat.update", lambda: self.client.chat_update(
            channel=channel or destination, ts=ts, text=clip(escape(view.text), 3000),
            blocks=escalation_blocks(view)))

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        """Plain text to a user (their DM with the bot) or a channel; a retry first checks it is not there."""
        channel = address
        if retry:
            if address.startswith(("U", "W")):  # a user id: history lives in the DM channel
                opened = await self._call("conversations.open", lambda: self.client.conversations_open(users=address))
                channel = (opened.get("channel") or {}).get("id") or address
            if await self._find(channel, key) is not None:
                return
        # Escaped: a question passed on to the Headteacher carries a teacher's own words, and in a message's
        # text Slack would turn <!channel> into a ping and <https://…|here> into a link.
        await self._call("chat.postMessage", lambda: self.client.chat_postMessage(
            channel=address, text=clip(escape(text), 3000), metadata=metadata(key), unfurl_links=False,
            unfurl_media=False))

    async def _find(self, channel: str, key: str) -> str | None:
        """The ts of our message carrying `key` among the channel's recent messages, if there is one.

        If the history can never be read (a missing scope), we post anyway: a concern shown twice is
        better than a concern never shown.
        """
        try:
            response = await self._call("conversations.history", lambda: self.client.conversations_history(
                channel=channel, include_all_metadata=True, limit=HISTORY_LIMIT))
        except DeliveryError as error:
            if error.permanent:
                return None
            raise
        for message in response.get("messages") or []:
            meta = message.get("metadata") or {}
            if meta.get("event_type") == EVENT_TYPE and (meta.get("event_payload") or {}).get("key") == key:
                return str(message.get("ts"))
        return None

    async def _call(self, label: str, call: Callable[[], Awaitable[Any]]) -> Any:
        """One Web API call; a failure becomes a DeliveryError the outbox understands (ids and codes only). A call
        unanswered within the client's timeout is given up here (slack_sdk applies its timeout only to sessions it
        makes itself, not to the app's shared one), a post as one that may have been sent."""
        try:
            return await asyncio.wait_for(call(), self.client.timeout)
        except Exception as error:  # every failure is classified; none may escape as a crash of the worker
            failure = classify(error)
            log.warning("slack %s failed: %s", label, failure.code)
            # Only a post can have landed: a look at a DM or its history answered late posted nothing, and counted
            # as may-have-landed it would send a held-up notice after what it tells of arrived (bot/notice_order.py)
            raise DeliveryError(f"slack {label}: {failure.code}", retry_after=failure.retry_after,
                                permanent=not failure.retryable,
                                maybe_sent=failure.maybe_sent and label in POSTING) from error
