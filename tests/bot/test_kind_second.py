"""Helper kind2, from review revAA's open points. Under Edit: Kind of concern, "his dad also hits him at home" became
"An inappropriate post by a parent" by its "dad", with no danger question; at a new report's first question the same
words were taken as that kind too. "Ellie is missing" (a name the report does not have) and "she ran away" told bare
were asked only "Which part?" on the summary. After Back and Keep as it is, the danger question asked again came back
without saying the risk's words still waited. Each test is one teacher through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_summary_corrections import ASKED, fields

DANGER = "Is a child in immediate danger"
PARENT_POST = "An inappropriate post by a parent"
RISKS = ["his dad also hits him at home", "his dad hits him", "her mum's boyfriend hits her", "her uncle touched her"]


@pytest.mark.parametrize("words", RISKS)
async def test_a_risk_typed_under_edit_kind_asks_the_danger_question_again_and_keeps_the_kind(
        chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Kind of concern")
    await chat.say(words)
    assert PARENT_POST not in chat.text and DANGER in chat.last.text and words in chat.text
    kept = await fields(chat)
    assert kept["category"] == "bullying" and words in kept["what"]
    await chat.click("Yes")
    [alert] = await concerns_in(chat)
    assert alert.urgent and words in alert.fields["what"] and alert.fields["category"] == "bullying"


async def test_a_risk_typed_under_edit_kind_answered_no_comes_back_to_the_summary_with_the_words(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Kind of concern")
    await chat.say("his dad also hits him at home")
    await chat.click("No")
    assert "Here is your report" in chat.last.text and "his dad also hits him at home" in chat.last.text
    assert "Online bullying" in chat.last.text and await concerns_in(chat) == []


async def test_a_danger_now_typed_under_edit_kind_raises_the_alert_at_once(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Kind of concern")
    await chat.say("he brought a knife in")
    assert any(r.urgent for r in chat.replies)
    [alert] = await concerns_in(chat)
    assert "he brought a knife in" in alert.fields["what"] and alert.fields["category"] == "bullying"


@pytest.mark.parametrize("words", RISKS)
async def test_a_risk_typed_at_the_first_kind_question_is_kept_and_no_kind_is_taken_from_it(
        chat: Chat, words: str) -> None:
    await chat.say("I need to report something")
    await chat.say(words)
    assert PARENT_POST not in chat.text and "What kind of concern" in chat.last.text
    assert "immediate danger is the very next question" in chat.text
    kept = await fields(chat)
    assert "category" not in kept and kept["what"] == words
    await chat.click("Another online-safety concern")
    assert DANGER in chat.last.text


async def test_a_kind_typed_plainly_is_still_taken(chat: Chat) -> None:
    await chat.say("I need to report something")
    await chat.say("a parent posted about a pupil on facebook")
    assert DANGER in chat.last.text and (await fields(chat))["category"] == "parent_post"


@pytest.mark.parametrize("words", ["Ellie is missing", "she ran away", "Jake ran away", "he ran away",
                                   "he's run off and nobody can find him"])
async def test_a_child_missing_by_another_name_or_told_bare_on_the_summary_is_asked_about_or_alerted(
        chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert ASKED not in chat.text
    if not any(r.urgent for r in chat.replies):
        assert DANGER in chat.last.text
        await chat.click("Yes")
    [alert] = await concerns_in(chat)
    assert alert.urgent and words in alert.fields["what"]


@pytest.mark.parametrize("words", ["missing PE", "he ran away from the ball", "she is missing from the group chat",
                                   "Ellie was missing from the group chat", "Ellie is missing PE", "Date is missing",
                                   "It is missing", "Teacher is missing", "Evidence is missing",
                                   "they hit him and ran away", "he ran off at lunch"])
async def test_missing_look_alikes_on_the_summary_are_still_asked_which_part(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert ASKED in chat.last.text and DANGER not in chat.text and await concerns_in(chat) == []


async def test_after_back_and_keep_the_danger_question_says_the_risk_words_still_wait(chat: Chat) -> None:
    words = "his dad also hits him at home"
    await walk_to_confirm(chat)
    await chat.say(words)
    await chat.say("back")
    assert "What kind of concern" in chat.last.text
    await chat.click("Keep as it is")
    assert DANGER in chat.last.text
    assert "still waits" in chat.text and words in chat.text
    await chat.click("Yes")
    [alert] = await concerns_in(chat)
    assert words in alert.fields["what"]


async def test_back_again_to_the_danger_question_says_the_words_still_wait(chat: Chat) -> None:
    # (Until helper askedback, No after Back and Keep went on to Who is affected, step by step, and this test went
    # back from there; now No goes to the summary, `test_summary_danger_back.py`, so it goes back twice instead.)
    words = "his dad also hits him at home"
    await walk_to_confirm(chat)
    await chat.say(words)
    await chat.say("back")
    await chat.click("Keep as it is")
    await chat.say("back")
    assert "What kind of concern" in chat.last.text and "still waits" not in chat.text
    await chat.click("Keep as it is")
    assert DANGER in chat.last.text and "still waits" in chat.text and words in chat.text
    await chat.click("No")
    assert "Here is your report" in chat.text and "Is this part of this report, or a new concern?" in chat.last.text
