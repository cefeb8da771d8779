"""A push into a road, traffic or down stairs is no playground scrap wherever it began: "no he pushed her into the
road at break" is the urgent Not sure, as it is without "at break" (helper danger19 skipped it as a pupil's, the way
"no he hit her at break" is read); a pupil's blow or push over at break stays a No.

Whoever pushed (helper danger20): by a brother, "a y5 boy" or someone the push into traffic "at lunch" or "in the
playground" was still a plain No, the doer read as a pupil in a scrap, or not read at all; and on the summary it was
"Which part?", never the danger question."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent


@pytest.mark.parametrize("said", ["no he pushed her into the road at break", "no she shoved him into the traffic at "
                                  "lunch", "no he pushed her down the stairs at lunchtime"])
async def test_a_push_into_a_road_at_break_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("said", ["no her big brother shoved her into the road at lunchtime",
                                  "no a year 6 girl pushed him in front of a car at break",
                                  "no somebody pushed him into the traffic in the playground",
                                  "no one of the older lads knocked her into the road",
                                  "no his cousin pushed him down the steps at dinnertime"])
async def test_a_push_into_a_road_by_anyone_at_break_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("words", ["her big brother shoved her into the road at lunchtime",
                                   "a year 6 girl pushed him in front of a car at break"])
async def test_a_push_into_a_road_by_anyone_on_the_summary_asks_the_danger_question(chat: Chat, words: str) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, words)


@pytest.mark.parametrize("said", ["no he hit her at break", "no he pushed her over at break",
                                  "no a year 6 girl shoved him over at lunchtime", "no his cousin kicked him at break",
                                  "no somebody pushed him in the playground", "no a boy didn't push him into the road"])
async def test_a_pupil_s_scrap_at_break_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# Guard, the same before and after: no one pushing is no push (asked again, as before), never an alert
async def test_no_one_pushing_raises_no_alert(chat: Chat) -> None:
    assert await read_as(chat, "no nobody pushed her into the road") == (None, False)
