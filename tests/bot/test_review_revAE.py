"""Review revAE of helper danger11's danger-answer pass, through the engine at "Is a child in immediate danger?":

- an adult throwing the child against or into a wall, onto the floor, down the stairs was a plain No ("no dad threw
  her against the wall": a throw was read only "at" someone);
- a telling-off for an everyday matter cleared everything told after it but the few harm words listed: "no dad
  shouted at him for being late and grabbed him by the throat", "…and he's got a black eye", "…and made her sleep
  outside" were a plain No (asked again before danger11);
- harm "and then" after another act was asked again ("no dad shouted at him for being late and then hit him"): the
  six words allowed before the harm ran out on "and";
- "belted", "whacked", "walloped" were no harm ("no just the usual, dad belted him for being late" a plain No).
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as

ASKED = "Is a child in immediate danger?"

THROWN_AGAINST = ["no dad threw her against the wall", "no dad threw him into the wall",
                  "no his stepdad threw him onto the floor", "no mum threw her against the door",
                  "no dad threw him down the stairs", "nope her dad flung her across the room",
                  "no mums boyfriend slammed him against the wall", "No. Dad chucked her on the floor last night"]


@pytest.mark.parametrize("said", THROWN_AGAINST)
async def test_an_adult_throwing_the_child_against_a_wall_or_floor_is_never_a_plain_no(chat: Chat,
                                                                                         said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


# ...while a lift, a pool or a bed thrown onto in play is not an alert
@pytest.mark.parametrize("said", ["no dad threw him into the pool", "no dad threw his bag against the wall"])
async def test_a_throw_into_a_pool_or_of_a_thing_is_no_alert(chat: Chat, said: str) -> None:
    assert not (await read_as(chat, said))[1]
    assert "URGENT" not in chat.text


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


# Harm told before the telling-off was not looked at: "no she has a black eye, dad yelled at her about her homework" was
# a plain No
@pytest.mark.parametrize("said", ["no she has a black eye, dad yelled at her about her homework",
                                  "no she was crying because dad shouted at her for being late",
                                  "no he has bruises and his mum screamed at him about his detention",
                                  "no he's bleeding, dad shouted at him for being cheeky"])
async def test_harm_told_before_an_everyday_telling_off_is_never_a_plain_no(chat: Chat, said: str) -> None:
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


@pytest.mark.parametrize("said", ["no dad shouted at him for being late and then hit him",
                                  "no mum came home drunk and then slapped her",
                                  "no just the usual, dad belted him for being late",
                                  "no the usual but dad whacked her"])
async def test_harm_and_then_or_in_other_words_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
