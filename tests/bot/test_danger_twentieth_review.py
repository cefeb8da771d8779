"""What review revAW found left after helper danger20 at "Is a child in immediate danger?" and on the summary:

- a push into the road or down the stairs "at playtime" by a brother or someone was a plain No: "playtime" (school
  time since day1's `BREAK_TIME` joined the school words) was still read as a game's word beside the push; and a
  child's telling "at playtime" ("…she told me at playtime") read as a game, so the harm told was a No;
- "no one pushed her into the road" (nobody did) had become the urgent Not sure: the no before "one" is taken off
  before the disclosure is read, so the "no one" doer was unseen;
- "no dad shoved her into traffic to cross" was read as help across (a No), and "…to cross and she was nearly run
  over" too: traffic or a car is no place a child is helped across, and run over is harm beyond the care;
- "she's no longer scared to go home" (a fear now settled) was the URGENT Yes.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent


@pytest.mark.parametrize("said", ["no her brother pushed her into the road at playtime",
                                  "no someone shoved him down the stairs at play time",
                                  "no his sister pushed him down the steps, he told me at playtime",
                                  "no her cousin hit her, she told me at playtime",
                                  "no he kicked the dog and then her, she mentioned it at play time"])
async def test_harm_with_playtime_as_the_time_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


async def test_a_push_into_the_road_at_playtime_on_the_summary_asks_the_danger_question(chat: Chat) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, "her brother pushed her into the road at playtime")


# Guards, the same before and after: a pupil's scrap at playtime, or a brother's play, is a No
@pytest.mark.parametrize("said", ["no a boy in year 3 hit her at playtime", "no her brother hit her at play time",
                                  "no his brother pushed him over playing tag"])
async def test_a_scrap_or_a_game_at_playtime_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


@pytest.mark.parametrize("said", ["no one pushed her into the road", "no one shoved him down the stairs",
                                  "no one ever pushed him in front of a car"])
async def test_no_one_pushed_her_is_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# ...but one pupil named after the no is a push told
async def test_no_then_one_boy_pushed_her_is_the_urgent_not_sure(chat: Chat) -> None:
    assert await read_as(chat, "no one boy pushed her into the road") == ("not_sure", True)


@pytest.mark.parametrize("said", ["no dad shoved her into traffic to cross",
                                  "no mum pushed him in front of a car to get across",
                                  "no he pushed her into the road to cross and she was nearly run over"])
async def test_a_push_into_traffic_or_run_over_is_no_help_across(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# Guard: helped across the road, nothing beyond, stays the teacher's no
async def test_a_push_into_the_road_to_get_across_stays_a_no(chat: Chat) -> None:
    assert await read_as(chat, "no nan pushed them into the road to get across") == ("no", False)


@pytest.mark.parametrize("said", ["she's no longer scared to go home", "he is no longer frightened to go back tonight"])
async def test_no_longer_afraid_to_go_home_raises_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
