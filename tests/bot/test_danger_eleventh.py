"""At "Is a child in immediate danger?" (helper danger11, what danger10 left), through the engine:

- a child afraid of a parent's telling-off over school matters ("she's scared of her dad because he'll be cross about
  her detention") was the urgent Not sure: asked again, unless harm is named ("scared her dad will hit her for the
  detention", which was asked again: now a Yes, harm said to come);
- a push into a pool or a child put out of the car ("no mum pushed him into the pool", "no mum kicked him out of the
  car") was the urgent Not sure: asked again (play, a lift), while a push down the stairs or into a wall stays urgent;
- "normal", "the usual" cleared shouting anywhere in the answer: now only the shouting they are said of; and harm
  told after another verb ("dad shouts and hits her", "dad drinks and hits her") was asked again or a plain No;
- "no he hits his dad at football" was asked again: a child's game makes it a No;
- "no dad shouted at him for being late" was asked again: a parent telling a child off for an everyday matter is a No.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as

ASKED = "Is a child in immediate danger?"


async def _asked_again(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text and chat.last.text.startswith(ASKED)


FEAR_OF_A_TELLING_OFF = ["she's scared of her dad because he'll be cross about her detention",
                         "no she's scared of her dad because he'll be cross about her detention",
                         "he's scared of his mum because she'll shout about his report card",
                         "he is afraid of his dad cos he got a detention today",
                         "no but she's frightened of her mum because of her spelling test results",
                         "he's terrified of his stepdad since he lost his homework"]


@pytest.mark.parametrize("said", FEAR_OF_A_TELLING_OFF)
async def test_fear_of_a_parent_over_school_matters_with_no_harm_is_asked_again(chat: Chat, said: str) -> None:
    await _asked_again(chat, said)


# ...and as before: no harm said, no plain No either
async def test_worry_over_a_report_card_is_still_asked_again(chat: Chat) -> None:
    await _asked_again(chat, "he's worried his mum will shout about his report card")


FEAR_WITH_HARM = ["she's scared of her dad because he hits her when she gets a detention",
                  "no he's scared of his stepdad because of his report card and he hits him",
                  "she's scared of her dad", "he's scared of his mum because she'll shout at him and hit him"]


@pytest.mark.parametrize("said", FEAR_WITH_HARM)
async def test_fear_of_a_parent_with_harm_named_stays_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


# Harm said to come is no idiom because a school matter is its cause ("mum will kill him if he gets another detention"
# still is one)
@pytest.mark.parametrize("said", ["scared her dad will hit her for the detention",
                                  "she's scared her dad will hit her for the detention",
                                  "his mum will smack him if he gets another detention"])
async def test_harm_said_to_come_over_a_school_matter_is_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)
    assert "URGENT" in chat.text


async def test_the_idiom_of_killing_over_a_detention_is_still_asked_again(chat: Chat) -> None:
    await _asked_again(chat, "his mum will kill him if he gets another detention")


PLAY_OR_A_LIFT = ["no mum pushed him into the pool", "no mum kicked him out of the car",
                  "no dad threw her in the pool on holiday", "no dad chucked him out of the car at the gate",
                  "no his dad pushed him out of the van at drop off", "no mum shoved her into the water at the beach"]


@pytest.mark.parametrize("said", PLAY_OR_A_LIFT)
async def test_a_push_into_a_pool_or_out_of_a_car_is_asked_again(chat: Chat, said: str) -> None:
    await _asked_again(chat, said)


PUSHED_IN_HARM = ["dad pushed him down the stairs", "no but dad pushed him into the wall",
                  "no mum pushed her into the wall", "no dad kicked him"]


@pytest.mark.parametrize("said", PUSHED_IN_HARM)
async def test_a_push_down_the_stairs_or_into_a_wall_stays_urgent(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


HARM_AFTER_ANOTHER_VERB = ["no just normal stuff but dad shouts and hits her", "no dad shouts and hits her",
                           "no dad drinks and hits her", "no her stepdad gets drunk and hits him",
                           "no dad shouted at him for being late and hit him", "no dad gets cross and smacks him",
                           "no the usual but mum's boyfriend comes round and kicks her"]


@pytest.mark.parametrize("said", HARM_AFTER_ANOTHER_VERB)
async def test_harm_told_after_another_verb_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


NOT_CLEARED = ["no she had a normal day, her stepdad screams at her", "no it was the usual and her dad yells at her",
               "no dad shouts at her and it isn't normal", "no mum's boyfriend yells at him, not normal"]


@pytest.mark.parametrize("said", NOT_CLEARED)
async def test_ordinary_words_of_something_else_leave_shouting_asked_again(chat: Chat, said: str) -> None:
    await _asked_again(chat, said)


PLAIN_NO = ["no he hits his dad at football", "no she kicked her mum in a game of tag",
            "no dad shouted at him for being late", "no mum shouts at her about her homework",
            "no his mum yelled at him for being cheeky", "no dad shouted at her because she was late",
            "no mum shouts at him when he's late, normal stuff", "no normal stuff, mum shouts at him when he's late"]


@pytest.mark.parametrize("said", PLAIN_NO)
async def test_a_childs_game_or_an_everyday_telling_off_is_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
    assert "URGENT" not in chat.text


STILL_ASKED = ["no he hits his mum", "no dad screams at her", "no dad shouted at him for nothing",
               "no dad yells at her for being late every day and she cries"]


@pytest.mark.parametrize("said", STILL_ASKED)
async def test_harm_to_a_parent_or_shouting_with_no_everyday_reason_is_still_asked_again(chat: Chat,
                                                                                          said: str) -> None:
    await _asked_again(chat, said)
