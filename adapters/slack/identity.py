"""Who the bot is in Slack (auth.test), learned in the background so that no request waits on Slack for it.

slack-bolt's single-workspace authorization calls auth.test inside the first request it receives. If Slack
is slow, that request's acknowledgement is late; if auth.test fails (a 429, an outage), bolt answers the
request 200 with "please reinstall this app", and the event is gone for good, since Slack never re-sends an
event that got a 200. So bolt is given an `authorize` function that answers from memory instead: always the
bot token, and the bot's own ids once auth.test has answered (bolt uses them only to skip the bot's own
events, which translate.py skips anyway).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from slack_bolt.authorization import AuthorizeResult
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.webapi import classify

log = logging.getLogger(__name__)

FIRST_PAUSE = 1.0  # seconds before asking auth.test again after a transient failure, doubling
MAX_PAUSE = 300.0


class Identity:
    """The bot token and, once Slack has said, the bot's user and bot ids."""

    def __init__(self, client: AsyncWebClient, token: str) -> None:
        self.client = client
        self.token = token
        self.bot_user_id: str | None = None
        self.bot_id: str | None = None
        self._task: asyncio.Task[None] | None = None

    def authorizer(self) -> Callable[[str | None, str | None], Awaitable[AuthorizeResult]]:
        """bolt's `authorize` hook: never a network call, never a refusal.

        A plain function, not a bound method: bolt passes arguments by the parameter names it finds, and
        would try to fill `self` too.
        """

        async def authorize(enterprise_id: str | None, team_id: str | None) -> AuthorizeResult:
            return AuthorizeResult(enterprise_id=enterprise_id, team_id=team_id, bot_token=self.token,
                                   bot_user_id=self.bot_user_id, bot_id=self.bot_id)

        return authorize

    def start(self) -> None:
        """Begin asking auth.test, in the background, until it answers (or says the token is wrong)."""
        if self._task is None:
            self._task = asyncio.ensure_future(self._learn())

    async def stop(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _learn(self) -> None:
        pause = FIRST_PAUSE
        while True:
            try:
                response = await self.client.auth_test()
            except Exception as error:  # classified: a wrong token is reported once, an outage is retried
                failure = classify(error)
                if not failure.retryable:
                    log.error("Slack refused SLACK_BOT_TOKEN (%s): nothing can be posted to Slack until it is "
                              "replaced with the app's Bot User OAuth Token (xoxb-...)", failure.code)
                    return
                wait = max(pause, failure.retry_after or 0.0)
                log.warning("slack auth.test failed (%s); asking again in %.0fs", failure.code, wait)
                await asyncio.sleep(wait)
                pause = min(pause * 2, MAX_PAUSE)
                continue
            self.bot_user_id = response.get("user_id")
            self.bot_id = response.get("bot_id")
            log.info("slack: signed in as %s in team %s", response.get("user"), response.get("team_id"))
            return
