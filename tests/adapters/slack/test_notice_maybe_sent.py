"""A held-up notice whose Slack call went out but whose answer came too late (a read time-out in the Web API client:
Slack may have posted it) may have reached the teacher. When the question then arrives, that notice must not be
withdrawn as never read, and the arrival with it: "has not reached the Headteacher" would be their last word. It is
retried (Slack's history is read first, so it is not posted twice) and the arrival follows it."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot.runtime import CHANNELS, RUNTIME
from bot.store.models import OutboxEntry
from tests.adapters.slack.conftest import HEAD, HEAD_CHANNEL, TEACHER, TEACHER_DM, SlackDriver
from tests.adapters.slack.test_escalation import both, saying, to
from tests.fakes.slack_api import FakeSlack, Fault

QUESTION = "can I check Facebook on my phone in class?"
NOT_DELIVERED = "could not be delivered to the Headteacher"  # refused for good: set aside (since helper `refused`)


def in_dm(fake_messages: list[dict[str, object]], words: str) -> list[str]:
    return [str(m["text"]) for m in fake_messages if words.lower() in str(m["text"]).lower()]


async def question_passed_while_the_channel_blips(slack: SlackDriver) -> tuple[FakeSlack, list[Fault]]:
    """A question passed to the Headteacher while its channel fails (nobody told yet), with the Web API client
    giving up after 0.3 s and the fake's "slow" answers coming after 1 s: the fake, and its faults."""
    fake = slack.fake
    assert slack.client.server is not None
    slack.client.server.app[CHANNELS]["slack"].client.timeout = 0.3
    fake.slow_seconds = 1.0
    fake.fail_next(10_000, "500", "chat.postMessage", channel=HEAD_CHANNEL)  # a blip: nobody is told yet
    await slack.dm(QUESTION)
    [answer] = await fake.wait_for("chat.postMessage", to(TEACHER_DM))
    await slack.press(answer, "Ask the Headteacher")
    await fake.wait_for("chat.postMessage", saying("passed your question"))
    await fake.wait_for("chat.postMessage", to(HEAD_CHANNEL))
    return fake, fake.faults


async def test_a_held_up_notice_slack_may_have_posted_is_followed_by_the_arrival(slack: SlackDriver) -> None:
    fake, failing = await question_passed_while_the_channel_blips(slack)

    # Every call to the teacher's DM is now answered late; the Headteacher's channel is archived.
    fake.fail_next(10_000, "slow", channel=TEACHER)
    fake.missing_channels.add(HEAD_CHANNEL)
    failing[0].remaining = 0
    await fake.wait_for("chat.postMessage", both(to(TEACHER), saying(NOT_DELIVERED)))
    await asyncio.sleep(0.6)  # the client has given up on it; the teacher has it
    assert len(in_dm(fake.messages(TEACHER_DM), NOT_DELIVERED)) == 1

    fake.missing_channels.discard(HEAD_CHANNEL)  # unarchived, and named again by an admin: the question goes
    await slack.mention("set escalation channel", user=HEAD, channel=HEAD_CHANNEL)
    await fake.wait_for("chat.postMessage", both(to(HEAD_CHANNEL), saying("Facebook")))
    await asyncio.sleep(0.3)  # the held-up notice is tried again meanwhile, still answered late
    failing[-1].remaining = 0  # Slack answers in time again
    await fake.wait_for("chat.postMessage", both(to(TEACHER), saying("has now reached the Headteacher")))
    told = fake.messages(TEACHER_DM)
    assert len(in_dm(told, NOT_DELIVERED)) == 1  # found in the DM's history, not posted again
    assert "has now reached" in str(told[-1]["text"])  # the last word the teacher reads


async def notice_settled(slack: SlackDriver, key: str) -> str:
    """The outbox entry `key`'s status once it no longer waits: delivered or withdrawn."""
    async with asyncio.timeout(10):
        while True:
            async with slack.client.app[RUNTIME].store.transaction() as s:
                status = (await s.execute(select(OutboxEntry.status).where(OutboxEntry.key == key))).scalar_one()
            if status != "pending":
                return status
            await asyncio.sleep(0.02)


async def delivered(slack: SlackDriver, key: str) -> None:
    """Wait until the outbox entry `key` is recorded as delivered (from set aside, or waiting, to delivered)."""
    async with asyncio.timeout(10):
        while True:
            async with slack.client.app[RUNTIME].store.transaction() as s:
                status = (await s.execute(select(OutboxEntry.status).where(OutboxEntry.key == key))).scalar_one()
            if status == "delivered":
                return
            await asyncio.sleep(0.02)


async def test_a_held_up_notice_whose_look_at_the_dm_timed_out_is_not_sent_after_the_question_arrived(
        slack: SlackDriver) -> None:
    """A retried notice first opens the teacher's DM and reads its history; only chat.postMessage can post. That
    look answered late posted nothing, so it is no reason to think the notice was read: when the question then
    arrives the notice is withdrawn as never read (and its arrival with it). Counted as may-have-landed, it was sent
    after the question had reached the Headteacher ("has not reached … ask them in person"), then the arrival."""
    fake, failing = await question_passed_while_the_channel_blips(slack)

    # The notice's first try fails plainly (Slack answered 500: nothing posted); every look at the DM is answered late.
    fake.fail_next(1, "500", "chat.postMessage", channel=TEACHER)
    fake.fail_next(10_000, "slow", "conversations.history", channel=TEACHER)
    slow = failing[-1]
    fake.missing_channels.add(HEAD_CHANNEL)  # archived: the question is held up and the teacher's notice queued
    failing[0].remaining = 0
    await fake.wait_for("conversations.history", to(TEACHER_DM))  # the notice's retry looks first
    await asyncio.sleep(0.5)  # and the client has given up on that look

    fake.missing_channels.discard(HEAD_CHANNEL)  # unarchived, and named again by an admin: the question goes
    await slack.mention("set escalation channel", user=HEAD, channel=HEAD_CHANNEL)
    # Delivered and recorded so before Slack answers in time again. The question's post seen at the fake is not
    # enough: its first try, refused in the blip, was already there, and a retry of the notice before policybot has
    # recorded the question as delivered posts it (a race the product accepts, the arrival following it)
    await delivered(slack, "question:1")
    slow.remaining = 0  # Slack answers in time again
    assert await notice_settled(slack, "question:1:held-up") == "withdrawn"
    assert in_dm(fake.messages(TEACHER_DM), NOT_DELIVERED) == []  # never read: nothing untrue sent after
