"""Everyday school business passed on in a chat line ("y3 boy lost his coat", "teacher off sick in y4", "worried about
ofsted") is answered, not begun as a report: the report model had begun them, some surely
(intents/everyday_lines.py)."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_doubtful_report import the_flow


@pytest.mark.parametrize("words", ["y3 boy lost his coat", "teacher off sick in y4", "worried about ofsted",
                                   "toilet blocked in ks1 girls"])
async def test_everyday_business_begins_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert "What kind of concern" not in chat.text and await the_flow(chat) is None, chat.text
    assert not chat.text.startswith("If this is a concern, please report it")  # nor offered first


async def test_a_lost_coat_beside_a_blow_still_begins_the_report(chat: Chat) -> None:
    await chat.say("y3 boy lost his coat and says his dad hit him")
    assert "What kind of concern" in chat.text or chat.text.startswith("If this is a concern, please report it")
