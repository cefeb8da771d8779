"""At "Is a child in immediate danger?" (helper danger9, what review revY left), through the engine:

- harm at home told by where the one who does it lives ("no, someone at home hurts her", "no but the man she lives
  with hits her"), a parent harmed at home ("no but dad hits mum"), a child afraid of family ("he's scared of his
  dad"), a mark said to be someone's doing ("she has bruises and said her dad did it") or a thing thrown at the child
  by an adult ("no his dad threw a chair at him") was asked again with no alert, or a plain No: the urgent Not sure;
- one who harms the child told as coming for them now ("no but her uncle is coming to pick her up and he hurts her"):
  a Yes;
- an adult's ball ("no dad threw a ball at him") and an incident with family said with no more ("no it was an old
  incident from 2019 with her dad") were a plain No: asked again;
- one who harmed the child said gone, with the time of the harm between ("no her dad who hit her last year has moved
  away"), was asked again: a No, as "no the man who hit him is in prison" is;
- ordinary fears, play and family stay as they were: "no, he's scared of the dark", "no, a boy threw a ball at him in
  PE", "no mum and dad argue sometimes".
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as

ASKED = "Is a child in immediate danger?"

URGENT_NOT_SURE = ["no, someone at home hurts her", "she said someone at home hits her",
                   "no but the man she lives with hits her", "no the man her mum lives with hits her",
                   "no the man who lives next door hits her", "she has bruises and said her dad did it",
                   "he has a black eye and said his stepdad did it", "no she has bruises from her dad",
                   "no but dad hits mum", "no dad beats mum", "he's scared of his dad", "no, she's scared of her mum",
                   "he's scared of his dad when he drinks", "no his dad threw a chair at him",
                   "no her uncle threw a shoe at her"]


@pytest.mark.parametrize("said", URGENT_NOT_SURE)
async def test_harm_at_home_told_another_way_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


COMING = ["no but her uncle is coming to pick her up and he hurts her",
          "no but her dad is picking her up and he hits her", "her dad hits her and he's picking her up today",
          "no his mum's boyfriend, who hits him, is collecting him"]


@pytest.mark.parametrize("said", COMING)
async def test_one_who_harms_the_child_coming_for_them_now_is_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)
    assert "URGENT" in chat.text


ASKED_AGAIN = ["no dad threw a ball at him", "no it was an old incident from 2019 with her dad",
               "no it was an incident with her dad", "no dad hit mum years ago", "no mum hit dad in 2019",
               "no someone at home hit her last year", "she has bruises and said her dad did it years ago",
               "no her uncle is coming to pick her up, he hurt her years ago",
               "no her uncle is coming to pick her up and he never hurts her"]


@pytest.mark.parametrize("said", ASKED_AGAIN)
async def test_old_harm_or_an_adults_game_at_home_is_asked_again_never_a_plain_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text and chat.last.text.startswith(ASKED)


STILL_NO = ["no her dad who hit her last year has moved away", "no her dad who hit her years ago has moved away",
            "no, a boy threw a ball at him in PE", "no his brother threw a ball at him",
            "no it was an old incident with a boy in her class", "no mum and dad argue sometimes",
            "no the man from the shop was nice to him", "no someone at home was nice to her",
            "no her uncle is coming to pick her up", "no she has a cut on her arm from PE"]


@pytest.mark.parametrize("said", STILL_NO)
async def test_harm_kept_away_and_ordinary_days_are_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
    assert "URGENT" not in chat.text


ORDINARY_FEARS = ["no, he's scared of the dark", "no she's scared of spiders", "no he's scared of his dad's dog",
                  "no he's scared of his dad finding out about his grades", "no he's not scared of his dad",
                  "no she's scared of her mum being ill", "no she has a bruise and says her little brother did it"]


@pytest.mark.parametrize("said", ORDINARY_FEARS)
async def test_ordinary_fears_raise_no_alert(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[1] is False
    assert "URGENT" not in chat.text
