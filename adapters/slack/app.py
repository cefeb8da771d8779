"""The Slack adapter: a slack-bolt AsyncApp mounted at POST /slack/events in the product's aiohttp server.

Every listener acknowledges first (Slack wants an answer within 3 seconds) and then does the slow work:
translate the payload (translate.py), hand it to the engine, and deliver the replies (respond.py). The
one exception is a submitted modal, whose validation errors must travel in the acknowledgement itself.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack import translate
from adapters.slack.blocks import home_view
from adapters.slack.channel import SlackChannel, can_post_in
from adapters.slack.guard import Recent, to_verified_dispatch
from adapters.slack.identity import Identity
from adapters.slack.modal import errors_response, form_modal, message_modal, submitted_values
from adapters.slack.names import LOOKUP_WAIT, Names, with_names
from adapters.slack.respond import Responder
from adapters.slack.translate import Translated
from adapters.slack.webapi import classify, make_client, with_retries
from adapters.slack.wording import NOT_A_MEMBER, SLACK_ADMIN_HELP, SLACK_HELP, SORRY
from bot import actions
from bot.config import Settings
from bot.engine import Engine
from bot.messages import Reply
from bot.runtime import CHANNELS, RUNTIME

log = logging.getLogger(__name__)

BUSY_LIMIT = 4  # engine turns running at once after their acks; more only crowd the loop the acks need
SUBMIT_WAIT = 2.0  # seconds a modal submission waits for the engine before acking without it (Slack allows 3)
DRAIN_WAIT = 10.0  # seconds a stopping server gives turns already acknowledged to finish and reply
ANY = re.compile(".*")


class _TokenNotUnused(logging.Filter):
    """bolt reads SLACK_BOT_TOKEN from the environment itself and, given our client too, warns at every start that
    the token "will be unused": our client carries it, so the warning is untrue and would alarm an operator."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


_BOLT_LOG = logging.getLogger("policybot.slack.bolt")
_BOLT_LOG.addFilter(_TokenNotUnused())


class SlackAdapter:
    """The bolt app, its listeners, and what they share: the web client, the responder, recent deliveries."""

    def __init__(self, web_app: web.Application, settings: Settings, client: AsyncWebClient) -> None:
        self.web_app = web_app
        self.settings = settings
        self.client = client
        self.responder = Responder(client)
        self.recent = Recent()
        self.names = Names(client)
        self.identity = Identity(client, settings.slack_bot_token)
        self.busy = asyncio.Semaphore(BUSY_LIMIT)
        self.turns: set[asyncio.Task[None]] = set()  # acknowledged, still working: held so none is lost
        # bolt gets a token-less twin of our client: with `authorize` it takes the token from there, and it
        # would otherwise warn that the client's token is unused.
        self.bolt_client = make_client(None, str(client.base_url))
        self.bolt = AsyncApp(client=self.bolt_client, signing_secret=settings.slack_signing_secret,
                             authorize=self.identity.authorizer(), name="policybot",
                             logger=_BOLT_LOG)
        self._listen()

    @property
    def engine(self) -> Engine:
        return self.web_app[RUNTIME].engine

    async def http(self, request: web.Request) -> web.Response:
        """POST /slack/events: events, interactivity and the slash command all arrive here."""
        return await to_verified_dispatch(self.bolt, request)

    def _listen(self) -> None:
        bolt = self.bolt
        bolt.event("message")(self._acked(translate.from_event))
        bolt.event("app_mention")(self._acked(translate.from_event))
        bolt.event("app_home_opened")(self.on_home)
        bolt.event(ANY)(_ack_only)  # anything else we were sent: acknowledge, or Slack retries it for an hour
        bolt.command(translate.SLASH_COMMAND)(self._acked(translate.from_command))
        bolt.shortcut(translate.REPORT_SHORTCUT)(self._acked(translate.from_shortcut))
        bolt.shortcut(ANY)(_ack_only)
        bolt.action(ANY)(self._acked(translate.from_block_action))
        bolt.view_submission(translate.FORM_CALLBACK)(self.on_submit)
        bolt.view(ANY)(_ack_only)

    def _acked(self, parse: Callable[[Mapping[str, Any]], Translated | None]) -> Callable[..., Awaitable[None]]:
        """A listener that acknowledges at once, then translates, runs the engine and replies."""

        async def listener(ack: Callable[..., Awaitable[None]], body: dict[str, Any]) -> None:
            await ack()
            translated = parse(body)
            if translated is not None:
                # Our own task, held in self.turns: bolt's task for this listener is not referenced by anyone,
                # and a stopping server waits for these (see drain) so an acknowledged message is answered.
                turn = asyncio.ensure_future(self.run(translated))
                self.turns.add(turn)
                turn.add_done_callback(self.turns.discard)

        return listener

    async def run(self, translated: Translated) -> None:
        """One request through the engine, its replies delivered; a repeat delivery is dropped."""
        async with self.busy:  # bounds the engine's work only: a slow Slack must not hold up other answers
            replies = await self.before_engine(translated)
            if replies is None:
                replies = await self.handle(translated)
        if replies and translated.message.action == actions.HELP:
            admin = self.settings.is_admin(translated.message.user)
            replies = [*replies, SLACK_HELP, *([SLACK_ADMIN_HELP] if admin else [])]
        if replies:
            await self.responder.deliver(translated.target, replies, self.form_context(translated))

    async def before_engine(self, translated: Translated) -> list[Reply] | None:
        """An answer only Slack can give, or None to ask the engine: a channel the bot is not in cannot
        become the escalation channel (`/policy` works there, but the escalations could never be posted)."""
        msg, target = translated.message, translated.target
        if (msg.text == translate.SET_ESCALATION_TEXT and target.ephemeral and not target.direct
                and self.settings.is_admin(msg.user) and not await can_post_in(self.client, target.channel)):
            return [NOT_A_MEMBER]
        return None

    async def handle(self, translated: Translated) -> list[Reply]:
        msg = translated.message
        if not self.recent.claim(msg.delivery_id):
            return []  # Slack's retry racing the original (or a repeat seen lately): the original answers
        try:
            # The report form must open within the trigger_id's ~3 s: don't wait for a name not known yet
            # (it is looked up in the background, in time for the form's submission).
            wait = 0.0 if msg.action == actions.FORM_OPEN else LOOKUP_WAIT
            name = await self.names.of(translated.target.user_id, msg.display_name, wait)
            source = msg.extra.get(actions.EXTRA_SOURCE_TEXT)
            extra = {**msg.extra, actions.EXTRA_SOURCE_TEXT: await with_names(source, self.names, wait)} if source \
                else msg.extra
            msg = replace(msg, display_name=name, text=await with_names(msg.text, self.names, wait), extra=extra)
            return await self.engine.handle(msg)
        except Exception as error:  # ids and the error type only: the message may be safeguarding detail
            self.recent.release(msg.delivery_id)
            log.error("slack delivery %s failed in the engine: %s", msg.delivery_id, type(error).__name__)
            return [SORRY]

    @staticmethod
    def form_context(translated: Translated) -> dict[str, str]:
        """What a modal opened for this request must carry back on submit."""
        msg, target = translated.message, translated.target
        return {"conversation": msg.conversation, "channel": target.channel,
                "source_link": msg.extra.get(actions.EXTRA_SOURCE_LINK, "")}

    async def on_submit(self, ack: Callable[..., Awaitable[None]], body: dict[str, Any]) -> None:
        """A submitted report modal: errors go back in the ack, so the engine runs before it (bounded)."""
        view = body.get("view") or {}
        translated = translate.from_view_submission(body, submitted_values(view))
        if translated is None:
            await ack()
            return
        task = asyncio.ensure_future(self.handle(translated))
        try:
            replies = await asyncio.wait_for(asyncio.shield(task), SUBMIT_WAIT)
        except TimeoutError:
            await ack()  # too slow to answer in the modal: close it, and reply in the DM when done
            await self.responder.deliver(translated.target, await task, {})
            return
        if replies and replies[0] is SORRY and view.get("state", {}).get("values"):
            # keep the modal, and everything typed in it, open: the person can press Send again
            field = next(reversed(view["state"]["values"]))
            await ack(response_action="errors", errors={field: "Sorry, that didn't go through. Please press Send "
                                                                 "again."})
            return
        form = next((r.form for r in replies if r.form is not None), None)
        if form is not None and form.has_errors:
            await ack(**errors_response(form))
            return
        if form is not None:
            await ack(response_action="update", view=form_modal(form, self.form_context(translated)))
        else:
            shown = "\n\n".join(r.text for r in replies if r.citation is None and r.text)
            await ack(response_action="update", view=message_modal("Report a concern", shown or "Done."))
        await self.responder.deliver(translated.target, [r for r in replies if r.form is None], {})

    async def on_home(self, ack: Callable[..., Awaitable[None]], event: dict[str, Any]) -> None:
        """App Home: what the bot does, the person's own reports, and for admins the open concerns."""
        await ack()
        user_id = event.get("user")
        if event.get("tab") != "home" or not isinstance(user_id, str) or not user_id:
            return
        key = translate.user_key(user_id)
        # The event names the person's DM with the bot, where a report typed in chat is kept between visits.
        dm = event.get("channel")
        try:
            mine = await self.engine.my_reports(key)
            open_concerns = await self.engine.open_concerns(key) if self.settings.is_admin(key) else None
            left_off = (await self.engine.resume(translate.conversation_key(dm), kept=False)
                        if isinstance(dm, str) and dm else [])
            view = home_view(mine, open_concerns, left_off[-1].text if left_off else None, self.engine.kb.name)
            await with_retries("views.publish", lambda: self.client.views_publish(user_id=user_id, view=view))
        except Exception as error:  # the tab keeps its last content; the next visit tries again
            log.warning("slack App Home for %s not published: %s", user_id, classify(error).code)

    async def start(self, _app: web.Application) -> None:
        """One pooled HTTP session for every Web API call, rather than a new connection per call. Its time limit is
        the client's: slack_sdk applies its own only to sessions it makes, so without it a Slack that hangs would hold
        an in-turn reply, the Home tab or one of bolt's calls for ever (and shutdown for its drain wait)."""
        session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.client.timeout))
        self.client.session = self.bolt_client.session = session
        self.identity.start()

    async def drain(self, _app: web.Application) -> None:
        """On shutdown, before the database closes: let acknowledged turns finish, so none goes unanswered."""
        if self.turns:
            await asyncio.wait(set(self.turns), timeout=DRAIN_WAIT)

    async def stop(self, _app: web.Application) -> None:
        await self.identity.stop()
        await self.names.close()
        if self.client.session is not None:
            await self.client.session.close()


async def _ack_only(ack: Callable[..., Awaitable[None]]) -> None:
    await ack()


SLACK = web.AppKey("slack", SlackAdapter)


def mount(app: web.Application, settings: Settings) -> SlackAdapter:
    """Register the Slack EscalationChannel and POST /slack/events; called by app.py when Slack is configured."""
    if not settings.slack_bot_token.strip() or not settings.slack_signing_secret.strip():
        raise ValueError("SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET must both be set to enable Slack")
    client = make_client(settings.slack_bot_token, settings.slack_api_url)
    adapter = SlackAdapter(app, settings, client)
    app[CHANNELS]["slack"] = SlackChannel(client)
    app[SLACK] = adapter
    app.router.add_post("/slack/events", adapter.http)
    app.on_startup.append(adapter.start)
    app.on_shutdown.append(adapter.drain)
    app.on_cleanup.append(adapter.stop)
    return adapter
