"""A notice that an URGENT reminder (or a reopening's announcement) has not reached the Headteacher is about a message
still to be posted. Once someone acknowledges the concern the reminder is no longer to be posted (it would say "has not
been acknowledged"), so a held-up notice that could not reach its reader before then must not be sent afterwards:
"Nobody has acknowledged your URGENT report C-0001 yet … go in person" read after (or beside) "Your concern C-0001 has
been acknowledged by Mrs Head" is untrue, and sends a teacher looking for a Headteacher who already has it. Through
the real engine and outbox, a teacher in the local chat whose own chat is down a while."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy import select

from bot.escalation import DeliveryError
from bot.runtime import Runtime, open_runtime, running
from bot.store.models import OutboxEntry
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.bot.test_concern_report import start_urgent
from tests.bot.test_held_up import held_up_notes
from tests.fakes.escalation_channel import ChatUnreachable, Sent

ALICE = "local:alice"
NOBODY = "Nobody has acknowledged your URGENT report C-0001 yet"


def alice_read(channel: ChatUnreachable) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == ALICE]


def tries_to_alice(channel: ChatUnreachable, words: str) -> int:
    return len([c for c in channel.calls if c.kind == "notify" and c.destination == ALICE and words in c.text])


async def reminder_notice_settled(runtime: Runtime, within: float = 10) -> str:
    """The reporter's notice that the reminder is held up, once it is no longer waiting: delivered or withdrawn."""
    async with asyncio.timeout(within):
        while True:
            async with runtime.store.transaction() as s:
                status = (await s.execute(select(OutboxEntry.status).where(
                    OutboxEntry.key.like("C-0001:remind:%:held-up:reporter")))).scalar_one()
            if status != "pending":
                return status
            await asyncio.sleep(0.01)


@dataclass
class ThrottledAfterRefusing(ChatUnreachable):
    """The Headteacher's channel refuses posts (archived) while `refuse_posts`; then, unarchived, Slack throttles the
    next post for a minute (`throttle`), so the reminder waits and is still on its way when the Head acknowledges."""

    throttle: bool = False
    lost: bool = False  # the reporter's first notice goes out and its answer is lost: it may have been read

    async def post(self, view, destination, key, retry=False):  # type: ignore[no-untyped-def]
        if self.throttle and "remind" in key:
            self.calls.append(Sent("post", destination, key, view, retry=retry))
            self.changed.set()
            raise DeliveryError("HTTP 429", retry_after=60.0)
        return await super().post(view, destination, key, retry)

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if address == self.whose and self.lost:
            self.lost = False
            self.calls.append(Sent("notify", address, key, text=text, retry=retry))
            self.changed.set()
            raise DeliveryError("slack chat.postMessage: TimeoutError", maybe_sent=True)
        await super().notify(address, text, key, retry)


async def _held_up_then_acknowledged(channel: ThrottledAfterRefusing, chat: Chat) -> None:
    await start_urgent(chat)
    await channel.wait_for(lambda c: len(c.posts()) == 1)  # the alert arrived; nobody acknowledges it
    channel.refuse_posts = True  # then the channel is archived
    chat.runtime.settings.urgent_reminder_minutes = 0.001
    chat.runtime.outbox.wake()
    await channel.wait_for(lambda c: len(held_up_notes(c)) == 1 and tries_to_alice(c, NOBODY) >= 1)
    chat.runtime.settings.urgent_reminder_minutes = 60.0  # no further reminder while we look
    channel.refuse_posts, channel.throttle = False, True  # unarchived; the reminder waits out a 429
    tried = len([c for c in channel.calls if c.kind == "post"])
    await channel.wait_for(lambda c: len([x for x in c.calls if x.kind == "post"]) > tried)
    [acked] = await chat.as_user(HEAD, "Mrs Head").say("ack C-0001")
    assert "You acknowledged C-0001" in acked.text
    # Her chat comes back only once the notice is withdrawn: a try already past its check when the Head acknowledged
    # would otherwise reach her (no outbox can take back a send under way; on PostgreSQL a run hit that window)
    assert await reminder_notice_settled(chat.runtime, within=60) == "withdrawn"
    channel.down = False  # the teacher's chat is back
    await channel.wait_for(lambda c: any("has been acknowledged" in t for t in alice_read(c)))


async def test_a_reminders_held_up_notice_not_read_before_the_concern_was_acknowledged_is_not_sent(
        db_url: str) -> None:
    channel = ThrottledAfterRefusing(whose=ALICE, down=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_OUTBOX_RETRY_SECONDS=0.05), {"local": channel})
    async with running(runtime):
        await _held_up_then_acknowledged(channel, Chat(runtime))
        assert await reminder_notice_settled(runtime) == "withdrawn"
        told = alice_read(channel)
    assert [t for t in told if NOBODY in t] == []
    assert told == ["Your concern C-0001 has been acknowledged by Mrs Head. Thank you for reporting it."]


async def test_a_reminders_held_up_notice_that_may_have_been_read_is_not_sent_again_once_acknowledged(
        db_url: str) -> None:
    """Its first try went out and no answer came: it may have been read, or not. Sent again only so that the arrival
    can follow it; a reminder withdrawn has no arrival, so sending it again (Teams cannot check; Slack posts it if the
    first never landed) would only say "nobody has acknowledged" after someone had."""
    channel = ThrottledAfterRefusing(whose=ALICE, down=True, lost=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_OUTBOX_RETRY_SECONDS=0.05), {"local": channel})
    async with running(runtime):
        await _held_up_then_acknowledged(channel, Chat(runtime))
        await reminder_notice_settled(runtime)
        told = alice_read(channel)
    assert [t for t in told if NOBODY in t] == []
