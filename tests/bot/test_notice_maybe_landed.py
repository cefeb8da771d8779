"""A held-up notice whose send hung (it may have reached the teacher) must not be withdrawn silently when the
question then arrives: "has not reached the Headteacher" would be the last word they read. It is retried (the platform
is asked first whether it has it), and the arrival follows it."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest

from tests.bot.conftest import Chat
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


@pytest.fixture
def channel() -> FakeChannel:
    return AnswerLost()


async def test_a_held_up_notice_that_may_have_landed_is_followed_by_the_arrival(
        chat: Chat, channel: AnswerLost) -> None:
    chat.runtime.outbox.retry_base = 0.2
    chat.runtime.outbox.send_timeout = 0.3
    channel.refused = True
    await ask_the_head(chat)
    await channel.wait_for(lambda c: c.hung)  # the teacher has read "has not reached"; the outbox does not know
    channel.refused = False
    await channel.wait_for(lambda c: len(questions_arrived(c)) == 1)
    await asyncio.sleep(2.0)  # every retry due by now
    told = to_alice(channel)
    assert told[0].startswith("Your question has not reached the Headteacher yet")
    assert told[-1] == ARRIVED and len(told) == 2
