"""The server refuses to start with Teams authentication off on a non-loopback HOST, or credentials that can't work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.startup_checks import check_settings
from tests.adapters.teams.conftest import settings_for

ROOT = Path(__file__).resolve().parents[3]


def test_anonymous_teams_on_a_public_host_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        check_settings(settings_for(tmp_path, HOST="0.0.0.0"))

    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "POLICYBOT_TEAMS_ANONYMOUS=1" in error and "'0.0.0.0'" in error and "HOST=127.0.0.1" in error


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost"])
def test_anonymous_teams_on_loopback_may_start(tmp_path: Path, host: str) -> None:
    check_settings(settings_for(tmp_path, HOST=host))


APP_ID = "0b4f0a1c-2d3e-4f50-8a6b-7c8d9e0f1a2b"


@pytest.mark.parametrize(("overrides", "needs"), [
    ({"MICROSOFT_APP_ID": APP_ID, "MICROSOFT_APP_PASSWORD": ""}, "MICROSOFT_APP_PASSWORD"),
    ({"MICROSOFT_APP_ID": APP_ID, "MICROSOFT_APP_PASSWORD": "s", "MICROSOFT_APP_TYPE": "SingleTenant"},
     "MICROSOFT_APP_TENANT_ID"),
    ({"MICROSOFT_APP_ID": APP_ID, "MICROSOFT_APP_PASSWORD": "s", "MICROSOFT_APP_TYPE": "Weird"},
     "MICROSOFT_APP_TYPE"),
    ({"MICROSOFT_APP_ID": "policybot", "MICROSOFT_APP_PASSWORD": "s"}, "must be your Azure Bot's Microsoft App ID"),
    ({"POLICYBOT_TEAMS_ANONYMOUS": True, "TEAMS_HEADTEACHER_CONVERSATION": "19:abc@thread.tacv2"},
     "TEAMS_HEADTEACHER_CONVERSATION"),
])
def test_credentials_that_cannot_work_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  overrides: dict[str, str], needs: str) -> None:
    with pytest.raises(SystemExit):
        check_settings(settings_for(tmp_path, **{"POLICYBOT_TEAMS_ANONYMOUS": False, **overrides}))

    assert needs in capsys.readouterr().err


def test_anonymous_mode_beside_an_app_id_starts_checking_tokens_with_a_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The app id wins (tokens are checked); whoever meant to try the Emulator is told why it is refused.
    check_settings(settings_for(tmp_path, POLICYBOT_TEAMS_ANONYMOUS=True, MICROSOFT_APP_ID=APP_ID,
                                MICROSOFT_APP_PASSWORD="secret"))

    error = capsys.readouterr().err
    assert "warning" in error and "anonymous mode is ignored" in error and "refusing" not in error


def test_working_credentials_may_start(tmp_path: Path) -> None:
    check_settings(settings_for(tmp_path, POLICYBOT_TEAMS_ANONYMOUS=False, MICROSOFT_APP_ID=APP_ID,
                                MICROSOFT_APP_PASSWORD="secret", MICROSOFT_APP_TYPE="SingleTenant",
                                MICROSOFT_APP_TENANT_ID="11111111-2222-3333-4444-555555555555"))


def test_serve_exits_2_before_listening(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(("POLICYBOT_", "MICROSOFT_", "SLACK_"))}
    env.update(POLICYBOT_TEAMS_ANONYMOUS="1", HOST="0.0.0.0", PORT="9",
               POLICYBOT_DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path}/t.db")
    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "serve"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)

    assert done.returncode == 2
    assert "refusing to start" in done.stderr and "loopback" in done.stderr
    assert not (tmp_path / "t.db").exists()


@pytest.mark.parametrize(("url", "says"), [
    ("postgresql+asyncpg://policybot:s3cret@db.example:notaport/school", "not a database URL SQLAlchemy can read"),
    ("policybot.db", "not a database URL SQLAlchemy can read"),
    ("postgresql://policybot:s3cret@db.example/school", "must name an asyncio driver"),
])
def test_a_database_url_that_cannot_work_is_refused_without_repeating_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, says: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        check_settings(settings_for(tmp_path, POLICYBOT_DATABASE_URL=url))

    error = capsys.readouterr().err
    assert stopped.value.code == 2 and "POLICYBOT_DATABASE_URL" in error and says in error
    assert "s3cret" not in error
