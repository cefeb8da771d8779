"""At "Is a child in immediate danger?" (review revR), through the real engine: a weapon held by anyone but he, she or
the child, and an intruder, were asked again ("the man at the gate has a knife": "I couldn't tell whether that means
yes or no") while a DSL would want the URGENT alert. Cutlery, staff at work, a toy, the past and a weapon said not to be
raise none; "she's got a knife and fork" was an URGENT alert."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as


@pytest.mark.parametrize("said", ["the man at the gate has a knife", "the man has a knife", "dads got a knife",
                                  "there's a man with a knife at the gate", "someone has a knife in the playground",
                                  "a kid's got a knife", "year 6 boy has a knife", "a child has brought a knife in",
                                  "there's an intruder in school", "a man has got into school",
                                  "there's a stranger in the school"])
async def test_a_weapon_held_by_anyone_or_an_intruder_is_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)
    assert chat.replies[0].urgent and "call 999" in chat.replies[0].text


async def test_a_weapon_beside_a_no_is_the_urgent_not_sure(chat: Chat) -> None:
    assert await read_as(chat, "no, but the man at the gate has a knife") == ("not_sure", True)


@pytest.mark.parametrize("said", ["she's got a knife and fork", "the dinner lady has a knife", "he has a plastic knife",
                                  "a man was waving a knife yesterday", "the man came into school to fix the boiler",
                                  "dad has a hammer, he's fixing the fence", "no the man hasn't got a knife",
                                  "the police came in for a knife crime talk"])
async def test_cutlery_a_toy_staff_the_past_and_a_weapon_said_not_to_be_raise_no_alert(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[1] is False
    assert "URGENT" not in chat.text
