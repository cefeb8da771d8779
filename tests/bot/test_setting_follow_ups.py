"""A short "and in/at/on the X?" after an answer asks the same question of another place or occasion, and leans on
the last answer as "and on trips?" does; read as a first question it is read as before. Through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat

PHOTOS = "can I post photos from sports day on the school facebook page?"


def cited(chat: Chat) -> list[str]:
    return [r.citation.clause_id for r in chat.replies if r.citation is not None]


@pytest.mark.parametrize("follow_up", ["and in the classroom?", "what about in the classroom?",
                                       "and in the classroom", "And at the school disco?"])
async def test_another_place_after_an_answer_leans_on_it(chat: Chat, follow_up: str) -> None:
    await chat.say(PHOTOS)
    assert cited(chat) == ["B.3"]

    await chat.say(follow_up)
    assert cited(chat) == ["B.3"], chat.text
    assert "doesn't cover" not in chat.text


async def test_it_leans_on_whichever_answer_came_last(chat: Chat) -> None:
    await chat.say("can i add a pupil on facebook")
    await chat.say("and in the classroom?")
    assert cited(chat) == ["B.1"]


async def test_a_first_question_and_words_of_another_subject_are_read_as_before(chat: Chat) -> None:
    await chat.say("in the classroom?")
    assert cited(chat) == []
    await chat.say(PHOTOS)
    await chat.say("what about the weather?")
    assert cited(chat) == [] and "doesn't cover" in chat.text
