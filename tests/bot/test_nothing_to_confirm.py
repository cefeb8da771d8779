""""are you sure?" or "really?" typed before any answer has nothing to confirm: said so plainly, with how to ask, and
never logged as a question for the policy's owner. Through the real engine and the real `ask`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.runtime import Runtime
from bot.store.models import QuestionLog
from tests.bot.conftest import Chat

ROOT = Path(__file__).resolve().parents[2]


async def logged(runtime: Runtime) -> list[str]:
    async with runtime.store.transaction() as s:
        return [q.question for q in (await s.execute(select(QuestionLog))).scalars()]


@pytest.mark.parametrize("doubt", ["are you sure?", "really?", "Really??", "is that right?"])
async def test_a_doubt_as_the_first_message_says_there_is_nothing_to_confirm_and_is_not_logged(
        chat: Chat, runtime: Runtime, doubt: str) -> None:
    await chat.say(doubt)

    assert chat.text.startswith("There's nothing for me to confirm yet: I haven't answered a question of yours.")
    assert "Ask me a question about the Social Media policy" in chat.text
    assert "doesn't cover" not in chat.text and not [b for r in chat.replies for b in r.buttons]
    assert await logged(runtime) == []


async def test_after_a_not_covered_answer_it_is_that_answer_that_is_doubted(chat: Chat, runtime: Runtime) -> None:
    await chat.say("where do i park my car")
    await chat.say("are you sure?")

    assert chat.text.startswith("I can only confirm what the policy says, and my last answer quoted no part of it.")
    assert await logged(runtime) == ["where do i park my car"]


async def test_after_an_answer_it_still_confirms_the_clause(chat: Chat) -> None:
    await chat.say("can i add a pupil on facebook")
    await chat.say("really?")
    assert chat.text.startswith("Yes") and any(r.citation and r.citation.clause_id == "B.1" for r in chat.replies)


def test_ask_says_the_same_to_a_doubt_with_nothing_before_it() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "ask", "are you sure?", "--json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    answer = json.loads(done.stdout)
    assert answer["clause_id"] is None and answer["intent"] == "smalltalk"
    assert answer["answer"].startswith("There's nothing for me to confirm yet")
