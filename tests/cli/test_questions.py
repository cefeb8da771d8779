"""The policy owner sees the questions the bot could not answer, or that staff found unhelpful."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from bot import actions
from bot.runtime import open_runtime, running
from bot.store.models import QuestionLog
from bot.store.store import utcnow
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.bot.test_question_held_up import QUESTION, HeadteacherRefuses, ask_the_head, question_trail, to_alice
from tests.fakes.escalation_channel import FakeChannel

ROOT = Path(__file__).resolve().parents[2]


async def test_unanswered_and_unhelpful_questions_are_listed(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/q.db"
    runtime = await open_runtime(make_settings(url), {"local": FakeChannel()})
    async with running(runtime):
        chat = Chat(runtime)
        await chat.say("How many sick days am I allowed?")
        await chat.say("Can I accept a friend request from a pupil?")
        answered = chat.button("Not helpful")
        await chat.press(actions.FEEDBACK_NO, answered.value)
        await chat.say("Do we need a risk assessment before using social media in computing lessons?")
        async with runtime.store.transaction() as s:  # a report's first words, logged by an earlier release
            s.add(QuestionLog(at=utcnow(), user="local:alice", question="I need to report Amy P's mum",
                              intent="report_concern", answered=False))
    env = {**os.environ, "POLICYBOT_DATABASE_URL": url}
    out = await asyncio.to_thread(
        subprocess.run, [sys.executable, "app.py", "questions", "--format", "json"], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=60, check=True)
    rows = json.loads(out.stdout)
    asked = {r["question"]: r for r in rows}
    assert set(asked) == {"How many sick days am I allowed?", "Can I accept a friend request from a pupil?"}
    assert asked["How many sick days am I allowed?"]["answered"] is False
    assert asked["Can I accept a friend request from a pupil?"]["feedback"] == "unhelpful"


async def test_a_message_that_may_have_been_a_concern_is_logged_without_its_words(tmp_path: Path) -> None:
    # "parents spreading lies online" is only doubtfully a report, so it is answered as a question (D.3) with the report
    # offered first, and logged; if it was a concern, its words are the DSL's, not the policy owner's.
    url = f"sqlite+aiosqlite:///{tmp_path}/q.db"
    runtime = await open_runtime(make_settings(url), {"local": FakeChannel()})
    async with running(runtime):
        chat = Chat(runtime)
        [reply] = await chat.say("parents spreading lies online")
        assert reply.text.startswith("If this is a concern, please report it")
        assert "Ask the Headteacher" not in {b.label for b in reply.buttons}
        [thanks] = await chat.click("Not helpful")
        assert [b.action for b in thanks.buttons] == [actions.CONCERN_START]
        async with runtime.store.transaction() as s:
            s.add(QuestionLog(at=utcnow(), user="local:bob", question="kid sent nudes", intent="report_concern",
                              answered=False, feedback="unhelpful"))
    env = {**os.environ, "POLICYBOT_DATABASE_URL": url}
    out = await asyncio.to_thread(
        subprocess.run, [sys.executable, "app.py", "questions", "--format", "json"], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=60, check=True)
    rows = json.loads(out.stdout)
    assert [r["feedback"] for r in rows] == ["unhelpful", "unhelpful"] and "lies" not in out.stdout
    # A row an earlier release logged with the words is shown without them too.
    assert "kid sent nudes" not in out.stdout


async def test_the_listing_gives_uk_time_with_its_zone_as_reports_list_does(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/q.db"
    runtime = await open_runtime(make_settings(url), {"local": FakeChannel()})
    async with running(runtime):
        async with runtime.store.transaction() as s:
            s.add(QuestionLog(at=datetime(2026, 7, 1, 13, 5), user="local:alice", question="How many sick days?",
                              intent="out_of_scope", answered=False))
            s.add(QuestionLog(at=datetime(2026, 11, 30, 13, 5), user="local:alice", question="Is there a uniform?",
                              intent="out_of_scope", answered=False))
    env = {**os.environ, "POLICYBOT_DATABASE_URL": url}
    out = await asyncio.to_thread(subprocess.run, [sys.executable, "app.py", "questions"], cwd=ROOT, env=env,
                                  capture_output=True, text=True, timeout=60, check=True)
    lines = out.stdout.splitlines()
    assert lines[0].startswith("2026-11-30 13:05 GMT") and "Is there a uniform?" in lines[0]
    assert lines[1].startswith("2026-07-01 14:05 BST") and "How many sick days?" in lines[1]  # summer time


def test_a_database_server_that_refuses_is_named_without_its_password(tmp_path: Path) -> None:
    # Port 1 on loopback: nothing listens, the connection is refused at once.
    env = {**os.environ, "POLICYBOT_DATABASE_URL": "postgresql+asyncpg://policybot:s3cret-pw@127.0.0.1:1/school"}
    done = subprocess.run([sys.executable, "app.py", "questions"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "the database at postgresql+asyncpg://policybot:***@127.0.0.1:1/school could not be opened" in done.stderr
    assert "s3cret-pw" not in done.stderr + done.stdout
    # A password given in the query string instead is hidden as well.
    env["POLICYBOT_DATABASE_URL"] = "postgresql+asyncpg://policybot@127.0.0.1:1/school?password=s3cret-pw"
    again = subprocess.run([sys.executable, "app.py", "questions"], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=60, check=False)
    assert again.returncode == 1 and "password=hidden" in again.stderr
    assert "s3cret-pw" not in again.stderr + again.stdout


async def test_the_csv_opens_in_a_spreadsheet_as_the_words_typed(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/q.db"
    runtime = await open_runtime(make_settings(url), {"local": FakeChannel()})
    async with running(runtime):
        await Chat(runtime).say("=HYPERLINK(\"http://127.0.0.1/x\", \"sick days for Zoë?\")")
    env = {**os.environ, "POLICYBOT_DATABASE_URL": url}
    out = await asyncio.to_thread(
        subprocess.run, [sys.executable, "app.py", "questions", "--format", "csv"], cwd=ROOT, env=env,
        capture_output=True, timeout=60, check=True)
    text = out.stdout.decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads it as UTF-8: "Zoë", not "ZoÃ«"
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text and "Zoë" in text


async def test_a_question_passed_on_shows_its_trail_held_up_and_arrived(tmp_path: Path) -> None:
    """Where a question passed to the Headteacher has got to, for an admin: held up (why, and whether its asker was
    told), reached them, each notice its asker was sent; never its words in the trail. Until helper notices2 only its
    asker knew it had been held up."""
    url = f"sqlite+aiosqlite:///{tmp_path}/q.db"
    channel = HeadteacherRefuses(refused=True)  # the Headteacher's channel was archived
    runtime = await open_runtime(make_settings(url), {"local": channel})
    async with running(runtime):
        chat = Chat(runtime)
        await ask_the_head(chat)
        await channel.wait_for(lambda c: len(to_alice(c)) == 1)
        await question_trail(runtime, 2)  # its notice's delivery recorded
        channel.refused = False  # unarchived, and named again by an admin
        await Chat(runtime, user=HEAD, conversation=HEAD, extra={actions.EXTRA_ADDRESS: "inbox"}).say(
            "set escalation channel")
        await channel.wait_for(lambda c: len(to_alice(c)) == 2)
        await question_trail(runtime, 7)  # with the admins' two notices (helper notices4)
    env = {**os.environ, "POLICYBOT_DATABASE_URL": url}
    out = await asyncio.to_thread(subprocess.run, [sys.executable, "app.py", "questions"], cwd=ROOT, env=env,
                                  capture_output=True, text=True, timeout=60, check=True)
    [asked, *trail] = out.stdout.splitlines()
    assert QUESTION in asked
    done = [line.strip().split("  ", 1)[1].split(":")[0] for line in trail]
    # each admin told it was set aside, then that it got through (their notices race the asker's)
    assert [line.split(": ", 1)[1] for line in trail if "admin told:" in line] == [
        f"{HEAD}: set aside", f"{HEAD}: got through"]
    assert [a for a in done if a != "admin told"] == [
        "delivery stopped", "asker told", "delivery resumed", "reached the Headteacher", "asker told"]
    assert "is_archived" in trail[0] and "its asker is being told" in trail[0]
    assert all(line.startswith("    20") and line.strip()[16:20] in (" GMT", " BST") for line in trail)
    as_json = await asyncio.to_thread(
        subprocess.run, [sys.executable, "app.py", "questions", "--format", "json"], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=60, check=True)
    [row] = json.loads(as_json.stdout)
    assert [e["action"] for e in row["trail"] if e["action"] != "admin told"][::3] == [
        "delivery stopped", "reached the Headteacher"]
    assert not any("park" in e["detail"] for e in row["trail"])
