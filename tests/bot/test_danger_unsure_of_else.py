"""At "Is a child in immediate danger?", a not sure that says what it is not sure of ("not sure who, a few boys in
4b", "idk when it happened") answers another question: it is asked again, the words kept, with no URGENT alert. A not
sure about the child ("not sure where she is", "no idea") is the urgent not sure, and "no idea who" is no no."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import kept_draft
from tests.bot.test_danger_told import at_the_danger_question, urgent


@pytest.mark.parametrize("said", ["not sure who, a few boys in 4b", "idk who sent it", "not sure when it happened",
                                  "dont know where it was posted", "not sure what app it was on", "no idea who",
                                  "not sure which child"])
async def test_not_sure_of_something_else_is_asked_again_without_an_alert(chat: Chat, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "URGENT" not in chat.text and not await urgent(chat)
    assert "not whether a child is in danger now" in chat.text
    assert "Is a child in immediate danger?" in chat.last.text
    assert "danger" not in (await kept_draft(chat))[1]["fields"]  # type: ignore[operator]


@pytest.mark.parametrize("said", ["not sure where she is, she didnt come back from lunch", "no idea", "dunno",
                                  "not sure if she's safe at home"])
async def test_not_sure_of_the_child_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    [concern] = await urgent(chat)
    assert concern.fields["danger"] == "not_sure"
