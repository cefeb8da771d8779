"""`python app.py chat`: the whole bot in the terminal, buttons as numbered choices, through a pipe."""

from __future__ import annotations

import argparse
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from adapters.local.channel import LocalChannel
from adapters.local.terminal import TerminalChat, run_chat
from bot import actions
from bot.config import LOCAL_HEADTEACHER
from bot.messages import IncomingMessage
from bot.runtime import Runtime, open_runtime, running
from bot.store.models import Notice
from tests.adapters.local.conftest import eventually, make_settings

APP = Path(__file__).resolve().parents[3] / "app.py"


def chat_in_terminal(tmp_path: Path, *lines: str, user: str = "alice") -> str:
    """Run `python app.py chat --user USER` with `lines` piped to stdin, in a clean directory; return stdout."""
    ours = ("POLICYBOT_", "SLACK_", "MICROSOFT_", "TEAMS_")
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(ours)}
    env["POLICYBOT_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path}/t.db"
    done = subprocess.run([sys.executable, str(APP), "chat", "--user", user], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_question_and_a_whole_report_through_a_pipe_with_numbered_choices(tmp_path: Path) -> None:
    out = chat_in_terminal(
        tmp_path,
        "Can I post photos of a school trip on my Facebook?",
        "report a concern",
        "1",                      # Online bullying of a pupil
        "2",                      # No, not in immediate danger
        "Amy P, Year 5",
        "\x01\x02",               # a stray control sequence: refused politely, nothing changes
        "skip",                   # who is responsible: its Skip, by name (a number here would be the answer)
        "1",                      # WhatsApp
        "last night about 9pm",
        "Nasty messages about Amy in the class group chat",
        "no disclosure",          # its button, by name
        "skip",
        "nothing yet",
        "1",                      # Send report
        "quit",
        "this line is never read",
    )
    assert "Clause B.3" in out
    assert "Staff must not post pictures of school events without the Headteacher's consent" in out
    assert "  1) Online bullying of a pupil" in out and "  2) No" in out
    assert "control characters" in out
    assert "C-0001" in out
    with sqlite3.connect(tmp_path / "t.db") as db:
        [(reference, category, urgent, fields, reporter)] = db.execute(
            "SELECT reference, category, urgent, fields, reporter FROM concerns").fetchall()
    fields = json.loads(fields)
    assert (reference, category, urgent, reporter) == ("C-0001", "bullying", 0, "local:alice")
    assert fields["affected"] == "Amy P, Year 5" and fields["platform"] == "WhatsApp"
    assert fields["responsible"] == "Not known" and fields["actions"] == "nothing yet"
    assert "this line is never read" not in out



def test_an_unknown_command_after_an_answer_is_not_answered_with_the_last_clause(tmp_path: Path) -> None:
    out = chat_in_terminal(tmp_path, "can I add an ex-pupil on instagram?", "/frobnicate", "quit")
    after = out.split("> /frobnicate", 1)[1]
    assert "doesn't cover that" in after and "Clause B.1" not in after, after

def test_a_number_typed_at_a_question_answered_in_words_is_the_answer_not_a_button(tmp_path: Path) -> None:
    out = chat_in_terminal(tmp_path, "report a concern", "1", "2", "Amy P, Year 5",
                           "skip",       # who is responsible: a choice typed by its name
                           "1",          # WhatsApp: the platform's choices are numbered
                           "3",          # "3" for 3 pm at "When did it happen?": the answer, not its third button
                           "cancel",     # Cancel by its name
                           "1")          # Undo, numbered on the cancel message
    assert "  1) Online bullying of a pupil" in out and "  1) WhatsApp" in out
    assert "  [Skip]  [Back]  [Cancel]  [Help]" in out and "  3) Cancel" not in out
    assert "a number is taken as your answer here" in out
    assert "Report cancelled" in out and "  1) Undo" in out and "Your report is back" in out
    with sqlite3.connect(tmp_path / "t.db") as db:
        [(step, draft)] = db.execute("SELECT step, draft FROM conversations WHERE key = 'local:alice'").fetchall()
    fields = json.loads(draft)["fields"]
    assert step == "what" and fields["when"] == "3" and fields["affected"] == "Amy P, Year 5"


def test_end_of_input_leaves_a_half_written_report_to_carry_on_later(tmp_path: Path) -> None:
    chat_in_terminal(tmp_path, "report a concern", "3")  # stdin ends: a clean exit, the report is kept
    out = chat_in_terminal(tmp_path, "2")  # the next session shows the danger question; "2" picks its "No"
    assert "report in progress" in out and "Is a child in immediate danger?" in out and "  2) No" in out
    assert "Who is affected?" in out
    with sqlite3.connect(tmp_path / "t.db") as db:
        [(step,)] = db.execute("SELECT step FROM conversations WHERE key = 'local:alice'").fetchall()
    assert step == "affected"


@pytest.mark.parametrize("strict", [True, False])
def test_a_line_that_is_not_utf8_is_read_with_the_byte_replaced_and_the_chat_goes_on(tmp_path: Path,
                                                                                     strict: bool) -> None:
    """A Latin-1 "café" or a stray byte ended `chat` with a traceback: at the read under a UTF-8 locale (`strict`,
    as en_GB.UTF-8 decodes stdin), or at the database under C.UTF-8, which kept the byte as a lone surrogate."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(("POLICYBOT_", "PYTHONIOENCODING"))}
    env["POLICYBOT_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path}/t.db"
    if strict:
        env["PYTHONIOENCODING"] = "utf-8:strict"
    stdin = b"report a concern\n1\n2\nAmy in Year 5, caf\xe9 club \xff\nhelp\n"
    done = subprocess.run([sys.executable, str(APP), "chat", "--user", "alice"], input=stdin, capture_output=True,
                          cwd=tmp_path, env=env, timeout=60, check=False)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    assert "Who is responsible" in done.stdout.decode("utf-8")
    with sqlite3.connect(tmp_path / "t.db") as db:
        [(draft,)] = db.execute("SELECT draft FROM conversations WHERE key = 'local:alice'").fetchall()
    assert json.loads(draft)["fields"]["affected"] == "Amy in Year 5, caf\ufffd club \ufffd"


def test_a_name_that_cannot_be_used_is_refused_before_anything_opens(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_chat(argparse.Namespace(user="headteacher")) == 2
    assert "reserved" in capsys.readouterr().err


def test_a_database_url_that_cannot_work_is_refused_in_a_sentence(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYBOT_DATABASE_URL", "postgresql+asyncpg://policybot:s3cret@db.example:notaport/school")
    assert run_chat(argparse.Namespace(user="alice")) == 2
    error = capsys.readouterr().err
    assert "POLICYBOT_DATABASE_URL is not a database URL" in error and "s3cret" not in error


@pytest.fixture
async def runtime(tmp_path: Path) -> AsyncIterator[Runtime]:
    channels: dict = {}
    rt = await open_runtime(make_settings(tmp_path), channels)
    channels["local"] = LocalChannel(lambda: rt.store)
    async with running(rt):
        yield rt


def terminal(runtime: Runtime, *lines: str) -> tuple[TerminalChat, io.StringIO]:
    script = iter([line + "\n" for line in lines])
    out = io.StringIO()
    return TerminalChat(runtime, "local:alice", "Alice", lambda: next(script, ""), out, echo=True), out


async def test_a_form_is_asked_field_by_field_and_wrong_fields_are_asked_again(runtime: Runtime) -> None:
    chat, out = terminal(runtime,
                         "3", "1",            # a pupil's image shared; a child may be in danger
                         "", "", "", "",      # affected, responsible, platform, when: left blank
                         "",                  # what happened: left blank, but it is needed
                         "", "", "",          # disclosure, evidence, actions: left blank
                         "A photo of a Year 2 pupil was posted on a public page")  # asked again: only that field
    await chat.send(chat.message(action=actions.FORM_OPEN))
    shown = out.getvalue()
    assert "! Please describe what happened." in shown
    assert shown.count("What happened") == 2 and shown.count("Kind of concern") == 1
    assert "C-0001" in shown and "URGENT" in shown


async def test_notices_are_shown_before_the_next_prompt(runtime: Runtime) -> None:
    chat, out = terminal(runtime)
    await chat.send(chat.message(action=actions.FORM_SUBMIT, form={
        "category": "parent_post", "danger": "no", "what": "A parent called Mr Lee a liar"}))
    await runtime.engine.handle(IncomingMessage(user=LOCAL_HEADTEACHER, conversation="local:inbox",
                                                action=actions.CONCERN_ACK, value="C-0001", display_name="Mrs Head"))

    async def delivered() -> bool | None:
        async with runtime.store.transaction() as s:
            return (await s.execute(select(Notice).where(Notice.user == "local:alice"))).first() is not None or None

    await eventually(delivered)
    await chat.run()  # input ends at once: it shows what is waiting, then leaves
    assert "[Notice] Your concern C-0001 has been acknowledged by Mrs Head" in out.getvalue()
