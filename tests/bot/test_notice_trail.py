"""A private notice never delivered is in its concern's or question's trail, and one failed for good tells nobody
(helper notices9).

(1) A notice withdrawn (its admin removed from POLICYBOT_ADMINS, an arrival no longer news) or failed for good was in
the log alone, by entry id: `reports show` and `python app.py questions` said nothing of who was not told, nor why.
(2) A question's notice that failed for good counted as told: an admin whose chat refused it was never told at a later
start, and an asker whose chat refused theirs was never told again either (a concern's reporter's held-up notice
counts as told only delivered or on its way).

Through the real engine and outbox, each start a new runtime on the same database."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from sqlalchemy import select

from bot import actions
from bot.escalation import DeliveryError
from bot.runtime import Runtime, open_runtime
from bot.store.models import OutboxEntry
from tests.bot.conftest import HEAD, Chat, make_settings, started
from tests.bot.test_held_up import URGENT, trail_of
from tests.bot.test_held_up_admin_removed import ADMINS, DSL, HEAD_ONLY, notes_settled
from tests.bot.test_question_admins_changed import removed_while_their_notice_waits
from tests.bot.test_question_held_up import (
    ALICE,
    HeadteacherRefuses,
    ask_the_head,
    question_trail,
    questions_arrived,
    to_alice,
)
from tests.bot.test_question_notices_fourth import head_chat, set_aside_again, to
from tests.fakes.escalation_channel import Sent

NOT_TOLD = "not told"  # the trail action; "reports show" and "app.py questions" print it before the detail


@dataclass
class ChatsRefuse(HeadteacherRefuses):
    """The Headteacher's channel as HeadteacherRefuses has it (and every post refused while `refuse_posts`); the private
    chats of the people in `refuses` refuse notices for good (a Slack user deactivated, a Teams chat deleted)."""

    refuses: set[str] = field(default_factory=set)

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if address in self.refuses:
            self.calls.append(Sent("notify", address, key, text=text, retry=retry))
            self.changed.set()
            raise DeliveryError("HTTP 403", permanent=True)
        await super().notify(address, text, key, retry)


async def statuses(runtime: Runtime, who: str) -> list[str]:
    async with runtime.store.transaction() as s:
        rows = (await s.execute(select(OutboxEntry.status, OutboxEntry.payload).where(
            OutboxEntry.kind == "notify").order_by(OutboxEntry.id))).all()
    return [status for status, payload in rows if (payload or {}).get("user") == who]


async def trail_with(read: object, runtime: Runtime, action: str) -> list[str]:
    """The details of the trail rows with `action`, once there is one (written as the outbox marks the notice)."""
    async with asyncio.timeout(30):
        while True:
            rows = [d for a, d in await read(runtime) if a == action]  # type: ignore[operator]
            if rows:
                return rows
            await asyncio.sleep(0.02)


async def questions(runtime: Runtime) -> list[tuple[str, str]]:
    return await question_trail(runtime, 0)


async def test_a_concern_s_note_withdrawn_from_an_admin_removed_is_in_its_trail(db_url: str) -> None:
    channel = ChatsRefuse(refuse_posts=True, away={DSL})
    async with started(db_url, channel, ADMINS, settle=0.2) as runtime:
        Chat(runtime, user=DSL, conversation=DSL)
        await Chat(runtime).press(actions.FORM_SUBMIT, form=URGENT)
        await channel.wait_for(lambda c: any("has not reached" in t for t in c.to(HEAD)) and c.tried(DSL))
    channel.away.clear()
    async with started(db_url, channel, HEAD_ONLY) as runtime:
        await notes_settled(runtime, DSL)
        rows = await trail_with(trail_of, runtime, NOT_TOLD)
    assert rows == [f"Notice to {DSL} withdrawn: no longer an admin"]
    assert channel.to(DSL) == []


async def test_a_concern_s_note_that_failed_for_good_is_in_its_trail(db_url: str) -> None:
    channel = ChatsRefuse(refuse_posts=True, refuses={DSL})
    async with started(db_url, channel, ADMINS) as runtime:
        Chat(runtime, user=DSL, conversation=DSL)
        await Chat(runtime).press(actions.FORM_SUBMIT, form=URGENT)
        await channel.wait_for(lambda c: any("has not reached" in t for t in c.to(HEAD)) and c.tried(DSL))
        rows = await trail_with(trail_of, runtime, NOT_TOLD)
    assert rows == [f"Notice to {DSL} could not be delivered (HTTP 403)"]


async def test_a_question_s_notice_withdrawn_from_an_admin_removed_is_in_its_trail(db_url: str) -> None:
    runtime = await removed_while_their_notice_waits(db_url, HeadteacherRefuses(refused=True))
    rows = await trail_with(questions, runtime, NOT_TOLD)
    assert rows == [f"Notice to {DSL} withdrawn: no longer an admin"]


async def test_notices_no_longer_news_are_in_the_question_s_trail(db_url: str) -> None:
    """The question arrives before any notice of it went: each withdrawn, and each in its trail with why."""
    channel = HeadteacherRefuses(refused=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=ADMINS), {"local": channel})
    try:  # the outbox not running: nothing delivered but what this test delivers
        Chat(runtime, user=DSL, conversation=DSL)
        await ask_the_head(Chat(runtime))
        await runtime.outbox.deliver_due(limit=1)  # the question, refused: notices queued, none sent
        channel.refused = False
        await head_chat(runtime).say("set escalation channel")
        for _ in range(4):
            await runtime.outbox.deliver_due()
        trail = await questions(runtime)
    finally:
        await runtime.store.close()
    assert len(questions_arrived(channel)) == 1 and to(channel, DSL) == [] and to_alice(channel) == []
    withdrawn = [d for a, d in trail if a == NOT_TOLD]
    told_of = "what it said was held up got through (or was taken back) before it could be sent"
    assert f"Notice to its asker withdrawn: {told_of}" in withdrawn
    assert f"Notice to {DSL} withdrawn: {told_of}" in withdrawn
    assert f"Notice to {DSL} withdrawn: they never got the notice it follows, so it was no news to them" in withdrawn


async def test_an_admin_whose_notice_of_a_question_failed_for_good_is_told_at_the_next_start(db_url: str) -> None:
    channel = ChatsRefuse(refused=True, refuses={DSL})
    async with started(db_url, channel, ADMINS) as runtime:
        Chat(runtime, user=DSL, conversation=DSL)
        await ask_the_head(Chat(runtime))
        await channel.wait_for(lambda c: len(to_alice(c)) == 1 and len(to(c, HEAD)) == 1 and c.tried(DSL))
        rows = await trail_with(questions, runtime, NOT_TOLD)
    assert rows == [f"Notice to {DSL} could not be delivered (HTTP 403); they are told again when "
                    "policybot next starts, while the question is still set aside"]
    channel.refuses.clear()  # their chat mended; the question's channel still refuses it
    async with started(db_url, channel, ADMINS, settle=0.5) as runtime:
        await set_aside_again(runtime)
        await channel.wait_for(lambda c: len(to(c, DSL)) == 1)
    assert await statuses(runtime, DSL) == ["failed", "delivered"]
    [told] = to(channel, DSL)
    assert "could not be delivered" in told and "its asker has been told" in told
    assert len(to(channel, HEAD)) == 1  # told and delivered: not told again


async def test_an_asker_whose_notice_failed_for_good_is_told_at_the_next_start(db_url: str) -> None:
    channel = ChatsRefuse(refused=True, refuses={ALICE})
    async with started(db_url, channel, HEAD) as runtime:
        await ask_the_head(Chat(runtime))
        await channel.wait_for(lambda c: len(to(c, HEAD)) == 1 and c.tried(ALICE))
        rows = await trail_with(questions, runtime, NOT_TOLD)
    assert rows == ["Notice to its asker could not be delivered (HTTP 403)"]
    channel.refuses.clear()
    async with started(db_url, channel, HEAD, settle=0.5) as runtime:
        await set_aside_again(runtime)
        await channel.wait_for(lambda c: len(to_alice(c)) == 1)
    assert "could not be delivered to the Headteacher" in to_alice(channel)[0]
    assert len(to(channel, HEAD)) == 1
