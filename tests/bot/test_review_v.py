"""Review revV (of helpers danger7 and summary4), each teacher through the real engine.

A no at "Is a child in immediate danger?" beside a disclosure with a play word as the reason the child is hit ("no
mum hits her when she's playing up", "no dad hits her when he's playing games drunk") was a plain No: any play word
anywhere cancelled the disclosure. It is the urgent Not sure, as the disclosure without the reason is.

On a report's summary answered No, ordinary words ("he said he was killing himself laughing", "a man hit him up on
snapchat", "the coach kicked him off the team", "his uncle touched her phone") were read as a new grave risk and the
danger question asked again: they are asked which part, as other corrections are.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_summary_corrections import ASKED

PLAY_AS_REASON = ["no mum hits her when she's playing up", "no dad hits her when he's playing games drunk",
                  "no but her dad hits him for messing about", "no she said her dad hits her if she plays on her phone"]


@pytest.mark.parametrize("said", PLAY_AS_REASON)
async def test_a_disclosure_with_play_as_the_reason_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("said", ["no he said his sister hit him with a pillow",
                                  "no his brother hit him by accident playing football"])
async def test_play_itself_is_still_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


@pytest.mark.parametrize("words", ["he said he was killing himself laughing", "a man hit him up on snapchat",
                                   "the coach kicked him off the team", "also his uncle touched her phone"])
async def test_ordinary_slang_on_the_summary_is_no_new_risk(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert "Is a child in immediate danger" not in chat.last.text
    assert ASKED in chat.last.text or chat.last.text.startswith("Is this part of this report")
