"""Review revAH of offerwords: a year group asked of in general is no one in particular (nothing kept for the offer),
and the offer pressed while another report is in progress says its words wait rather than ignoring them unsaid."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_offer_keeps_words import conversation, what_happened

OFFER = "If this is a concern, please report it"
CASE = "what does cse mean, a y9 girl in my tutor group keeps getting lifts from older men"
OTHER = "a y5 boy told me his stepdad locks him in his room all weekend"


@pytest.mark.parametrize("words", ["is it normal for a y6 to be sent nudes",
                                   "is it normal for a year 6 to be sent nudes by an adult"])
async def test_a_year_group_asked_of_in_general_keeps_nothing(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert OFFER in chat.text and chat.button("Report a concern").value == ""
    assert (await conversation(chat)).kept_report is None


async def test_a_year_group_of_ones_own_is_still_kept(chat: Chat) -> None:
    await chat.say("is it normal for my y6 to be sent nudes")
    assert chat.button("Report a concern").value.startswith("offer-")


async def test_pressed_while_another_report_is_in_progress_its_words_wait(chat: Chat) -> None:
    await chat.say(CASE)
    offer = chat.button("Report a concern")
    await chat.say(OTHER)  # another report begun by its own words
    await chat.press(offer.action, offer.value)
    assert "You have a report in progress" in chat.text
    assert "kept" in chat.replies[0].text and "finish or cancel this one" in chat.replies[0].text
    assert await what_happened(chat) == OTHER  # the report in progress untouched
    await chat.say("cancel")
    await chat.press(offer.action, offer.value)  # then the offer begins its own
    assert await what_happened(chat) == CASE


async def test_pressed_twice_after_it_began_its_report_says_nothing_of_waiting(chat: Chat) -> None:
    await chat.say(CASE)
    offer = chat.button("Report a concern")
    await chat.press(offer.action, offer.value)
    await chat.press(offer.action, offer.value)
    assert "You have a report in progress" in chat.text and "finish or cancel this one" not in chat.text


async def test_typed_after_another_question_means_that_one_not_the_case_before(chat: Chat) -> None:
    await chat.say(CASE)
    await chat.say("who do i tell if a child has a burn mark?")  # offered too, keeping nothing: no case told
    assert OFFER in chat.text
    await chat.say("report a concern")
    assert "What kind of concern" in chat.text and await what_happened(chat) is None  # not the y9 girl's words
    await chat.say("cancel")
    await chat.say("thanks")  # no question: the words before are still what it means
    await chat.say(CASE)
    await chat.say("thanks")
    await chat.say("report a concern")
    assert await what_happened(chat) == CASE
