"""A question longer than the log keeps is shown cut, plainly, wherever `python app.py questions` shows it (helper
notices5). Until then its first 2,000 characters were listed as if they were the whole question, so a DSL answering a
question set aside, or the policy owner, could not tell the rest was lost. Through the real engine and the real CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from bot import actions
from bot.runtime import open_runtime, running
from bot.store.models import QuestionLog
from bot.store.store import utcnow
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_question_held_up import ask_the_head
from tests.fakes.escalation_channel import FakeChannel

ROOT = Path(__file__).resolve().parents[2]
CUT = "\u2026 [cut at 2,000 characters]"


def questions(url: str, *args: str) -> str:
    env = {**os.environ, "POLICYBOT_DATABASE_URL": url}
    return subprocess.run([sys.executable, "app.py", "questions", *args], cwd=ROOT, env=env, capture_output=True,
                          timeout=60, check=True).stdout.decode("utf-8")


async def test_a_question_cut_by_the_log_is_shown_cut_in_every_format(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/q.db"
    long = "Can you tell me about " + " ".join(f"point{i}" for i in range(400)) + " and the last bit?"
    whole = "Can you tell me about " + " ".join(f"item{i}" for i in range(230)) + "?"
    assert len(long) > 2500 and 1500 < len(whole) < 2000
    channel = FakeChannel()
    runtime = await open_runtime(make_settings(url), {"local": channel})
    async with running(runtime):
        chat = Chat(runtime)
        await ask_the_head(chat, long)
        await ask_the_head(chat, whole)
        await channel.wait_for(lambda c: len([s for s in c.of("notify") if s.destination == "inbox"]) == 2)
    heads = [s.text for s in channel.of("notify") if s.destination == "inbox"]
    assert "its first 2000 characters are in 'python app.py questions'" in heads[0]
    assert "the whole question is in 'python app.py questions'" in heads[1]

    text = questions(url)
    [cut_line] = [line for line in text.splitlines() if "point0" in line]
    assert cut_line.endswith(long[:2000] + CUT)
    assert "the last bit" not in text
    [whole_line] = [line for line in text.splitlines() if "item0" in line]
    assert whole_line.endswith(whole) and "[cut" not in whole_line

    rows = {r["question"][:30]: r["question"] for r in json.loads(questions(url, "--format", "json"))}
    assert rows[long[:30]] == long[:2000] + CUT and rows[whole[:30]] == whole
    cells = [row[2] for row in csv.reader(io.StringIO(questions(url, "--format", "csv").lstrip("\ufeff")))]
    assert long[:2000] + CUT in cells and whole in cells


async def test_a_question_an_earlier_release_kept_at_full_length_says_it_may_be_cut(tmp_path: Path) -> None:
    """Cut silently before: nothing stored tells a cut one from one exactly that long, so it says it may be."""
    url = f"sqlite+aiosqlite:///{tmp_path}/q.db"
    runtime = await open_runtime(make_settings(url), {"local": FakeChannel()})
    old = ("Can I " + "x" * 3000)[:2000]
    async with running(runtime):
        async with runtime.store.transaction() as s:
            s.add(QuestionLog(at=utcnow(), user="local:alice", question=old, intent="out_of_scope", answered=False))
    [row] = json.loads(questions(url, "--format", "json"))
    assert row["question"] == old + "\u2026 [perhaps cut: the log keeps only a question's first 2,000 characters]"


async def test_a_question_exactly_as_long_as_the_log_keeps_is_shown_whole_and_only_a_cut_one_says_cut(
        tmp_path: Path) -> None:
    """Helper notices6: until then one of exactly 2,000 characters, kept whole, was listed "perhaps cut", and its
    Headteacher's message said only its first 2,000 characters were in the log. The words are stored alone, the cut
    beside them (`question_log.cut`), so neither the database nor a reader of it gets a mark inside staff's words."""
    url = f"sqlite+aiosqlite:///{tmp_path}/q.db"
    exact = ("Could you tell me whether " + " ".join(f"word{i}" for i in range(400)))[:1999] + "?"
    long = "Please can I know about " + " ".join(f"thing{i}" for i in range(400))
    assert len(exact) == 2000 and len(long) > 2000
    channel = FakeChannel()
    runtime = await open_runtime(make_settings(url), {"local": channel})
    async with running(runtime):
        chat = Chat(runtime)
        await ask_the_head(chat, exact)
        await ask_the_head(chat, long)
        await channel.wait_for(lambda c: len([s for s in c.of("notify") if s.destination == "inbox"]) == 2)
        async with runtime.store.transaction() as s:
            stored = {q.question[:20]: (q.question, q.cut) for q in (await s.execute(select(QuestionLog))).scalars()}
    assert stored[exact[:20]] == (exact, False) and stored[long[:20]] == (long[:2000], True)
    heads = [s.text for s in channel.of("notify") if s.destination == "inbox"]
    assert "the whole question is in 'python app.py questions'" in heads[0]
    assert "its first 2000 characters are in 'python app.py questions'" in heads[1]

    text = questions(url)
    [exact_line] = [line for line in text.splitlines() if "word0" in line]
    assert exact_line.endswith(exact)
    [cut_line] = [line for line in text.splitlines() if "thing0" in line]
    assert cut_line.endswith(long[:2000] + CUT)
    rows = {r["question"][:20]: r["question"] for r in json.loads(questions(url, "--format", "json"))}
    assert rows[exact[:20]] == exact and rows[long[:20]] == long[:2000] + CUT
    cells = [row[2] for row in csv.reader(io.StringIO(questions(url, "--format", "csv").lstrip("\ufeff")))]
    assert exact in cells and long[:2000] + CUT in cells


async def test_a_question_notices5_stored_with_its_mark_is_shown_cut_once(tmp_path: Path) -> None:
    """A row stored by the release before (the mark in its text, no `cut`): shown as it was, the mark not doubled,
    and its Headteacher's message, passed on now (its answer's button pressed), says the log keeps only part."""
    url = f"sqlite+aiosqlite:///{tmp_path}/q.db"
    channel = FakeChannel()
    runtime = await open_runtime(make_settings(url), {"local": channel})
    marked = ("Is it fine to " + "y" * 3000)[:2000] + CUT
    async with running(runtime):
        async with runtime.store.transaction() as s:
            s.add(QuestionLog(id=5, at=utcnow(), user="local:alice", question=marked, intent="out_of_scope",
                              answered=False))
        [passed] = await Chat(runtime).press(actions.ASK_HEAD, "5")
        assert "passed your question to the Headteacher" in passed.text
        await channel.wait_for(lambda c: len([s for s in c.of("notify") if s.destination == "inbox"]) == 1)
    [head] = [s.text for s in channel.of("notify") if s.destination == "inbox"]
    assert "(it is shortened here; its first 2000 characters are in 'python app.py questions')" in head
    [row] = json.loads(questions(url, "--format", "json"))
    assert row["question"] == marked
