"""Bad input gets a polite answer and changes nothing: too long, control characters, unknown buttons."""

from __future__ import annotations

from sqlalchemy import select

from bot import actions
from bot.store.models import Conversation
from tests.bot.conftest import Chat


async def state(chat: Chat) -> tuple[str | None, str | None, dict[str, object]]:
    async with chat.runtime.store.transaction() as s:
        convo = (await s.execute(select(Conversation).where(Conversation.key == chat.conversation))).scalar_one()
        return convo.flow, convo.step, dict(convo.draft)


async def test_bad_input_mid_report_changes_nothing(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.say("1")
    await chat.say("no")
    before = await state(chat)
    [too_long, asked] = await chat.say("x" * 100_000)  # and the question it waits at, shown again
    assert "too long" in too_long.text and too_long.private and "Who is affected" in asked.text
    [control] = await chat.say("Sam\x00B\x1b[31m")
    assert "control characters" in control.text
    await chat.press("concern.delete_everything", "C-0001")
    assert "didn't recognise" in chat.text
    await chat.press("shutdown.now")
    assert "didn't recognise" in chat.text
    [forged] = await chat.press(actions.FEEDBACK_YES, "not-a-number")
    assert "couldn't find" in forged.text
    assert await state(chat) == before
    await chat.say("Sam B")  # and the report carries on from the same step
    assert "Who is responsible" in chat.last.text


async def test_half_a_character_mid_report_is_refused_politely_and_changes_nothing(chat: Chat) -> None:
    """A lone surrogate ("\\udcff" in a JSON body, or a byte kept by surrogateescape) is no character: stored, the
    database refused it with an error after the turn began; now it is refused like a control character."""
    await chat.say("report a concern")
    await chat.say("1")
    await chat.say("no")
    before = await state(chat)
    [refused] = await chat.say("Sam \udcff B")
    assert "characters I can't read" in refused.text and refused.private
    [refused] = await chat.press(actions.CONCERN_SKIP, "\ud800")
    assert "characters I can't read" in refused.text
    assert await state(chat) == before
    await chat.say("Sam B")
    assert "Who is responsible" in chat.last.text


async def test_someone_elses_question_log_cannot_be_rated(chat: Chat) -> None:
    await chat.say("can I post sports day photos?")
    log_id = chat.button("Helpful").value
    bob = chat.as_user("local:bob")
    [reply] = await bob.press(actions.FEEDBACK_NO, log_id)
    assert "couldn't find" in reply.text


async def test_report_buttons_with_no_report_in_progress_change_nothing(chat: Chat) -> None:
    for action in (actions.CONCERN_SKIP, actions.CONCERN_CONFIRM, actions.CONCERN_HELP):
        [reply] = await chat.press(action)
        assert "already been sent or cancelled" in reply.text and reply.private
    [reply] = await chat.press("concern.reopen_everything", "C-0001")
    assert "didn't recognise" in reply.text
    [reply] = await chat.press(actions.ASK_CLAUSE, "Z.99@1")
    assert "couldn't find that part of the policy" in reply.text
    assert await state(chat) == (None, None, {})


async def test_too_long_in_a_report_says_shorten_it_and_shows_the_question_again(chat: Chat) -> None:
    """Found by exploratory testing: "Please send it in shorter parts" at What happened? sent part two on as the
    child's own words. In a report it says shorten it, and the question it waits at is shown again."""
    from tests.bot.test_concern_report import kept_draft, to_what_happened

    await to_what_happened(chat)
    before = await kept_draft(chat)
    replies = await chat.say("They kept posting it. " * 250)  # 5,500 characters
    assert "too long" in replies[0].text and "shorter parts" not in chat.text and "shorten it" in chat.text
    assert "What happened" in chat.last.text and chat.button("Back")
    assert await kept_draft(chat) == before
    await chat.say("They kept posting it on the class group.")
    assert "exact words" in chat.last.text  # the report carries on from the same question
