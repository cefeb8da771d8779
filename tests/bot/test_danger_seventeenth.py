"""A child harmed at home told in the passive or with no doer named (review revAR, helper danger17):

- on a report's summary ("Ella is being hit at home", "his brother gets kicked at home") it was "Which part of your
  report should this change?", a correction of an online-bullying report answered No, while "her dad hits her" asked
  the danger question again: it is asked again now, the words shown, as the danger question reads them;
- at the danger question, the same with a child's class before it ("Ella C in Year 4 is being hit at home": "in year
  4" was read as a time gone) or at a parent's ("…at her mum's") was asked again: the urgent Not sure now, as
  "Ella is being hit at home" already was.

Guards, the same before and after: a game or sport, a ball, a door, online bullying at home, a time gone.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_review_revAD import DANGER, RISK_SAID, WHICH_PART, to_summary

PASSIVE_AT_HOME = ["Ella is being hit at home", "Ella is being punched at home", "Tom gets kicked at home",
                   "also her brother gets slapped at home", "Ella C in Year 4 is being hit at home too",
                   "Tom's little sister Ella is being smacked at home as well", "Ella has been beaten at home",
                   "Tom is getting hurt at his dad's", "Ella gets hit by someone at home",
                   "Ella is being abused at her nan's house"]


@pytest.mark.parametrize("words", PASSIVE_AT_HOME)
async def test_a_child_harmed_at_home_in_the_passive_on_the_summary_asks_the_danger_question(
        chat: Chat, words: str) -> None:
    await to_summary(chat, "Sam B, Year 5")
    await chat.say(words)
    assert WHICH_PART not in chat.text
    assert DANGER in chat.last.text and RISK_SAID in chat.replies[-2].text and words in chat.replies[-2].text
    assert not any(r.urgent for r in chat.replies) and await concerns_in(chat) == []


async def test_answered_not_sure_the_alert_carries_the_words(chat: Chat) -> None:
    await to_summary(chat, "Sam B, Year 5")
    await chat.say("Ella is being hit at home")
    await chat.click("Not sure")
    [alert] = await concerns_in(chat)
    assert alert.urgent and "Ella is being hit at home" in alert.fields["what"]


# (He or she "is being" harmed at home raised the alert at once here: since helper danger18 it asks the danger question
# as a name does, tests/bot/test_danger_eighteenth.py)


# Guards on the summary, the same before and after
@pytest.mark.parametrize("words", ["he gets hit at football", "he got hit by the ball at home",
                                   "he got hit by a door", "he is being bullied online at home",
                                   "Ella got hit at home playing football"])
async def test_a_game_an_accident_or_online_bullying_on_the_summary_is_asked_which_part(
        chat: Chat, words: str) -> None:
    await to_summary(chat, "Sam B, Year 5")
    await chat.say(words)
    assert WHICH_PART in chat.last.text and RISK_SAID not in chat.text


# At the danger question: a child's class before it, or at a parent's
@pytest.mark.parametrize("said", ["Ella C in Year 4 is being hit at home", "Tom in year 6 gets kicked at home",
                                  "Ella is being hit at her mum's", "Tom gets punched at his dads house",
                                  "Ella is being hit by someone at her dad's"])
async def test_the_passive_at_home_at_the_question_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# Guards at the question, the same before and after: a game, a ball, online bullying, a time gone (year 4 as a time)
@pytest.mark.parametrize("said", ["he gets hit at football", "he got hit by the ball at home",
                                  "he is being bullied online at home", "Ella was hit at home last year",
                                  "her dad hit her in year 4"])
async def test_a_game_online_bullying_or_a_time_gone_at_the_question_is_asked_again(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
