"""Helper short4, through the engine: everyday chat lines the report model took for reports ("y2 girl cried because she
broke her glasses", "supply agency sending cover for y3 tomorrow") are answered, not begun; a concern told after the
scene ("in the cloakroom after pe…") or in signs listed with no verb begins the report; and harm named in a line that
asks nothing, now a report's intent, is answered as before: the report offered first, nothing begun unasked, its
words kept from the question log (intents/everyday_lines.py, intents/short_reports.py, intents/understanding.py)."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_doubtful_report import the_flow
from tests.intents.harm_chat import logged, report_offered_first


@pytest.mark.parametrize("words", ["y2 girl cried because she broke her glasses",
                                   "supply agency sending cover for y3 tomorrow",
                                   "y4 boy threw up in the hall, mum on her way"])
async def test_everyday_lines_begin_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert "What kind of concern" not in chat.text and await the_flow(chat) is None, chat.text
    assert not report_offered_first(chat), chat.text


@pytest.mark.parametrize("words", ["y10 lass, losing weight, stopped eating at lunch",
                                   "a caretaker told me he saw a y9 selling vapes behind the sports hall"])
async def test_a_concern_in_a_new_chat_style_begins_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert "What kind of concern" in chat.text and await the_flow(chat) is not None, chat.text


async def test_harm_told_in_a_chat_line_is_offered_first_as_before(chat: Chat) -> None:
    words = "a y3 keeps getting kicked by the same two lads at playtime"
    await chat.say(words)
    assert report_offered_first(chat) and await the_flow(chat) is None, chat.text
    assert all(words not in q for q in await logged(chat))
