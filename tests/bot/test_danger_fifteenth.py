"""Grave acts whoever did them, and a blow after a care act (helper danger15): at "Is a child in immediate danger?"
"no he strangled him", "no he put a knife to her throat", "no one of the year 6 boys choked him in the toilets" were
plain Nos (harm beside a no read as urgent only when an adult did it), and "no mum grabbed him to stop him running
into the road then smacked him" a plain No (the care read, the blow after it not). A DSL acts on each now.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent
from tests.bot.test_summary_corrections import ASKED as WHICH_PART

DANGER = "Is a child in immediate danger"

GRAVE = ["no he strangled him", "no he put a knife to her throat", "no a boy in year 6 choked him in the toilets",
         "nah a yr 5 kid had his hands round her neck at lunch", "no he grabbed her by the throat in the corridor",
         "no, another pupil held a knife to him on the way in and took his phone",
         "No. One of the older girls pulled a knife on her behind the mobile classroom this morning.",
         "no he knocked him out", "no she burnt him with a lighter at break", "no jack choked sam in the toilets",
         "no the older boy touched her inappropriately in the cloakroom", "no he strangld him",
         "not really, he throttled him against the fence", "no they choked the new boy till he went red",
         "no he came at him with a kitchen knife",
         "no but a boy from year 6 put his hands around her throat and she couldnt breathe for a bit"]
# A blow or a twist told after a care act and its purpose
BLOW_AFTER_CARE = ["no mum grabbed him to stop him running into the road then smacked him",
                   "no dad grabbed her arm to stop her running into the road and twisted it till she screamed",
                   "no his mum pulled him back from the kerb and then slapped him",
                   "nope dad grabbed his collar so he wouldnt run off and then belted him"]


@pytest.mark.parametrize("said", GRAVE + BLOW_AFTER_CARE)
async def test_a_grave_act_or_a_blow_after_care_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


# A threat already told, typed without its apostrophe, as the threat reader reads "he'd"
async def test_a_threat_typed_hed_is_read_as_hed(chat: Chat) -> None:
    assert await read_as(chat, "no he said hed strangle him") == ("not_sure", True)


# Guards, the same before and after: objects, food, games, hugs, denied, said past, care alone
NOT_GRAVE = ["no he choked on his lunch", "no mum used the knife for the cake", "no he burnt the toast",
             "no dad strangled the weeds in the garden", "no its a choke chain for the dog",
             "no he never choked him", "no she burnt her hand on the oven", "no he smothered her in kisses",
             "no she put her arms around his neck and hugged him", "no he knocked him out of the game",
             "no he choked up when he talked about it", "no dad grabbed him to stop him running into the road",
             "no the knife was for cutting the cake", "no he pretended to strangle him in drama"]


@pytest.mark.parametrize("said", NOT_GRAVE)
async def test_objects_games_and_care_stay_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
    assert "URGENT" not in chat.text


async def test_a_grave_act_said_past_is_asked_again(chat: Chat) -> None:
    assert await read_as(chat, "no he strangled him last year") == (None, False)
    assert "URGENT" not in chat.text


# On a report's summary (answered No): the same acts ask the danger question again
@pytest.mark.parametrize("words", ["one of the year 6 boys choked him in the toilets",
                                   "he put a knife to her throat",
                                   "his mum grabbed him to stop him running into the road then smacked him"])
async def test_a_grave_act_typed_on_the_summary_asks_the_danger_question(chat: Chat, words: str) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, words)


@pytest.mark.parametrize("words", ["he choked on his lunch",
                                   "her mum grabbed her collar to stop her running into the road"])
async def test_objects_and_care_on_the_summary_are_asked_which_part(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART in chat.last.text and DANGER not in chat.text
