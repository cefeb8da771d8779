"""Harm done to someone, told in words no report rule takes for a report ("in the playground he bit her": a name or
pronoun not first), is still out of scope to the matcher; it is answered with the way to report first, never passed
to the Headteacher as a question, and its words are not kept in the question log the policy owner reads."""

from __future__ import annotations

from sqlalchemy import select

from bot import actions
from bot.answers import MAYBE_REPORT
from bot.question_turns import MAYBE_REPORT_WITHHELD
from bot.store.models import QuestionLog
from intents import understand
from intents.reports import judge_report
from tests.bot.conftest import Chat

TOLD = "in the playground he bit her"  # harm done to a child; no report rule takes it
ORDINARY = "what time does the school office close?"  # out of scope, no harm in it


async def logged(chat: Chat) -> list[QuestionLog]:
    async with chat.runtime.store.transaction() as s:
        return list((await s.execute(select(QuestionLog).order_by(QuestionLog.id))).scalars())


async def test_harm_the_policy_does_not_cover_is_answered_with_the_report_first_and_not_logged(chat: Chat) -> None:
    # an ordinary question the policy does not cover: its words logged for the policy owner, the Head offered
    await chat.say(ORDINARY)
    assert not chat.last.text.startswith(MAYBE_REPORT)
    assert next(b.label for b in chat.last.buttons) == "Ask the Headteacher"
    meaning = understand(TOLD, chat.runtime.engine.kb.index)
    assert not judge_report(TOLD).report and meaning.intent == "out_of_scope"  # ask --json's intent is unchanged
    await chat.say(TOLD)
    assert chat.last.text.startswith(MAYBE_REPORT) and "doesn't cover" in chat.last.text
    assert "What kind of concern" not in chat.text  # answered, not begun as a report
    labels = [b.label for b in chat.last.buttons]
    assert labels[0] == "Report a concern" and "Ask the Headteacher" not in labels
    ordinary, entry = await logged(chat)
    assert ordinary.question == ORDINARY and entry.question == MAYBE_REPORT_WITHHELD and TOLD not in entry.question
    # its one way on is the report: Report a concern begins one
    report = next(b for b in chat.last.buttons if b.action == actions.CONCERN_START)
    await chat.click(report.label)
    assert "What kind of concern" in chat.text
