"""A report left half-written in the Slack DM is reminded there, once, through the real app and a fake Slack."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from bot.draft_reminders import DRAFT_REMINDER_AFTER
from bot.runtime import RUNTIME
from bot.store.models import Conversation
from bot.store.store import utcnow
from tests.adapters.slack.conftest import TEACHER_DM, SlackDriver
from tests.adapters.slack.test_report import answer, saying

REMINDER = "hasn't been sent yet"


async def test_a_draft_left_in_the_dm_is_reminded_there_once_without_its_details(slack: SlackDriver) -> None:
    await slack.dm("report a concern")
    await answer(slack, "What kind of concern", press="A member of staff")
    await answer(slack, "immediate danger", press="No")
    await answer(slack, "Who is affected", text="Mrs Khan in Year 2")
    await slack.fake.wait_for("chat.postMessage", saying("Who is responsible"))

    runtime = slack.client.app[RUNTIME]
    async with runtime.store.transaction() as s:  # called away three hours ago
        await s.execute(update(Conversation).where(Conversation.key == f"slack:{TEACHER_DM}")
                        .values(updated_at=utcnow() - DRAFT_REMINDER_AFTER - timedelta(hours=1, minutes=5)))
    runtime.outbox.quiet_hours = None  # the real clock, whatever time of day the test runs at
    runtime.outbox.wake()
    [reminder] = await slack.fake.wait_for("chat.postMessage", saying(REMINDER))
    assert reminder.args["channel"] == TEACHER_DM
    shown = reminder.text_and_blocks()
    assert "about 3 hours ago" in shown and "Khan" not in shown and "staff" not in shown.lower()

    assert await runtime.outbox.raise_draft_reminders() == 0  # the worker's next pass, or a restart's
    await runtime.outbox.deliver_due()
    await slack.dm("help")  # as the reminder says: the question it is waiting on, nothing changed
    await slack.fake.wait_for("chat.postMessage", saying("Who is responsible"), count=2)
    assert len(slack.fake.of("chat.postMessage", saying(REMINDER))) == 1
