"""Reading, thirteenth pass, through the engine: staff contact with pupils told is offered with the route for a concern
about staff, an adult dating a child asked of is offered the report, the school dog's grooming rota begins none, and
a general question with a pronoun keeps nothing for its offer."""

from __future__ import annotations

import pytest

from bot.answers import STAFF_ROUTE_LEAD
from tests.bot.conftest import Chat
from tests.bot.test_offer_keeps_words import conversation, what_happened

OFFER = "If this is a concern, please report it"
BEGUN = "What kind of concern"


@pytest.mark.parametrize("words", ["a TA is following pupils on tiktok",
                                   "the pe teacher follows some of the year 11s on instagram",
                                   "our ta gave a y10 her personal snapchat"])
async def test_staff_contact_told_is_offered_with_the_staff_route(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert OFFER in chat.text and STAFF_ROUTE_LEAD in chat.text and BEGUN not in chat.text


async def test_a_pupil_following_a_teacher_is_offered_without_it(chat: Chat) -> None:
    await chat.say("a pupil is following me on tiktok")
    assert OFFER in chat.text and STAFF_ROUTE_LEAD not in chat.text


async def test_an_adult_dating_a_child_asked_of_is_offered(chat: Chat) -> None:
    await chat.say("what if a 19 year old is dating a year 10")
    assert OFFER in chat.text and BEGUN not in chat.text


async def test_the_school_dogs_grooming_rota_begins_no_report(chat: Chat) -> None:
    await chat.say("what is the grooming rota for the school dog")
    assert BEGUN not in chat.text and OFFER not in chat.text


# A pronoun standing for someone in general before it ("a pupil … her boyfriend") tells no case: the offer keeps
# nothing (it kept the question as what happened)
@pytest.mark.parametrize("words", ["is it normal for a pupil to send nudes to her boyfriend",
                                   "is it normal for a kid to be left home alone all weekend while his mum works"])
async def test_a_general_question_with_a_pronoun_keeps_nothing_for_its_offer(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert OFFER in chat.text and chat.button("Report a concern").value == ""
    assert (await conversation(chat)).kept_report is None


# ... while a pronoun with no one in general before it is someone in particular: kept as before
async def test_a_pronoun_for_someone_in_particular_is_still_kept(chat: Chat) -> None:
    await chat.say("is it normal that her older brother sends her nudes")
    assert OFFER in chat.text and chat.button("Report a concern").value.startswith("offer-")
    await chat.click("Report a concern")
    assert await what_happened(chat) == "is it normal that her older brother sends her nudes"
