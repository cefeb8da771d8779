"""A push into a road, traffic or down stairs is no playground scrap wherever it began: "no he pushed her into the
road at break" is the urgent Not sure, as it is without "at break" (helper danger19 skipped it as a pupil's, the way
"no he hit her at break" is read); a pupil's blow or push over at break stays a No."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as


@pytest.mark.parametrize("said", ["no he pushed her into the road at break", "no she shoved him into the traffic at "
                                  "lunch", "no he pushed her down the stairs at lunchtime"])
async def test_a_push_into_a_road_at_break_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("said", ["no he hit her at break", "no he pushed her over at break"])
async def test_a_pupil_s_scrap_at_break_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
