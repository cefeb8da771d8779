"""`python app.py serve` starting, or refusing to start, as an operator sees it: one clear line, never a traceback."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import sys
from pathlib import Path

import aiohttp
import pytest

from adapters.listen import listening_line
from app import main
from bot.config import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_a_port_that_is_not_a_number_is_one_line_naming_the_variable(app, tmp_path: Path) -> None:
    done = app("serve", extra_env={"PORT": "abc", "POLICYBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/t.db"})
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "policybot: PORT must be a port number from 0 to 65535, such as 3978, not 'abc'.\n"
    assert not (tmp_path / "t.db").exists()


@pytest.mark.parametrize(("variable", "value", "says"), [
    ("PORT", "70000", "PORT must be a port number from 0 to 65535, such as 3978, not '70000'."),
    ("POLICYBOT_TEAMS_ANONYMOUS", "maybe", "POLICYBOT_TEAMS_ANONYMOUS must be 1 or 0 (or true or false), not 'maybe'."),
    ("POLICYBOT_URGENT_REMINDER_MINUTES", "soon", "POLICYBOT_URGENT_REMINDER_MINUTES must be a number, not 'soon'."),
])
def test_any_setting_that_cannot_be_read_is_one_line_for_every_command(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str], variable: str,
        value: str, says: str) -> None:
    for name in [n for n in os.environ if n.upper().startswith(("POLICYBOT_", "SLACK_", "MICROSOFT_"))]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no developer's .env
    monkeypatch.setenv(variable, value)
    assert main(["reports", "list"]) == 2
    assert capsys.readouterr().err == f"policybot: {says}\n"


def test_a_port_already_in_use_is_one_clear_line_before_anything_starts(app, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = app("serve", extra_env={"HOST": "127.0.0.1", "PORT": str(port),
                                       "POLICYBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/t.db"})
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith(f"policybot: port {port} on 127.0.0.1 is already in use: ") and "set PORT" in line
    assert not (tmp_path / "t.db").exists()  # said before the database was created or the policy loaded


SLACK_TOKEN, SLACK_SECRET = "xoxb-not-a-real-token-0123", "not-a-real-signing-secret-4567"


async def test_on_start_one_info_line_says_where_it_listens_and_which_adapters_are_on(tmp_path: Path) -> None:
    ours = ("POLICYBOT_", "SLACK_", "MICROSOFT_", "TEAMS_")
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(ours)}
    env.update(HOST="127.0.0.1", PORT="0", POLICYBOT_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path}/t.db",
               SLACK_BOT_TOKEN=SLACK_TOKEN, SLACK_SIGNING_SECRET=SLACK_SECRET,
               SLACK_API_URL="http://127.0.0.1:9/api/",  # nothing listens there: Slack is tried on loopback only
               POLICYBOT_TEAMS_ANONYMOUS="1")
    proc = await asyncio.create_subprocess_exec(sys.executable, str(ROOT / "app.py"), "serve", cwd=tmp_path, env=env,
                                                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    assert proc.stderr is not None
    seen: list[str] = []
    try:
        async with asyncio.timeout(180):  # a hang guard, as in conftest.py's `app`
            while not any(" listening on " in line for line in seen):
                line = (await proc.stderr.readline()).decode()
                assert line, "".join(seen)  # the server stopped without saying where it listens
                seen.append(line)
        [said] = [line for line in seen if " listening on " in line]
        found = re.search(r" INFO policybot: listening on 127\.0\.0\.1:(\d+): ", said)
        assert found, said
        port = int(found.group(1))  # PORT=0: the port it got, where it does answer
        async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}/healthz") as response:
            assert response.status == 200
        for adapter in (f"local web chat on at http://127.0.0.1:{port}/", "Slack on", "Teams on"):
            assert adapter in said
        assert SLACK_TOKEN not in "".join(seen) and SLACK_SECRET not in "".join(seen)
    finally:
        proc.kill()
        await proc.wait()


class Bound:
    """What the start-up line reads of a socket bound to every address, without binding one."""

    def getsockname(self) -> tuple[str, int]:
        return ("0.0.0.0", 3978)


def test_the_start_up_line_says_which_adapters_are_off(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, POLICYBOT_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path}/t.db",  # type: ignore[call-arg]
                        HOST="0.0.0.0")
    # On every address with no POLICYBOT_ADMINS nobody is the inbox's admin, so the line must not send the Head there
    assert listening_line(settings, [Bound()]) == (  # type: ignore[list-item]
        "listening on 0.0.0.0:3978: local web chat on at http://127.0.0.1:3978/ (answers this computer only; "
        "Headteacher inbox off: HOST 0.0.0.0 is not a loopback address; set HOST=127.0.0.1, or add "
        "local:headteacher to POLICYBOT_ADMINS, to open the inbox), Slack off, Teams off")


@pytest.mark.parametrize(("admins", "inbox"), [
    ("", "Headteacher inbox at /inbox"),
    ("local:headteacher,local:dsl", "Headteacher inbox at /inbox"),
    ("local:alice", "Headteacher inbox off: local:headteacher is not in POLICYBOT_ADMINS; add it there to open the "
                    "inbox"),
])
def test_the_start_up_line_announces_the_inbox_only_when_it_opens(tmp_path: Path, admins: str, inbox: str) -> None:
    settings = Settings(_env_file=None, POLICYBOT_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path}/t.db",  # type: ignore[call-arg]
                        HOST="127.0.0.1", POLICYBOT_ADMINS=admins)

    class Loopback:
        def getsockname(self) -> tuple[str, int]:
            return ("127.0.0.1", 3978)

    assert f"(answers this computer only; {inbox})" in listening_line(settings, [Loopback()])  # type: ignore[list-item]


@pytest.mark.parametrize("command", [("serve",), ("chat", "--user", "alice")])
def test_a_database_that_cannot_be_opened_is_one_line_not_a_traceback(app, tmp_path: Path,
                                                                       command: tuple[str, ...]) -> None:
    # A folder given as the database file (or one in a folder that does not exist): `reports` said so in one line,
    # while `serve` and `chat` printed sixty lines of SQLAlchemy traceback.
    for url in (f"sqlite+aiosqlite:///{tmp_path}", f"sqlite+aiosqlite:///{tmp_path}/missing/t.db"):
        done = app(*command, input="hello\n", extra_env={"POLICYBOT_DATABASE_URL": url, "HOST": "127.0.0.1",
                                                          "PORT": "0"})
        assert done.returncode in (1, 2) and "Traceback" not in done.stderr, done.stderr
        assert done.stderr.strip().splitlines() == [
            f"policybot: the database at {url} could not be opened (unable to open database file). Check "
            "POLICYBOT_DATABASE_URL and that the file or server is reachable."]
