"""Review revAK of danger14 (the care reading, harm after a thing's, an injury's cause) at "Is a child in immediate
danger?": the care reading cleared harm told beside it ("no dad pushed her out of the way and she fell down the
stairs", "…shook him awake and dragged him out of bed", "…held him down so he couldn't get away", "…shook her newborn
awake" were a plain No, the URGENT alert or asked again before danger14), and the new readings raised the alert on
everyday lines ("no dad pushed the swing and then her", "…threw the stick for the dog and then her", "no he has marks
where his mum held his hand crossing the road").
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_summary_corrections import ASKED as WHICH_PART

DANGER = "Is a child in immediate danger"

# Care told with more beside it: an injury, a second act of force, a child kept from getting away, a shove aside
# with no hazard named, a baby
CARE_AND_MORE = ["no dad pushed her out of the way and she banged her head",
                 "no dad shoved her out of the way and she went flying",
                 "no dad pushed her out of the way to get to her mum",
                 "no dad pushed her out of the way cos she was in his way",
                 "No dad held him down so he couldnt get away", "no dad held him down to stop him getting up",
                 "no dad shook him awake and dragged him out of bed",
                 "no dad shook him awake and pulled him out of bed by his leg",
                 "no dad shook him awake by pulling his hair", "no dad shook him awake by the neck",
                 "no dad shook him awake to beat him", "no mum shook her awake and shouted at her",
                 "no dad shook him awake and dunked his head in water",
                 "no dad grabbed his collar to stop him running off and choked him",
                 "no dad grabbed him by the collar to stop him going out and pinned him against the wall",
                 "no mum shook her newborn awake",
                 "no dad pushed her out of the way of the car and she broke her wrist"]


@pytest.mark.parametrize("said", CARE_AND_MORE)
async def test_care_with_harm_beside_it_is_not_a_plain_no(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[0] != "no"


@pytest.mark.parametrize("said", ["no dad pushed her out of the way and she fell down the stairs",
                                  "no dad pushed her out of the road and she fell into a wall"])
async def test_a_fall_after_a_push_is_asked_again_as_before(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[0] != "no"


# Everyday lines the new readings took as harm: a push, a shake or a throw of a thing or in a game, then the child;
# a hand held, cheeks pinched
EVERYDAY = ["no dad pushed the swing and then her", "no dad pushed the pram and then him",
            "no dad shook the rug and then her", "no dad shook the bottle and then her",
            "no dad threw the stick for the dog and then her", "no dad pushed the trolley and then her",
            "no he has marks where his mum held his hand crossing the road",
            "no marks where his mum pinched his cheeks"]


@pytest.mark.parametrize("said", EVERYDAY)
async def test_everyday_lines_raise_no_alert(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[1] is False
    assert "URGENT" not in chat.text


# Guards, the same before and after: care stays a no; harm after a thing's and an injury's cause stay urgent
@pytest.mark.parametrize("said", ["no dad shoved him out of the way of a cyclist", "no dad shook him awake",
                                  "no mum grabbed him to stop him running into the road",
                                  "no dad pulled her away from the edge"])
async def test_care_alone_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


@pytest.mark.parametrize("said", ["no dad punched the wall and then him", "no dad kicked the dog and then her",
                                  "no she has a burn from when mum held her hand on the cooker",
                                  "no she has marks where her mum held her arm too tight"])
async def test_harm_told_stays_urgent(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# On the summary: care with a second act asks the danger question again, as the plain answer is not a no
@pytest.mark.parametrize("words", ["his dad shook him awake and dragged him out of bed",
                                   "her dad shook her awake to beat her",
                                   "his dad shook him awake at 3am and made him stand outside"])
async def test_care_and_more_typed_on_the_summary_asks_the_danger_question(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART not in chat.text and DANGER in chat.last.text


# An adult a child is left with, as the summary reads them (one list now, `danger_adults.IN_CHARGE`): "no his coach hit
# him" was a plain No at the danger question and asked the danger question again on the summary
@pytest.mark.parametrize("said", ["no his coach hit him", "no the babysitter slapped her", "no her tutor hit her",
                                  "nope his coach kicked him"])
async def test_harm_by_an_adult_in_charge_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("said", ["no his coach shook his hand", "no the coach kicked the ball to him"])
async def test_an_adult_in_charge_in_everyday_words_raises_no_alert(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[1] is False
