"""`python app.py serve` starting, or refusing to start, as an operator sees it: one clear line, never a traceback."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from app import main


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
