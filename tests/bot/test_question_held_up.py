"""A teacher told "I've passed your question to the Headteacher" is told privately, once, when it cannot reach them
(refused for good, no channel, an outage that lasts), and again when it arrives, each naming the question (when it was
asked, its first words: to its asker alone); the question is never dropped (one refused for good is set aside until
the set-up is fixed), and its trail is kept for the admins.
Through the real engine and outbox, a teacher in the local chat."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot import actions
from bot.escalation import DeliveryError
from bot.held_up import HELD_UP_AFTER
from bot.metrics import REGISTRY
from bot.question_held_up import asked_at
from bot.runtime import Runtime, open_runtime, running
from bot.store.models import OutboxEntry, QuestionEvent, QuestionLog
from bot.store.store import utcnow
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.fakes.escalation_channel import FakeChannel, Sent

ALICE = "local:alice"
QUESTION = "Where can I park at school?"
LONG = "Can I post a photo of my own class on my personal Instagram if no faces show?"
ARRIVED = "has now reached the Headteacher."


@dataclass
class HeadteacherRefuses(FakeChannel):
    """The Headteacher's channel (the local inbox) refuses messages for good while `refused`, or fails while `down`."""

    refused: bool = False
    down: bool = False

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if address == "inbox" and (self.refused or self.down):
            self.calls.append(Sent("notify", address, key, text=text, retry=retry))
            self.changed.set()
            raise DeliveryError("slack chat.postMessage: is_archived" if self.refused else "HTTP 500",
                                permanent=self.refused)
        await super().notify(address, text, key, retry)


@pytest.fixture
def channel() -> FakeChannel:
    return HeadteacherRefuses()


def to_alice(channel: FakeChannel) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == ALICE]


def questions_tried(channel: FakeChannel) -> int:
    return len([c for c in channel.calls if c.kind == "notify" and c.destination == "inbox"])


def questions_arrived(channel: FakeChannel) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == "inbox"]


async def ask_the_head(chat: Chat, question: str = QUESTION) -> str:
    await chat.say(question)
    [passed] = await chat.click("Ask the Headteacher")
    return passed.text


async def when_asked(runtime: Runtime, question: str = QUESTION) -> str:
    async with runtime.store.transaction() as s:
        entry = (await s.execute(select(QuestionLog).where(QuestionLog.question == question))).scalar_one()
        return asked_at(entry.at)


async def question_trail(runtime: Runtime, count: int) -> list[tuple[str, str]]:
    """The questions' trail once `count` rows are there (each notice's row is written as it is delivered)."""
    async with asyncio.timeout(30):
        while True:
            async with runtime.store.transaction() as s:
                rows = [(e.action, e.detail) for e in
                        (await s.execute(select(QuestionEvent).order_by(QuestionEvent.id))).scalars()]
            if len(rows) >= count:
                return rows
            await asyncio.sleep(0.01)


async def question_entry(runtime: Runtime) -> OutboxEntry:
    async with runtime.store.transaction() as s:
        return (await s.execute(select(OutboxEntry).where(OutboxEntry.kind == "question"))).scalar_one()


async def test_a_question_the_channel_refuses_is_set_aside_told_to_the_teacher_once_and_its_arrival_too(
        chat: Chat, channel: HeadteacherRefuses) -> None:
    """Refused for good (the channel archived): not tried again and again for ever, as until helper `refused`, but set
    aside, its asker told plainly once, and sent once an admin names the channel again (unarchived)."""
    refused_before = REGISTRY.get_sample_value("policybot_questions_refused_total") or 0.0
    channel.refused = True  # the Headteacher's channel was archived
    assert (await ask_the_head(chat)).startswith("I've passed your question to the Headteacher")
    await channel.wait_for(lambda c: len(to_alice(c)) >= 1)
    [told] = to_alice(channel)
    asked = await when_asked(chat.runtime)
    assert told.startswith(f"Your question \u201cWhere can I park at school?\u201d, asked at {asked}, could not be "
                           "delivered to the Headteacher: the Headteacher's inbox in the local chat is not accepting "
                           "messages. I have stopped trying until someone fixes that, so please ask the Headteacher in "
                           "person")
    assert "is_archived" not in told and "Designated Safeguarding Lead" in told
    await asyncio.sleep(0.3)  # thirty back-offs of 0.01 s and more: nothing is tried again
    assert questions_tried(channel) == 1 and to_alice(channel) == [told]
    assert (await question_entry(chat.runtime)).status == "refused"  # set aside, not lost
    assert REGISTRY.get_sample_value("policybot_questions_refused_total") == refused_before + 1
    [where] = await chat.press(actions.ASK_HEAD, "1")  # pressed again: where is it?
    assert "stopped trying until someone fixes that" in where.text

    channel.refused = False  # unarchived: nothing goes by itself, someone has to say so
    await asyncio.sleep(0.1)
    assert questions_tried(channel) == 1
    head = Chat(chat.runtime, user=HEAD, conversation=HEAD, name="Sam Head", extra={actions.EXTRA_ADDRESS: "inbox"})
    [done] = await head.say("set escalation channel")  # the same channel named again: the admin's retry
    assert done.text.startswith("Done")
    await channel.wait_for(lambda c: len(questions_arrived(c)) == 1 and len(to_alice(c)) == 2)
    assert QUESTION in questions_arrived(channel)[0]
    which = f"Your question \u201cWhere can I park at school?\u201d, asked at {asked},"
    assert to_alice(channel) == [told, f"{which} {ARRIVED}"]
    trail = await question_trail(chat.runtime, 7)  # with the admin's two notices (helper notices4)
    assert [d for a, d in trail if a == "admin told"] == [f"{HEAD}: set aside", f"{HEAD}: got through"]
    trail = [(a, d) for a, d in trail if a != "admin told"]
    assert [a for a, _ in trail] == ["delivery stopped", "asker told", "delivery resumed", "reached the Headteacher",
                                     "asker told"]
    # the local install's inbox named, not "it may be archived": it has no channel (helper notices3)
    assert trail[0][1] == ("the Headteacher's inbox in the local chat refused it (slack chat.postMessage: "
                           "is_archived); not tried again until the set-up is fixed; its asker is being told; "
                           "admins told: local:headteacher")
    assert trail[2][1] == "an admin set the Headteacher's channel"
    assert [d for a, d in trail if a == "asker told"] == ["refused", "got through"]
    assert not any("park" in d for _, d in trail)  # never the question's words


async def test_a_question_set_aside_goes_when_policybot_starts_again(db_url: str) -> None:
    """A restart tries a refused question once more (the channel may have been mended meanwhile); refused again, its
    asker is not told a second time."""
    channel = HeadteacherRefuses(refused=True)
    settings = make_settings(db_url)
    runtime = await open_runtime(settings, {"local": channel})
    async with running(runtime):
        chat = Chat(runtime)
        await ask_the_head(chat)
        await channel.wait_for(lambda c: len(to_alice(c)) == 1)
    runtime = await open_runtime(settings, {"local": channel})  # still archived
    async with running(runtime):
        await channel.wait_for(lambda c: questions_tried(c) == 2)
        # set aside again as the refusal is recorded, just after the try (a fixed 0.2 s was too short under load)
        async with asyncio.timeout(30):
            while (await question_entry(runtime)).status != "refused":  # noqa: ASYNC110 - the database has no event
                await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)  # and nothing follows: neither a third try nor a second notice
        assert questions_tried(channel) == 2 and len(to_alice(channel)) == 1  # told once only
    channel.refused = False  # unarchived while policybot was down
    runtime = await open_runtime(settings, {"local": channel})
    async with running(runtime):
        await channel.wait_for(lambda c: len(questions_arrived(c)) == 1 and len(to_alice(c)) == 2)
        assert to_alice(channel)[1].endswith(ARRIVED)
        trail = await question_trail(runtime, 9)  # with the admin's two notices (helper notices4)
    assert [d for a, d in trail if a == "admin told"] == [f"{HEAD}: set aside", f"{HEAD}: got through"]
    trail = [(a, d) for a, d in trail if a != "admin told"]
    assert [a for a, _ in trail] == ["delivery stopped", "asker told", "delivery resumed", "delivery stopped",
                                     "delivery resumed", "reached the Headteacher", "asker told"]
    assert trail[2][1] == "policybot started again" and trail[3][1].endswith("its asker was told before")


async def test_a_notice_says_which_question_in_its_first_words(chat: Chat, channel: HeadteacherRefuses) -> None:
    """Two questions passed on: each notice names its own, shortened, so the teacher can tell which is held up."""
    channel.refused = True
    await ask_the_head(chat)
    await ask_the_head(chat, LONG)
    await channel.wait_for(lambda c: len(to_alice(c)) >= 2)
    first, second = to_alice(channel)
    assert "\u201cWhere can I park at school?\u201d" in first and "Instagram" not in first
    assert "\u201cCan I post a photo of my own\u2026\u201d" in second and "faces" not in second
    assert f"asked at {await when_asked(chat.runtime, LONG)}," in second


async def test_an_outage_that_lasts_is_told_to_the_teacher(chat: Chat, channel: HeadteacherRefuses) -> None:
    chat.runtime.outbox.retry_base = 0.3
    channel.down = True
    await ask_the_head(chat)
    await channel.wait_for(lambda c: questions_tried(c) >= 1)
    await asyncio.sleep(0.1)
    assert to_alice(channel) == []  # a blip is the outbox's to ride out
    async with chat.runtime.store.transaction() as s:
        [entry] = (await s.execute(select(OutboxEntry).where(OutboxEntry.kind == "question"))).scalars()
        entry.created_at = utcnow() - HELD_UP_AFTER - timedelta(minutes=1)  # failing since then
    await channel.wait_for(lambda c: len(to_alice(c)) == 1)
    assert "messages to the Headteacher have not been getting through for 16 minutes" in to_alice(channel)[0]
    channel.down = False
    await channel.wait_for(lambda c: len(to_alice(c)) == 2)
    assert to_alice(channel)[1].endswith(ARRIVED)


async def test_asked_with_no_channel_set_the_teacher_hears_only_of_its_arrival(db_url: str) -> None:
    channel = FakeChannel()  # the inbox is off (the admin is someone else), and no channel is set
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS="local:dsl"), {"local": channel})
    async with running(runtime):
        chat = Chat(runtime)
        dsl = Chat(runtime, user="local:dsl", conversation="local:dsl", name="Dee DSL",
                   extra={actions.EXTRA_ADDRESS: "dsl-room"})
        assert "cannot reach them until one is" in await ask_the_head(chat)  # told already, as it was asked
        async with asyncio.timeout(10):
            while (await question_entry(runtime)).attempts < 2:  # noqa: ASYNC110 - the database has no event
                await asyncio.sleep(0.01)
        assert to_alice(channel) == []  # not told again
        [done] = await dsl.say("set escalation channel")
        assert done.text.startswith("Done")
        await channel.wait_for(lambda c: len(to_alice(c)) == 1)
        [arrived] = to_alice(channel)
        assert arrived.startswith("Your question \u201cWhere can I park") and arrived.endswith(ARRIVED)
        # the Headteacher's channel has the question, its asker its first words back; nobody else (the admin) any
        assert [s.destination for s in channel.of("notify") if "park" in s.text] == ["dsl-room", ALICE]
        trail = await question_trail(runtime, 3)
        # a local install has no channel: its inbox is off (helper notices3; it said "no Headteacher's channel")
        assert trail[0] == ("held up", "the Headteacher's inbox on this computer is off and nowhere else is set up "
                                       "yet; its asker was told when asking that there is nowhere to send it yet")


async def test_ask_the_headteacher_pressed_again_after_a_refusal_names_the_local_inbox_not_a_channel(
        chat: Chat, channel: HeadteacherRefuses) -> None:
    """On a local install the question went to the Headteacher's inbox: pressed again, "their channel is not accepting
    messages" named a channel the install does not have (review revM)."""
    channel.refused = True
    await ask_the_head(chat)
    await channel.wait_for(lambda c: len(to_alice(c)) == 1)
    [where] = await chat.press(actions.ASK_HEAD, "1")
    assert where.text.startswith("Your question could not be delivered to the Headteacher: the Headteacher's inbox in "
                                 "the local chat is not accepting messages, and I have stopped trying")
    assert "channel" not in where.text
