"""A held-up notice whose Slack call went out but whose answer came too late (a read time-out in the Web API client:
Slack may have posted it) may have reached the teacher. When the question then arrives, that notice must not be
withdrawn as never read, and the arrival with it: "has not reached the Headteacher" would be their last word. It is
retried (Slack's history is read first, so it is not posted twice) and the arrival follows it."""

from __future__ import annotations

import asyncio

from bot.runtime import CHANNELS
from tests.adapters.slack.conftest import HEAD_CHANNEL, TEACHER, TEACHER_DM, SlackDriver
from tests.adapters.slack.test_escalation import both, saying, to

QUESTION = "can I check Facebook on my phone in class?"


def in_dm(fake_messages: list[dict[str, object]], words: str) -> list[str]:
    return [str(m["text"]) for m in fake_messages if words.lower() in str(m["text"]).lower()]


async def test_a_held_up_notice_slack_may_have_posted_is_followed_by_the_arrival(slack: SlackDriver) -> None:
    fake = slack.fake
    assert slack.client.server is not None
    slack.client.server.app[CHANNELS]["slack"].client.timeout = 0.3  # the Web API client gives up after 0.3 s
    fake.slow_seconds = 1.0
    failing = fake.faults
    fake.fail_next(10_000, "500", "chat.postMessage", channel=HEAD_CHANNEL)  # a blip: nobody is told yet
    await slack.dm(QUESTION)
    [answer] = await fake.wait_for("chat.postMessage", to(TEACHER_DM))
    await slack.press(answer, "Ask the Headteacher")
    await fake.wait_for("chat.postMessage", saying("passed your question"))
    await fake.wait_for("chat.postMessage", to(HEAD_CHANNEL))

    # Every call to the teacher's DM is now answered late; the Headteacher's channel is archived.
    fake.fail_next(10_000, "slow", channel=TEACHER)
    fake.missing_channels.add(HEAD_CHANNEL)
    failing[0].remaining = 0
    await fake.wait_for("chat.postMessage", both(to(TEACHER), saying("has not reached the Headteacher yet")))
    await asyncio.sleep(0.6)  # the client has given up on it; the teacher has it
    assert len(in_dm(fake.messages(TEACHER_DM), "has not reached the Headteacher yet")) == 1

    fake.missing_channels.discard(HEAD_CHANNEL)  # unarchived: the question goes
    await fake.wait_for("chat.postMessage", both(to(HEAD_CHANNEL), saying("Facebook")))
    await asyncio.sleep(0.3)  # the held-up notice is tried again meanwhile, still answered late
    failing[-1].remaining = 0  # Slack answers in time again
    await fake.wait_for("chat.postMessage", both(to(TEACHER), saying("has now reached the Headteacher")))
    told = fake.messages(TEACHER_DM)
    assert len(in_dm(told, "has not reached the Headteacher yet")) == 1  # found in the DM's history, not posted again
    assert "has now reached" in str(told[-1]["text"])  # the last word the teacher reads
