"""What the harm tests look for in a chat with the real engine: a report begun, the report offered first, and the
questions logged for the policy owner (a possible disclosure's words must not be among them)."""

from __future__ import annotations

from sqlalchemy import select

from bot.answers import MAYBE_REPORT
from bot.store.models import QuestionLog
from tests.bot.conftest import Chat


def report_begun(chat: Chat) -> bool:
    return "What kind of concern" in chat.text


def report_offered_first(chat: Chat) -> bool:
    return bool(chat.replies) and chat.replies[0].text.startswith(MAYBE_REPORT)


async def logged(chat: Chat) -> list[str]:
    async with chat.runtime.store.transaction() as s:
        return [e.question for e in (await s.execute(select(QuestionLog))).scalars()]
