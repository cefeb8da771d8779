"""A report left half-written on the web page becomes a notice, shown the next time the person looks."""

from __future__ import annotations

from datetime import timedelta

from aiohttp.test_utils import TestClient
from sqlalchemy import select, update

from bot.draft_reminders import DRAFT_REMINDER_AFTER
from bot.runtime import RUNTIME
from bot.store.models import Conversation, Notice
from bot.store.store import utcnow
from tests.adapters.local.conftest import WebChat

REMINDER = "hasn't been sent yet"


async def test_a_draft_left_on_the_page_is_a_notice_next_time_once(client: TestClient) -> None:
    page = WebChat(client)
    await page.say("report a concern")
    await page.press("A pupil's image")
    await page.press("No")
    await page.say("Priya, Year 6")
    assert "Who is responsible" in page.text

    runtime = client.app[RUNTIME]
    async with runtime.store.transaction() as s:
        await s.execute(update(Conversation).where(Conversation.key == "local:alice.teacher")
                        .values(updated_at=utcnow() - DRAFT_REMINDER_AFTER - timedelta(minutes=5)))
    runtime.outbox.quiet_hours = None  # the real clock, whatever time of day the test runs at
    runtime.outbox.wake()
    notice = await page.wait_for_notice(REMINDER)
    assert "about 2 hours ago" in notice and "Priya" not in notice and "image" not in notice

    assert await runtime.outbox.raise_draft_reminders() == 0
    await runtime.outbox.deliver_due()
    await page.say("help")
    assert "Who is responsible" in page.text
    async with runtime.store.transaction() as s:
        notices = (await s.execute(select(Notice).where(Notice.user == "local:alice.teacher"))).scalars().all()
    assert [n.text for n in notices if REMINDER in n.text] == [notice]
    assert sum(REMINDER in n for n in page.notices) == 1
