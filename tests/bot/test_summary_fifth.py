"""Helper summary5: a graver risk told on a report's summary (its danger answer No) was found by a few word patterns
only, so neglect ("he hasn't eaten since friday"), a missing child ("nobody knows where he is"), a weapon ("he brought a
knife in") and sexual harm told plainly ("her uncle had sex with her") were asked "Which part?" like a correction.
Words typed while the danger question asked again waits were told "you can keep it or change it when we get there",
though What happened was behind them. After a Yes, the risk's words go in this report (the alert carries them): said
so, and a second child named in them asked to be added under Who is affected. Each test is one teacher through the real
engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_summary_corrections import ASKED, fields

DANGER = "Is a child in immediate danger"
NEW_QUESTION = "Is this part of this report, or a new concern?"
# Each told as no danger now, so the danger question is asked again rather than answered by the words
ASKED_AGAIN = ["he hasn't eaten since friday", "her uncle had sex with her",
               "a man online asked her to send nudes", "he has been carrying a knife", "she hasn't come home since "
               "saturday"]
# Each told as a danger now: the URGENT alert at once, the words in What happened
ANSWERED_AT_ONCE = ["she's run away", "nobody knows where he is", "he brought a knife in",
                    "she's been left home alone all week"]
LOOK_ALIKES = ["he ran away from the ball in PE", "they used a knife and fork at lunch", "his phone went missing",
               "she's been missing lessons", "he hasn't eaten his lunch", "he got a gun in fortnite"]


def urgent_said(chat: Chat) -> bool:
    return any(r.urgent for r in chat.replies)


@pytest.mark.parametrize("words", ASKED_AGAIN)
async def test_neglect_sexual_harm_or_a_weapon_asks_the_danger_question_again(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert ASKED not in chat.text
    assert DANGER in chat.last.text and words in chat.text
    assert await concerns_in(chat) == []
    await chat.click("Yes")
    assert urgent_said(chat)
    [alert] = await concerns_in(chat)
    assert alert.urgent and words in alert.fields["what"]


@pytest.mark.parametrize("words", ANSWERED_AT_ONCE)
async def test_a_missing_child_or_a_weapon_now_raises_the_alert_at_once(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert ASKED not in chat.text
    assert urgent_said(chat) and "999" in chat.text
    [alert] = await concerns_in(chat)
    assert alert.urgent and words in alert.fields["what"]
    assert "when we get there" not in chat.text  # What happened is behind: the summary shows it
    assert "Here is your report" in chat.last.text and words in chat.last.text


@pytest.mark.parametrize("words", LOOK_ALIKES)
async def test_harmless_look_alikes_are_asked_which_part_as_before(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert ASKED in chat.last.text and DANGER not in chat.text
    assert not urgent_said(chat)


async def test_a_new_risk_answered_no_is_asked_where_it_goes(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("he hasn't eaten since friday")
    await chat.click("No")
    assert not urgent_said(chat) and await concerns_in(chat) == []
    assert chat.last.text.startswith(NEW_QUESTION) and "he hasn't eaten since friday" in chat.last.text


async def test_words_typed_at_the_danger_question_asked_again_are_said_to_be_on_the_summary(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("his dad also hits him at home")
    assert DANGER in chat.last.text
    await chat.say("no, he says his dad only does it when he's been drinking")
    assert "when we get there" not in chat.text  # that step is past
    assert "you'll see it on the summary" in chat.text
    what = (await fields(chat))["what"]
    assert "only does it when he's been drinking" in what


async def test_the_question_asked_again_says_where_the_words_go_on_each_answer(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("his dad also hits him at home")
    assert "Answered Yes or Not sure, they go in this report" in chat.text
    assert "answered No, I'll ask where they go" in chat.text


async def test_after_a_yes_the_words_are_in_this_report_once_and_not_asked_about_again(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("his dad also hits him at home")
    await chat.click("Yes")
    assert "stays in this report" in chat.text
    assert "Here is your report" in chat.last.text and NEW_QUESTION not in chat.text
    await chat.click("Send report")
    [sent] = await concerns_in(chat)
    assert sent.fields["what"].count("his dad also hits him at home") == 1  # neither lost nor doubled


async def test_after_a_yes_a_second_child_named_is_asked_to_be_added_under_who_is_affected(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("Ellie in year 2 told me her stepdad hits her")
    assert DANGER in chat.last.text
    await chat.click("Yes")
    assert "Edit: Who is affected" in chat.text and "name someone this report does not have" in chat.text
    [alert] = await concerns_in(chat)
    assert "Ellie in year 2 told me her stepdad hits her" in alert.fields["what"]


async def test_after_a_yes_the_report_s_own_child_is_not_asked_about(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("his dad also hits him at home")
    await chat.click("Yes")
    assert "name someone this report does not have" not in chat.text
