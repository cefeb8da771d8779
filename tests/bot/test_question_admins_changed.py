"""POLICYBOT_ADMINS changed between starts, for questions set aside (helper notices7).

(1) A question refused for its message itself is never tried again, so no later refusal tells an admin configured
since: until notices7 one refused before any admin was configured reached no admin at all, but through `python app.py
questions`. The start that brings an admin tells them of it, once (the next start does not tell them again).
(2) An admin removed from POLICYBOT_ADMINS went on hearing of a question they had been told of (its arrival, its
withdrawal, its refusal anew): a question is staff's words about pupils, for the admins configured only.

Through the real engine and outbox, a teacher in the local chat, each start a new runtime on the same database."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy import select

from bot.escalation import DeliveryError
from bot.runtime import Runtime, open_runtime, running
from bot.store.models import OutboxEntry
from tests.bot.conftest import HEAD, Chat, make_settings, started
from tests.bot.test_question_held_up import (
    ALICE,
    QUESTION,
    HeadteacherRefuses,
    ask_the_head,
    question_entry,
    question_trail,
    questions_tried,
    to_alice,
    when_asked,
)
from tests.bot.test_question_notices_fourth import ADMINS, DSL, set_aside_again, to
from tests.bot.test_question_refused_anew import ArchivedThenTooLong
from tests.fakes.escalation_channel import FakeChannel, Sent

SLACK = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_HEADTEACHER_CHANNEL": "C0HEAD"}
TEACHER, DSL_SLACK = "slack:U0TEACH", "slack:U0DSL"


@dataclass
class TooLong(ArchivedThenTooLong):
    """The Headteacher's inbox refuses every question for its message (Slack's `msg_too_long`)."""

    mended: bool = True


@dataclass
class SlackTooLong(FakeChannel):
    """A Slack workspace whose Headteacher's channel refuses every question for its message."""

    platform: str = "slack"

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if address == "C0HEAD":
            self.calls.append(Sent("notify", address, key, text=text, retry=retry))
            self.changed.set()
            raise DeliveryError("slack chat.postMessage: msg_too_long", permanent=True)
        await super().notify(address, text, key, retry)


def slack_to(channel: FakeChannel, address: str) -> list[str]:
    return [s.text for s in channel.sent if s.kind == "notify" and s.destination == address]


async def test_an_admin_configured_after_a_question_was_refused_for_its_message_is_told_once(db_url: str) -> None:
    channel = SlackTooLong()
    runtime = await open_runtime(make_settings(db_url, **SLACK), {"slack": channel})
    async with running(runtime):  # no POLICYBOT_ADMINS yet: its asker alone is told
        teacher = Chat(runtime, user=TEACHER, conversation="slack:D0TEACH")
        await ask_the_head(teacher)
        await channel.wait_for(lambda c: len(slack_to(c, "U0TEACH")) == 1)
        await set_aside_again(runtime)
        asked = await when_asked(runtime)
        await asyncio.sleep(0.2)
    assert "I will not try again" in slack_to(channel, "U0TEACH")[0] and slack_to(channel, "U0DSL") == []
    settings = make_settings(db_url, **SLACK, POLICYBOT_ADMINS=DSL_SLACK)
    for start in (1, 2):  # told at the start that makes them an admin; not at the next
        runtime = await open_runtime(settings, {"slack": channel})
        async with running(runtime):
            if start == 1:
                await channel.wait_for(lambda c: len(slack_to(c, "U0DSL")) == 1)
            await asyncio.sleep(0.3)
    # never tried again: the same message would be refused the same way
    assert len([c for c in channel.calls if c.destination == "C0HEAD"]) == 1
    [told] = slack_to(channel, "U0DSL")
    assert told.startswith(f"The question \u201c{QUESTION}\u201d that {TEACHER} passed to the Headteacher at {asked} "
                           "could not be delivered: ")
    assert "(slack chat.postMessage: msg_too_long)" in told and "its asker has been told" in told
    assert "Please answer its asker yourself" in told
    assert len(slack_to(channel, "U0TEACH")) == 1
    trail = await question_trail(runtime, 3)
    assert ("admins told", "policybot started again; still set aside (the message itself was refused, so it is not "
            f"tried again unless it changes); admins told for the first time: {DSL_SLACK}") in trail
    assert [d for a, d in trail if a == "admin told"] == [f"{DSL_SLACK}: set aside"]


async def test_an_admin_told_before_is_not_told_again_and_a_newcomer_is(db_url: str) -> None:
    """The Head, an admin from the first, told at its refusal; the DSL added at a later start, told then, once."""
    channel = TooLong()
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=HEAD), {"local": channel})
    async with running(runtime):
        Chat(runtime, user=DSL, conversation=DSL)
        await ask_the_head(Chat(runtime))
        await channel.wait_for(lambda c: len(to_alice(c)) == 1 and len(to(c, HEAD)) == 1)
        await asyncio.sleep(0.2)
    for _ in (1, 2):
        runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=ADMINS), {"local": channel})
        async with running(runtime):
            await channel.wait_for(lambda c: len(to(c, DSL)) == 1)
            await asyncio.sleep(0.3)
    assert len(to(channel, HEAD)) == 1 and len(to(channel, DSL)) == 1 and questions_tried(channel) == 1


async def test_an_admin_removed_hears_nothing_more_of_a_question_they_were_told_of(db_url: str) -> None:
    channel = HeadteacherRefuses(refused=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=ADMINS), {"local": channel})
    async with running(runtime):  # set aside for its channel: both admins told
        Chat(runtime, user=DSL, conversation=DSL)
        await ask_the_head(Chat(runtime))
        await channel.wait_for(lambda c: len(to_alice(c)) == 1 and len(to(c, HEAD)) == 1 and len(to(c, DSL)) == 1)
        await asyncio.sleep(0.2)
    channel.refused = False  # the channel mended; the DSL no longer an admin: the restart sends it
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=HEAD), {"local": channel})
    async with running(runtime):
        await channel.wait_for(lambda c: len(to(c, HEAD)) == 2 and len(to_alice(c)) == 2)
        await asyncio.sleep(0.3)
    assert "has now reached the Headteacher" in to(channel, HEAD)[1]
    assert len(to(channel, DSL)) == 1  # told it was set aside when an admin; nothing since


async def test_an_admin_removed_is_not_told_the_new_reason(db_url: str) -> None:
    channel = ArchivedThenTooLong()
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=ADMINS), {"local": channel})
    async with running(runtime):
        Chat(runtime, user=DSL, conversation=DSL)
        alice = Chat(runtime)
        await ask_the_head(alice)
        await channel.wait_for(lambda c: len(to_alice(c)) == 1 and len(to(c, HEAD)) == 1 and len(to(c, DSL)) == 1)
        await asyncio.sleep(0.2)
    channel.mended = True  # the restart tries it again: refused for its message this time
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=HEAD), {"local": channel})
    async with running(runtime):
        await channel.wait_for(lambda c: questions_tried(c) == 2 and len(to(c, HEAD)) == 2 and len(to_alice(c)) == 2)
        await asyncio.sleep(0.2)
        [withdrawn] = await Chat(runtime).say("withdraw my question")
        assert "is withdrawn" in withdrawn.text
        await channel.wait_for(lambda c: len(to(c, HEAD)) == 3)
        await asyncio.sleep(0.3)
    assert "refused, this time for another reason" in to(channel, HEAD)[1]
    assert "was withdrawn by its asker" in to(channel, HEAD)[2]
    assert len(to(channel, DSL)) == 1


async def test_a_notice_queued_to_an_admin_since_removed_is_not_sent(db_url: str) -> None:
    channel = HeadteacherRefuses(refused=True, away={DSL})
    async with started(db_url, channel, ADMINS, settle=0.2) as runtime:
        Chat(runtime, user=DSL, conversation=DSL)
        await ask_the_head(Chat(runtime))
        await channel.wait_for(lambda c: len(to(c, HEAD)) == 1 and c.tried(DSL))
    channel.away.clear()  # the DSL's chat back, but they are an admin no more
    async with started(db_url, channel, HEAD, settle=0.5) as runtime:
        await channel.wait_for(lambda c: questions_tried(c) >= 2)
        await set_aside_again(runtime)
    assert channel.to(DSL) == []


async def admins_notices(runtime: Runtime, who: str) -> list[tuple[str, str]]:
    """The (key, status) of the notices of a question set aside queued to admin `who`, oldest first."""
    async with runtime.store.transaction() as s:
        rows = (await s.execute(select(OutboxEntry.key, OutboxEntry.status, OutboxEntry.payload).where(
            OutboxEntry.key.contains(":refused:"), OutboxEntry.kind == "notify").order_by(OutboxEntry.id))).all()
    return [(key, status) for key, status, payload in rows if (payload or {}).get("user") == who]


async def removed_while_their_notice_waits(db_url: str, channel: HeadteacherRefuses | TooLong) -> Runtime:
    """Both admins told a question was set aside, the DSL's notice waiting (their chat down); a start without them
    withdraws it (review revAL), their chat back."""
    channel.away.add(DSL)
    async with started(db_url, channel, ADMINS, settle=0.2) as runtime:
        Chat(runtime, user=DSL, conversation=DSL)
        await ask_the_head(Chat(runtime))
        await channel.wait_for(lambda c: len(to_alice(c)) == 1 and len(to(c, HEAD)) == 1 and c.tried(DSL))
    channel.away.clear()
    async with started(db_url, channel, HEAD) as runtime:
        async with asyncio.timeout(10):
            while True:
                if [status for _, status in await admins_notices(runtime, DSL)] == ["withdrawn"]:
                    break
                await asyncio.sleep(0.05)
    assert channel.to(DSL) == []
    return runtime


async def test_an_admin_added_back_is_told_of_a_question_set_aside_whose_notice_was_withdrawn(db_url: str) -> None:
    """Until helper notices8 their withdrawn notice counted as told: added back, they never heard of it."""
    channel = HeadteacherRefuses(refused=True)
    runtime = await removed_while_their_notice_waits(db_url, channel)
    [(first, _)] = await admins_notices(runtime, DSL)
    assert first == f"{(await question_entry(runtime)).key}:refused:{DSL}"  # as 8c216b7 wrote it: read as it is
    for _ in (1, 2):  # added back: told at that start's refusal, once
        tries = questions_tried(channel)
        async with started(db_url, channel, ADMINS) as runtime:
            await channel.wait_for(lambda c, tries=tries: questions_tried(c) > tries and len(c.to(DSL)) == 1)
            await set_aside_again(runtime)
    [told] = channel.to(DSL)
    assert told.startswith(f"The question \u201c{QUESTION}\u201d that {ALICE} passed to the Headteacher") and \
        "could not be delivered" in told
    assert len(to(channel, HEAD)) == 1 and len(to_alice(channel)) == 1
    channel.refused = False  # mended: the DSL, told again, hears it arrived, once
    async with started(db_url, channel, ADMINS) as runtime:
        await channel.wait_for(lambda c: len(c.to(DSL)) == 2)
    assert "has now reached the Headteacher" in channel.to(DSL)[1] and len(to(channel, HEAD)) == 2
    trail = await question_trail(runtime, 1)
    assert [d for a, d in trail if a == "admin told" and d.startswith(DSL)] == [f"{DSL}: set aside",
                                                                               f"{DSL}: got through"]


async def test_an_admin_added_back_is_told_of_a_question_refused_for_its_message_once(db_url: str) -> None:
    channel = TooLong()
    await removed_while_their_notice_waits(db_url, channel)
    for start in (1, 2):  # told at the start that adds them back (nothing is tried again), not at the next
        async with started(db_url, channel, ADMINS) as runtime:
            if start == 1:
                await channel.wait_for(lambda c: len(c.to(DSL)) == 1)
    [told] = channel.to(DSL)
    assert "Please answer its asker yourself" in told and questions_tried(channel) == 1
    trail = await question_trail(runtime, 1)
    assert ("admins told", "policybot started again; still set aside (the message itself was refused, so it is not "
            f"tried again unless it changes); admins told for the first time: {DSL}") in trail


async def test_an_admin_told_removed_and_added_back_is_not_told_again(db_url: str) -> None:
    channel = HeadteacherRefuses(refused=True)
    for start, admins in enumerate((ADMINS, HEAD, ADMINS), 1):  # told at the first; removed; added back
        async with started(db_url, channel, admins) as runtime:
            if start == 1:
                Chat(runtime, user=DSL, conversation=DSL)
                await ask_the_head(Chat(runtime))
                await channel.wait_for(lambda c: len(c.to(DSL)) == 1)
            await channel.wait_for(lambda c, start=start: questions_tried(c) >= start)
            await set_aside_again(runtime)
    assert len(channel.to(DSL)) == 1 and len(to(channel, HEAD)) == 1
