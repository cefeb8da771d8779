"""A teacher takes back the question they passed to the Headteacher ("withdraw my question", "cancel my question"):
withdrawn while it has not reached them, never sent after, in its trail; said honestly to be with the Headteacher once
it is; and nobody but its asker can take it back. Through the real engine and outbox, teachers in the local chat."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from bot import actions
from bot.question_held_up import ARRIVED_ACTION
from bot.store.models import QuestionEvent
from tests.bot.conftest import HEAD, Chat
from tests.bot.test_question_held_up import (
    ALICE,
    HeadteacherRefuses,
    ask_the_head,
    question_entry,
    question_trail,
    questions_arrived,
    questions_tried,
    to_alice,
)
from tests.fakes.escalation_channel import FakeChannel


@pytest.fixture
def channel() -> FakeChannel:
    return HeadteacherRefuses()


WITHDRAWN = ", is withdrawn: it has not reached the Headteacher, and it will not be sent."


async def trail_actions(chat: Chat) -> list[str]:
    async with chat.runtime.store.transaction() as s:
        return [e.action for e in (await s.execute(select(QuestionEvent).order_by(QuestionEvent.id))).scalars()]


async def test_a_question_held_up_is_withdrawn_and_never_sent_after(chat: Chat, channel: HeadteacherRefuses) -> None:
    channel.refused = True  # the Headteacher's channel was archived: set aside, its asker told
    await ask_the_head(chat)
    await channel.wait_for(lambda c: len(to_alice(c)) == 1)
    await question_trail(chat.runtime, 3)  # its notices' delivery recorded (its asker's, the admin's)
    [reply] = await chat.say("withdraw my question")
    assert reply.text.startswith("Your question \u201cWhere can I park at school?\u201d, asked at ")
    assert reply.text.endswith(WITHDRAWN) and reply.private
    assert (await question_entry(chat.runtime)).status == "withdrawn"

    channel.refused = False  # the channel mended and named again: still nothing goes
    head = Chat(chat.runtime, user=HEAD, conversation=HEAD, name="Sam Head", extra={actions.EXTRA_ADDRESS: "inbox"})
    await head.say("set escalation channel")
    await asyncio.sleep(0.3)
    assert questions_arrived(channel) == [] and questions_tried(channel) == 1
    assert len(to_alice(channel)) == 1  # no "has now reached"
    # the admin told it was set aside is told it was withdrawn (helper notices4)
    await question_trail(chat.runtime, 5)
    assert sorted(await trail_actions(chat)) == sorted(["delivery stopped", "asker told", "admin told",
                                                        "withdrawn by its asker", "admin told"])
    [again] = await chat.say("cancel my question")
    assert "is withdrawn already: the Headteacher was not sent it." in again.text
    [pressed] = await chat.press(actions.ASK_HEAD, "1")
    assert pressed.text.startswith("You withdrew that question, so the Headteacher was not sent it.")


async def test_a_question_delivered_cannot_be_withdrawn_and_the_teacher_is_told_so(
        chat: Chat, channel: HeadteacherRefuses) -> None:
    await ask_the_head(chat)
    await channel.wait_for(lambda c: len(questions_arrived(c)) == 1)
    await asyncio.sleep(0.05)  # its delivery recorded
    [reply] = await chat.say("Cancel my question to the Headteacher, please")
    assert "has already reached the Headteacher, so it can't be withdrawn: they have it." in reply.text
    assert (await question_entry(chat.runtime)).status == "delivered"
    assert "withdrawn by its asker" not in await trail_actions(chat)


async def test_only_its_asker_can_withdraw_a_question(chat: Chat, channel: HeadteacherRefuses) -> None:
    channel.refused = True
    await ask_the_head(chat)
    await channel.wait_for(lambda c: len(to_alice(c)) == 1)
    [other] = await chat.as_user("local:bob", "Bob Teacher").say("withdraw my question")
    assert other.text == "You haven't passed a question to the Headteacher, so there is nothing to withdraw."
    assert (await question_entry(chat.runtime)).status == "refused"  # Alice's, untouched
    assert chat.user == ALICE


async def test_cancel_my_question_in_a_report_withdraws_the_question_and_keeps_the_report(
        chat: Chat, channel: HeadteacherRefuses) -> None:
    """"Cancel" alone stops a report; "cancel my question" is about the question, and the report carries on."""
    channel.refused = True
    await ask_the_head(chat)
    await channel.wait_for(lambda c: len(to_alice(c)) == 1)
    await chat.say("report a concern")
    replies = await chat.say("cancel my question")
    assert replies[0].text.endswith(WITHDRAWN)
    assert "cancelled" not in chat.text.lower() and len(replies) > 1  # the report's question follows
    assert (await question_entry(chat.runtime)).status == "withdrawn"
    assert "What kind of concern is it?" in replies[-1].text


async def test_the_question_withdrawn_is_the_one_still_on_its_way(chat: Chat, channel: HeadteacherRefuses) -> None:
    """Two passed on, the older held up and the newer delivered since: "withdraw my question" takes back the older."""
    channel.refused = True
    await ask_the_head(chat)
    await channel.wait_for(lambda c: len(to_alice(c)) == 1)
    await question_trail(chat.runtime, 2)
    channel.refused = False
    head = Chat(chat.runtime, user=HEAD, conversation=HEAD, name="Sam Head", extra={actions.EXTRA_ADDRESS: "room"})
    await ask_the_head(chat, "Can I use my own phone to film sports day?")  # goes to the inbox, the older set aside
    await channel.wait_for(lambda c: len(questions_arrived(c)) == 1)
    async with asyncio.timeout(10):  # its delivery recorded (counting rows raced the admins' notices: notices4)
        while True:
            if ARRIVED_ACTION in [a for a, _ in await question_trail(chat.runtime, 3)]:
                break
            await asyncio.sleep(0.01)
    [reply] = await chat.say("withdraw my question")
    assert reply.text.startswith("Your question \u201cWhere can I park at school?\u201d") and WITHDRAWN in reply.text
    await head.say("set escalation channel")
    await asyncio.sleep(0.3)
    assert len(questions_arrived(channel)) == 1 and not [s for s in channel.of("notify") if s.destination == "room"]
