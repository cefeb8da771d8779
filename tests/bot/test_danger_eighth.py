"""At "Is a child in immediate danger?" (helper danger8, the gaps review of danger7 left), through the engine:

- a blow just struck with the day the child told or was warned ("he's just been punched, he told me on monday it
  would happen") was asked again, the day read as the blow's: it is a Yes; a day said of the blow itself ("he got
  punched on monday") is harm of days ago, asked again (it was the urgent Not sure);
- a disclosure of harm by an adult or family with no no before it ("she said her dad hit her") was asked again: the
  urgent Not sure, as beside a no; told as past, asked again;
- a no beside an adult hitting a child with a ball or a bat ("no his uncle hit him with a cricket ball") was a plain
  No, the ball read as a game: the urgent Not sure; an adult's "game" ("no dad hit him with a pillow") is asked again,
  never a plain No; children's games stay a No;
- a child on a bridge with a carer who is drunk was asked again, the carer read as the harmless company: a Yes;
- a no beside a brother or sister hitting is the urgent Not sure (either may be an adult), but a little or younger
  one is a child: asked again.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as

ASKED = "Is a child in immediate danger?"

JUST_STRUCK = ["he's just been punched, he told me on monday it would happen",
               "she's just been hit by her dad, she told me on tuesday he would",
               "he's just been beaten up, he said last friday they'd do it",
               "he has just been punched, he told me at the weekend",
               "he's just been punched, he told me yesterday it would happen"]


@pytest.mark.parametrize("said", JUST_STRUCK)
async def test_a_blow_just_struck_wins_over_the_day_the_child_told(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)
    assert "URGENT" in chat.text


BLOW_ON_A_DAY_GONE = ["he got punched on monday", "he's been punched on monday", "he just got punched on monday",
                      "he's been beaten up over the weekend", "he's been punched by his dad on monday"]


@pytest.mark.parametrize("said", BLOW_ON_A_DAY_GONE)
async def test_a_blow_on_a_day_gone_is_asked_again_with_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text
    assert chat.last.text.startswith(ASKED)


DISCLOSED = ["she said her dad hit her", "her dad hits her", "he told me his stepdad kicked him",
             "she told me her uncle touched her", "she said her dad hit her this morning",
             "he said his mum hit him with a belt"]


@pytest.mark.parametrize("said", DISCLOSED)
async def test_a_disclosure_with_no_no_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


@pytest.mark.parametrize("said", ["she said her dad hit her last year", "she said her dad hit her when she was little",
                                  "she said her dad hit her on monday", "she said her dad never hits her",
                                  "what if her dad hits her", "she said her friend hit her",
                                  "her brother hit her at break", "he said his sister hit him with a pillow"])
async def test_a_disclosure_said_past_denied_or_of_a_pupil_raises_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text


@pytest.mark.parametrize("said", ["no his uncle hit him with a cricket ball", "no her dad hit her with a bat",
                                  "no mum hit her with a ball", "no her older brother hits her",
                                  "no her brother hits her"])
async def test_a_no_beside_an_adult_hitting_with_a_thing_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("said", ["no dad hit him with a pillow", "no his dad hit him by accident",
                                  "no her little brother hits her", "no her younger sister hits her"])
async def test_a_no_beside_an_adults_game_or_a_younger_sibling_is_asked_again(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert chat.last.text.startswith(ASKED)


@pytest.mark.parametrize("said", ["no, he got hit by a cricket ball in PE", "no his brother hit him with a ball",
                                  "no his sister hit him with a pillow", "no his friend hit him with a ball",
                                  "no her brother hit her at break"])
async def test_a_no_beside_childrens_games_is_still_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


@pytest.mark.parametrize("said", ["she's on the bridge with her mum who is drunk",
                                  "he's on the bridge with his dad who is off his face",
                                  "she's on the bridge with her mum, mum is shouting at her"])
async def test_a_child_on_the_bridge_with_a_carer_unfit_is_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)


@pytest.mark.parametrize("said", ["she's on the bridge with her mum",
                                  "she's on the bridge with her mum who isn't drunk",
                                  "she's on the bridge with her friends"])
async def test_a_child_on_the_bridge_with_family_or_friends_is_still_asked_again(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)


# (guards on the reading without a no: words of harm that tell none)
@pytest.mark.parametrize("said", ["dad hit her up on snapchat", "his dad beat him at fifa",
                                  "dad locked him out of the xbox", "his dad touched him on the shoulder",
                                  "her nan burnt her toast", "her mum hurt her feelings"])
async def test_words_of_harm_that_tell_none_raise_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text


# (someone not named, at school or in a game, is as often a pupil)
@pytest.mark.parametrize("said", ["someone kicked him at break", "someone kicked him in football",
                                  "someone hit him with a snowball"])
async def test_someone_at_school_or_in_a_game_raises_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
