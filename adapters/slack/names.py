"""People's names from Slack (users.info), cached, so reports and audit trails say who, not a user id.

Events carry only user ids; a name shown to the Headteacher ("Reported by Jo Smith") and to a reporter
("acknowledged by Sam Head") needs one lookup per person, which we keep for an hour.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.translate import USER_MENTION
from adapters.slack.webapi import classify

log = logging.getLogger(__name__)

KEEP = 3600.0  # seconds a name is trusted before it is looked up again
KEEP_FAILED = 300.0  # after a failed lookup (a missing users:read scope), don't ask again for a while
LOOKUP_WAIT = 2.0  # a name is nice to have; an answer must not wait long for it


class Names:
    """A small cache of Slack user id -> the person's real name."""

    def __init__(self, client: AsyncWebClient, size: int = 5000) -> None:
        self.client = client
        self.size = size
        self._known: dict[str, tuple[str, float]] = {}
        self._asking: dict[str, asyncio.Task[str]] = {}  # one lookup per person at a time, held until done

    async def of(self, user_id: str, fallback: str = "", wait: float = LOOKUP_WAIT) -> str:
        """The person's name, or `fallback` when Slack won't say within `wait` seconds.

        With `wait=0` an unknown name is looked up in the background for next time: a request holding a
        trigger_id (it expires about 3 s after the click) must open its modal rather than wait for a name.
        """
        known = self._known.get(user_id)
        if known is not None and known[1] > time.monotonic():
            return known[0] or fallback
        task = self._asking.get(user_id)
        if task is None:
            task = self._asking[user_id] = asyncio.ensure_future(self._look_up(user_id))
            task.add_done_callback(lambda _: self._asking.pop(user_id, None))
        if wait <= 0:
            return fallback
        with contextlib.suppress(TimeoutError):
            return await asyncio.wait_for(asyncio.shield(task), wait) or fallback
        return fallback

    async def close(self) -> None:
        """Stop lookups still running, so none outlives the HTTP session it uses."""
        for task in list(self._asking.values()):
            task.cancel()
        await asyncio.gather(*self._asking.values(), return_exceptions=True)

    async def _look_up(self, user_id: str) -> str:
        name, keep = "", KEEP_FAILED
        try:
            response = await self.client.users_info(user=user_id)  # bounded by the client's CALL_TIMEOUT
            user = response.get("user") or {}
            profile = user.get("profile") or {}
            name = str(profile.get("real_name") or user.get("real_name") or profile.get("display_name") or "")
            keep = KEEP
        except Exception as error:  # without a name we still answer; the id is shown instead
            log.info("slack users.info for %s failed: %s", user_id, classify(error).code)
        if len(self._known) >= self.size:
            self._known.clear()  # crude but bounded; names are cheap to look up again
        self._known[user_id] = (name[:200], time.monotonic() + keep)
        return name


async def with_names(text: str, names: Names, wait: float = LOOKUP_WAIT) -> str:
    """People mentioned in a message (`<@U123>`) as their names ("@Sam Head"), so a report and the DSL reading it
    say who, not a code; one Slack doesn't name stays as `@U123`, which an admin can still look up."""
    found = {m.group(1) for m in USER_MENTION.finditer(text)}
    if not found:
        return text
    named = {user: await names.of(user, wait=wait) for user in sorted(found)}
    return USER_MENTION.sub(lambda m: "@" + (named[m.group(1)] or m.group(1)), text)
