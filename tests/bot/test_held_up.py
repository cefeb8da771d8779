"""A concern that cannot reach the Headteacher's channel is brought to the admins, once, and so is its arrival."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bot import actions
from bot.escalation import DeliveryError, EscalationView, Receipt
from bot.held_up import HELD_UP_AFTER
from bot.metrics import REGISTRY
from bot.outbox import OutboxWorker
from bot.runtime import Runtime, open_runtime, running
from bot.store.models import ConcernEvent, OutboxEntry
from bot.store.store import Store, utcnow
from policy_kb.knowledge import KnowledgeBase
from tests.bot.conftest import HEAD, Chat, from_template, loaded, make_settings
from tests.fakes.escalation_channel import FakeChannel, Sent

URGENT = {"category": "image", "danger": "yes", "what": "A pupil's photo is being shared in a group chat"}
ROUTINE = {"category": "bullying", "danger": "no", "what": "Nasty messages in a class group chat"}


def held_up_notes(channel: FakeChannel) -> list[str]:
    """The admin's messages saying a concern, or its URGENT reminder, has not got through."""
    return [s.text for s in channel.of("notify")
            if s.destination == HEAD and ("has not reached" in s.text or "could not be posted" in s.text)]


def arrived_notes(channel: FakeChannel) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == HEAD and "has now reached" in s.text]


async def trail_of(runtime: Runtime) -> list[tuple[str, str]]:
    async with runtime.store.transaction() as s:
        rows = (await s.execute(select(ConcernEvent).order_by(ConcernEvent.id))).scalars()
        return [(e.action, e.detail) for e in rows]


async def audit_trail(chat: Chat) -> list[tuple[str, str]]:
    return await trail_of(chat.runtime)


async def post_entry(runtime: Runtime) -> OutboxEntry:
    async with runtime.store.transaction() as s:
        return (await s.execute(select(OutboxEntry).where(OutboxEntry.kind == "post"))).scalar_one()


async def settled_trail(chat: Chat, admin_told: int) -> list[tuple[str, str]]:
    """The audit trail once the admins' messages, sent already, are recorded as sent (just after)."""
    async with asyncio.timeout(30):
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
    assert "C-0001 (URGENT)" in note and "a child may be at risk" in note.lower()
    assert "archived" in note and "is_archived" in note and "set escalation channel" in note
    assert URGENT["what"] not in note  # what happened stays in the concern, not in a chat message
    assert channel.posts() == []

    channel.refuse_posts = False  # unarchived
    await channel.wait_for(lambda c: len(c.posts()) == 1 and len(arrived_notes(c)) == 1)
    assert "C-0001" in arrived_notes(channel)[0]
    trail = await settled_trail(chat, admin_told=2)
    assert [a for a, _ in trail if a not in ("admin told", "reporter told")] == ["reported", "escalation held up",
                                                                           "escalated"]
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


@dataclass
class PostsFailing(FakeChannel):
    """The Headteacher's channel fails every post (HTTP 500) while `down`, an outage; people's own chats still work."""

    down: bool = False

    async def post(self, view: EscalationView, destination: str, key: str, retry: bool = False) -> Receipt:
        if self.down:
            self.calls.append(Sent("post", destination, key, view, retry=retry))
            self.changed.set()
            raise DeliveryError("HTTP 500")
        return await super().post(view, destination, key, retry)


async def try_the_post_now(runtime: Runtime, since: datetime | None = None) -> None:
    """The post's back-off over (and its outage begun at `since`): tried again at the worker's next pass."""
    async with runtime.store.transaction() as s:
        [entry] = (await s.execute(select(OutboxEntry).where(OutboxEntry.kind == "post"))).scalars()
        entry.next_attempt_at = utcnow()
        if since is not None:
            entry.created_at = since
    runtime.outbox.wake()


async def test_an_outage_that_lasts_is_brought_to_the_admins(db_url: str, migrated_template: Path,
                                                             bundled_kb: KnowledgeBase) -> None:
    # The channel is down until the test says, and each try's back-off five minutes (MAX_BACKOFF), so each try comes
    # when the test moves it forward, whatever the machine's load. Until helper flaky the outage was a few queued
    # failures and a back-off of 0.3 s: under load they could all be used up, or the post could get through before
    # the admins' notice was sent (withdrawn then, rightly: it arrived), and the notice never came.
    channel = PostsFailing(down=True)
    settings = make_settings(await from_template(db_url, migrated_template))
    runtime = await open_runtime(settings, {"local": channel}, loaded(settings, bundled_kb))
    runtime.outbox.retry_base = 3600.0
    async with running(runtime):
        await Chat(runtime).press(actions.FORM_SUBMIT, form=ROUTINE)
        async with asyncio.timeout(30):  # until the first failure is recorded: an outage just begun
            while not (await post_entry(runtime)).last_error:  # noqa: ASYNC110 - the database has no event to wait on
                await asyncio.sleep(0.01)
        assert held_up_notes(channel) == []
        await try_the_post_now(runtime, since=utcnow() - HELD_UP_AFTER - timedelta(minutes=1))  # failing since then
        await channel.wait_for(lambda c: len(held_up_notes(c)) == 1, within=30)
        [note] = held_up_notes(channel)
        assert "C-0001 has not reached" in note and "(URGENT)" not in note
        assert "has not accepted it for 16 minutes (HTTP 500)" in note
        assert len(channel.of("post")) == 0 and len([x for x in channel.calls if x.kind == "post"]) == 2

        channel.down = False  # the outage over
        await try_the_post_now(runtime)
        await channel.wait_for(lambda c: len(c.posts()) == 1 and len(arrived_notes(c)) == 1, within=30)
        assert "C-0001" in arrived_notes(channel)[0] and len(held_up_notes(channel)) == 1


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
    assert "C-0001 is URGENT and still not acknowledged, and the reminder could not be posted" in held_up_notes(
        channel)[1]
    assert [a for a, _ in await audit_trail(chat)].count("escalation held up") == 2


async def test_nobody_is_told_where_no_admin_can_be_reached(chat: Chat, channel: FakeChannel) -> None:
    # The local inbox acts as local:headteacher, not an admin here: the escalation has nowhere to go.
    chat.runtime.settings.admins = ("teams:29:never-talked-to-policybot",)
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    for _ in range(400):  # until the outbox has tried it twice
        async with chat.runtime.store.transaction() as s:
            tries = (await s.execute(select(OutboxEntry.attempts).where(OutboxEntry.kind == "post"))).scalar()
        if (tries or 0) >= 2:
            break
        await asyncio.sleep(0.01)
    assert tries is not None and tries >= 2
    assert channel.of("post") == [] and channel.of("notify") == []
    # Nothing recorded, so the next failure tries again: the admin may have talked to policybot by then.
    assert "escalation held up" not in [a for a, _ in await audit_trail(chat)]


async def test_an_admin_named_twice_is_told_once(chat: Chat, channel: FakeChannel) -> None:
    chat.runtime.settings.admins = (HEAD, HEAD)
    channel.refuse_posts = True
    await chat.press(actions.FORM_SUBMIT, form=URGENT)
    await channel.wait_for(lambda c: len(held_up_notes(c)) == 1)
    await channel.wait_for(lambda c: len([x for x in c.calls if x.kind == "post"]) >= 3)
    assert len(held_up_notes(channel)) == 1


async def test_a_concern_already_dealt_with_is_not_brought_up(chat: Chat, channel: FakeChannel) -> None:
    runtime = chat.runtime
    runtime.outbox.stop()  # the post is held back until the concern is closed
    await chat.press(actions.FORM_SUBMIT, form=URGENT)
    head = chat.as_user(HEAD, "Mrs Head")
    await head.say("close C-0001")
    assert "closed" in head.text.lower()
    channel.refuse_posts = True
    worker = OutboxWorker(runtime.store, {"local": channel}, runtime.settings, retry_base=0.01)
    for _ in range(3):
        await worker.deliver_due()
        await asyncio.sleep(0.02)
    assert len([x for x in channel.calls if x.kind == "post"]) >= 2  # still tried: the record must be posted
    assert held_up_notes(channel) == [] and "escalation held up" not in [a for a, _ in await audit_trail(chat)]


async def test_a_terminal_beside_the_server_does_not_call_the_slack_channel_missing(db_url: str) -> None:
    # The terminal chat's worker shares the server's database but only has the local channel: that it finds no
    # Slack destination says nothing about the server, which has one.
    settings = make_settings(db_url, SLACK_BOT_TOKEN="xoxb-1", SLACK_SIGNING_SECRET="s",
                             SLACK_HEADTEACHER_CHANNEL="C0HEAD", POLICYBOT_ADMINS="slack:U0HEAD")
    slack, local = FakeChannel(platform="slack"), FakeChannel()
    server = await open_runtime(settings, {"slack": slack})  # its worker driven by hand
    terminal_store = await Store.open(db_url)
    try:
        terminal = OutboxWorker(terminal_store, {"local": local}, settings, retry_base=0.01)
        teacher = Chat(server, user="slack:U0TEACH", conversation="slack:D0TEACH")
        await teacher.press(actions.FORM_SUBMIT, form=URGENT)
        assert await terminal.deliver_due() == 0  # it claimed the post and found nowhere to send it
        assert "escalation held up" not in [a for a, _ in await trail_of(server)]
        slack.refuse_posts = True  # and then the server meets the archived channel: the admin must hear of it
        server.outbox.retry_base = 0.01
        async with asyncio.timeout(10):
            while not any("has not reached" in n.text for n in slack.of("notify")):
                await server.outbox.deliver_due()
                await asyncio.sleep(0.02)
        [note] = [n for n in slack.of("notify") if "has not reached" in n.text and n.destination == "U0HEAD"]
        assert "is_archived" in note.text
    finally:
        await terminal_store.close()
        await server.store.close()


class ArchivedChannel(FakeChannel):
    """Refuses every post to one destination, as Teams does a channel that was deleted."""

    archived: str = "old-channel"

    async def post(self, view: EscalationView, destination: str, key: str, retry: bool = False) -> Receipt:
        if destination == self.archived:
            self.calls.append(Sent("post", destination, key, view, retry=retry))
            raise DeliveryError("teams: 403 archived", permanent=True)
        return await super().post(view, destination, key, retry)


async def test_setting_another_channel_sends_what_the_old_one_refused_at_once(db_url: str) -> None:
    teams = ArchivedChannel(platform="teams")
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS="teams:head"), {"teams": teams})
    runtime.outbox.retry_base = 3600.0  # a refused escalation's next try is an hour away...
    async with running(runtime):
        head = Chat(runtime, user="teams:head", conversation="teams:19:old",
                    extra={actions.EXTRA_ADDRESS: teams.archived, actions.EXTRA_USER_ADDRESS: "head-dm"})
        await head.say("set escalation channel")
        await Chat(runtime).press(actions.FORM_SUBMIT, form=URGENT)
        await teams.wait_for(lambda c: any("has not reached" in n.text for n in c.of("notify")))
        [note] = [n for n in teams.of("notify") if "has not reached" in n.text]
        assert note.destination == "head-dm" and "C-0001 (URGENT)" in note.text

        new = Chat(runtime, user="teams:head", conversation="teams:19:new",
                   extra={actions.EXTRA_ADDRESS: "new-channel"})
        await new.say("set escalation channel")
        await teams.wait_for(lambda c: len(c.posts()) == 1)  # ...but it goes as soon as there is another channel
        assert teams.posts()[0].destination == "new-channel"
        await teams.wait_for(lambda c: any("has now reached" in n.text for n in c.of("notify")))


async def test_an_urgent_reminder_goes_to_the_channel_the_headteacher_uses_now(db_url: str) -> None:
    teams = ArchivedChannel(platform="teams")
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS="teams:head"), {"teams": teams})
    async with running(runtime):
        head = Chat(runtime, user="teams:head", conversation="teams:19:first",
                    extra={actions.EXTRA_ADDRESS: "first-channel", actions.EXTRA_USER_ADDRESS: "head-dm"})
        await head.say("set escalation channel")
        await Chat(runtime).press(actions.FORM_SUBMIT, form=URGENT)
        await teams.wait_for(lambda c: len(c.posts()) == 1)
        teams.archived = "first-channel"  # archived after the concern was posted in it, and not yet acknowledged
        runtime.settings.urgent_reminder_minutes = 0.001
        runtime.outbox.wake()
        await teams.wait_for(lambda c: any("reminder could not be posted" in n.text for n in c.of("notify")))
        [note] = [n for n in teams.of("notify") if "reminder could not be posted" in n.text]
        assert "C-0001 is URGENT and still not acknowledged" in note.text and "has not reached" not in note.text

        new = Chat(runtime, user="teams:head", conversation="teams:19:new",
                   extra={actions.EXTRA_ADDRESS: "new-channel"})
        await new.say("set escalation channel")
        await teams.wait_for(lambda c: any(p.destination == "new-channel" for p in c.posts()))
        [reminder] = [p for p in teams.posts() if p.destination == "new-channel"]
        assert reminder.view is not None and reminder.view.reference == "C-0001"


async def test_the_reporter_sees_a_concern_held_up_as_not_yet_with_the_headteacher(
        chat: Chat, channel: FakeChannel) -> None:
    channel.refuse_posts = True
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    await channel.wait_for(lambda c: len(held_up_notes(c)) == 1)
    [mine] = await chat.say("my reports")
    assert "C-0001" in mine.text and "New, not yet delivered to the Headteacher (policybot keeps trying)" in mine.text

    channel.refuse_posts = False
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    async with asyncio.timeout(10):  # the receipt is recorded just after the post
        while "not yet" in (await chat.say("my reports"))[0].text:  # noqa: ASYNC110 - the database has no event
            await asyncio.sleep(0.01)
    [mine] = await chat.say("my reports")
    assert mine.text == "Your reports:\n\u2022 C-0001: Online bullying of a pupil, New"


async def test_a_reopening_the_channel_refuses_is_brought_to_the_admins(chat: Chat, channel: FakeChannel) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.click("Yes")
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    head = chat.as_user(HEAD, "Head")
    await head.say("close C-0001")
    channel.refuse_posts = True  # archived after it was closed
    await chat.say("Leo M, 3C")  # new details: open again, and the message saying so cannot be posted
    await channel.wait_for(lambda c: any("open again" in n for n in held_up_notes(c)))
    [note] = held_up_notes(channel)
    assert "C-0001 (URGENT)" in note and "Leo M" not in note
    channel.refuse_posts = False
    await channel.wait_for(lambda c: any(p.view is not None and p.view.reopened for p in c.posts())
                           and len(arrived_notes(c)) == 1)
