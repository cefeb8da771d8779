"""A reporter who is one of the admins hears a held-up message's arrival once, in a reporter's words, whichever
message it was (helper notices9: for an URGENT reminder they read the admins' "Concern C-0001 has now reached…").
Through the real engine and outbox, the Headteacher (an admin) reporting in the local chat."""

from __future__ import annotations

from bot import actions
from tests.bot.conftest import HEAD, Chat
from tests.bot.test_held_up import URGENT, held_up_notes
from tests.bot.test_held_up_reporter import posts_tried
from tests.fakes.escalation_channel import FakeChannel


def arrivals(channel: FakeChannel) -> list[str]:
    return [t for t in channel.to(HEAD) if "has now reached" in t]


async def test_an_admin_s_own_urgent_reminder_arriving_is_told_as_theirs(chat: Chat, channel: FakeChannel) -> None:
    head = chat.as_user(HEAD, "Head")
    await head.press(actions.FORM_SUBMIT, form=URGENT)
    await channel.wait_for(lambda c: len(c.posts()) == 1)  # the alert arrived; nobody acknowledges it
    channel.refuse_posts = True  # then the channel is archived
    chat.runtime.settings.urgent_reminder_minutes = 0.001
    chat.runtime.outbox.wake()
    await channel.wait_for(lambda c: len(held_up_notes(c)) == 1)
    await posts_tried(channel, 3)
    chat.runtime.settings.urgent_reminder_minutes = 60.0  # no further reminder while we look
    channel.refuse_posts = False
    await channel.wait_for(lambda c: len(c.posts()) == 2 and len(arrivals(c)) >= 1)
    await posts_tried(channel, 4)
    [arrived] = arrivals(channel)  # one message: as its reporter, not again as an admin
    assert arrived.startswith("The reminder about your URGENT report C-0001 has now reached ")
    assert len(held_up_notes(channel)) == 1
