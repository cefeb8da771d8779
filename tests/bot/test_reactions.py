"""A laugh, "wow" or "ok" after an answer is a reaction, not a follow-up question: the last answer's clause is not
quoted again at it, and the chat answers it as `ask` does. Through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat


@pytest.mark.parametrize("reaction", ["lol", "haha", "hahaha", "wow", "omg", "ok", "oh i see", "LOL"])
async def test_a_reaction_after_an_answer_is_not_answered_with_the_clause_again(chat: Chat, reaction: str) -> None:
    await chat.say("can I add an ex-pupil on instagram?")
    assert any(r.citation is not None and r.citation.clause_id == "B.1" for r in chat.replies)

    await chat.say(reaction)
    assert all(r.citation is None for r in chat.replies) and "B.1" not in chat.text
    assert chat.text.startswith("Anything else? Ask me about the Social Media policy")


async def test_a_laugh_with_harm_told_is_still_read_as_harm(chat: Chat) -> None:
    await chat.say("lol a dad punched me in the car park")
    assert "Anything else?" not in chat.text
