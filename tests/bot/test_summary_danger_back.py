"""Helper askedback: Back from the danger question asked again on the summary (a risk typed there, `danger_again`)
went to the kind question and then through every step of the report again, the summary only at the end. Now on from
the kind question it is the danger question, then the summary with the words typed there asked about; Back from the
teacher's own Edit goes back into the report as before. Each test is one teacher through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm

DANGER = "Is a child in immediate danger"
SUMMARY = "Here is your report"


RISK = "his dad also hits him at home"


@pytest.mark.parametrize("then", ["Keep as it is", "Another online-safety concern"])
async def test_back_from_the_danger_question_asked_again_goes_on_to_the_summary(chat: Chat, then: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(RISK)
    assert DANGER in chat.last.text
    await chat.say("back")
    assert "What kind of concern" in chat.last.text
    await chat.click(then)  # on from the kind question: the danger question again, the words still waiting
    assert DANGER in chat.last.text and RISK in chat.text
    await chat.click("No")
    assert "Who is affected?" not in chat.text and SUMMARY in chat.text  # the summary, not every step again
    assert RISK in chat.last.text and "Is this part of this report, or a new concern?" in chat.last.text


async def test_back_then_yes_raises_the_alert_with_the_words_and_shows_the_summary(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say(RISK)
    await chat.click("Back")
    await chat.click("Keep as it is")
    await chat.click("Yes")
    [alert] = await concerns_in(chat)
    assert alert.urgent and RISK in alert.fields["what"]
    assert SUMMARY in chat.last.text and "Who is affected?" not in chat.text


async def test_back_from_an_edit_of_the_danger_question_still_goes_back_step_by_step(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Child in immediate danger")  # the teacher's own Edit, no risk waiting
    assert DANGER in chat.last.text
    await chat.say("back")
    await chat.click("Keep as it is")
    await chat.click("No")
    assert "Who is affected" in chat.last.text
