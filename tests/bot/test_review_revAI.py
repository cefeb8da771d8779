"""Review revAI of reading12, through the engine: a hand inside a child's clothes begins the report, a member of
staff stroking a pupil's hair offers it with the staff route, and a story that touched someone offers nothing."""

from __future__ import annotations

from bot.answers import STAFF_ROUTE_LEAD
from tests.bot.conftest import Chat

OFFER = "If this is a concern, please report it"
BEGUN = "What kind of concern"


async def test_a_hand_up_her_skirt_begins_the_report(chat: Chat) -> None:
    await chat.say("he put his hand up her skirt")
    assert BEGUN in chat.text


async def test_staff_stroking_a_pupils_hair_is_offered_with_the_staff_route(chat: Chat) -> None:
    await chat.say("mr t strokes the girls hair in class")
    assert OFFER in chat.text and STAFF_ROUTE_LEAD in chat.text and BEGUN not in chat.text


async def test_the_story_touched_her_offers_nothing(chat: Chat) -> None:
    await chat.say("the story touched her")
    assert BEGUN not in chat.text and OFFER not in chat.text
