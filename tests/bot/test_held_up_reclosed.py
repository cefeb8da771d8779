"""A reopening withdrawn because the concern was closed again before it was announced ends that hold-up: when the
reporter adds more and the next reopening is held up too, the admins are told again, not left believing it closed."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot.store.models import OutboxEntry
from tests.bot.conftest import HEAD, Chat
from tests.bot.test_held_up import held_up_notes
from tests.fakes.escalation_channel import FakeChannel


async def reopenings(chat: Chat) -> list[str]:
    async with chat.runtime.store.transaction() as s:
        return list((await s.execute(select(OutboxEntry.status).where(OutboxEntry.key.contains(":reopened:"),
                                                                      OutboxEntry.kind == "remind")
                                     .order_by(OutboxEntry.id))).scalars())


async def test_a_second_reopening_held_up_after_the_first_was_withdrawn_is_told_to_the_admins(
        chat: Chat, channel: FakeChannel) -> None:
    chat.runtime.outbox.retry_base = 0.1
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.click("Yes")
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    head = chat.as_user(HEAD, "Head")
    await head.say("close C-0001")
    channel.refuse_posts = True  # archived after it was closed
    await chat.say("Leo M, 3C")  # opens it again; the message saying so is refused
    await channel.wait_for(lambda c: len([n for n in held_up_notes(c) if "open again" in n]) == 1)
    await head.say("close C-0001")  # the admin closes it again; the reopening is no longer to be announced
    async with asyncio.timeout(10):
        while await reopenings(chat) != ["withdrawn"]:  # noqa: ASYNC110 - the database has no event
            await asyncio.sleep(0.01)
    await chat.say("It happened again at lunch on Tuesday")  # opens it once more, still refused
    await channel.wait_for(lambda c: len([x for x in c.calls if x.kind == "post"]) >= 4)
    # Whoever closed it must hear it is open again and not reaching them: the first note was about a reopening
    # that is no more.
    await channel.wait_for(lambda c: len([n for n in held_up_notes(c) if "open again" in n]) == 2, within=5)
    assert not any("Tuesday" in n or "Leo" in n for n in held_up_notes(channel))  # references only
