"""The Teams bot: each message activity goes to the engine and each reply goes back as an Adaptive Card.

Replies are threaded under the message they answer (in a channel: in its thread). A reply the engine
marks private, and any form, never goes to a channel or group chat: it goes to the person's one-to-one
chat with the bot instead. A card form that was sent is replaced by a "sent" card; one sent with mistakes
is replaced by the same form showing its errors. That a card is sent only once does not rest on this
process's memory: every accepted submit of one card carries the same dedupe key, which the engine stores
with the turn (see adapters.teams.translate.form_delivery_id), so restarts and other workers honour it too.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Mapping
from typing import Any

from botbuilder.core import ActivityHandler, BotAdapter, TurnContext
from botbuilder.schema import Activity, ChannelAccount

from adapters.teams.cards import attachment, card, paragraphs, reply_body, to_card
from adapters.teams.connector import Connector, ConnectorFault, channel_root, guarded, message, one_attempt
from adapters.teams.form import form_attachment
from adapters.teams.translate import is_form_key, is_group, reference, tenant_id, to_incoming
from bot import actions
from bot.engine import Engine
from bot.engine_replies import help_reply
from bot.messages import Reply

log = logging.getLogger(__name__)
RAW_ACTIVITY = "policybot.raw_activity"  # turn_state key: the activity JSON as received
REPLY_ATTEMPTS = 3
REPLY_SECONDS = 5.0  # one in-turn send; a healthy connector answers in well under a second
MAX_REPLY_WAIT = 3.0  # Teams re-sends an activity not answered within ~15 s; keep in-turn retries short
REFERENCE = re.compile(r"\bC-\d+\b")
ALREADY_SENT = ("This form has already been sent, so nothing was changed. Type 'my reports' to see your "
                "reports.")
PRIVATE_FALLBACK = ("I have a reply that only you should see, but I can't message you privately yet. "
                    "Open a chat with me and ask again there.")


class PolicyBot(ActivityHandler):
    """Translates Teams activities for the engine and lays its replies out as Adaptive Cards."""

    def __init__(self, engine: Callable[[], Engine], connector: Connector) -> None:
        self._engine = engine
        self._connector = connector
        self._personal: dict[str, str] = {}  # Teams user id -> their one-to-one conversation id (a cache)

    async def on_turn(self, turn_context: TurnContext) -> None:
        client = turn_context.turn_state.get(BotAdapter.BOT_CONNECTOR_CLIENT_KEY)
        if client is not None:  # botbuilder's default is 100 s, far past Teams' patience, with hidden re-sends
            one_attempt(client, REPLY_SECONDS)
        await super().on_turn(turn_context)

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        raw: Mapping[str, Any] = turn_context.turn_state.get(RAW_ACTIVITY) or turn_context.activity.serialize()
        msg = to_incoming(raw)
        if msg is None:
            return
        replies = await self._engine().handle(msg)
        if msg.action == actions.FORM_SUBMIT and raw.get("replyToId"):
            if not replies and is_form_key(msg.delivery_id):  # the engine has already taken this card's report
                replies = [Reply(ALREADY_SENT, private=True)]
            elif replies:
                replies = await self._settle_form(str(raw["replyToId"]), raw, replies)
        for reply in replies:
            if is_group(raw) and (reply.private or reply.form is not None):
                await self._send_private(turn_context, raw, reply)
            else:
                await self.reply(turn_context, to_activity(reply))

    async def on_members_added_activity(self, members_added: list[ChannelAccount],
                                        turn_context: TurnContext) -> None:
        """A welcome card once, when the bot itself is added (installed) to a chat or team."""
        bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
        if not any(member.id == bot_id for member in members_added or ()):
            return
        raw: Mapping[str, Any] = turn_context.turn_state.get(RAW_ACTIVITY) or turn_context.activity.serialize()
        ref = reference(raw)
        conversation = channel_root(str(ref["conversation"]["id"]))
        welcome = help_reply(is_admin=False, kb=self._engine().kb, in_channel=is_group(raw))
        try:  # a new message, not a reply: there is no message to reply to in a conversationUpdate
            await self._connector.send(ref, conversation, message(ref, conversation, **reply_fields(welcome)))
        except ConnectorFault as fault:
            log.warning("teams welcome not delivered (%s)", fault.status)

    async def reply(self, turn_context: TurnContext, activity: Activity) -> None:
        """Send within the turn, threaded under the message it answers, retrying briefly on throttling or faults."""
        waited = 0.0
        for attempt in range(1, REPLY_ATTEMPTS + 1):
            try:
                await guarded(lambda: turn_context.send_activity(activity), REPLY_SECONDS)
                return
            except ConnectorFault as fault:
                pause = fault.retry_after if fault.retry_after is not None else 0.25 * 2 ** attempt
                if not fault.transient or attempt == REPLY_ATTEMPTS or waited + pause > MAX_REPLY_WAIT:
                    raise
                log.info("teams reply throttled or failed (%s); retrying in %.2fs", fault.status, pause)
                waited += pause
                await asyncio.sleep(pause)

    async def _send_private(self, turn_context: TurnContext, raw: Mapping[str, Any], reply: Reply) -> None:
        """Deliver a reply to the sender's one-to-one chat with the bot; if that fails, say so in the thread."""
        ref = reference(raw)
        user_id = str((raw.get("from") or {}).get("id") or "")
        try:
            conversation = self._personal.get(user_id) or await self._connector.open_personal(
                ref, user_id, tenant_id(raw))
            if not conversation:
                raise ConnectorFault("no personal conversation id", transient=False)
            self._personal[user_id] = conversation
            await self._connector.send(ref, conversation, message(ref, conversation, **reply_fields(reply)))
        except ConnectorFault as fault:
            log.warning("teams private reply failed (%s); pointing the user to a personal chat", fault.status)
            await self.reply(turn_context, to_activity(Reply(PRIVATE_FALLBACK)))

    async def _settle_form(self, card_id: str, raw: Mapping[str, Any], replies: list[Reply]) -> list[Reply]:
        """Replace the submitted form card: by the form with its errors, or by a 'sent' card on success."""
        if is_group(raw):
            return replies
        ref = reference(raw)
        conversation = str(raw["conversation"]["id"])
        refused = next((r for r in replies if r.form is not None and r.form.has_errors), None)
        sent = next((m.group(0) for r in replies if r.form is None and (m := REFERENCE.search(r.text))), None)
        if refused is not None and refused.form is not None:
            replacement, is_form = form_attachment(refused.form, reply_body(refused))
            if not is_form:  # too big to redraw: leave the card holding their words; the errors go as a message
                return replies
            rest = [r for r in replies if r is not refused]
        elif sent is not None:
            replacement = attachment(card(paragraphs(f"\u2713 Report sent as {sent}. This form has been sent "
                                                     "and can't be sent again.", weight="bolder")))
            rest = replies
        else:
            return replies
        try:
            await self._connector.update(ref, conversation, str(card_id),
                                         message(ref, conversation, attachments=[replacement]))
        except ConnectorFault as fault:
            log.warning("teams form card not replaced (%s)", fault.status)
            return replies
        return rest


def reply_fields(reply: Reply) -> dict[str, Any]:
    """One engine reply as the fields of a Bot Framework message carrying one Adaptive Card."""
    fields: dict[str, Any] = {"attachments": [to_card(reply)]}
    if reply.text:
        fields["summary"] = reply.text.splitlines()[0][:100]  # the notification preview
    return fields


def to_activity(reply: Reply) -> Activity:
    """One engine reply as a message activity, to send within the turn."""
    return Activity().deserialize({"type": "message", **reply_fields(reply)})
