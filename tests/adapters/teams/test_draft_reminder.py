"""A report left half-written in the Teams personal chat is reminded there, once, through the real adapter."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from bot.draft_reminders import DRAFT_REMINDER_AFTER
from bot.runtime import RUNTIME
from bot.store.models import Conversation
from bot.store.store import utcnow
from tests.adapters.teams.conftest import TEACHER_CHAT, TeamsHarness, button

REMINDER = "hasn't been sent yet"


async def test_a_draft_left_in_the_personal_chat_is_reminded_there_once(teams: TeamsHarness) -> None:
    said = await teams.say("report a concern")
    said = await teams.press(button(said, "An inappropriate post"))
    said = await teams.press(button(said, "No"))
    said = await teams.say("Ben's dad, on the class page")
    assert "Who is responsible" in said[-1].words

    runtime = teams.app[RUNTIME]
    async with runtime.store.transaction() as s:  # Teams tells the bot nothing when someone comes back
        await s.execute(update(Conversation).where(Conversation.key == f"teams:{TEACHER_CHAT}")
                        .values(updated_at=utcnow() - DRAFT_REMINDER_AFTER - timedelta(days=2)))
    runtime.outbox.quiet_hours = None  # the real clock, whatever time of day the test runs at
    runtime.outbox.wake()
    [reminder] = await teams.fake.wait_for("send", lambda c: REMINDER in c.words)
    assert reminder.conversation == TEACHER_CHAT
    assert "2 days ago" in reminder.words and "Ben" not in reminder.words and "post" not in reminder.words

    assert await runtime.outbox.raise_draft_reminders() == 0
    await runtime.outbox.deliver_due()
    said = await teams.say("help")
    assert "Who is responsible" in said[-1].words
    assert len(teams.fake.of("send", lambda c: REMINDER in c.words)) == 1
