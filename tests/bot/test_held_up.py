"""A concern that cannot reach the Headteacher's channel is brought to the admins, once, and so is its arrival."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from bot import actions
from bot.held_up import HELD_UP_AFTER
from bot.metrics import REGISTRY
from bot.store.models import ConcernEvent, OutboxEntry
from bot.store.store import utcnow
from tests.bot.conftest import HEAD, Chat
from tests.fakes.escalation_channel import FakeChannel

URGENT = {"category": "image_shared", "danger": "yes", "what": "A pupil's photo is being shared in a group chat"}
ROUTINE = {"category": "bullying", "danger": "no", "what": "Nasty messages in a class group chat"}


def held_up_notes(channel: FakeChannel) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == HEAD and "has not reached" in s.text]


def arrived_notes(channel: FakeChannel) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == HEAD and "has now reached" in s.text]


async def audit_trail(chat: Chat) -> list[tuple[str, str]]:
    async with chat.runtime.store.transaction() as s:
        rows = (await s.execute(select(ConcernEvent).order_by(ConcernEvent.id))).scalars()
        return [(e.action, e.detail) for e in rows]


async def settled_trail(chat: Chat, admin_told: int) -> list[tuple[str, str]]:
    """The audit trail once the admins' messages, sent already, are recorded as sent (just after)."""
    async with asyncio.timeout(10):
        while True:
            trail = await audit_trail(chat)
            if [a for a, _ in trail].count("admin told") >= admin_told:
                return trail
            await asyncio.sleep(0.01)


async def test_a_refused_escalation_is_brought_to_the_admins_once_and_its_arrival_too(
        chat: Chat, channel: FakeChannel) -> None:
    counted = REGISTRY.get_sample_value("policybot_escalations_held_up_total") or 0.0
    channel.refuse_posts = True  # the Headteacher's channel was archived
    await chat.press(actions.FORM_SUBMIT, form=URGENT)
    await channel.wait_for(lambda c: len([x for x in c.calls if x.kind == "post"]) >= 4)
    assert REGISTRY.get_sample_value("policybot_escalations_held_up_total") == counted + 1
    [note] = held_up_notes(channel)  # four refusals, one message
    assert "C-0001 (URGENT)" in note and "a child may be at risk" in note
    assert "archived" in note and "is_archived" in note and "set escalation channel" in note
    assert URGENT["what"] not in note  # what happened stays in the concern, not in a chat message
    assert channel.posts() == []

    channel.refuse_posts = False  # unarchived
    await channel.wait_for(lambda c: len(c.posts()) == 1 and len(arrived_notes(c)) == 1)
    assert "C-0001" in arrived_notes(channel)[0]
    trail = await settled_trail(chat, admin_told=2)
    assert [a for a, _ in trail if a != "admin told"] == ["reported", "escalation held up", "escalated"]
    assert [d for a, d in trail if a == "admin told"] == [f"{HEAD}: escalation held up",
                                                          f"{HEAD}: escalation got through"]
    [(_, detail)] = [(a, d) for a, d in await audit_trail(chat) if a == "escalation held up"]
    assert "is_archived" in detail and f"admins told: {HEAD}" in detail


async def test_a_short_outage_wakes_nobody(chat: Chat, channel: FakeChannel) -> None:
    channel.fail_next = ["error", "ratelimit", "error"]
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    assert held_up_notes(channel) == [] and arrived_notes(channel) == []
    assert "escalation held up" not in [a for a, _ in await audit_trail(chat)]


async def test_an_outage_that_lasts_is_brought_to_the_admins(chat: Chat, channel: FakeChannel) -> None:
    runtime = chat.runtime
    runtime.outbox.retry_base = 0.3  # time to move the first attempt back before the second
    channel.fail_next = ["error", "error"]
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    await channel.wait_for(lambda c: len(c.calls) == 1)
    assert held_up_notes(channel) == []  # one failure: an outage just begun
    async with runtime.store.transaction() as s:
        [entry] = (await s.execute(select(OutboxEntry).where(OutboxEntry.kind == "post"))).scalars()
        entry.created_at = utcnow() - HELD_UP_AFTER - timedelta(minutes=1)  # failing since then
    await channel.wait_for(lambda c: len(held_up_notes(c)) == 1)
    [note] = held_up_notes(channel)
    assert "C-0001 has not reached" in note and "(URGENT)" not in note
    assert "has not accepted it for 16 minutes (HTTP 500)" in note
    await channel.wait_for(lambda c: len(c.posts()) == 1 and len(arrived_notes(c)) == 1)


async def test_a_concern_held_up_again_after_it_got_through_is_reported_again(
        chat: Chat, channel: FakeChannel) -> None:
    channel.refuse_posts = True
    await chat.press(actions.FORM_SUBMIT, form=URGENT)
    await channel.wait_for(lambda c: len(held_up_notes(c)) == 1)
    channel.refuse_posts = False
    await channel.wait_for(lambda c: len(arrived_notes(c)) == 1)
    # The reminder for the unacknowledged URGENT concern meets the channel archived again.
    channel.refuse_posts = True
    chat.runtime.settings.urgent_reminder_minutes = 0.001
    chat.runtime.outbox.wake()
    await channel.wait_for(lambda c: len(held_up_notes(c)) == 2)
    assert [a for a, _ in await audit_trail(chat)].count("escalation held up") == 2


async def test_nobody_is_told_where_no_admin_can_be_reached(chat: Chat, channel: FakeChannel) -> None:
    chat.runtime.settings.admins = ("teams:29:never-talked-to-policybot",)
    channel.refuse_posts = True
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    await channel.wait_for(lambda c: len([x for x in c.calls if x.kind == "post"]) >= 2)
    assert not any("has not reached" in s.text for s in channel.of("notify"))
    [(_, detail)] = [(a, d) for a, d in await audit_trail(chat) if a == "escalation held up"]
    assert detail.endswith("no admin could be told")
