"""A held-up notice whose send hung (it may have reached the teacher) must not be withdrawn silently when the
question then arrives: "has not reached the Headteacher" would be the last word they read. It is retried (the platform
is asked first whether it has it), and the arrival follows it."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest

from bot import actions
from bot.escalation import DeliveryError
from bot.runtime import open_runtime, running
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.bot.test_question_held_up import (
    ALICE,
    ARRIVED,
    HeadteacherRefuses,
    ask_the_head,
    questions_arrived,
    to_alice,
)
from tests.fakes.escalation_channel import FakeChannel, Sent


@dataclass
class AnswerLost(HeadteacherRefuses):
    """The teacher's first notice lands, but the platform's answer never comes (the call hangs)."""

    hung: bool = False

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if address == ALICE and not self.hung:
            self.hung = True
            self.calls.append(Sent("notify", address, key, text=text, retry=retry))
            self._record(Sent("notify", address, key, text=text, retry=retry))  # it reached them
            await asyncio.sleep(3600)  # ...and the answer is lost
        await super().notify(address, text, key, retry)


NOT_DELIVERED = "could not be delivered to the Headteacher"  # refused for good: set aside (since helper `refused`)


async def name_the_inbox(chat: Chat) -> None:
    """An admin names the Headteacher's inbox again: a question its channel refused is tried once more."""
    await Chat(chat.runtime, user=HEAD, conversation=HEAD, extra={actions.EXTRA_ADDRESS: "inbox"}).say(
        "set escalation channel")


@pytest.fixture
def channel() -> FakeChannel:
    return AnswerLost()


async def test_a_held_up_notice_that_may_have_landed_is_followed_by_the_arrival(
        chat: Chat, channel: AnswerLost) -> None:
    chat.runtime.outbox.retry_base = 0.2
    chat.runtime.outbox.send_timeout = 0.3
    channel.refused = True
    await ask_the_head(chat)
    await channel.wait_for(lambda c: c.hung)  # the teacher has read "could not be delivered"; the outbox does not know
    channel.refused = False  # unarchived, and named again by an admin (a refused question waits for that)
    await name_the_inbox(chat)
    await channel.wait_for(lambda c: len(questions_arrived(c)) == 1)
    await asyncio.sleep(2.0)  # every retry due by now
    told = to_alice(channel)
    assert NOT_DELIVERED in told[0]
    assert told[-1].endswith(ARRIVED) and len(told) == 2


@dataclass
class LateThenDown(HeadteacherRefuses):
    """The teacher's first notice lands but its answer is lost (the adapter says it may have been sent); every later
    try fails plainly (their chat is down) until `mended`."""

    tries: int = 0
    mended: bool = False

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if address == ALICE and not self.mended:
            self.tries += 1
            self.calls.append(Sent("notify", address, key, text=text, retry=retry))
            if self.tries == 1:
                self._record(Sent("notify", address, key, text=text, retry=retry))  # it reached them
                raise DeliveryError("slack chat.postMessage: TimeoutError", maybe_sent=True)
            self.changed.set()
            raise DeliveryError("slack conversations.history: http_500")
        await super().notify(address, text, key, retry)


async def test_a_notice_that_may_have_landed_stays_so_through_later_plain_failures(db_url: str) -> None:
    channel = LateThenDown(refused=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_OUTBOX_RETRY_SECONDS=0.05), {"local": channel})
    async with running(runtime):
        chat = Chat(runtime)
        await ask_the_head(chat)
        await channel.wait_for(lambda c: c.tries >= 2)  # read once; the retry (looking first) failed plainly
        channel.refused = False
        await name_the_inbox(chat)
        await channel.wait_for(lambda c: len(questions_arrived(c)) == 1)
        await asyncio.sleep(0.3)
        channel.mended = True
        await channel.wait_for(lambda c: any(t.endswith(ARRIVED) for t in to_alice(c)))
        told = to_alice(channel)
        assert NOT_DELIVERED in told[0]
        assert told[-1].endswith(ARRIVED) and len(told) == 2
