"""The staff route, third pass, through the engine (review revAP's "Found, not fixed" (a) to (c)): a colleague's blow
told with more words after the pupil, and contact told by the pupil ("my tutee said… inboxing her"), carry the route
for a concern about staff; a meeting by chance ("by chance at tesco") is not offered it."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_staff_route_second import KIND_PUT, STAFF_ROUTE, begun


@pytest.mark.parametrize("words", [
    "mr h slapped a year 4 boy, I've told the head",
    "Mr H slapped a year 4 boy round the head",
    "the supply teacher pushed a y2 girl against the wall yesterday",
])
async def test_a_blow_told_with_more_words_is_put_as_staff_conduct(chat: Chat, words: str) -> None:
    await begun(chat, words)
    assert KIND_PUT in chat.text, chat.text


@pytest.mark.parametrize("words", [
    "my tutee said a supply teacher has been inboxing her",
    "a y8 girl told me the pe teacher messages her on snapchat",
])
async def test_contact_told_by_the_pupil_has_the_staff_route(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert STAFF_ROUTE in chat.text, chat.text


@pytest.mark.parametrize("words", [
    "the teacher met a y10 girl outside school by chance at tesco",
    "our ta bumped into a year 8 boy in town at the weekend",
])
async def test_a_chance_meeting_is_not_offered_the_staff_route(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert STAFF_ROUTE not in chat.text, chat.text
