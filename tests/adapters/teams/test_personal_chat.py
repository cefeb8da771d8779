"""A teacher asks in a personal chat: the answer arrives as an Adaptive Card with the clause, quote and buttons."""

from __future__ import annotations

from bot import actions
from tests.adapters.teams.conftest import TEACHER_CHAT, TeamsHarness


async def test_question_in_personal_chat_gets_the_clause_quote_and_buttons(teams: TeamsHarness) -> None:
    replies = await teams.say("Are parents allowed to post pictures of other pupils?")

    assert len(replies) == 1
    answer = replies[0]
    assert answer.kind == "reply" and answer.conversation == TEACHER_CHAT
    assert "D.1" in answer.words
    assert "Parents are expected to not post pictures of pupils other than their own children" in answer.words
    pressed = {b["action"] for b in answer.buttons}
    assert {actions.FEEDBACK_YES, actions.FEEDBACK_NO, actions.CONCERN_START, actions.ASK_HEAD} <= pressed
