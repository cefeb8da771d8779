"""The reporter's held-up notice and the arrival race: what they read must never say "not reached yet" after "has now
reached", nor leave them told it is held up and never told it arrived."""

from __future__ import annotations

import asyncio

import pytest

from bot import actions
from tests.bot.conftest import Chat
from tests.bot.test_held_up import ROUTINE
from tests.fakes.escalation_channel import ChatUnreachable, FakeChannel

ALICE = "local:alice"


@pytest.fixture
def channel() -> FakeChannel:
    return ChatUnreachable(whose=ALICE)


def alice_got(channel: FakeChannel) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == ALICE]


def alice_tried(channel: FakeChannel) -> list[str]:
    return [c.text for c in channel.calls if c.kind == "notify" and c.destination == ALICE]


async def test_a_held_up_notice_not_yet_delivered_when_the_report_arrives_is_never_read_after_the_arrival(
        chat: Chat, channel: ChatUnreachable) -> None:
    chat.runtime.outbox.retry_base = 0.2
    channel.refuse_posts, channel.down = True, True
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    await channel.wait_for(lambda c: len(alice_tried(c)) >= 1)  # "has not reached" tried, not delivered
    channel.refuse_posts = False  # unarchived before the teacher could be told it was held up
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    await asyncio.sleep(0.3)
    channel.down = False  # their chat is back
    await asyncio.sleep(2.0)  # every retry due by now
    # It went, as the thank-you said: nothing to tell them; above all never "has not reached" as the last word
    assert alice_got(channel) == [], [t[:30] for t in alice_got(channel)]


async def test_a_held_up_notice_delivered_before_the_arrival_is_followed_by_the_arrival(
        chat: Chat, channel: ChatUnreachable) -> None:
    channel.refuse_posts = True
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    await channel.wait_for(lambda c: len(alice_got(c)) == 1)
    channel.refuse_posts = False
    await channel.wait_for(lambda c: len(alice_got(c)) == 2)
    [held, arrived] = alice_got(channel)
    assert "has not reached" in held and arrived == "Your report C-0001 has now reached the Headteacher."
