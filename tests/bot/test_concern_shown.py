"""A concern read in the chat by its reference. Found by exploratory testing: the Headteacher typing "show C-0001"
was told "the policy doesn't cover that… please ask the Headteacher", and the words were logged as a question. Now an
admin gets the concern and its trail, its reporter its status, anyone else the refusal, nothing shown."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.store.models import QuestionLog
from tests.bot.conftest import HEAD, Chat
from tests.bot.test_admin_actions import file_report, snapshot


async def logged(chat: Chat) -> list[str]:
    async with chat.runtime.store.transaction() as s:
        return [q.question for q in (await s.execute(select(QuestionLog))).scalars()]


@pytest.mark.parametrize("typed", ["show C-0001", "C-0001", "view c1", "details of C-0001", "open concern c-1?"])
async def test_an_admin_reads_a_concern_by_its_reference(chat: Chat, typed: str) -> None:
    ref = await file_report(chat)
    head = chat.as_user(HEAD, "Head")
    await head.say(f"note {ref} rang mum")
    [reply] = await head.say(typed)
    assert reply.private
    assert ref in reply.text and "Mr Lee is a liar" in reply.text and "rang mum" in reply.text
    assert "Reported by Alice Teacher" in reply.text and "Audit trail" in reply.text
    assert "doesn't cover" not in reply.text
    assert {b.label for b in reply.buttons} >= {"Acknowledge", "Close"}
    assert await logged(chat) == []


async def test_an_unknown_reference_is_said_plainly(chat: Chat) -> None:
    await file_report(chat)
    [reply] = await chat.as_user(HEAD, "Head").say("show C-0042")
    assert "can't find a concern C-0042" in reply.text


async def test_anyone_else_is_refused_and_shown_nothing(chat: Chat) -> None:
    ref = await file_report(chat)
    before = await snapshot(chat)
    bob = chat.as_user("local:bob", "Bob")
    for typed in (f"show {ref}", ref, "show C-0042"):
        [reply] = await bob.say(typed)
        assert "only the Headteacher" in reply.text and "Mr Lee" not in reply.text, typed
        assert "can't find" not in reply.text  # whether it exists is not said either
    assert await snapshot(chat) == before and await logged(chat) == []


async def test_its_reporter_sees_its_status_only(chat: Chat) -> None:
    ref = await file_report(chat)
    [reply] = await chat.say(f"show {ref}")
    assert ref in reply.text and "Mr Lee" not in reply.text


# Asked as staff ask it (review revL: these were "not covered" and logged as questions, nothing shown)
@pytest.mark.parametrize("typed", ["C-0001 please", "status of C-0001", "any update on C-0001?",
                                   "what's happening with C1", "can i see c-1 please"])
async def test_a_concern_asked_after_in_everyday_words(chat: Chat, typed: str) -> None:
    ref = await file_report(chat)
    [mine] = await chat.say(typed)
    assert ref in mine.text and "Mr Lee" not in mine.text and "doesn't cover" not in mine.text
    [theirs] = await chat.as_user(HEAD, "Head").say(typed)
    assert "Mr Lee is a liar" in theirs.text and "Audit trail" in theirs.text
    [refused] = await chat.as_user("local:bob", "Bob").say(typed)
    assert "only the Headteacher" in refused.text and "Mr Lee" not in refused.text
    assert await logged(chat) == []


# Inside a report, a reference pointed to is an answer (review revN): "see C-0001" at "What happened?" was refused,
# "only the Headteacher can see concerns", and the question asked again with nothing kept
@pytest.mark.parametrize("typed", ["see C-0001", "check C-0001", "C-0001"])
async def test_a_reference_given_as_an_answer_in_a_report_is_kept(chat: Chat, typed: str) -> None:
    await file_report(chat)
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say("no")
    await chat.say("skip")
    await chat.say("skip")
    await chat.say("skip")
    await chat.say("skip")
    assert "What happened?" in chat.last.text
    await chat.say(typed)
    assert "only the Headteacher" not in chat.text and "What happened?" not in chat.last.text


async def test_an_admin_in_a_report_still_asks_to_be_shown_one(chat: Chat) -> None:
    ref = await file_report(chat)
    head = chat.as_user(HEAD, "Head")
    await head.say("report a concern")
    [shown, *_] = await head.say(f"show {ref}")
    assert "Mr Lee is a liar" in shown.text and "What kind of concern is it?" in head.last.text
