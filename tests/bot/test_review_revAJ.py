"""Review revAJ of danger12 and danger13: everyday care and treats refused beside a no raised the URGENT alert
("no mum won't let him eat sweets": "eat" was taken as the food refused; "no dad held him down to cut his nails";
"…pulled her hair into a ponytail"; "…pinched his cheeks"), and blows in other words were a plain No ("no dad booted
him", "no mum lamped her", "no, dad gave him a hiding").
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as


@pytest.mark.parametrize("said", ["no mum won't let him eat sweets", "no dad won't let her eat chocolate before tea",
                                  "no dad held him down to cut his nails",
                                  "no mum held her down to put her eye drops in",
                                  "no dad held him down so the nurse could give him his injection",
                                  "no mum pulled her hair into a ponytail", "no dad pulled his ear wax out",
                                  "no mum pinched his cheeks"])
async def test_everyday_care_and_treats_refused_are_a_plain_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


@pytest.mark.parametrize("said", ["no dad booted him", "no mum lamped her", "no, dad gave him a hiding",
                                  "no her stepdad gave her a black eye", "no dad booted him in the ribs"])
async def test_blows_in_other_words_are_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# Guards: the harm itself stays urgent; everyday senses of the new words stay a plain No
@pytest.mark.parametrize("said", ["no mum won't let him eat", "no dad won't let her eat anything",
                                  "no mum won't let him eat his tea", "no dad held him down to hit him",
                                  "no dad held him down to cut his hair off", "no mum slapped his cheek",
                                  "no mum pulled her hair out"])
async def test_harm_beside_them_is_still_urgent(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("said", ["no dad booted him off the xbox", "no mum gave him a hug", "no dad gave him a lift"])
async def test_everyday_senses_of_the_new_words_are_a_plain_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
