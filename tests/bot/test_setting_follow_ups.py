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


@pytest.mark.parametrize("follow_up", ["and in the playground?", "in the dinner hall", "at swimming?",
                                       "what about at the swimming gala?", "at the leavers assembly"])
async def test_a_place_the_policy_has_no_words_for_still_leans_on_the_last_answer(chat: Chat, follow_up: str) -> None:
    # the playground, the dinner hall, swimming: in no clause's words, or a gala's leaning to parents' photos (D.1)
    await chat.say(PHOTOS)
    await chat.say(follow_up)
    assert cited(chat) == ["B.3"], chat.text


@pytest.mark.parametrize("follow_up", ["at home dad hits", "and at home he hits her", "at home mum slaps"])
async def test_harm_told_after_an_answer_is_never_the_last_clause(chat: Chat, follow_up: str) -> None:
    await chat.say(PHOTOS)
    await chat.say(follow_up)
    assert "B.3" not in cited(chat), chat.text
    assert "Report a concern" in [b.label for r in chat.replies for b in r.buttons], chat.text
