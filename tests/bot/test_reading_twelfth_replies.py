"""Reading, twelfth pass, through the engine: touching told is the report's, a member of staff crossing a line with
pupils is offered with the staff route, and a term asked for teaching is answered, not begun."""

from __future__ import annotations

from bot.answers import STAFF_ROUTE_LEAD
from tests.bot.conftest import Chat

OFFER = "If this is a concern, please report it"
BEGUN = "What kind of concern"


async def test_touching_told_reaches_the_report(chat: Chat) -> None:
    await chat.say("her uncle touched her at christmas")
    assert BEGUN in chat.text or OFFER in chat.text


async def test_ta_too_close_to_the_girls_is_offered_with_the_staff_route(chat: Chat) -> None:
    await chat.say("our ta gets too close to the girls")
    assert OFFER in chat.text and STAFF_ROUTE_LEAD in chat.text and BEGUN not in chat.text
    await chat.click("Report a concern")
    assert BEGUN in chat.text


async def test_a_term_asked_for_teaching_is_answered_not_begun(chat: Chat) -> None:
    await chat.say("what is self harm, my year 10 class have been asking")
    assert BEGUN not in chat.text and "Designated Safeguarding Lead" in chat.text
