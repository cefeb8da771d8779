"""A number that has left the database (a concern's C- reference, a question's id in its buttons) is never given to
another row, even after the newest row was deleted by hand: old buttons, notes and emails naming it must not reach a
different concern or question."""

from __future__ import annotations

from sqlalchemy import text

from bot import actions
from tests.bot.conftest import Chat

BULLYING = {"category": "bullying", "danger": "no", "what": "A group chat has been sending Sam nasty messages."}


async def run_sql(chat: Chat, *statements: str) -> None:
    """What someone tidying the database by hand would type."""
    async with chat.runtime.store.engine.begin() as conn:
        for statement in statements:
            await conn.execute(text(statement))


async def test_a_deleted_concerns_reference_is_not_given_to_the_next_one(chat: Chat) -> None:
    await chat.press(actions.FORM_SUBMIT, form=BULLYING)
    assert "C-0001" in chat.text
    # The newest concern removed with its trail, as a test report might be
    await run_sql(chat, "DELETE FROM outbox WHERE concern_id = 1", "DELETE FROM concern_events WHERE concern_id = 1",
                  "DELETE FROM concerns WHERE id = 1")
    await chat.press(actions.FORM_SUBMIT, form=BULLYING)
    assert "C-0002" in chat.text and "C-0001" not in chat.text


async def test_a_question_asked_after_the_newest_was_deleted_can_still_go_to_the_headteacher(chat: Chat) -> None:
    await chat.say("Where can I park at school?")
    first = chat.button("Ask the Headteacher").value
    await chat.click("Ask the Headteacher")
    # The question log cleared by hand; the Headteacher's copy (its outbox entry) stays, keyed by the question's id.
    # Its trail first: under load the outbox had already written a line of it, which the log's key protects.
    await run_sql(chat, "DELETE FROM question_events", "DELETE FROM question_log")
    await chat.say("Can I bring my dog to school?")
    assert chat.button("Ask the Headteacher").value != first
    await chat.click("Ask the Headteacher")
    assert "passed your question to the Headteacher" in chat.text
