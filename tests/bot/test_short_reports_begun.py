"""A concern opened in a chat line of a few words ("worried bout jayden", "dsl pls") begins a report, with the way
back to a question one press away; the teacher's words are kept as what happened (intents/short_reports.py)."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_doubtful_report import draft_of, the_flow


@pytest.mark.parametrize("words", ["worried bout jayden", "poppy not herself"])
async def test_a_short_chat_report_begins_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert "What kind of concern" in chat.last.text, chat.text
    assert "press It was a question" in chat.text  # only perhaps a report: the way back offered
    assert await the_flow(chat) is not None
    assert (await draft_of(chat))["fields"]["what"] == words


async def test_a_call_for_the_dsl_begins_the_report(chat: Chat) -> None:
    # no telling to keep as what happened, so no question it might have been: the report is simply begun
    await chat.say("dsl pls")
    assert "What kind of concern" in chat.last.text and await the_flow(chat) is not None


async def test_one_the_policy_answers_is_answered_with_the_report_offered_first(chat: Chat) -> None:
    await chat.say("kid scared to go home")
    assert chat.text.startswith("If this is a concern, please report it")
    assert "Report a concern" in [b.label for b in chat.last.buttons] and await the_flow(chat) is None


async def test_a_short_line_of_school_business_is_not_begun(chat: Chat) -> None:
    await chat.say("dsl meeting moved to thurs")
    assert "What kind of concern" not in chat.text and await the_flow(chat) is None
