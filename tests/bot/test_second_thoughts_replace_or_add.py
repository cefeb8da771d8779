"""Second thoughts ("actually no", "oops", "wait", "never mind") typed while Replace it / Add to it / Keep as it is
waits, or while "Which part should this change?" waits on the summary: never more words for the report (they were
queued as another correction, or offered to replace the answer), but back a question, as at any other question,
the answer as it was. Each test is one teacher through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_summary_corrections import ASKED, EVIDENCE, fields, sent, typed_on_summary
from tests.bot.when_stored import stored

WHAT = "A group chat of Year 5s has been sending Sam nasty messages and a vote on who hates him."
REPLACE_ADD_KEEP = ["Replace it", "Add to it", "Keep as it is"]


def labels(chat: Chat) -> list[str]:
    return [b.label for b in chat.last.buttons]


@pytest.mark.parametrize("oops", ["actually no", "oops", "wait", "sorry my mistake"])
async def test_second_thoughts_at_replace_or_add_from_the_summary_go_back_to_which_part(chat: Chat, oops: str) -> None:
    await typed_on_summary(chat, "also she showed me the screenshot")
    await chat.click("Evidence")
    assert labels(chat) == REPLACE_ADD_KEEP
    await chat.say(oops)
    assert f"I haven't kept \u201c{oops}\u201d as an answer" in chat.text
    # the question before, the same words waiting: another part can be chosen, or none
    assert chat.last.text.startswith(ASKED) and "also she showed me the screenshot" in chat.last.text
    assert "Kept: I'll ask" not in chat.text  # not queued as another correction
    assert (await fields(chat))["evidence"] == EVIDENCE
    await chat.click("Don't change anything")
    assert "Here is your report" in chat.last.text
    report = await sent(chat)
    assert report["evidence"] == EVIDENCE and all(oops not in value for value in report.values())


@pytest.mark.parametrize("oops", ["oops", "actually no", "wait", "hang on"])
async def test_second_thoughts_at_replace_or_add_at_a_step_leave_the_answer_and_show_the_words_left_out(
        chat: Chat, oops: str) -> None:
    await typed_on_summary(chat, "also she showed me the screenshot")
    await chat.click("Don't change anything")
    await chat.click("Edit: What happened")
    await chat.say("sent him a video")
    assert labels(chat) == REPLACE_ADD_KEEP
    await chat.say(oops)
    assert f"I haven't kept \u201c{oops}\u201d as an answer" in chat.text
    assert "sent him a video" in chat.text and "not in your report" in chat.text
    assert chat.last.text.startswith("What happened?") and WHAT in chat.last.text  # its question, the answer shown
    assert "Replace it" not in labels(chat) and "Keep as it is" in labels(chat)
    await chat.click("Keep as it is")
    report = await sent(chat)
    assert report["what"] == WHAT and all(oops not in value for value in report.values())


async def test_never_mind_at_replace_or_add_leaves_the_words_out(chat: Chat) -> None:
    await typed_on_summary(chat, "also she showed me the screenshot")
    await chat.click("Evidence")
    await chat.say("never mind")
    assert "Here is your report" in chat.last.text
    assert (await sent(chat))["evidence"] == EVIDENCE


@pytest.mark.parametrize("oops", ["actually no", "oops", "wait"])
async def test_second_thoughts_while_which_part_waits_keep_the_words_waiting(chat: Chat, oops: str) -> None:
    await typed_on_summary(chat, "also she showed me the screenshot")
    await chat.say(oops)
    # a pause, as "hang on" there is (review test_report_review): the words still wait, and these are not more words
    assert "Kept: I'll ask" not in chat.text and "still waiting" in chat.text
    assert chat.last.text.startswith(ASKED) and "also she showed me the screenshot" in chat.last.text
    await chat.click("Don't change anything")
    assert (await sent(chat))["evidence"] == EVIDENCE


async def test_second_thoughts_on_the_summary_change_nothing(chat: Chat) -> None:
    await typed_on_summary(chat, "also she showed me the screenshot")
    await chat.click("Don't change anything")
    await chat.say("actually no")
    assert ASKED not in chat.text  # not a correction to place
    assert "haven't changed anything" in chat.text and "Here is your report" in chat.last.text


@pytest.mark.parametrize("oops", ["oops", "actually no", "wait"])
async def test_second_thoughts_at_keep_or_remove_leave_the_answer(chat: Chat, oops: str) -> None:
    await typed_on_summary(chat, "also she showed me the screenshot")
    await chat.click("Don't change anything")
    await chat.click("Edit: When")
    await chat.say("skip")
    assert "Remove it" in labels(chat)  # keep it, or remove it?
    await chat.say(oops)
    assert f"I haven't kept \u201c{oops}\u201d as an answer" in chat.text
    assert chat.last.text.startswith("When did it happen") and "Saturday night" in chat.last.text
    await chat.click("Keep as it is")
    assert (await sent(chat))["when"] == stored("Saturday night")
