"""policybot_outbox_retries_total{platform} says which platform failed, so an alert on Slack or Teams failing is not
set off by escalations that are only waiting for a Headteacher's channel to be set (platform="none"). Until helper
notices2 every escalation's retry counted as platform="unknown", whichever it was."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bot import actions
from bot.metrics import REGISTRY
from bot.runtime import open_runtime, running
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_held_up import ROUTINE
from tests.fakes.escalation_channel import FakeChannel

METRIC = "policybot_outbox_retries_total"


def retries(platform: str) -> float:
    return REGISTRY.get_sample_value(METRIC, {"platform": platform}) or 0.0


async def until(check: Callable[[], bool], within: float = 10.0) -> None:
    async with asyncio.timeout(within):
        while not check():  # noqa: ASYNC110 - a metric has no event to wait on
            await asyncio.sleep(0.01)


async def test_retries_with_no_channel_set_are_counted_as_going_nowhere(db_url: str) -> None:
    before = {p: retries(p) for p in ("none", "unknown", "local")}
    channel = FakeChannel()  # the inbox is off (the admin is someone else), and no channel is set
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS="local:dsl"), {"local": channel})
    async with running(runtime):
        await Chat(runtime).press(actions.FORM_SUBMIT, form=ROUTINE)
        await until(lambda: retries("none") >= before["none"] + 2)
    assert retries("unknown") == before["unknown"] and retries("local") == before["local"]


async def test_a_platform_failing_is_counted_as_that_platform(chat: Chat, channel: FakeChannel) -> None:
    before = {p: retries(p) for p in ("none", "unknown", "local")}
    channel.fail_next = ["error", "error"]
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    assert retries("local") == before["local"] + 2
    assert retries("unknown") == before["unknown"] and retries("none") == before["none"]
