"""A question set aside after a refusal, through its whole life as its asker, the admins and the Headteacher see it
(helper notices4): the admins told it could not be delivered are told, once, when it arrives or is withdrawn; a
question refused for its own message is not tried again at each start or channel named; a long question's asker is
told what the Headteacher's message shows; and the Headteacher reading it late is told it is late.
Through the real engine and outbox, a teacher in the local chat (the Headteacher, `local:headteacher`, is an admin)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy import select

from bot import actions
from bot.escalation import DeliveryError
from bot.question_refused import REFUSED
from bot.runtime import Runtime, open_runtime, running
from bot.store.models import OutboxEntry
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.bot.test_question_held_up import (
    QUESTION,
    HeadteacherRefuses,
    ask_the_head,
    question_entry,
    question_trail,
    questions_arrived,
    questions_tried,
    to_alice,
    when_asked,
)
from tests.fakes.escalation_channel import FakeChannel, Sent

DSL = "local:dsl"
ADMINS = f"{HEAD},{DSL}"


def to(channel: FakeChannel, who: str) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == who]


def head_chat(runtime: Runtime) -> Chat:
    """The Headteacher in the chat that receives concerns (the local inbox): naming it again is the admin's retry."""
    return Chat(runtime, user=HEAD, conversation=HEAD, name="Sam Head", extra={actions.EXTRA_ADDRESS: "inbox"})


async def set_aside(channel: HeadteacherRefuses, runtime: Runtime) -> tuple[Chat, str]:
    """Alice asks, the inbox refuses it for good: she and both admins are told once; when it was asked."""
    alice = Chat(runtime)
    Chat(runtime, user=DSL, conversation=DSL)  # an admin policybot can reach in the local chat
    await ask_the_head(alice)
    await channel.wait_for(lambda c: len(to_alice(c)) == 1 and len(to(c, HEAD)) == 1 and len(to(c, DSL)) == 1)
    return alice, await when_asked(runtime)


async def set_aside_again(runtime: Runtime) -> None:
    """The try at start refused and recorded: the channel's refusal reaches the fake before the outbox marks the
    question set aside, and an admin naming the channel in between (PostgreSQL, under load) found none to send."""
    async with asyncio.timeout(10):
        while True:
            if (await question_entry(runtime)).status == REFUSED:
                return
            await asyncio.sleep(0.01)


async def test_the_admins_told_a_question_was_set_aside_are_told_once_when_it_arrives(db_url: str) -> None:
    """Until helper notices4 only its asker heard it arrived: a DSL told "could not be delivered" was left thinking it
    lost. A restart still refused tells nobody; the admin naming the channel is told it goes; the Head reads it late."""
    channel = HeadteacherRefuses(refused=True)
    settings = make_settings(db_url, POLICYBOT_ADMINS=ADMINS)
    runtime = await open_runtime(settings, {"local": channel})
    async with running(runtime):
        _, asked = await set_aside(channel, runtime)
    runtime = await open_runtime(settings, {"local": channel})  # a restart, the inbox still refusing
    async with running(runtime):
        await channel.wait_for(lambda c: questions_tried(c) == 2)
        await set_aside_again(runtime)
        channel.refused = False  # mended: the admin names it again
        [done] = await head_chat(runtime).say("set escalation channel")
        assert done.text == ("Done: concerns reported on this platform will now be sent to this conversation. The "
                             "question set aside after a refusal is being sent again now.")
        await channel.wait_for(lambda c: len(questions_arrived(c)) == 1 and len(to(c, DSL)) == 2
                               and len(to(c, HEAD)) == 2 and len(to_alice(c)) == 2)
        await asyncio.sleep(0.2)
    which = f"The question \u201c{QUESTION}\u201d that local:alice passed to the Headteacher at {asked}"
    for admin in (HEAD, DSL):
        told = to(channel, admin)
        assert told[0].startswith(f"{which} could not be delivered")
        assert told[1] == (f"{which}, which I told you could not be delivered, has now reached the Headteacher. "
                           "Nothing more to do.")
    assert to_alice(channel)[1].endswith("has now reached the Headteacher.")
    [arrived] = questions_arrived(channel)
    assert arrived.startswith(f"Sent late (asked at {asked}): it could not be delivered until now, so its asker may "
                              "have asked you in person since. Alice Teacher asked a question")
    trail = await question_trail(runtime, 11)
    told = [d for a, d in trail if a == "admin told"]
    assert told == [f"{HEAD}: set aside", f"{DSL}: set aside", f"{HEAD}: got through", f"{DSL}: got through"]


async def test_the_admins_told_a_question_was_set_aside_are_told_when_its_asker_withdraws_it(db_url: str) -> None:
    """Otherwise an admin told "to send it, type 'set escalation channel'" names a channel for nothing."""
    channel = HeadteacherRefuses(refused=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=ADMINS), {"local": channel})
    async with running(runtime):
        alice, asked = await set_aside(channel, runtime)
        [withdrawn] = await alice.say("withdraw my question")
        assert "is withdrawn" in withdrawn.text
        await channel.wait_for(lambda c: len(to(c, DSL)) == 2 and len(to(c, HEAD)) == 2)
        await asyncio.sleep(0.2)
        [done] = await head_chat(runtime).say("set escalation channel")
        assert done.text == "Done: concerns reported on this platform will now be sent to this conversation."
        await asyncio.sleep(0.2)
    assert to(channel, DSL)[1] == (f"The question \u201c{QUESTION}\u201d that local:alice passed to the Headteacher at "
                                   f"{asked}, which I told you could not be delivered, was withdrawn by its asker, so "
                                   "it will not be sent. Nothing more to do.")
    assert questions_arrived(channel) == [] and len(to_alice(channel)) == 1
    trail = await question_trail(runtime, 6)
    assert ("withdrawn by its asker", f"admins being told: {HEAD}, {DSL}") in trail


async def test_an_admin_whose_notice_never_went_is_not_told_it_arrived(db_url: str) -> None:
    """No news to someone never told: their first notice withdrawn unsent, the arrival goes with it."""
    channel = HeadteacherRefuses(refused=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=ADMINS), {"local": channel})
    try:  # the outbox not running: nothing delivered but what this test delivers
        Chat(runtime, user=DSL, conversation=DSL)
        await ask_the_head(Chat(runtime))
        await runtime.outbox.deliver_due(limit=1)  # the question, refused: notices queued, none sent
        channel.refused = False
        [done] = await head_chat(runtime).say("set escalation channel")
        assert "being sent again now" in done.text
        for _ in range(4):
            await runtime.outbox.deliver_due()
        async with runtime.store.transaction() as s:
            statuses = dict((await s.execute(select(OutboxEntry.key, OutboxEntry.status))).all())
    finally:
        await runtime.store.close()
    assert len(questions_arrived(channel)) == 1
    assert to(channel, DSL) == [] and to(channel, HEAD) == []
    assert statuses[f"question:1:through:{DSL}"] == "withdrawn"


@dataclass
class RefusesTheMessage(FakeChannel):
    """The Headteacher's inbox refuses the question's message as it is (Slack's `msg_too_long`), whatever channel."""

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if address == "inbox" and key.startswith("question:"):
            self.calls.append(Sent("notify", address, key, text=text, retry=retry))
            self.changed.set()
            raise DeliveryError("slack chat.postMessage: msg_too_long", permanent=True)
        await super().notify(address, text, key, retry)


async def test_a_question_refused_for_its_message_is_not_tried_again_at_each_start_or_channel_named(
        db_url: str) -> None:
    """Until helper notices4 it went back in line at every start and every "set escalation channel", to be refused the
    same way: its asker and the admins were told it is up to the set-up. Tried again only once its message changed."""
    channel = RefusesTheMessage()
    settings = make_settings(db_url, POLICYBOT_ADMINS=ADMINS)
    runtime = await open_runtime(settings, {"local": channel})
    async with running(runtime):
        alice = Chat(runtime)
        await ask_the_head(alice)
        await channel.wait_for(lambda c: len(to_alice(c)) == 1 and len(to(c, HEAD)) == 1)
        [told] = to_alice(channel)
        assert "Sending it again would be refused the same way, so I will not try again: please ask the Headteacher " \
               "in person." in told
        assert "if it does get through later" not in told and "until someone fixes" not in told
        assert "so it will not be tried again" in to(channel, HEAD)[0]
        [again] = await alice.press(actions.ASK_HEAD, "1")  # its button pressed again
        assert again.text == ("Your question could not be delivered to the Headteacher: the message itself was "
                              "refused (too long, or not in a form it takes), so it will not be tried again. Please "
                              "ask them directly.")
    for _ in range(2):  # restarted, and the admin names the channel: neither can help
        runtime = await open_runtime(settings, {"local": channel})
        async with running(runtime):
            [done] = await head_chat(runtime).say("set escalation channel")
            assert "being sent again" not in done.text
            await asyncio.sleep(0.3)
    assert questions_tried(channel) == 1
    assert (await question_entry(runtime)).status == "refused"
    trail = await question_trail(runtime, 1)
    assert "delivery resumed" not in [a for a, _ in trail]
    assert trail[0][1].startswith("the Headteacher's inbox in the local chat refused the message itself")
    assert "the message itself was refused, so it is not tried again unless it changes" in trail[0][1]
    async with runtime.store.transaction() as s:  # its message changed (a release that words it otherwise)
        entry = (await s.execute(select(OutboxEntry).where(OutboxEntry.key == "question:1"))).scalar_one()
        entry.payload = {**entry.payload, "text": "Alice Teacher asked: shorter"}
    runtime = await open_runtime(settings, {"local": channel})
    async with running(runtime):
        await channel.wait_for(lambda c: questions_tried(c) == 2)


async def test_a_long_question_s_asker_is_told_how_much_the_headteacher_sees(runtime: Runtime,
                                                                             channel: FakeChannel) -> None:
    """Until helper notices4 a 3,000-character question was "passed to the Headteacher", who saw its first 1,500:
    the rest was lost without its asker knowing."""
    words = [f"point{i}" for i in range(400)]
    question = "Can you tell me about " + " ".join(words) + "?"
    assert 1500 < len(question) < 4000
    chat = Chat(runtime)
    passed = await ask_the_head(chat, question)
    shown = question[:1500].rstrip()
    ending = " ".join(shown.split()[-6:])
    assert passed == ("I've passed your question to the Headteacher, who will get back to you. It is long, so their "
                      f"message shows only its first 1,500 characters, ending \u201c\u2026{ending}\u201d: if the rest "
                      "matters, tell them yourself. If it's about a child's safety, speak to the Designated "
                      "Safeguarding Lead now.")
    await channel.wait_for(lambda c: any(s.key == "question:1" for s in c.of("notify")))
    [head] = [s.text for s in channel.of("notify") if s.key == "question:1"]
    assert head.endswith(f"{ending}\u2026\u201d")
    await chat.say("Where can I park at school?")
    [short] = await chat.click("Ask the Headteacher")
    assert "It is long" not in short.text
