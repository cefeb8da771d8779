"""A plastic bag or a rubber band used on a child is no toy (the lead, thirty-first session): `danger_grave` let any
answer naming "plastic", "rubber", "toy"… off as a game, so "no he put a plastic bag over her head" and "no he
strangled her with a plastic bag" were plain Nos. Only a toy weapon ("a plastic knife from the play kitchen") is one.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as


@pytest.mark.parametrize("said", ["no he put a plastic bag over her head",
                                  "no he strangled her with a plastic bag",
                                  "no he choked her with a rubber band",
                                  "no, her brother held a plastic bag over her face until she cried"])
async def test_a_plastic_or_rubber_thing_used_on_a_child_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


@pytest.mark.parametrize("said", ["no the knife was a plastic one from the play kitchen",
                                  "no they were play fighting and he choked him",
                                  "no he pretended to strangle him with a toy snake"])
async def test_a_toy_or_a_game_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
    assert "URGENT" not in chat.text
