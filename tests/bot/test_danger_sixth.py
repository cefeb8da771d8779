"""At "Is a child in immediate danger?" (helper danger6), through the real engine:

- a negation typed without its apostrophe was no not: "i dont think hes being hit" raised an URGENT alert as a Yes,
  while "i don't think he's being hit" was asked again;
- the question denied in its own words ("hes not in danger", "i dont think shes in danger") was asked again, though
  "I don't think so" is a No;
- a child taken by someone barred, a drunk carer come to pick up, a body sign, a bridge, a swallowed coin, bleeding
  badly, a blow just struck were asked again (a Yes); hurt with no time said, hurt earlier today, a panic attack, the
  police called, a child not back or shut in, a car with a man were asked again (the urgent Not sure);
- yes and no as thumbed ("yse", "nah") and an answer opened by "i think so" or "possibly" were asked again;
- "theres a puddle by the gate" raised an URGENT alert (anything "by the gate" was someone there); and the new
  readings' own near misses ("kicked out of class", "the police have been called about the post") raise none.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as

NOT_A_YES = ["i dont think hes being hit", "i dont think hes on the roof", "i dont think hes got a knife",
             "i dont think she has taken pills", "i dont think shes with him now"]


@pytest.mark.parametrize("said", NOT_A_YES)
async def test_a_negation_without_its_apostrophe_raises_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text


DENIED = ["i dont think shes in danger", "i don't think she's in danger", "hes not in danger",
          "shes not in any danger", "i dont think theyre in danger", "nobody is in danger", "not in immediate danger",
          "theres no immediate danger",
          "not at the moment", "i dont believe so", "nah", "na", "nop", "noo", "nope not at all", "nah hes fine",
          "nope, shes safe at home"]


@pytest.mark.parametrize("said", DENIED)
async def test_a_no_in_the_questions_words_or_as_thumbed_is_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


YES = ["dad took her from the playground, he's not allowed", "a man took her from the gate",
       "mums come to pick up and shes drunk", "dad is at pickup and hes drunk", "his lips are blue",
       "her lips have gone blue", "hes gone blue", "she's standing on the bridge", "hes on the railway line",
       "he climbed over the fence onto the main road", "she swallowed a coin", "hes swallowed a magnet",
       "theres blood everywhere hes cut his arm", "dad's just hit him", "someones just hit him",
       "he's just been punched", "he ran off out the gate", "shes gone to the river and says she wants to jump",
       "theres a man hanging around the gate taking photos", "i think so hes outside", "yse", "yea", "ye", "yess",
       "yeh", "yea he is"]


@pytest.mark.parametrize("said", YES)
async def test_a_danger_now_is_a_yes(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[0] == "yes"
    assert chat.replies[0].urgent


UNSURE = ["the police have been called", "an ambulance has been called", "he's having a panic attack",
          "she's hyperventilating", "she was knocked down by a car this morning", "he's been beaten up",
          "she's been punched", "hes been hit by his dad", "no hes been beaten up", "she got into a car with a man",
          "shes just got into a car with an older man", "shes locked herself in the toilets with scissors",
          "she hasnt come back from the toilet and its been 40 mins", "he might have taken something",
          "shes really drowsy and slurring her words", "possibly hes on his way", "maybe, not sure if hes still there"]


@pytest.mark.parametrize("said", UNSURE)
async def test_harm_with_no_word_of_now_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[0] == "not_sure"
    assert chat.replies[0].urgent


ASKED_AGAIN = ["theres a puddle by the gate", "he got hit in the face with a football", "she was hit by a ball",
               "his lips are blue from the ice lolly", "shes at the bridge club", "he swallowed his gum",
               "mum took him from the playground at home time", "she's been hit before at home",
               "hes been beaten up but hes fine now", "the police have been called last week",
               "shes been attacked online",
               "she's afraid of the dark", "probably fine shes at home", "she might be going to the cinema tonight",
               "definitely not hes fine", "hes been kicked out of class", "shes been hit on by an older boy",
               "hes been hit with a detention", "shes been pushed down the list",
               "he hasnt come back to school since september",
               "he might have taken something from her bag", "the police have been called about the post",
               "shes on the main road side of the building", "theres a lot of blood in the story"]


@pytest.mark.parametrize("said", ASKED_AGAIN)
async def test_no_danger_now_is_asked_again_with_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text
