"""A concern about the Headteacher told, not asked ("i'm worried about the head, he's always alone with one girl"): at
d7917f8 a report was begun; once the Head's own conduct asked about was answered with the Chair of Governors route
(helper `reading5`), "worried about the head" took the whole message for a question about reporting, and the teacher
got a paragraph on where reports go, with no report begun or offered first. Review revQ; through the real chat."""

from __future__ import annotations

import pytest

from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import report_begun

db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

TOLD = [
    "i'm worried about the head, he's always alone with one girl",
    "i have concerns about the head, he hugs the girls a lot",
    "worried about the headteacher he keeps a pupil behind alone",
    "i'm worried about our head, she shouts at the children and grabbed a boy's arm",
    "i'm uneasy about the head, he gave a y6 girl his number",
]


@pytest.mark.parametrize("words", TOLD)
async def test_a_concern_about_the_head_told_is_begun_as_a_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat), chat.text


async def test_the_heads_conduct_asked_still_gets_the_chair_of_governors(chat: Chat) -> None:
    await chat.say("what if the head is the problem?")
    assert "tell the Chair of Governors" in chat.text and not report_begun(chat), chat.text
