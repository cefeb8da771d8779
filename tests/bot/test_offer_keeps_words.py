"""Words answered as a question with Report a concern offered first, that tell a case: pressing the offer begins the
report with them as what happened (pressed later, after other answers, after a restart, twice), as words of a doubtful
report said to be a question come back; words that tell no case keep nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot import actions
from bot.cancelled_reports import UNDO_WITHIN, forget_expired
from bot.runtime import open_runtime, running
from bot.store.models import Conversation
from bot.store.store import utcnow
from tests.bot.conftest import Chat, make_settings
from tests.fakes.escalation_channel import FakeChannel

OFFER = "If this is a concern, please report it"
BEGUN = "What kind of concern"
NOTED = "I've noted what you wrote as what happened"
# Each read as a question that may be a concern's, answered with the report offered first, not begun
TERM_THEN_CHILD = "what does cse mean, a y10 girl in my form gets picked up by men in cars"
WHAT_IF_THEN_CASE = "what if it happens again, he grabbed her by the throat at break"
ASKED_IF_OK = "is it ok that a y7 boys 25 year old mate keeps buying him vapes"
TOLD_THEN_ASKED = "a y6 girl sends photos to a 17 year old on snapchat, can we do anything?"
CASES = (TERM_THEN_CHILD, WHAT_IF_THEN_CASE, ASKED_IF_OK, TOLD_THEN_ASKED)
# Offered first too, but telling no case: nothing to keep
NO_CASE = ("what is sexting?", "who do i tell if a child has a burn mark?", "what if a dad turns up drunk at pick up?")
HOUR = int(UNDO_WITHIN.total_seconds() * 1_000_000)


async def conversation(chat: Chat) -> Conversation:
    async with chat.runtime.store.transaction() as s:
        return (await s.execute(select(Conversation))).scalar_one()


async def what_happened(chat: Chat) -> str | None:
    convo = await conversation(chat)
    return (convo.draft or {}).get("fields", {}).get("what") if convo.flow else None


async def offered(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert OFFER in chat.text and BEGUN not in chat.text, words
    assert chat.replies[0].buttons[0].label == "Report a concern", words


@pytest.mark.parametrize("words", CASES)
async def test_pressing_the_offer_begins_the_report_with_the_words(chat: Chat, words: str) -> None:
    await offered(chat, words)
    await chat.click("Report a concern")
    assert BEGUN in chat.text and NOTED in chat.text
    assert await what_happened(chat) == words


@pytest.mark.parametrize("words", NO_CASE)
async def test_words_that_tell_no_case_keep_nothing(chat: Chat, words: str) -> None:
    await offered(chat, words)
    assert chat.button("Report a concern").value == ""
    assert (await conversation(chat)).kept_report is None  # nothing of them stored
    await chat.click("Report a concern")
    assert BEGUN in chat.text and NOTED not in chat.text and await what_happened(chat) is None


async def test_each_offer_pressed_later_brings_its_own_words(chat: Chat) -> None:
    await offered(chat, TERM_THEN_CHILD)
    first = chat.button("Report a concern")
    await offered(chat, ASKED_IF_OK)
    second = chat.button("Report a concern")
    await chat.say("can I post sports day photos on my facebook?")  # another question between
    await chat.press(first.action, first.value)
    assert await what_happened(chat) == TERM_THEN_CHILD
    await chat.say("cancel")
    await chat.press(second.action, second.value)
    assert await what_happened(chat) == ASKED_IF_OK
    assert "Your report is back" not in chat.text  # a report begun, never one brought back


async def test_the_offer_keeps_its_words_across_a_restart(db_url: str) -> None:
    settings = make_settings(db_url)
    first = await open_runtime(settings, {"local": FakeChannel()})
    async with running(first):
        chat = Chat(first)
        await offered(chat, WHAT_IF_THEN_CASE)
        button = chat.button("Report a concern")
    second = await open_runtime(settings, {"local": FakeChannel()})
    async with running(second):
        chat = Chat(second)
        await chat.press(button.action, button.value)
        assert await what_happened(chat) == WHAT_IF_THEN_CASE


async def test_pressed_twice_or_delivered_twice_begins_one_report(chat: Chat) -> None:
    await offered(chat, TOLD_THEN_ASKED)
    button = chat.button("Report a concern")
    await chat.send(action=button.action, value=button.value, delivery_id="press-1")
    assert await what_happened(chat) == TOLD_THEN_ASKED
    await chat.click("Online bullying")  # an answer given, then the same press again
    given = (await conversation(chat)).draft
    assert await chat.send(action=button.action, value=button.value, delivery_id="press-1") == []
    await chat.press(button.action, button.value)  # a second tap: the report in progress, not a new one
    assert "You have a report in progress" in chat.text
    assert (await conversation(chat)).draft == given


async def test_typed_report_a_concern_just_after_means_the_words(chat: Chat) -> None:
    await offered(chat, ASKED_IF_OK)
    await chat.say("report a concern")
    assert await what_happened(chat) == ASKED_IF_OK


async def test_not_helpful_offers_the_report_with_the_same_words(chat: Chat) -> None:
    await offered(chat, WHAT_IF_THEN_CASE)  # answered from a clause, so rated
    await chat.click("Not helpful")
    await chat.click("Report a concern")
    assert await what_happened(chat) == WHAT_IF_THEN_CASE


async def test_words_kept_past_their_hour_are_gone_and_the_report_says_it_starts_afresh(chat: Chat) -> None:
    await offered(chat, TERM_THEN_CHILD)
    button = chat.button("Report a concern")
    async with chat.runtime.store.transaction() as s:
        convo = (await s.execute(select(Conversation))).scalar_one()
        kept: dict[str, Any] = dict(convo.kept_report or {})
        kept["offered"] = [{**o, "cancelled_at": o["cancelled_at"] - HOUR - 1} for o in kept["offered"]]
        convo.kept_report, convo.kept_until = kept, utcnow()
    await chat.say("report a concern")  # typed: too late to mean them
    assert await what_happened(chat) is None and NOTED not in chat.text
    await chat.say("cancel")
    await chat.press(button.action, button.value)
    assert "I no longer have the words of that message" in chat.text and await what_happened(chat) is None
    async with chat.runtime.store.transaction() as s:
        await forget_expired(s, utcnow())
    assert (await conversation(chat)).kept_report is None


async def test_kept_words_are_no_report_kept_for_undo(chat: Chat) -> None:
    await offered(chat, WHAT_IF_THEN_CASE)
    await chat.say("cancel")
    assert chat.text.startswith("There's no report in progress to cancel.")
    await chat.say("undo")
    assert "There's no cancelled report to bring back here" in chat.text
    for _ in range(6):  # offers never push out a report kept for Undo
        await offered(chat, ASKED_IF_OK)
    assert "kept for now" not in chat.text


async def test_reports_kept_by_the_version_before_still_come_back_beside_offers(chat: Chat) -> None:
    """A conversation's kept reports as the version before wrote them ({"reports": [...]}, no offers): Undo and a
    doubtful report's Report a concern still bring them back, with offers kept beside them."""
    await chat.say("dad hit her")  # begun doubtfully
    await chat.click("It was a question")
    asked = chat.button("Report a concern")
    old = (await conversation(chat)).kept_report
    assert old is not None and set(old) == {"reports"}  # written as the version before wrote it
    await offered(chat, TOLD_THEN_ASKED)
    assert len((await conversation(chat)).kept_report["reports"]) == 1  # type: ignore[index]
    await chat.press(asked.action, asked.value)
    assert "Your report is back" in chat.text and await what_happened(chat) == "dad hit her"


async def test_in_a_channel_nothing_is_kept(chat: Chat) -> None:
    chat.extra = {actions.EXTRA_GROUP: "1"}
    await chat.say(TOLD_THEN_ASKED)
    assert OFFER in chat.text and chat.button("Report a concern").value == ""
    assert (await conversation(chat)).kept_report is None
