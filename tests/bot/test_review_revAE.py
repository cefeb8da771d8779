"""Review revAE of helper danger11's danger-answer pass, through the engine at "Is a child in immediate danger?":

- a telling-off for an everyday matter cleared everything told after it but the few harm words listed: "no dad
  shouted at him for being late and grabbed him by the throat", "…and he's got a black eye", "…and made her sleep
  outside" were a plain No (asked again before danger11).
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as

ASKED = "Is a child in immediate danger?"

MORE_AFTER_A_TELLING_OFF = ["no dad shouted at him for being late and grabbed him by the throat",
                            "no dad shouted at him for being late and he's got a black eye",
                            "no dad shouted at her for being late and made her sleep outside",
                            "no mum shouts at him about homework and won't feed him",
                            "no dad shouts at her about her homework and calls her stupid",
                            "no dad shouted at him for being late and dragged him upstairs",
                            "no dad shouted at him for being late, pinned him down"]


@pytest.mark.parametrize("said", MORE_AFTER_A_TELLING_OFF)
async def test_more_told_after_an_everyday_telling_off_is_never_a_plain_no(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[0] != "no"
    assert chat.last.text.startswith(ASKED) or "URGENT" in chat.text


@pytest.mark.parametrize("said", ["she's scared of her dad because he'll be cross about her detention and he grabbed "
                                  "her", "he's scared of his mum because of his report card and she locks him out"])
async def test_fear_over_a_school_matter_with_more_told_stays_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# The everyday telling-off alone, or said ordinary, or with when it happens, stays a No
@pytest.mark.parametrize("said", ["no dad shouted at him for being late this morning",
                                  "no mum shouts at her about her homework, normal stuff",
                                  "no dad shouted at him for being late again lol",
                                  "no his mum yelled at him for being cheeky at tea time"])
async def test_an_everyday_telling_off_with_when_or_ordinary_after_is_still_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
