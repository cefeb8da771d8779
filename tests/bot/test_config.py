"""Settings are read under the names of INTERFACE.md only, and every command agrees on which policy they name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.config import BUNDLED_POLICY, Settings
from bot.policy_path import configured_policy


def test_generic_names_meant_for_other_programs_change_nothing(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # The settings' own field names are common words: another program's ADMINS must not make anyone an admin.
    monkeypatch.chdir(tmp_path)
    for name in [n for n in os.environ if n.upper().startswith("POLICYBOT_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("ADMINS", "slack:UINTRUDER")
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://elsewhere/db")
    monkeypatch.setenv("POLICY", str(tmp_path / "another.md"))
    settings = Settings()
    assert settings.admins == () and not settings.is_admin("slack:UINTRUDER")
    assert settings.database_url == "sqlite+aiosqlite:///./policybot.db"
    assert settings.policy == BUNDLED_POLICY == configured_policy()


@pytest.mark.parametrize("name", ["POLICYBOT_POLICY", "policybot_policy", "PolicyBot_Policy"])
def test_the_policy_variable_names_the_same_file_for_every_command(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(name, str(tmp_path / "ours.md"))
    assert Settings().policy == configured_policy() == tmp_path / "ours.md"


def test_a_dot_env_file_names_the_same_policy_for_every_command(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POLICYBOT_POLICY", raising=False)
    (tmp_path / ".env").write_text("POLICYBOT_ADMINS=slack:UHEAD\n", encoding="utf-8")
    assert Settings().policy == configured_policy() == BUNDLED_POLICY
    (tmp_path / ".env").write_text(f"POLICYBOT_POLICY={tmp_path / 'ours.md'}\n", encoding="utf-8")
    assert Settings().policy == configured_policy() == tmp_path / "ours.md"
