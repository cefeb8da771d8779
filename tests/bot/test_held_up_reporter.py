"""A reporter told their report "has gone to the Headteacher" is told privately, once, when it is held up instead, and
again when it arrives; each in the concern's audit trail. Through the real engine and outbox, a teacher in the local
chat, the platform refusing posts as an archived channel does."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from bot import actions
from bot.held_up import HELD_UP_AFTER
from bot.runtime import open_runtime, running
from bot.store.models import OutboxEntry
from bot.store.store import utcnow
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.bot.test_concern_report import start_urgent
from tests.bot.test_held_up import ROUTINE, URGENT, arrived_notes, held_up_notes, post_entry, trail_of
from tests.fakes.escalation_channel import FakeChannel

ALICE = "local:alice"  # the teacher who reports (Chat's default user)
IN_PERSON = "tell the Headteacher or the Designated Safeguarding Lead in person now"


def told_held_up(channel: FakeChannel, who: str = ALICE) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == who and "has not reached" in s.text]


def alice_notified(channel: FakeChannel) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == ALICE]


def told_arrived(channel: FakeChannel, who: str = ALICE) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == who and "has now reached" in s.text]


async def reporter_rows(chat: Chat, count: int) -> list[str]:
    """The reporter's "reporter told" audit rows once `count` are recorded (each as its message is delivered)."""
    async with asyncio.timeout(10):
        while True:
            rows = [d for a, d in await trail_of(chat.runtime) if a == "reporter told"]
            if len(rows) >= count:
                return rows
            await asyncio.sleep(0.01)


async def posts_tried(channel: FakeChannel, times: int) -> None:
    await channel.wait_for(lambda c: len([x for x in c.calls if x.kind == "post"]) >= times)


async def test_a_report_held_up_is_told_to_its_reporter_once_and_its_arrival_too(
        chat: Chat, channel: FakeChannel) -> None:
    channel.refuse_posts = True  # the Headteacher's channel was archived
    [thanks, *_] = await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    assert "has gone to the Headteacher" in thanks.text  # said as it was queued, before any try
    await posts_tried(channel, 4)
    await channel.wait_for(lambda c: len(told_held_up(c)) >= 1)
    [told] = told_held_up(channel)  # four refusals, one message
    assert told.startswith("Your report C-0001 has not reached the Headteacher yet: the Headteacher's inbox in the "
                           "local chat is not accepting messages.")
    assert "kept safe" in told and "I keep trying" in told and "has been told" in told
    assert f"If a child may be at risk, {IN_PERSON}." in told
    assert ROUTINE["what"] not in told and "is_archived" not in told  # the reference only; no error code
    assert len(held_up_notes(channel)) == 1  # the Headteacher is told as before, separately

    channel.refuse_posts = False  # unarchived
    await channel.wait_for(lambda c: len(c.posts()) == 1 and len(told_arrived(c)) == 1)
    assert told_arrived(channel) == ["Your report C-0001 has now reached the Headteacher."]
    assert await reporter_rows(chat, 2) == ["escalation held up", "escalation got through"]
    assert len(told_held_up(channel)) == 1


async def test_an_urgent_alert_held_up_tells_its_reporter_to_go_in_person(chat: Chat, channel: FakeChannel) -> None:
    channel.refuse_posts = True
    await start_urgent(chat)  # the danger "yes": "I've alerted the Headteacher now: URGENT concern C-0001"
    assert "I've alerted the Headteacher now: URGENT concern C-0001" in chat.text
    await channel.wait_for(lambda c: len(told_held_up(c)) == 1)
    [told] = told_held_up(channel)
    assert told.startswith("Your URGENT report C-0001 has not reached the Headteacher yet")
    assert f"You said a child may be in danger: {IN_PERSON}, and call 999" in told

    channel.refuse_posts = False
    await channel.wait_for(lambda c: len(told_arrived(c)) == 1)


async def reminder_entry(chat: Chat) -> OutboxEntry:
    async with chat.runtime.store.transaction() as s:
        return (await s.execute(select(OutboxEntry).where(OutboxEntry.kind == "remind"))).scalar_one()


def told_of_reminder(channel: FakeChannel, words: str) -> list[str]:
    return [t for t in alice_notified(channel) if "reminder" in t and words in t]


async def test_an_urgent_reminder_held_up_is_told_to_its_reporter_once_and_its_arrival_too(
        chat: Chat, channel: FakeChannel) -> None:
    """Told "I've alerted the Headteacher now" and that the alert is repeated until someone acknowledges it, the
    reporter of an URGENT concern nobody has acknowledged must hear when that reminder cannot get through, so they go
    in person; and when it arrives. Until helper notices2 only the admins were told."""
    await start_urgent(chat)
    await channel.wait_for(lambda c: len(c.posts()) == 1)  # the alert arrived; nobody acknowledges it
    channel.refuse_posts = True  # then the channel is archived
    chat.runtime.settings.urgent_reminder_minutes = 0.001
    chat.runtime.outbox.wake()
    await channel.wait_for(lambda c: len(held_up_notes(c)) == 1)  # the admins, as before
    await posts_tried(channel, 5)
    await channel.wait_for(lambda c: len(told_of_reminder(c, "has not reached")) >= 1)
    [held] = told_of_reminder(channel, "has not reached")  # refused again and again: told once
    assert held.startswith("Nobody has acknowledged your URGENT report C-0001 yet, and the reminder I sent the "
                           "Headteacher has not reached them: the Headteacher's inbox in the local chat is not "
                           "accepting messages.")
    assert f"You said a child may be in danger: {IN_PERSON}, and call 999" in held
    assert URGENT["what"] not in held and "is_archived" not in held

    chat.runtime.settings.urgent_reminder_minutes = 60.0  # no further reminder while we look
    channel.refuse_posts = False
    await channel.wait_for(lambda c: len(c.posts()) == 2 and len(told_of_reminder(c, "has now reached")) == 1)
    assert told_of_reminder(channel, "has now reached") == [
        "The reminder about your URGENT report C-0001 has now reached the Headteacher."]
    assert alice_notified(channel)[-2:] == [held, "The reminder about your URGENT report C-0001 has now reached the "
                                                  "Headteacher."]
    assert await reporter_rows(chat, 2) == ["reminder held up", "reminder got through"]
    assert told_held_up(channel) == [held]  # the alert itself was never held up: nothing else said


async def test_a_short_outage_is_not_told_to_the_reporter(chat: Chat, channel: FakeChannel) -> None:
    channel.fail_next = ["error", "ratelimit", "error"]
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    await asyncio.sleep(0.1)  # anything queued on the way would be delivered by now
    assert told_held_up(channel) == [] and told_arrived(channel) == []


async def test_an_outage_that_lasts_is_told_to_the_reporter_in_plain_words(chat: Chat, channel: FakeChannel) -> None:
    runtime = chat.runtime
    runtime.outbox.retry_base = 0.3
    channel.fail_next = ["error", "error", "error"]
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    async with asyncio.timeout(10):
        while not (await post_entry(runtime)).last_error:  # noqa: ASYNC110 - the database has no event to wait on
            await asyncio.sleep(0.01)
    async with runtime.store.transaction() as s:
        [entry] = (await s.execute(select(OutboxEntry).where(OutboxEntry.kind == "post"))).scalars()
        entry.created_at = utcnow() - HELD_UP_AFTER - timedelta(minutes=1)  # failing since then
    await channel.wait_for(lambda c: len(told_held_up(c)) == 1 and len(told_arrived(c)) == 1)
    [told] = told_held_up(channel)
    assert "messages to the Headteacher have not been getting through for 16 minutes" in told
    assert "HTTP 500" not in told


async def test_a_reporter_who_is_an_admin_gets_one_message_saying_it_is_theirs(chat: Chat,
                                                                              channel: FakeChannel) -> None:
    head = chat.as_user(HEAD, "Mrs Head")  # the Headteacher reports, and is the admin told
    channel.refuse_posts = True
    await head.press(actions.FORM_SUBMIT, form=URGENT)
    await posts_tried(channel, 3)
    await channel.wait_for(lambda c: len(told_held_up(c, HEAD)) >= 1)
    [told] = told_held_up(channel, HEAD)
    # the local install's inbox, named as such: it is no channel (until 2026-12-01, "the Headteacher's channel")
    assert told.startswith("Your report C-0001 (URGENT) has not reached the Headteacher's inbox in the local chat")
    assert IN_PERSON in told and "set escalation channel" in told  # what a reporter needs, and what an admin can do

    channel.refuse_posts = False
    await channel.wait_for(lambda c: len(told_arrived(c, HEAD)) >= 1)
    await asyncio.sleep(0.1)
    assert told_arrived(channel, HEAD) == ["Your report C-0001 has now reached the Headteacher's inbox in the local "
                                           "chat."]
    assert len(told_held_up(channel, HEAD)) == 1


async def test_with_no_channel_set_the_reporter_told_so_when_sending_hears_only_of_its_arrival(db_url: str) -> None:
    # The inbox is off (the admin is someone else), and no channel is set: a report has nowhere to go.
    channel = FakeChannel()
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS="local:dsl"), {"local": channel})
    async with running(runtime):
        chat = Chat(runtime)
        dsl = Chat(runtime, user="local:dsl", conversation="local:dsl", name="Dee DSL",
                   extra={actions.EXTRA_ADDRESS: "dsl-room"})
        [thanks, *_] = await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
        # told already, as it was sent; a local install has no channel: its inbox is off
        assert "the Headteacher's inbox on this computer is off and nowhere else is set up yet" in thanks.text
        await channel.wait_for(lambda c: any("has not reached" in s.text for s in c.of("notify")
                                             if s.destination == "local:dsl"))
        assert told_held_up(channel) == []  # not told again
        [said] = await reporter_rows(chat, 1)
        # a local install has no channel (helper notices3; it said "no Headteacher's channel was set")
        assert said.startswith("escalation held up: the Headteacher's inbox on this computer was off and nowhere else "
                               "was set up when it was sent")

        [done] = await dsl.say("set escalation channel")
        assert done.text.startswith("Done")
        await channel.wait_for(lambda c: len(c.posts()) == 1 and len(told_arrived(c)) == 1)
        assert told_arrived(channel) == ["Your report C-0001 has now reached the Headteacher."]
        assert (await reporter_rows(chat, 2))[1] == "escalation got through"
        assert told_held_up(channel) == []


async def test_a_reopening_held_up_is_told_to_the_reporter_once_and_its_arrival_too(
        chat: Chat, channel: FakeChannel) -> None:
    """Their reply said "the Headteacher's team has been told" it is open again: when that message is held up, they
    hear so, once, and when it arrives; each in the trail, never what they added."""
    await start_urgent(chat)
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    await chat.as_user(HEAD, "Head").say("close C-0001")
    channel.refuse_posts = True
    replies = await chat.say("Leo M, 3C")  # opens it again; the message saying so is refused
    assert any("has been told" in r.text for r in replies)
    await channel.wait_for(lambda c: any("open again" in n for n in held_up_notes(c)))
    await posts_tried(channel, 4)
    await channel.wait_for(lambda c: len(told_held_up(c)) >= 1)
    [held] = told_held_up(channel)  # refused again and again: told once
    assert held.startswith("What you added to your report C-0001 opened it again, but the message telling the "
                           "Headteacher's team has not reached them yet: the Headteacher's inbox in the local chat is "
                           "not accepting messages.")
    assert "I keep trying" in held and IN_PERSON in held and "Leo" not in held and "is_archived" not in held
    channel.refuse_posts = False
    await channel.wait_for(lambda c: len(arrived_notes(c)) == 1 and len(alice_notified(c)) == 3)
    [closed, _, arrived] = alice_notified(channel)
    assert "has been closed" in closed
    assert arrived == "The Headteacher's team has now been told your report C-0001 is open again."
    assert (await reporter_rows(chat, 3)) == ["closed", "reopening held up", "reopening got through"]


async def test_a_reminder_held_up_and_then_acknowledged_is_not_posted_nor_its_arrival_told(
        chat: Chat, channel: FakeChannel) -> None:
    """Acknowledged while its reminder was held up, the concern needs no reminder: posting "has not been acknowledged"
    would be untrue in the Headteacher's channel, and "the reminder has now reached the Headteacher" to its reporter
    pointless. The reminder is withdrawn, and with it anything still to say about it."""
    await start_urgent(chat)
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    channel.refuse_posts = True
    chat.runtime.settings.urgent_reminder_minutes = 0.001
    chat.runtime.outbox.wake()
    await channel.wait_for(lambda c: len(told_of_reminder(c, "has not reached")) == 1)
    chat.runtime.settings.urgent_reminder_minutes = 60.0
    [acked] = await chat.as_user(HEAD, "Mrs Head").say("ack C-0001")
    assert "C-0001" in acked.text
    channel.refuse_posts = False
    await channel.wait_for(lambda c: any("acknowledged" in t for t in alice_notified(c)))
    async with asyncio.timeout(10):
        while (reminder := await reminder_entry(chat)).status == "pending":  # noqa: ASYNC110 - no event to wait on
            await asyncio.sleep(0.01)
    assert reminder.status == "withdrawn"
    await asyncio.sleep(0.3)  # anything queued on the way would be delivered by now
    assert len(channel.posts()) == 1  # no "Reminder: … has not been acknowledged" after it was
    assert told_of_reminder(channel, "has now reached") == []
