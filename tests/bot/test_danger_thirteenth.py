"""Harm by an adult read as one list on the summary and beside a hedged or household no (helper danger13, what
danger12 left): on a report's summary "his dad pinned him down" was asked "Which part?" (`risk_told` kept its own
short list of blows), "not really, dad twisted her arm" was asked again (the "not" read as denying the harm), and "no
they dont feed him at home" was a plain No ("they" at home not read as the household).
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_summary_corrections import ASKED as WHICH_PART

DANGER = "Is a child in immediate danger"

# The harm `danger_harm_acts` lists, typed as a correction on a summary whose danger answer was No
TOLD_ON_THE_SUMMARY = ["his dad pinned him down", "her mum starves her", "dad pulled her hair",
                       "his stepdad grabbed him by the throat", "mum won't feed him", "her uncle tied her up",
                       "he was shut in the shed by his dad", "his dad twisted his arm", "she was bitten by her mum"]


@pytest.mark.parametrize("words", TOLD_ON_THE_SUMMARY)
async def test_harm_told_on_the_summary_asks_the_danger_question_again(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART not in chat.text
    assert DANGER in chat.last.text and words in chat.text
    await chat.click("Not sure")
    [alert] = await concerns_in(chat)
    assert alert.urgent and words in alert.fields["what"]


# Everyday senses and blows the summary already read: as before (a correction, or the danger question again)
@pytest.mark.parametrize("words", ["mum held his hand", "dad tied his shoelaces", "mum won't feed him broccoli",
                                   "dad pushed him on the swing", "his mum locked him out of the xbox",
                                   "dad twisted his ankle"])
async def test_everyday_senses_are_still_asked_which_part(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART in chat.last.text and DANGER not in chat.text


# "They" at home is the household: the urgent Not sure, as "no dad hits him at home" is
@pytest.mark.parametrize("said", ["no they dont feed him at home", "no they hit him at home",
                                  "no at home they lock her in the cellar", "nah they don't feed her at home",
                                  "no they starve him at home"])
async def test_they_at_home_beside_a_no_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


@pytest.mark.parametrize("said", ["no they play fight at home", "no they feed him well at home",
                                  "no they hit him at break", "no they don't hit him at home",
                                  "no they feed him at home"])
async def test_they_in_play_at_school_or_denied_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# "Not really" before a harm told is a hedge, not a denial of it
@pytest.mark.parametrize("said", ["not really, dad twisted her arm", "not really, dad hit her",
                                  "not really but her stepdad pins her down"])
async def test_not_really_before_harm_told_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


@pytest.mark.parametrize("said", ["not really", "not really, dad doesn't hit her", "not really, he hit her at break"])
async def test_not_really_alone_or_denying_is_not_an_alert(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[1] is False
    assert "URGENT" not in chat.text
