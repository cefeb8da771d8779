"""Run `app.py` the way a user does: a subprocess with the project's Python, from the repository root."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`app("ask", "question", input=...)` runs `python app.py ...` and returns the finished process."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(("POLICYBOT_", "SLACK_", "MICROSOFT_"))}

    def run(
        *args: str, input: str | None = None, extra_env: dict[str, str] | None = None,
        python_flags: tuple[str, ...] = (),
    ) -> subprocess.CompletedProcess[str]:
        # A guard against a hung process, not a speed check: a start-up takes seconds, but on a loaded 2-CPU CI
        # machine running the suite on every CPU one took over 60 s
        return subprocess.run(
            [sys.executable, *python_flags, str(ROOT / "app.py"), *args],
            input=input, capture_output=True, text=True, timeout=180, cwd=tmp_path,
            env={**env, **(extra_env or {})},
        )

    return run
