"""At "Is a child in immediate danger?", acts against a child told as just done or going on (review revR listed each
as asked again) are a Yes, the URGENT alert at once: an adult's blow just struck, a child being attacked, a child
snatched or someone on the way to take one, someone trying to get a child into a car, a child threatening to jump or
run from school. The same words with a past time, a game, a parent beside the child or the child back are asked again
as before. Through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as

YES = "\u201cYes, a child may be in danger now\u201d"

ACTS_NOW = ["dad just slapped him in the playground", "her dad just punched her at the gate", "he's getting beaten up",
            "hes being strangled", "he's being beaten up in the toilets", "her dad has snatched her",
            "dad's on his way to school to take her", "mum says dad is on his way to snatch her",
            "a man is trying to get her into his car", "a man just grabbed her", "he's threatening to jump",
            "she's threatening to kill herself", "he ran out the gate", "he's just run out of the school gates",
            "she's legged it out of school"]


@pytest.mark.parametrize("said", ACTS_NOW)
async def test_an_act_against_a_child_now_is_a_yes_with_the_alert_at_once(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)
    assert chat.replies[0].urgent and "call 999" in chat.replies[0].text
    assert YES in chat.text and "Who is affected" in chat.last.text


ORDINARY = ["dad slapped him yesterday", "he's getting picked up by his dad", "dad's on his way to pick her up",
            "he ran out the gate at home time with his mum", "he just hit the ball", "he's getting beaten at fifa",
            "mum just grabbed her and left", "she ran out of the classroom", "he went out the gate to get his ball",
            "he's being hit by a ball", "he ran out of school yesterday", "he ran out the gate, we've found him",
            "he's threatening to tell his mum", "dad just shouted at her"]


@pytest.mark.parametrize("said", ORDINARY)
async def test_the_same_words_of_no_danger_now_raise_no_alert(chat: Chat, said: str) -> None:
    reading = await read_as(chat, said)
    assert reading[0] not in ("yes", "not_sure")
    assert reading[1] is False and not any(reply.urgent for reply in chat.replies)
