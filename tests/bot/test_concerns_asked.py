"""The open concerns asked for in everyday words. Found by exploratory testing (helper `explore`): the Headteacher
asking "what concerns have been reported?" was told the policy doesn't cover it and to ask the Headteacher, and the
words were logged as a question for them."""

from __future__ import annotations

import pytest

from tests.bot.conftest import HEAD, Chat
from tests.bot.test_admin_actions import file_report, snapshot
from tests.bot.test_concern_shown import logged

ASKED = ["what concerns have been reported?", "show me the reports", "any new concerns?", "Are there any concerns?",
         "can i see the reports please", "which reports are open?", "have we had any concerns today?"]


@pytest.mark.parametrize("typed", ASKED)
async def test_an_admin_asking_in_their_own_words_gets_the_open_concerns(chat: Chat, typed: str) -> None:
    ref = await file_report(chat)
    [reply] = await chat.as_user(HEAD, "Head").say(typed)
    assert reply.text.startswith("Open concerns:") and ref in reply.text and reply.private
    assert "doesn't cover" not in reply.text and await logged(chat) == []


@pytest.mark.parametrize("typed", ASKED[:3])
async def test_anyone_else_is_refused_shown_nothing_and_pointed_to_their_own(chat: Chat, typed: str) -> None:
    ref = await file_report(chat)
    before = await snapshot(chat)
    [reply] = await chat.as_user("local:bob", "Bob").say(typed)
    assert "only the Headteacher" in reply.text and "my reports" in reply.text
    assert ref not in reply.text and "Mr Lee" not in reply.text
    assert await snapshot(chat) == before and await logged(chat) == []


@pytest.mark.parametrize("typed", ["any concerns about posting photos?", "what concerns should i report?",
                                   "what reports do i need to make?"])
async def test_a_policy_question_that_mentions_concerns_is_still_answered(chat: Chat, typed: str) -> None:
    ref = await file_report(chat)
    [reply, *_] = await chat.as_user(HEAD, "Head").say(typed)
    assert not reply.text.startswith("Open concerns:") and ref not in reply.text
