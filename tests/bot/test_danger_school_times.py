"""The school day's times at "Is a child in immediate danger?" (review revAX of helpers day1 and kin3). Day1 made
"playtime" a school time like "at break" in the danger readers, but the reading of play beside a blow still took
"playtime" and "the playground" for a game: a push into the road "at playtime" was a plain No where "at break" is the
urgent Not sure, and a dad's blow "at playtime" was asked again where "at lunch" is urgent. And a school time said
beside harm told at home ("dinner time" is a family's evening meal too) made a brother's or cousin's blow at home a
pupil's scrap, a plain No: a child harmed at home is never a plain No."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as


@pytest.mark.parametrize("said", ["no her big brother shoved her into the road at playtime",
                                  "no a year 5 boy pushed him in front of a car at play time",
                                  "no someone pushed her down the stairs at playtime"])
async def test_a_push_into_a_road_at_playtime_is_the_urgent_not_sure_as_at_break(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("said", ["no his stepdad slapped her at playtime", "no her dad punched him in the playground"])
async def test_an_adults_blow_at_playtime_or_in_the_playground_is_no_game(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("said", ["no her cousin hits her at home at dinner time",
                                  "no his big sister kicks him at home every playtime",
                                  "no her brother hits her at her nans at dinnertime"])
async def test_harm_at_home_beside_a_school_time_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# Guard, the same before and after: a pupil's scrap at a break or in the playground stays the playground's
@pytest.mark.parametrize("said", ["no her brother hit her at playtime", "no he pushed her over in the playground",
                                  "no his cousin kicked him at dinner time"])
async def test_a_scrap_at_playtime_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
