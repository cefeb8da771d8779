"""Staff questions get the plain answer, the clause's exact words and its ID, and a way to a human."""

from __future__ import annotations

from sqlalchemy import select

from bot import actions
from bot.store.models import QuestionLog
from tests.bot.conftest import Chat


async def test_answer_quotes_the_clause_and_offers_feedback_and_routes(chat: Chat) -> None:
    [reply] = await chat.say("can I post sports day photos?")
    assert reply.citation is not None and reply.citation.clause_id == "B.3"
    assert reply.citation.text == "Staff must not post pictures of school events without the Headteacher's consent."
    assert "consent" in reply.text.lower()
    labels = [b.label for b in reply.buttons]
    assert {"Helpful", "Not helpful", "Report a concern", "Ask the Headteacher"} <= set(labels)
    await chat.click("Helpful")
    async with chat.runtime.store.transaction() as s:
        entry = (await s.execute(select(QuestionLog))).scalar_one()
    assert entry.clause_id == "B.3" and entry.feedback == "helpful"


async def test_a_follow_up_is_answered_in_context(chat: Chat) -> None:
    [first] = await chat.say("can I add a pupil as a friend?")
    assert first.citation is not None and first.citation.clause_id == "B.1"
    [follow] = await chat.say("what about ex-pupils?")
    assert follow.citation is not None and follow.citation.clause_id == "B.1"


async def test_out_of_scope_is_honest_and_offers_the_headteacher(chat: Chat) -> None:
    [reply] = await chat.say("Where can I park at school?")
    assert reply.citation is None
    assert "Ask the Headteacher" in [b.label for b in reply.buttons]
    await chat.click("Ask the Headteacher")
    assert "passed your question to the Headteacher" in chat.text
    async with chat.runtime.store.transaction() as s:
        entry = (await s.execute(select(QuestionLog))).scalar_one()
    assert not entry.answered and entry.asked_head


async def test_help_and_greetings_are_brief(chat: Chat) -> None:
    [reply] = await chat.say("help")
    assert "report a concern" in reply.text and "my reports" in reply.text
    await chat.say("hello")
    assert chat.last.citation is None and len(chat.last.text) < 200


async def test_report_intent_starts_the_report(chat: Chat) -> None:
    await chat.say("I need to report a pupil being bullied on WhatsApp")
    assert "What kind of concern" in chat.last.text


async def test_report_in_a_shared_channel_is_moved_somewhere_private(chat: Chat) -> None:
    chat.extra = {actions.EXTRA_GROUP: "1"}
    replies = await chat.say("report a concern")
    assert replies[-1].private and replies[-1].buttons[0].action == actions.FORM_OPEN
