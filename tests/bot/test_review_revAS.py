"""Review revAS of helper danger18's danger answer readings (2026-12-02).

A thing a child rides in or on after "her" (a pram, a buggy, a wheelchair, a swing) was read as her thing whatever
happened to it, so a push of it into a road, down stairs, at a car or over, with the child in it, was a plain No: only
a push of the thing to a harmless place (or none told) is her thing; sent into harm, the child in it is harmed.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent


@pytest.mark.parametrize("said", ["no her dad pushed her pram into the road",
                                  "no mum pushed her pram down the stairs",
                                  "no mum pushed her buggy at a car",
                                  "no dad kicked her chair over while she was sat on it",
                                  "no her stepdad shoved her wheelchair over",
                                  "no mum pushed her pushchair into the canal with the baby in it",
                                  "no dad pushed her swing so hard she flew off"])
async def test_her_pram_or_wheelchair_sent_into_harm_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


async def test_her_pram_pushed_into_the_road_on_the_summary_asks_the_danger_question(chat: Chat) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, "her dad pushed her pram into the road")


# Guards: her thing pushed somewhere harmless, or out of the way, stays a No (danger18's reading)
@pytest.mark.parametrize("said", ["no mum pushed her buggy", "no her dad pushed her pram to the park",
                                  "no mum kicked her scooter out of the way", "no dad pushed her chair in",
                                  "no mum pushed her wheelchair over to the table", "no dad pushed her swing",
                                  "no mum pushed her wheelchair onto the bus", "no mum pushed her buggy into the shop"])
async def test_her_thing_pushed_somewhere_harmless_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# "…and then him, <anything>" is the child since danger18; "her" kept its check (whose the next word may be: "…then
# her bag"), so "…and then her, the neighbour heard it" was a plain No: a word that cannot follow a "her" that is whose
# (the, a, my, he, she…) leaves her the child harmed
@pytest.mark.parametrize("said", ["no he kicked the dog and then her, the neighbour heard it all",
                                  "no he kicked the dog and then her, my TA saw it",
                                  "no he kicked the dog and then her, she was crying"])
async def test_a_blow_to_a_thing_then_her_with_more_after_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# Guards: her own thing or her mum, the same before and after
@pytest.mark.parametrize("said", ["no he kicked the dog and then her bag",
                                  "no he kicked the dog and then her mum came in",
                                  "no he kicked the dog and then her own door"])
async def test_a_blow_to_a_thing_then_her_thing_or_her_mum_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# A child being attacked "at home" is read as what goes on at home since danger18 (the urgent Not sure, asked on the
# summary); "at homebase" (a shop's car park) was read as "at home" too, the attack now no longer a Yes
async def test_being_attacked_at_a_place_begun_with_home_is_a_yes(chat: Chat) -> None:
    assert await read_as(chat, "he is being attacked at homebase car park") == ("yes", True)
