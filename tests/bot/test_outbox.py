"""Escalations reach the Headteacher exactly once, through errors, rate limits, timeouts and lost answers."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot import actions, concerns, destinations
from bot.escalation import DeliveryError, EscalationView, Receipt
from bot.outbox import OutboxWorker
from bot.runtime import Runtime, open_runtime, running
from bot.store.models import OutboxEntry
from bot.store.store import Store, utcnow
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.fakes.escalation_channel import FakeChannel

FORM = {"category": "bullying", "danger": "no", "what": "Nasty messages in a class group chat"}


async def entries(runtime: Runtime) -> list[OutboxEntry]:
    async with runtime.store.transaction() as s:
        return list((await s.execute(select(OutboxEntry).order_by(OutboxEntry.id))).scalars().all())


async def test_errors_rate_limits_timeouts_and_lost_answers_deliver_exactly_once(
        chat: Chat, channel: FakeChannel) -> None:
    # long enough that a loaded machine does not time out the fifth, answered, try too (seen on PostgreSQL)
    chat.runtime.outbox.send_timeout = 1.0
    channel.fail_next = ["error", "ratelimit", "hang", "lost"]
    await chat.press(actions.FORM_SUBMIT, form=FORM)
    await channel.wait_for(lambda c: len(c.calls) >= 5)
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    [post] = channel.posts()
    assert post.view is not None and post.view.reference == "C-0001"
    retries = [c.retry for c in channel.calls if c.kind == "post"]
    assert retries[0] is False and all(retries[1:])  # every re-send was told to check before posting
    [entry] = [e for e in await entries(chat.runtime) if e.kind == "post"]
    for _ in range(50):
        if entry.status == "delivered":
            break
        await chat.runtime.outbox.deliver_due()
        [entry] = [e for e in await entries(chat.runtime) if e.kind == "post"]
    assert entry.status == "delivered" and entry.attempts == 5


async def test_retry_after_is_honoured(chat: Chat, channel: FakeChannel) -> None:
    channel.retry_after = 30.0
    channel.fail_next = ["ratelimit"]
    await chat.press(actions.FORM_SUBMIT, form=FORM)
    await channel.wait_for(lambda c: len(c.calls) == 1)
    [entry] = [e for e in await entries(chat.runtime) if e.kind == "post"]
    wait = (entry.next_attempt_at - entry.created_at).total_seconds()
    assert entry.status == "pending" and wait >= 29  # not the 0.01 s backoff: Slack said wait 30 s
    assert await chat.runtime.outbox.deliver_due() == 0 and channel.posts() == []


async def test_an_escalation_with_nowhere_to_go_waits_until_a_destination_exists(chat: Chat) -> None:
    runtime = chat.runtime
    late = runtime.channels.pop("local")
    await chat.press(actions.FORM_SUBMIT, form=FORM)
    # Until an attempt has failed, made here or by the running worker (which may hold the claim meanwhile).
    async with asyncio.timeout(10):
        while not (entry := next(e for e in await entries(runtime) if e.kind == "post")).last_error:
            await runtime.outbox.deliver_due()
    assert entry.status == "pending" and "no escalation destination" in entry.last_error
    runtime.channels["local"] = late
    async with runtime.store.transaction() as s:
        (await s.get(OutboxEntry, entry.id)).next_attempt_at = entry.created_at  # type: ignore[union-attr]
    runtime.outbox.wake()
    assert isinstance(late, FakeChannel)
    await late.wait_for(lambda c: len(c.posts()) == 1)


async def test_duplicate_delivery_changes_nothing(chat: Chat, channel: FakeChannel) -> None:
    await chat.say("report a concern", delivery_id="evt-1")
    first = chat.text
    assert "What kind of concern" in first
    assert await chat.say("report a concern", delivery_id="evt-1") == []
    await chat.press(actions.FORM_SUBMIT, form=FORM, delivery_id="evt-2")
    # the form that sent the report, received again: its reference again (that answer may be the one lost), nothing more
    [again] = await chat.press(actions.FORM_SUBMIT, form=FORM, delivery_id="evt-2")
    assert "sent once, as C-0001" in again.text
    assert len([e for e in await entries(chat.runtime) if e.kind == "post"]) == 1


async def test_the_reporter_is_told_once_through_errors_and_rate_limits(chat: Chat, channel: FakeChannel) -> None:
    await chat.press(actions.FORM_SUBMIT, form=FORM)
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    channel.fail_next = ["error", "ratelimit", "error"]
    await chat.as_user(HEAD, "Mrs Head").press(actions.CONCERN_ACK, "C-0001")
    await channel.wait_for(lambda c: any("acknowledged by Mrs Head" in s.text for s in c.of("notify")))
    await channel.wait_for(lambda c: any(s.view and s.view.status == "acknowledged" for s in c.of("update")))
    told = [s for s in channel.of("notify") if "acknowledged" in s.text]
    assert len(told) == 1 and told[0].destination == "local:alice"
    # The worker marks the entry delivered just after the send lands: wait for that, then it must not send again.
    async with asyncio.timeout(10):
        while next(e for e in await entries(chat.runtime) if e.kind == "notify").status != "delivered":
            await chat.runtime.outbox.deliver_due()
    assert len([s for s in channel.of("notify") if "acknowledged" in s.text]) == 1


async def test_two_workers_on_one_database_post_each_escalation_once(chat: Chat, channel: FakeChannel,
                                                                     db_url: str) -> None:
    """The server and `app.py chat` each run a worker on the same database: neither may post what the other has."""
    runtime = chat.runtime
    runtime.outbox.stop()  # hold the running worker so both below start from the same pending entries
    second_store = await Store.open(db_url)
    try:
        other = OutboxWorker(second_store, {"local": channel}, runtime.settings, retry_base=0.01)
        mine = OutboxWorker(runtime.store, {"local": channel}, runtime.settings, retry_base=0.01)
        for what in ("bullying", "image", "other"):
            await chat.press(actions.FORM_SUBMIT, form={**FORM, "category": what})
        await asyncio.gather(mine.deliver_due(), other.deliver_due(), mine.deliver_due(), other.deliver_due())
    finally:
        await second_store.close()
    # Every attempt, not just what the fake kept: its own dedupe of retries would hide a second send.
    assert sorted(c.key for c in channel.calls if c.kind == "post") == ["C-0001:post", "C-0002:post", "C-0003:post"]
    assert all(e.status == "delivered" for e in await entries(runtime) if e.kind == "post")


async def test_setting_the_escalation_channel_sends_what_was_waiting_at_once(db_url: str) -> None:
    teams = FakeChannel(platform="teams")
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS="teams:head"), {"teams": teams})
    runtime.outbox.retry_base = 3600.0  # a waiting escalation's next try is an hour away...
    async with running(runtime):
        await Chat(runtime).press(actions.FORM_SUBMIT, form=FORM)
        async with asyncio.timeout(10):
            while not (entry := next(e for e in await entries(runtime) if e.kind == "post")).last_error:
                await runtime.outbox.deliver_due()
        assert entry.status == "pending" and teams.posts() == []

        head = Chat(runtime, user="teams:head", conversation="teams:19:safeguarding",
                    extra={actions.EXTRA_ADDRESS: "teams-conversation-reference"})
        await head.say("set escalation channel")
        await teams.wait_for(lambda c: len(c.posts()) == 1)  # ...but it goes as soon as there is somewhere to go
        [post] = teams.posts()
        assert post.destination == "teams-conversation-reference" and post.view and post.view.reference == "C-0001"


async def test_a_channel_set_while_a_try_found_none_sends_at_once_not_after_its_back_off(db_url: str) -> None:
    teams = FakeChannel(platform="teams")
    settings = make_settings(db_url, POLICYBOT_ADMINS="teams:head")
    runtime = await open_runtime(settings, {"teams": teams})  # the worker driven by hand below
    try:
        worker = OutboxWorker(runtime.store, {"teams": teams}, settings, retry_base=3600)
        await Chat(runtime).press(actions.FORM_SUBMIT, form=FORM)
        job = await worker._claim(utcnow())  # a try in flight, which finds no channel set...
        assert job is not None
        head = Chat(runtime, user="teams:head", conversation="teams:19:safeguarding",
                    extra={actions.EXTRA_ADDRESS: "teams-conversation-reference"})
        await head.say("set escalation channel")  # ...while one is set, which releases nothing in flight
        await worker._failed(job, DeliveryError(destinations.NO_DESTINATION))
        assert await worker.deliver_due() == 1  # not an hour later
    finally:
        await runtime.store.close()
    assert [p.destination for p in teams.posts()] == ["teams-conversation-reference"]


class GatedChannel(FakeChannel):
    """A channel whose posts hang until the gate opens: an escalation held in flight."""

    def __init__(self, platform: str) -> None:
        super().__init__(platform=platform)
        self.gate = asyncio.Event()
        self.started = asyncio.Event()

    async def post(self, view: EscalationView, destination: str, key: str, retry: bool = False) -> Receipt:
        self.started.set()
        await self.gate.wait()
        return await super().post(view, destination, key, retry)


async def test_an_escalation_in_flight_is_not_handed_to_a_second_worker_when_a_channel_is_set(db_url: str) -> None:
    teams = GatedChannel("teams")
    settings = make_settings(db_url, POLICYBOT_ADMINS="teams:head")
    runtime = await open_runtime(settings, {"teams": teams})  # workers driven by hand below
    other_store = await Store.open(db_url)
    try:
        mine = OutboxWorker(runtime.store, {"teams": teams}, settings, retry_base=3600)
        other = OutboxWorker(other_store, {"teams": teams}, settings, retry_base=3600)
        await Chat(runtime).press(actions.FORM_SUBMIT, form=FORM)
        assert await mine.deliver_due() == 0  # nowhere to go yet
        head = Chat(runtime, user="teams:head", conversation="teams:19:safeguarding",
                    extra={actions.EXTRA_ADDRESS: "teams-conversation-reference"})
        await head.say("set escalation channel")
        sending = asyncio.ensure_future(mine.deliver_due())  # claims it; the post hangs at the platform
        await teams.started.wait()
        await head.say("set escalation channel")  # pressed again while the first send is in flight
        assert await asyncio.wait_for(other.deliver_due(), 10) == 0  # the other worker must not take it
        teams.gate.set()
        assert await sending == 1
    finally:
        await other_store.close()
        await runtime.store.close()
    assert [c.key for c in teams.calls if c.kind == "post"] == ["C-0001:post"]


async def test_an_action_taken_before_the_post_is_recorded_still_reaches_the_message(db_url: str) -> None:
    channel = FakeChannel()
    # A backoff long enough (production's is 1 s) for the acknowledgement's update to run before the post's retry.
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_OUTBOX_RETRY_SECONDS=0.5), {"local": channel})
    channel.fail_next = ["lost"]  # the post lands but its answer is lost: no receipt recorded yet
    async with running(runtime):
        await Chat(runtime).press(actions.FORM_SUBMIT, form=FORM)
        await channel.wait_for(lambda c: len(c.posts()) == 1)
        await Chat(runtime).as_user(HEAD, "Mrs Head").press(actions.CONCERN_ACK, "C-0001")
        # The retried post finds the first copy (still saying "new"); the update must follow and correct it.
        await channel.wait_for(lambda c: any(u.view and u.view.status == "acknowledged" for u in c.of("update")))
    assert len(channel.posts()) == 1


async def test_a_message_for_a_slack_user_claimed_by_a_worker_without_slack_waits_for_one_with_it(
        db_url: str, channel: FakeChannel) -> None:
    # The terminal chat's worker (local only) shares the server's database: a Slack admin's "held up" notice or a
    # Slack reporter's "acknowledged" it claims must be left for the server's worker, not failed for good.
    runtime = await open_runtime(make_settings(db_url), {"local": channel})  # no worker running: each one here
    try:
        await _left_for_the_worker_with_slack(runtime, channel)
    finally:
        await runtime.store.close()


async def _left_for_the_worker_with_slack(runtime: Runtime, channel: FakeChannel) -> None:
    async with runtime.store.transaction() as s:
        concerns.queue(s, utcnow(), "C-0009:held-up:0:slack:U0HEAD", "notify",
                       payload={"user": "slack:U0HEAD", "text": "Concern C-0009 has not reached the channel."})
    terminal = OutboxWorker(runtime.store, {"local": channel}, runtime.settings, retry_base=0.01)
    assert await terminal.deliver_due() == 0
    [entry] = [e for e in await entries(runtime) if e.key.startswith("C-0009")]
    assert entry.status == "pending" and "no slack channel in this process" in entry.last_error

    slack = FakeChannel(platform="slack")
    server = OutboxWorker(runtime.store, {"local": channel, "slack": slack}, runtime.settings, retry_base=0.01)
    async with runtime.store.transaction() as s:
        (await s.get(OutboxEntry, entry.id)).next_attempt_at = entry.created_at  # type: ignore[union-attr]
    assert await server.deliver_due() == 1
    assert [(n.destination, n.text) for n in slack.of("notify")] == [
        ("U0HEAD", "Concern C-0009 has not reached the channel.")]
