"""At "Is a child in immediate danger?" (helper danger10, what danger9 and review revAB left), through the engine:

- pushing at home ("no dad pushed mum", "no her uncle pushed her") and a child put out of the home ("no his dad threw
  him out of the house") were a plain No: the urgent Not sure;
- shouting at the child by an adult at home ("no the man she lives with shouts at her") and he or she harming a parent
  ("no he hits his mum sometimes": the child or the dad) were a plain No: asked again;
- "no one at home hurts her" denies harm, and was asked again: a plain No;
- ordinary days stay a No: pushing on a swing or a slide, throwing out old toys, shouting said to be normal.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as

ASKED = "Is a child in immediate danger?"

URGENT_NOT_SURE = ["no dad pushed mum", "no dad shoved mum", "no but her stepdad pushes her mum around",
                   "no his dad pushed him down the stairs", "no mum pushed her into the wall",
                   "no her uncle pushed her", "no but dad pushed him over last night",
                   "no the man she lives with pushes her", "no his dad threw him out of the house",
                   "no mum kicked her out last night", "no his stepdad chucked him out",
                   "no her dad turned her out of the house", "no dad threw her out, she slept at a friend's",
                   "no mum's boyfriend kicked him out of the flat", "no dad hits her, normal stuff"]


@pytest.mark.parametrize("said", URGENT_NOT_SURE)
async def test_pushing_at_home_or_a_child_put_out_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


ASKED_AGAIN = ["no the man she lives with shouts at her", "no dad screams at her", "no mum's boyfriend yells at him",
               "no her stepdad swears at her", "no dad shouts at mum", "no he hits his mum sometimes",
               "no she hits her mum", "no he kicked his dad", "no he punches his mum when he's angry",
               "no his dad threw him out last year, he lives with his nan now",
               "no one at home hurts her but her uncle does", "no one picked her up"]


@pytest.mark.parametrize("said", ASKED_AGAIN)
async def test_shouting_at_home_or_harm_to_a_parent_by_he_or_she_is_asked_again(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text and chat.last.text.startswith(ASKED)


NO_ONE = ["no one at home hurts her", "nobody hurts him", "no, no one at home hits her",
          "no one in her family hurts her",
          "no one hurts her at home"]


@pytest.mark.parametrize("said", NO_ONE)
async def test_no_one_harming_the_child_is_a_plain_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
    assert "URGENT" not in chat.text


STILL_NO = ["no, he pushed his sister on the slide", "no dad pushed him on the swing", "no mum pushed her in the buggy",
            "no dad pushes him to try harder", "no her brother pushed her in the playground",
            "no a boy pushed him at break", "no dad pushed the car", "no dad threw out his old toys",
            "no mum threw out her school bag", "no dad kicked him out of the game",
            "no his coach kicked him out of the team", "no mum locked him out of the xbox",
            "no mum shouts when he's late, normal stuff", "no mum shouts at him when he's late, normal stuff",
            "no dad shouts at the telly", "no her sister shouts at her", "no a boy shouted at her at break",
            "no he hit his mum's car", "no dad pushed mum's car", "no dad pushed him into doing it",
            "no his mum pushes him too hard with homework", "no dad pushed him around the park in the buggy",
            "no her dad is picking her up, he pushes her to try harder", "no dad put him out of the room",
            "no mum threw him out of the kitchen for being cheeky"]


# A push told with the one who did it coming for the child now, as hitting is (and not a push to try harder, above)
async def test_one_who_pushes_the_child_coming_for_them_now_is_a_yes(chat: Chat) -> None:
    assert await read_as(chat, "no her dad is picking her up and he pushes her") == ("yes", True)
    assert "URGENT" in chat.text


@pytest.mark.parametrize("said", STILL_NO)
async def test_ordinary_pushing_throwing_out_and_shouting_are_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
    assert "URGENT" not in chat.text
