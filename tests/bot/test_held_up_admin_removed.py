"""An admin removed from POLICYBOT_ADMINS while a concern's held-up note to them waits in the outbox (their chat
down) is not sent it at the next start (review revAL: helper notices7 withdrew questions' notices only); the same note
to the concern's own reporter ("Your report…", told as an admin and so not told as its reporter) still goes. Through
the real engine and outbox, each start a new runtime on the same database."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from bot import actions
from bot.escalation import DeliveryError
from bot.runtime import open_runtime, running
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.bot.test_held_up import URGENT
from tests.fakes.escalation_channel import FakeChannel, Sent

DSL = "local:dsl"


@dataclass
class DslAway(FakeChannel):
    """The Headteacher's channel refuses posts; the DSL's own chat fails while `away`, so their note waits."""

    away: bool = True

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if address == DSL and self.away:
            self.calls.append(Sent("notify", address, key, text=text, retry=retry))
            self.changed.set()
            raise DeliveryError("HTTP 503")
        await super().notify(address, text, key, retry)


def sent_to(channel: FakeChannel, who: str) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == who]


async def held_up_then_dsl_removed(db_url: str, reporter: str) -> DslAway:
    """`reporter` sends an URGENT concern the channel refuses; the DSL's held-up note fails while the Head's is sent;
    then a start with the DSL no longer an admin, their chat back."""
    channel = DslAway(refuse_posts=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=f"{HEAD},{DSL}"), {"local": channel})
    async with running(runtime):
        Chat(runtime, user=DSL, conversation=DSL)
        await Chat(runtime, user=reporter, conversation=reporter).press(actions.FORM_SUBMIT, form=URGENT)
        await channel.wait_for(lambda c: any("has not reached" in t for t in sent_to(c, HEAD))
                               and any(s.destination == DSL for s in c.calls if s.kind == "notify"))
        await asyncio.sleep(0.2)
    channel.away = False
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=HEAD), {"local": channel})
    async with running(runtime):
        await asyncio.sleep(0.8)
    return channel


async def test_a_held_up_note_queued_to_an_admin_since_removed_is_not_sent(db_url: str) -> None:
    channel = await held_up_then_dsl_removed(db_url, "local:alice")
    assert sent_to(channel, DSL) == []
    assert any("C-0001" in t and "has not reached" in t for t in sent_to(channel, HEAD))


async def test_the_reporters_own_note_goes_though_they_are_an_admin_no_more(db_url: str) -> None:
    channel = await held_up_then_dsl_removed(db_url, DSL)
    # (their note as its reporter follows too, the restart's refusal not finding them an admin: left, see notes)
    assert [t for t in sent_to(channel, DSL) if t.startswith("Your report C-0001 (URGENT) has not reached")]
