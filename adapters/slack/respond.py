"""Sending the engine's replies back to Slack, each where it belongs (see translate.Target).

A reply with a form opens a modal when the request brought a trigger_id; a private reply in a channel
is ephemeral; a slash command answers through its response_url, which works in channels the bot has not
joined; everything else is an ordinary message, in the thread it came from.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import aiohttp
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.blocks import CONTINUED, fallback_text, to_messages
from adapters.slack.modal import form_modal
from adapters.slack.translate import Target
from adapters.slack.webapi import CALL_TIMEOUT, ResponseUrlError, classify, with_retries
from bot import actions
from bot.messages import Button, Reply

log = logging.getLogger(__name__)


def with_form_button(reply: Reply, context: Mapping[str, str]) -> Reply:
    """A form that could not open as a modal becomes a button that opens it (a click brings a new trigger_id).

    The button carries the link of a message being reported, so a report begun from the message shortcut
    keeps its link even when the modal could not open in time.
    """
    assert reply.form is not None
    if any(b.action == actions.FORM_OPEN for b in reply.buttons):
        return reply
    link = context.get(actions.EXTRA_SOURCE_LINK, "")
    value = json.dumps({actions.EXTRA_SOURCE_LINK: link}) if link else ""
    opener = Button(actions.FORM_OPEN, f"Open the form: {reply.form.title}", value, "primary")
    return replace(reply, buttons=(opener, *reply.buttons))


class Responder:
    """Delivers replies for one adapter; holds the web client and an HTTP session for response_urls."""

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    async def deliver(self, target: Target, replies: Sequence[Reply], context: Mapping[str, str]) -> None:
        """Send each reply; one failure is logged (ids and codes only) and does not stop the rest."""
        trigger = target.trigger_id
        for reply in replies:
            try:
                if reply.form is not None and trigger:
                    opened = await self.open_form(trigger, reply, context)
                    trigger = None  # a trigger_id opens one modal, once
                    if opened:
                        continue
                if reply.form is not None:
                    reply = with_form_button(reply, context)
                await self.send(target, reply)
            except Exception as error:  # one lost reply must not lose the ones after it
                log.warning("slack reply to %s not delivered: %s", target.user_id, classify(error).code)

    async def open_form(self, trigger_id: str, reply: Reply, context: Mapping[str, str]) -> bool:
        """Open the form as a modal; False if Slack refused (an expired trigger), so the caller posts a button."""
        assert reply.form is not None
        try:
            await with_retries("views.open", lambda: self.client.views_open(
                trigger_id=trigger_id, view=form_modal(reply.form, context)), attempts=1)
            return True
        except Exception as error:  # the trigger lives ~3 s; the fallback is a button that brings a new one
            log.warning("slack views.open failed: %s", classify(error).code)
            return False

    async def send(self, target: Target, reply: Reply) -> None:
        """Post the reply where the target says; a reply too long for one message goes as several, in order."""
        for index, blocks in enumerate(to_messages(reply)):
            await self._post(target, reply.private, fallback_text(reply) if index == 0 else CONTINUED, blocks)

    async def _post(self, target: Target, private: bool, text: str, blocks: list[dict[str, Any]]) -> None:
        if target.ephemeral and target.response_url:
            await self.post_response_url(target.response_url, {
                "response_type": "ephemeral", "replace_original": False, "text": text, "blocks": blocks})
        elif not target.channel:
            await with_retries("chat.postMessage", lambda: self.client.chat_postMessage(
                channel=target.user_id, text=text, blocks=blocks, unfurl_links=False))
        elif (private or target.ephemeral) and not target.direct:
            await with_retries("chat.postEphemeral", lambda: self.client.chat_postEphemeral(
                channel=target.channel, user=target.user_id, text=text, blocks=blocks, thread_ts=target.thread_ts))
        else:
            await with_retries("chat.postMessage", lambda: self.client.chat_postMessage(
                channel=target.channel, thread_ts=target.thread_ts, text=text, blocks=blocks, unfurl_links=False))

    async def post_response_url(self, url: str, payload: dict[str, Any]) -> None:
        """POST to a slash command's or button's response_url, retrying a 429 after its Retry-After."""

        async def once() -> None:
            session = self.client.session
            own = session is None or session.closed
            if own:
                session = aiohttp.ClientSession()
            try:
                async with session.post(url, json=payload, timeout=aiohttp.ClientTimeout(total=CALL_TIMEOUT)) as r:
                    await r.read()
                    if r.status >= 300:
                        raise ResponseUrlError(r.status, r.headers.get("Retry-After"))
            finally:
                if own:
                    await session.close()

        await with_retries("response_url", once)
