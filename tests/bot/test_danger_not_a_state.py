"""At "Is a child in immediate danger?" (review revR of helpers danger4 and danger5), through the real engine:

- a state said not to be ("not fine", "not ok", "not alright") was read as a not of the harm after it, so "no he's not
  fine, he can't breathe" and "no hes not fine hes unconscious" were a plain No, nothing urgent sent;
- a child unseen since ("no one has seen her since break") was a plain No too;
- "stranger" or "an online friend" anywhere was read as a child meeting one, so "the police came in for a talk on
  stranger danger" raised an URGENT alert.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as


@pytest.mark.parametrize("said", ["no he's not fine, he can't breathe", "no hes not fine hes unconscious",
                                  "no hes not alright hes collapsed", "no not fine, she cant breathe",
                                  "no hes not ok, hes been stabbed", "no shes not ok shes been hit by a car",
                                  "no one has seen her since break", "no one's seen him since lunch"])
async def test_harm_after_a_no_and_a_state_said_not_to_be_is_urgent(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert chat.replies[0].urgent and "call 999" in chat.replies[0].text


@pytest.mark.parametrize("said", ["nobody has seen her since lunch", "we haven't seen him since lunch"])
async def test_a_child_unseen_since_is_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)


@pytest.mark.parametrize("said", ["no, he hasn't been stabbed, it was a pencil", "no he isn't bleeding",
                                  "no he's fine, he isn't choking", "no he's not been hit by a car"])
async def test_harm_said_not_to_be_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


@pytest.mark.parametrize("said", ["the police came in for a talk on stranger danger",
                                  "we did stranger danger in pshe today", "she has an online friend",
                                  "no, the police came to do a talk on stranger danger",
                                  "no it was a stranger in the story we read"])
async def test_a_stranger_or_online_friend_only_mentioned_raises_no_alert(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[1] is False
    assert "URGENT" not in chat.text


async def test_meeting_a_stranger_is_still_a_yes(chat: Chat) -> None:
    assert await read_as(chat, "she's meeting a stranger from snapchat tonight") == ("yes", True)
