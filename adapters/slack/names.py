"""People's names from Slack (users.info), cached, so reports and audit trails say who, not a user id.

Events carry only user ids; a name shown to the Headteacher ("Reported by Jo Smith") and to a reporter
("acknowledged by Sam Head") needs one lookup per person, which we keep for an hour.
"""

from __future__ import annotations

import asyncio
import logging
import time

from slack_sdk.web.async_client import AsyncWebClient

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

    async def of(self, user_id: str, fallback: str = "") -> str:
        """The person's name, or `fallback` when Slack won't say."""
        now = time.monotonic()
        known = self._known.get(user_id)
        if known is not None and known[1] > now:
            return known[0] or fallback
        name, keep = "", KEEP_FAILED
        try:
            response = await asyncio.wait_for(self.client.users_info(user=user_id), LOOKUP_WAIT)
            user = response.get("user") or {}
            profile = user.get("profile") or {}
            name = str(profile.get("real_name") or user.get("real_name") or profile.get("display_name") or "")
            keep = KEEP
        except Exception as error:  # without a name we still answer; the id is shown instead
            log.info("slack users.info for %s failed: %s", user_id, classify(error).code)
        if len(self._known) >= self.size:
            self._known.clear()  # crude but bounded; names are cheap to look up again
        self._known[user_id] = (name[:200], now + keep)
        return name or fallback
