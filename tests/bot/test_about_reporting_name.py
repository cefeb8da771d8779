"""Asked "will my name be on the report?", the answer was "No: a report here always carries your name": its "No"
answered "is it anonymous?", not the question asked. It now says a report is never anonymous, and carries the name."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat


@pytest.mark.parametrize("said", ["will my name be on the report?", "is reporting anonymous?"])
async def test_asked_about_their_name_the_answer_never_begins_no(chat: Chat, said: str) -> None:
    await chat.say(said)
    assert chat.text.startswith("A report here is never anonymous: it always carries your name"), chat.text
