"""TeamsChannel: the outbox worker's way to post, update and notify in Teams, as proactive messages.

Destinations and addresses are the ConversationReference JSON that adapters.teams.translate stored with
every message (or TEAMS_HEADTEACHER_CONVERSATION). A new escalation starts its own thread in the
Headteacher's channel; the receipt keeps the conversation and activity ids so later changes update
that same card in place.

Never posting twice: the Bot Connector cannot be asked "did my earlier post arrive?", so a post is retried
knowing only what this process saw. A refusal from the connector (4xx, 429, 503) means nothing was posted,
so the retry is a plain post; a timeout, a lost connection or another 5xx is ambiguous, so the retried card
says it may be a repeat (and acts on the same concern, by reference). A post this process saw succeed is never repeated:
its key is remembered. See the README's Teams section for what remains.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from typing import Any

from adapters.teams.cards import escalation_card
from adapters.teams.connector import Connector, ConnectorFault, channel_root, message, parse_reference
from adapters.teams.translate import OPEN_PERSONAL
from bot.escalation import DeliveryError, EscalationView, Receipt

log = logging.getLogger(__name__)
REMEMBERED_KEYS = 5000
SENDS = frozenset({"post", "notify"})  # the calls that post a message (not "open", nor "update")


class TeamsChannel:
    """EscalationChannel for Microsoft Teams (see bot.escalation)."""

    platform = "teams"

    def __init__(self, connector: Connector) -> None:
        self.connector = connector
        self._sent: OrderedDict[str, str] = OrderedDict()  # outbox key -> message_ref, for retries
        self._refused: set[str] = set()  # keys whose last attempt the connector answered with an error

    async def post(self, view: EscalationView, destination: str, key: str, retry: bool = False) -> Receipt:
        ref = _reference(destination)
        if retry and key in self._sent:
            return Receipt(self._sent[key])
        conversation = _post_target(ref)
        maybe_repeat = retry and key not in self._refused  # a refused attempt certainly posted nothing
        activity = message(ref, conversation, attachments=[escalation_card(view, retried=maybe_repeat)],
                           summary=_summary(view), channelData=_channel_data(key, view.urgent))
        activity_id = await self._call("post", key, self.connector.send(ref, conversation, activity))
        if not activity_id:
            raise DeliveryError("connector returned no activity id", permanent=False)
        message_ref = json.dumps({"conversation": conversation, "activity": activity_id}, separators=(",", ":"))
        self._remember(key, message_ref)
        return Receipt(message_ref)

    async def update(self, view: EscalationView, destination: str, receipt: Receipt) -> None:
        ref = _reference(destination)
        try:
            posted = json.loads(receipt.message_ref)
            conversation, activity_id = str(posted["conversation"]), str(posted["activity"])
        except (ValueError, KeyError, TypeError) as exc:
            raise DeliveryError("unreadable Teams receipt", permanent=True) from exc
        activity = message(ref, conversation, attachments=[escalation_card(view)], summary=_summary(view))
        await self._call("update", activity_id, self.connector.update(ref, conversation, activity_id, activity))

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if retry and key in self._sent:
            return
        ref, conversation = await self._where(address, key)
        activity = message(ref, conversation, text=text, textFormat="plain", channelData=_channel_data(key, False))
        activity_id = await self._call("notify", key, self.connector.send(ref, conversation, activity))
        self._remember(key, activity_id or "sent")

    async def _where(self, address: str, key: str) -> tuple[dict[str, Any], str]:
        """The reference and conversation a notice goes to: the address's own, or, for someone seen only in a channel
        (translate.personal_opener), their one-to-one chat with the bot, opened (or found) now."""
        opener = _opener(address)
        if opener is None:
            ref = _reference(address)
            return ref, _post_target(ref)
        conversation = await self._call("open", key, self.connector.open_personal(
            opener, str(opener[OPEN_PERSONAL]), str(opener.get("tenantId") or "")))
        if not conversation:
            raise DeliveryError("connector opened no personal chat", permanent=False)
        return opener, str(conversation)

    async def _call(self, what: str, key: str, call: Any) -> Any:
        """Await one connector call; failures become the DeliveryError the outbox understands."""
        try:
            result = await call
        except ConnectorFault as fault:
            if posted_nothing(fault.status):
                self._refused.add(key)
            else:  # a timeout, a lost connection or a server error mid-way: it may have been posted
                self._refused.discard(key)
            # Ids and status codes only: message text and concern details are safeguarding data.
            log.warning("teams %s %s failed: %s", what, key, fault)
            # maybe_sent: the outbox must not take a notice that may have landed for one never read (bot/notice_order);
            # only a send can have landed, not the opening of someone's one-to-one chat before it
            raise DeliveryError(str(fault), retry_after=fault.retry_after, permanent=not fault.transient,
                                maybe_sent=what in SENDS and fault.transient and not posted_nothing(fault.status)
                                ) from fault
        self._refused.discard(key)
        return result

    def _remember(self, key: str, message_ref: str) -> None:
        self._sent[key] = message_ref
        self._sent.move_to_end(key)
        while len(self._sent) > REMEMBERED_KEYS:
            self._sent.popitem(last=False)


def posted_nothing(status: int | None) -> bool:
    """True when the connector's answer means the message certainly was not posted: it refused the request
    (4xx, 429 throttling among them) or said it was unavailable (503). Other 5xx, and no answer, may follow a
    post that happened."""
    return status is not None and (status < 500 or status == 503)


def _opener(text: str) -> dict[str, Any] | None:
    try:
        found = json.loads(text)
    except (TypeError, ValueError):
        return None
    return found if isinstance(found, dict) and found.get(OPEN_PERSONAL) and found.get("serviceUrl") else None


def _reference(text: str) -> dict[str, Any]:
    try:
        return parse_reference(text)
    except ValueError as exc:
        raise DeliveryError(f"bad Teams address: {exc}", permanent=True) from exc


def _post_target(ref: dict[str, Any]) -> str:
    """Where a new message goes: a channel's root, so it starts its own thread; a chat itself otherwise."""
    return channel_root(str(ref["conversation"]["id"]))


def _summary(view: EscalationView) -> str:
    """The notification preview: the reference and urgency only, never the details."""
    return f"URGENT concern {view.reference}" if view.urgent else f"Concern {view.reference}"


def _channel_data(key: str, urgent: bool) -> dict[str, Any]:
    """A stable client-side key on every send (to recognise a repeat) and a feed alert when urgent."""
    data: dict[str, Any] = {"policybot": {"key": key}}
    if urgent:
        data["notification"] = {"alert": True}
    return data
