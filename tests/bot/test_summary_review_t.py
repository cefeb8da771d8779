"""Review revT of helpers summary3 and notices4: what a teacher is told while "Is this part of this report, or a new
concern?" waits. A pause typed there ("wait", "dont send yet", "also" alone) holds it, as at "Which part?", but must
be told in that question's own terms: told to "choose the part it changes", the teacher is sent looking for part
buttons that question does not have (its choices are Add it, Send this report, then a new one, Save this report,
Don't change anything), and a second child's disclosure is the words waiting on it."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm

NEW_QUESTION = "Is this part of this report, or a new concern?"
SECOND_CHILD = "also a girl in year 2 told me her dad hits her"


def labels(chat: Chat) -> list[str]:
    return [b.label for b in chat.last.buttons]


@pytest.mark.parametrize("pause", ["wait", "dont send yet", "also", "hold on"])
async def test_a_pause_at_the_new_concern_question_is_told_in_its_own_terms(chat: Chat, pause: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(SECOND_CHILD)
    await chat.click("No")  # a new risk: the danger question first (since helper summary4)
    assert chat.last.text.startswith(NEW_QUESTION)
    await chat.say(pause)
    said = chat.replies[0].text
    assert "choose the part" not in said.lower()  # no part to choose at this question
    assert "Add it to this report" in said and "new concern" in said
    assert chat.last.text.startswith(NEW_QUESTION) and SECOND_CHILD in chat.last.text  # still waiting, not dropped
    assert "Add it to this report" in labels(chat) and await concerns_in(chat) == []


async def test_a_pause_at_the_new_concern_question_reached_from_the_queue_is_told_in_its_own_terms(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("actually it was on sunday")
    await chat.say(SECOND_CHILD)  # queued behind "Which part?", the danger question first (since helper summary4)
    await chat.click("No")
    await chat.click("When")
    assert chat.last.text.startswith(NEW_QUESTION)
    await chat.say("dont send yet")
    assert "choose the part" not in chat.replies[0].text.lower()
    assert chat.last.text.startswith(NEW_QUESTION) and SECOND_CHILD in chat.last.text
    assert await concerns_in(chat) == []


async def test_a_pause_at_which_part_still_says_choose_the_part(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("actually it was on sunday")
    await chat.say("dont send yet")
    assert chat.replies[0].text.startswith("What you typed is still waiting: choose the part it changes")
