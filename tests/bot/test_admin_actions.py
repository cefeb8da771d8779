"""Only admins see and act on concerns; every action is audited, updates the escalation and tells the reporter."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from bot import actions
from bot.store.models import Concern, ConcernEvent, OutboxEntry, Setting
from bot.store.store import utcnow
from tests.bot.conftest import HEAD, Chat
from tests.fakes.escalation_channel import FakeChannel


async def file_report(chat: Chat, danger: str = "no") -> str:
    await chat.press(actions.FORM_SUBMIT, form={"category": "parent_post", "danger": danger,
                                                "what": "A parent posted that Mr Lee is a liar on the class page"})
    return "C-0001"


async def snapshot(chat: Chat) -> tuple[object, ...]:
    """What a refused action could have changed: concerns, what people did to them, outbox, settings."""
    async with chat.runtime.store.transaction() as s:
        rows = [(c.reference or "", c.status, c.assignee, c.updated_at)
                for c in (await s.execute(select(Concern))).scalars()]
        # the worker's own "escalated" line lands whenever delivery happens: count what people did
        events = len([e for e in (await s.execute(select(ConcernEvent))).scalars() if e.actor != "policybot"])
        queued = sorted(e.key for e in (await s.execute(select(OutboxEntry))).scalars())
        settings = [(r.key, r.value) for r in (await s.execute(select(Setting))).scalars()]
    return rows, events, queued, settings


async def test_non_admin_is_refused_every_concern_action(chat: Chat) -> None:
    ref = await file_report(chat)
    before = await snapshot(chat)
    bob = chat.as_user("local:bob", "Bob")
    bob.extra = {actions.EXTRA_ADDRESS: "local:bob"}
    for action in sorted(actions.ADMIN_ACTIONS):
        for value in (ref, "c-1", "C-9999"):
            [reply] = await bob.press(action, value, text="a note")
            assert reply.private and "only the Headteacher" in reply.text, (action, value)
    for typed in (f"ack {ref}", f"acknowledge {ref}", f"take {ref}", f"close {ref}", f"note {ref} hello",
                  "ack c1", "open concerns", "concerns", "list all reports"):
        [reply] = await bob.say(typed)
        assert "only the Headteacher" in reply.text and ref not in reply.text, typed
    [refused] = await bob.say("set escalation channel")
    assert "Only an admin" in refused.text
    [refused] = await bob.press(actions.SET_ESCALATION)
    assert "Only an admin" in refused.text
    assert await bob.runtime.engine.open_concerns("local:bob") == []
    await chat.say("my reports")  # the reporter sees their own, and only that
    assert ref in chat.text and "Mr Lee" not in chat.text  # its status, not its contents
    await bob.say("my reports")
    assert ref not in bob.text
    assert await snapshot(chat) == before


async def test_admin_acknowledges_takes_notes_and_closes(chat: Chat, channel: FakeChannel) -> None:
    ref = await file_report(chat)
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    head = chat.as_user(HEAD, "Mrs Head")
    [opened] = await head.say("open concerns")
    assert ref in opened.text

    [reply] = await head.press(actions.CONCERN_ACK, ref)
    assert "acknowledged" in reply.text
    await channel.wait_for(lambda c: any(s.kind == "notify" and "acknowledged by Mrs Head" in s.text for s in c.sent))
    notice = next(s for s in channel.of("notify") if "acknowledged" in s.text)
    assert notice.destination == "local:alice"
    await channel.wait_for(lambda c: any(s.view and s.view.status == "acknowledged" for s in c.of("update")))
    acked = next(s.view for s in channel.of("update") if s.view and s.view.status == "acknowledged")
    assert acked is not None and [b.label for b in acked.buttons] == ["Take", "Close"]

    deputy = chat.as_user("local:deputy", "Mr Deputy")
    chat.runtime.settings.admins = (HEAD, "local:deputy")
    [taken] = await deputy.say("take c1")  # a reference typed loosely still names C-0001
    assert taken.text == f"{ref} is now yours."
    await channel.wait_for(lambda c: any("Mr Deputy is now looking after" in s.text for s in c.of("notify")))
    await head.press(actions.CONCERN_TAKE, ref)
    await channel.wait_for(lambda c: any("Mrs Head is now looking after" in s.text for s in c.of("notify")))
    await head.say(f"note {ref} Spoke to the parent; post removed")
    await channel.wait_for(lambda c: any(s.view and ("Latest note", "Spoke to the parent; post removed")
                                         in s.view.summary and s.view.assignee == "Mrs Head"
                                         for s in c.of("update")))
    [closed] = await head.press(actions.CONCERN_CLOSE, ref)
    assert "closed" in closed.text
    await channel.wait_for(lambda c: any("closed" in s.text for s in c.of("notify")))
    await channel.wait_for(lambda c: any(s.view and s.view.status == "closed" and not s.view.buttons
                                         for s in c.of("update")))

    async with chat.runtime.store.transaction() as s:
        concern = (await s.execute(select(Concern))).scalar_one()
        trail = [(e.actor, e.action, e.detail) for e in
                 (await s.execute(select(ConcernEvent).order_by(ConcernEvent.id))).scalars()]
    assert concern.status == "closed" and concern.assignee == "Mrs Head"
    actions_done = [a for _, a, _ in trail]
    for expected in ("reported", "acknowledged", "taken", "note", "closed"):
        assert expected in actions_done
    assert (HEAD, "note", "Spoke to the parent; post removed") in trail
    [again] = await head.press(actions.CONCERN_ACK, ref)
    assert "already closed" in again.text


async def delivered(chat: Chat, kind: str) -> None:
    """Wait until the worker has recorded every entry of this kind as delivered."""
    async with asyncio.timeout(10):
        while True:
            async with chat.runtime.store.transaction() as s:
                rows = (await s.execute(select(OutboxEntry.status).where(OutboxEntry.kind == kind))).scalars().all()
            if rows and all(r == "delivered" for r in rows):
                return
            await chat.runtime.outbox.deliver_due()


async def test_unacknowledged_urgent_concern_is_alerted_again(chat: Chat, channel: FakeChannel) -> None:
    ref = await file_report(chat, danger="yes")
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    worker = chat.runtime.outbox
    await delivered(chat, "post")  # recorded as delivered just after it lands: fifteen minutes is plenty for that
    assert await worker.raise_reminders(utcnow() + timedelta(minutes=5)) == 0
    assert await worker.raise_reminders(utcnow() + timedelta(minutes=16)) == 1
    worker.wake()
    await channel.wait_for(lambda c: any(s.view and s.view.reminder for s in c.posts()))
    await delivered(chat, "remind")
    assert await worker.raise_reminders(utcnow() + timedelta(minutes=16)) == 0  # once per interval
    # Nobody looked for an hour (or the server was down): one reminder now, not one for each interval missed.
    assert await worker.raise_reminders(utcnow() + timedelta(minutes=62)) == 1
    assert await worker.raise_reminders(utcnow() + timedelta(minutes=62)) == 0
    # While that reminder is still on its way, no more pile up behind it to arrive as a burst.
    assert await worker.raise_reminders(utcnow() + timedelta(minutes=76)) == 0
    worker.wake()
    await channel.wait_for(lambda c: sum(1 for s in c.posts() if s.view and s.view.reminder) == 2)
    await delivered(chat, "remind")
    assert await worker.raise_reminders(utcnow() + timedelta(minutes=76)) == 1
    head = chat.as_user(HEAD)
    await head.press(actions.CONCERN_ACK, ref)
    assert await worker.raise_reminders(utcnow() + timedelta(minutes=60)) == 0


async def test_taking_a_new_concern_acknowledges_it_in_the_trail_too(chat: Chat) -> None:
    ref = await file_report(chat)
    head = chat.as_user(HEAD, "Mrs Head")
    await head.say(f"take {ref}")
    async with chat.runtime.store.transaction() as s:
        concern = (await s.execute(select(Concern))).scalar_one()
        trail = [e.action for e in (await s.execute(select(ConcernEvent).where(
            ConcernEvent.concern_id == concern.id).order_by(ConcernEvent.id))).scalars() if e.actor == HEAD]
    assert concern.status == "acknowledged" and trail == ["acknowledged", "taken"]
