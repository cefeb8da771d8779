"""Care, a child sat in the garden, harm after a pet's, an injury with its cause (helper danger14, what review revAJ
left): at "Is a child in immediate danger?" a child woken with a shake or caught by the collar before the road, or
made to sit in the garden, beside a no, was the URGENT alert; harm to the dog "and then him" was a plain No; "bruises
from where dad grabbed him" was asked again. A DSL reads the first as everyday care and the others as harm told.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_summary_corrections import ASKED as WHICH_PART

DANGER = "Is a child in immediate danger"

# A shake to wake, a grip or a push to keep safe: the teacher's no stands
CARE = ["nah mum shook her awake for school thats all",
        "no. Her dad shook her to wake her up because she had slept through her alarm and they were late for the bus.",
        "no his grandad shook him awake on the sofa", "no dad just shook him awake",
        "no her mum grabbed her collar to stop her from running into the road on the way to school",
        "No, dad grabbed his collar when he tried to run across the road.",
        "no mum grabbed her collar so she wouldnt run off at the shops",
        "no his mum grabbed him by the collar to stop him running into the road",
        "no dad shoved him out of the way of a cyclist"]
# Sat, kept or waiting in the garden or on the step: a consequence, not harm
SAT_OUT = ["no mum made him sit in the back garden till he calmed down",
           "no, he was told off and mum made him stay in the garden while she calmed down",
           "no mum made her wait in the garden while she hoovered", "no mum made him sit on the step to calm down"]


@pytest.mark.parametrize("said", CARE + SAT_OUT)
async def test_care_or_a_consequence_beside_a_no_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
    assert "URGENT" not in chat.text


# Harm to an animal or a thing, then the child
THEN_THE_CHILD = ["no her dad hit the cat and then her", "no mum's boyfriend kicked the dog then him",
                  "no stepdad battered the dog and her too", "no dad kicked the door in then started on him",
                  "no dad smashed his phone then turned on her", "nope mums bf booted the dog and then him",
                  "no dad threw the remote at the tv and then went for him"]
# An injury told with its cause, an adult's act (or he or she in the child's telling) on the child
INJURY_WITH_ITS_CAUSE = ["no she has a bruise where her stepdad grabbed her arm",
                         "no he's got marks on his neck from when his dad grabbed him",
                         "nah he has bruises on his arms where mum held him too tight",
                         "no she has marks where he hit her", "no he has a sore arm from where dad twisted it",
                         "no she has a cut on her head from when her dad threw a mug",
                         "no there are finger marks where dad gripped her arm",
                         "no she has a burn from when mum held her hand on the cooker",
                         "she has bruises from where her dad grabbed her"]


@pytest.mark.parametrize("said", THEN_THE_CHILD + INJURY_WITH_ITS_CAUSE)
async def test_harm_to_the_child_told_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


# Guards, the same before and after: injury, fear or force beyond the care; a grip no care needs; a baby shaken;
# the garden made cruel; a shed
@pytest.mark.parametrize("said", ["no dad shook him awake so hard he cried", "no mum shook the baby awake",
                                  "no dad grabbed him by the throat to stop him running off",
                                  "no dad grabbed her collar to stop her running off and then slapped her",
                                  "no mum shook him awake and he was terrified",
                                  "no mum pulled her hair to stop her running into the road",
                                  "no dad grabbed his collar to stop him running off and he has bruises",
                                  "no mum made her sit in the garden all night",
                                  "no dad made him stay in the garden in the rain",
                                  "no mum makes her wait in the garden without her coat",
                                  "no dad made him sleep in the garden", "no mum made her sit in the shed",
                                  "no stepdad made her sit on the step in the snow"])
async def test_care_with_more_told_stays_urgent(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# Guards: everyday senses, a pet fed, injuries from falls, games, pupils, accidents
@pytest.mark.parametrize("said", ["no he shook the snow off his coat", "no she grabbed her coat and left",
                                  "no dad shook his hand", "no dad fed the dog and then him",
                                  "no dad walked the dog and then took him to school",
                                  "no he has bruises from football",
                                  "no she has a bruise from where she fell off her bike",
                                  "no she has a bruise where she hit her head on the table",
                                  "no she has marks where he hit her at break",
                                  "no he has bruises from rugby where another boy tackled him",
                                  "no she has a bruise where her mum accidentally shut the car door on her hand",
                                  "no he has a sore arm from when mum pulled his jumper on"])
async def test_everyday_senses_and_accidents_raise_no_alert(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[1] is False
    assert "URGENT" not in chat.text


# On a report's summary (answered No), the same readings (`risk_told`): care is a correction, "Which part?"; harm
# after the dog's, or an injury with its cause, asks the danger question again
@pytest.mark.parametrize("words", ["his dad shook him awake for school",
                                   "her mum grabbed her collar to stop her running into the road",
                                   "his mum made him sit in the garden till he calmed down"])
async def test_care_typed_on_the_summary_is_asked_which_part(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART in chat.last.text and DANGER not in chat.text


@pytest.mark.parametrize("words", ["his stepdad kicked the dog and then him",
                                   "she has bruises on her arm from where her dad grabbed her"])
async def test_harm_typed_on_the_summary_asks_the_danger_question_again(chat: Chat, words: str) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, words)


async def asked_danger_on_the_summary_then_urgent(chat: Chat, words: str) -> None:
    """`words` typed on a report's summary ask the danger question again; "Not sure" files it URGENT with them."""
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART not in chat.text and DANGER in chat.last.text
    await chat.click("Not sure")
    [alert] = await concerns_in(chat)
    assert alert.urgent and words in alert.fields["what"]


# Guard, the same before and after: shaken awake with more told still asks the danger question again
async def test_shaken_awake_so_hard_on_the_summary_asks_the_danger_question(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("his dad shook him awake so hard he cried")
    assert DANGER in chat.last.text
