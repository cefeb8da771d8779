"""An admin removed from POLICYBOT_ADMINS while a concern's held-up note to them waits in the outbox (their chat
down) is not sent it at the next start (review revAL: helper notices7 withdrew questions' notices only); the same note
to the concern's own reporter ("Your report…", told as an admin and so not told as its reporter) still goes.

A reporter told as an admin is told once that their report is held up, and once that it arrived, whatever the order
of the starts that add or remove them (helper notices8: one removed before the restart that found it refused again was
told twice, as an admin and then as its reporter). Through the real engine and outbox, each start a new runtime on the
same database."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from bot import actions
from bot.runtime import Runtime
from bot.store.models import OutboxEntry
from tests.bot.conftest import HEAD, Chat, started
from tests.bot.test_held_up import URGENT
from tests.fakes.escalation_channel import FakeChannel

DSL = "local:dsl"
ADMINS, HEAD_ONLY = f"{HEAD},{DSL}", HEAD


async def held_up_then_dsl_removed(db_url: str, reporter: str) -> FakeChannel:
    """`reporter` sends an URGENT concern the channel refuses; the DSL's held-up note fails while the Head's is sent;
    then a start with the DSL no longer an admin, their chat back."""
    channel = FakeChannel(refuse_posts=True, away={DSL})
    async with started(db_url, channel, ADMINS, settle=0.2) as runtime:
        Chat(runtime, user=DSL, conversation=DSL)
        await Chat(runtime, user=reporter, conversation=reporter).press(actions.FORM_SUBMIT, form=URGENT)
        await channel.wait_for(lambda c: any("has not reached" in t for t in c.to(HEAD)) and c.tried(DSL))
    channel.away.clear()
    async with started(db_url, channel, HEAD_ONLY) as runtime:
        await notes_settled(runtime, DSL)
    return channel


async def notes_settled(runtime: Runtime, who: str) -> None:
    """Wait until no note to `who` is waiting in the outbox: each sent or withdrawn (its back-off may have grown while
    their chat was down: a fixed wait failed under load)."""
    async with asyncio.timeout(30):
        while True:
            async with runtime.store.transaction() as s:
                waiting = (await s.execute(select(OutboxEntry.payload).where(
                    OutboxEntry.kind == "notify", OutboxEntry.status == "pending"))).scalars().all()
            if not [p for p in waiting if (p or {}).get("user") == who]:
                return
            await asyncio.sleep(0.05)


async def test_a_held_up_note_queued_to_an_admin_since_removed_is_not_sent(db_url: str) -> None:
    channel = await held_up_then_dsl_removed(db_url, "local:alice")
    assert channel.to(DSL) == []
    assert any("C-0001" in t and "has not reached" in t for t in channel.to(HEAD))


async def test_the_reporters_own_note_goes_though_they_are_an_admin_no_more(db_url: str) -> None:
    channel = await held_up_then_dsl_removed(db_url, DSL)
    assert [t for t in channel.to(DSL) if t.startswith("Your report C-0001 (URGENT) has not reached")]


def posts_tried(channel: FakeChannel) -> int:
    return len([c for c in channel.calls if c.kind == "post"])


def held_up_notes(channel: FakeChannel) -> list[str]:
    return [t for t in channel.to(DSL) if t.startswith("Your URGENT report C-0001 has not reached")
            or t.startswith("Your report C-0001 (URGENT) has not reached")]


def arrivals(channel: FakeChannel) -> list[str]:
    return [t for t in channel.to(DSL) if t.startswith("Your report C-0001 has now reached")]


@pytest.mark.every_case  # each order stores other notes: every case on PostgreSQL too
@pytest.mark.parametrize(("first", "then", "away"), [
    (ADMINS, HEAD_ONLY, False),  # told as an admin, removed: until notices8 told again, as its reporter
    (ADMINS, HEAD_ONLY, True),  # the same, their note still waiting (their chat down) when they were removed
    (HEAD_ONLY, ADMINS, False),  # told as its reporter, then made an admin
])
async def test_a_reporter_told_as_an_admin_or_not_is_told_once_held_up_and_once_arrived(
        db_url: str, first: str, then: str, away: bool) -> None:
    channel = FakeChannel(refuse_posts=True, away={DSL} if away else set())
    async with started(db_url, channel, first) as runtime:
        await Chat(runtime, user=DSL, conversation=DSL).press(actions.FORM_SUBMIT, form=URGENT)
        await channel.wait_for(lambda c: any("has not reached" in t for t in c.to(HEAD)) and c.tried(DSL))
    channel.away.clear()
    tries = posts_tried(channel)
    async with started(db_url, channel, then, settle=0.5) as runtime:  # the restart finds it refused again
        await channel.wait_for(lambda c: posts_tried(c) > tries)
        await channel.wait_for(lambda c: len(held_up_notes(c)) >= 1)
        await notes_settled(runtime, DSL)
    assert len(held_up_notes(channel)) == 1, channel.to(DSL)
    channel.refuse_posts = False  # the channel mended: it arrives at the next start
    async with started(db_url, channel, then, settle=0.5):
        await channel.wait_for(lambda c: len(arrivals(c)) >= 1)
    assert len(held_up_notes(channel)) == 1 and len(arrivals(channel)) == 1, channel.to(DSL)
    assert len(channel.posts()) == 1
