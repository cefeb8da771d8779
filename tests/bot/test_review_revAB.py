"""Review revAB of helper danger9, at "Is a child in immediate danger?", through the engine:

- something thrown at a parent at home ("no dad threw a chair at mum") was a plain No, though "no dad hits mum" is the
  urgent Not sure: domestic abuse the child lives with, as a blow is;
- a parent's game of throwing ("no dad threw a frisbee at him", "…a sponge at him at the fair", "…water at him in the
  paddling pool") was an URGENT alert: asked again, as "no dad threw a ball at him" is.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as


@pytest.mark.parametrize("said", ["no dad threw a chair at mum", "no but her stepdad threw a plate at her mum"])
async def test_a_thing_thrown_at_a_parent_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


@pytest.mark.parametrize("said", ["no dad threw a frisbee at him", "no dad threw a sponge at him at the fair",
                                  "no dad threw water at him in the paddling pool",
                                  "no mum threw a bean bag at her in the garden"])
async def test_a_parents_game_of_throwing_is_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text
