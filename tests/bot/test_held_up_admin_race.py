"""The admins' held-up note and the arrival race as the reporter's do (bot/notice_order.py): an admin must never read
"has not reached the Headteacher's channel" after "has now reached", nor be told it at all once it has arrived."""

from __future__ import annotations

import asyncio

import pytest

from bot import actions
from tests.bot.conftest import HEAD, Chat
from tests.bot.test_held_up import ROUTINE, arrived_notes, held_up_notes
from tests.fakes.escalation_channel import ChatUnreachable, FakeChannel


@pytest.fixture
def channel() -> FakeChannel:
    return ChatUnreachable(whose=HEAD)


def head_tried(channel: FakeChannel) -> list[str]:
    return [c.text for c in channel.calls if c.kind == "notify" and c.destination == HEAD]


async def test_an_admins_held_up_note_not_yet_delivered_when_the_concern_arrives_is_withdrawn(
        chat: Chat, channel: ChatUnreachable) -> None:
    chat.runtime.outbox.retry_base = 0.2
    channel.refuse_posts, channel.down = True, True
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    await channel.wait_for(lambda c: any("has not reached" in t for t in head_tried(c)))  # tried, not delivered
    channel.refuse_posts = False  # unarchived before the admin could be told it was held up
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    await asyncio.sleep(0.3)
    channel.down = False  # their chat is back
    await asyncio.sleep(2.0)  # every retry due by now
    # It arrived before they could be told it had not: neither is news, and "has not reached" is never the last word
    assert held_up_notes(channel) == [] and arrived_notes(channel) == []

