"""A first message of emoji alone. Found by exploratory testing (helper `explore`): "😡😡😡" and "👍" were told
"the Social Media policy doesn't cover that… please ask the Headteacher", and logged as a question for them."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_shown import logged


@pytest.mark.parametrize("typed", ["😡😡😡", "😢", "📸🚿😡", "🤬 🤬"])
async def test_emoji_that_say_something_are_asked_for_in_words_and_not_logged(chat: Chat, typed: str) -> None:
    [reply] = await chat.say(typed)
    assert reply.text.startswith("I can only read words") and "report a concern" in reply.text
    assert "doesn't cover" not in reply.text and await logged(chat) == []


@pytest.mark.parametrize("typed", ["👍", "👍🏽", "🙂🙂", "👌"])
async def test_a_nod_is_taken_as_one(chat: Chat, typed: str) -> None:
    [reply] = await chat.say(typed)
    assert reply.text.startswith("Anything else?") and await logged(chat) == []


@pytest.mark.parametrize("typed", ["a y6 boy sent 😡 messages to a girl in my class", "can i post 📸 of sports day?"])
async def test_words_beside_emoji_are_read_as_words(chat: Chat, typed: str) -> None:
    [reply, *_] = await chat.say(typed)
    assert not reply.text.startswith(("I can only read words", "Anything else?"))
