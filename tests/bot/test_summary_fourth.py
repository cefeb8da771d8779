"""Helper summary4 (from review revT): a graver risk told on a report's summary after its danger question was
answered No ("he said he wants to kill himself", "his dad also hits him at home", "he also told me his uncle touched
him" on a bullying report) was asked "Which part?" like a correction. A DSL wants the danger question asked again (an
URGENT alert if the words tell a danger now), the words kept, and a different harm offered as a concern of its own.
And at "Is this part of this report, or a new concern?", cancel or back left a second concern's words in no report,
and "its separate" / "its the same" were queued as more words rather than read as the choice. Each test is one teacher
through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_summary_corrections import ASKED, fields

DANGER = "Is a child in immediate danger"
NEW_QUESTION = "Is this part of this report, or a new concern?"
SECOND_CHILD = "also a different thing \u2014 a parent posted abuse about Mrs Khan on facebook"
NOT_NOW = ["his dad also hits him at home", "he also told me his uncle touched him", "she has been cutting herself"]


def urgent_said(chat: Chat) -> bool:
    return any(r.urgent for r in chat.replies)


@pytest.mark.parametrize("words", NOT_NOW)
async def test_a_new_risk_on_the_summary_asks_the_danger_question_again(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert ASKED not in chat.text
    assert DANGER in chat.last.text and words in chat.text  # asked again, the words shown as kept
    assert await concerns_in(chat) == []  # nothing sent, no alert yet
    await chat.click("Yes")
    assert urgent_said(chat)
    [alert] = await concerns_in(chat)
    assert alert.urgent and words in alert.fields["what"]  # the alert carries the words it was raised for
    assert "Here is your report" in chat.last.text and words in chat.last.text


async def test_a_new_risk_answered_no_again_is_still_asked_where_it_goes(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("his dad also hits him at home")
    await chat.say("no")
    assert not urgent_said(chat) and await concerns_in(chat) == []
    assert chat.last.text.startswith(NEW_QUESTION) and "his dad also hits him at home" in chat.last.text
    await chat.click("Send this report, then a new one")
    [sent] = await concerns_in(chat)
    assert sent.fields["danger"] == "no"
    assert "his dad also hits him at home" in (await fields(chat))["what"].lower()  # the new report begun with them


async def test_words_that_tell_a_danger_now_raise_the_alert_at_once(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("he said he wants to kill himself")
    assert ASKED not in chat.text
    assert urgent_said(chat) and "999" in chat.text
    [alert] = await concerns_in(chat)
    assert alert.urgent and "he said he wants to kill himself" in alert.fields["what"]


async def test_a_new_risk_queued_behind_which_part_gets_the_danger_question_at_once(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("actually it was on sunday")
    assert ASKED in chat.last.text
    await chat.say("his dad also hits him at home")
    assert DANGER in chat.last.text
    await chat.click("No")
    # the correction first, then the risk: neither lost
    assert ASKED in chat.last.text and "actually it was on sunday" in chat.last.text
    await chat.click("When")
    assert chat.last.text.startswith(NEW_QUESTION) and "his dad also hits him at home" in chat.last.text


async def test_no_danger_question_again_when_the_answer_was_yes(chat: Chat) -> None:
    await walk_to_confirm(chat, danger="yes")
    await chat.say("his dad also hits him at home")
    assert DANGER not in chat.last.text
    assert chat.last.text.startswith(NEW_QUESTION)


@pytest.mark.parametrize("words", ["actually it was on sunday", "also his mum found more messages on instagram",
                                   "he also said they hit him at break"])
async def test_ordinary_corrections_are_asked_which_part_as_before(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert ASKED in chat.last.text and DANGER not in chat.last.text


@pytest.mark.parametrize("word", ["cancel", "back"])
async def test_cancel_or_back_at_the_new_concern_question_keeps_the_words(chat: Chat, word: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(SECOND_CHILD)
    assert chat.last.text.startswith(NEW_QUESTION)
    await chat.say(word)
    assert chat.last.text.startswith(NEW_QUESTION) and SECOND_CHILD in chat.last.text  # still waiting
    assert "not in your report" not in chat.text
    await chat.click("Add it to this report")
    assert SECOND_CHILD in (await fields(chat))["what"]


@pytest.mark.parametrize(("typed", "added"), [("its separate", False), ("its the same", True),
                                              ("it's a different thing", False), ("same thing", True)])
async def test_its_separate_or_the_same_answers_the_new_concern_question(chat: Chat, typed: str, added: bool) -> None:
    await walk_to_confirm(chat)
    await chat.say(SECOND_CHILD)
    await chat.say(typed)
    assert "Kept: I'll ask" not in chat.text  # not queued as more words
    if added:
        assert SECOND_CHILD in (await fields(chat))["what"]
    else:  # a new concern: which way (send or save first) still to choose, the words waiting
        assert chat.last.text.startswith(NEW_QUESTION) and "sent first, or saved" in chat.text


async def test_a_new_risk_typed_while_replace_or_add_waits_keeps_the_words_before(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("actually they also sent voice notes")
    await chat.click("What happened")  # Replace it / Add to it asked
    await chat.say("his dad also hits him at home")
    assert DANGER in chat.last.text and "not in your report" not in chat.text
    await chat.click("No")
    # both still waiting: the correction asked about first, then the risk
    assert ASKED in chat.last.text and "actually they also sent voice notes" in chat.last.text
    await chat.click("Evidence")
    await chat.click("Add to it")
    assert chat.last.text.startswith(NEW_QUESTION) and "his dad also hits him at home" in chat.last.text


@pytest.mark.parametrize("words", ["his mum hurt her back", "dad locked him out of his xbox",
                                   "his mum said the messages made him cry"])
async def test_ordinary_words_naming_a_parent_are_not_read_as_a_risk(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert DANGER not in chat.last.text
