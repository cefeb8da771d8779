"""Counts the commands print say "1 clause", "1 question", "1 concern": one is never given a plural."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

from bot import actions
from bot.config import Settings
from bot.messages import IncomingMessage
from bot.runtime import open_runtime, running

APP = Path(__file__).resolve().parents[2] / "app.py"
ONE_CLAUSE = "---\ntitle: Phones Policy\nschool: S\n---\n# Phones\n\n## A. Phones\n\n[A.1] Staff phones stay in the " \
    "staff room during lessons.\n"


def run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.upper().startswith(("POLICYBOT_", "SLACK_", "MICROSOFT_"))}
    return subprocess.run([sys.executable, str(APP), *args], capture_output=True, text=True, cwd=tmp_path,
                          env={**clean, **env}, timeout=60, check=False)


def test_kb_check_says_one_clause_one_example_one_question(tmp_path: Path) -> None:
    policy = tmp_path / "phones.md"
    policy.write_text(ONE_CLAUSE, encoding="utf-8")
    (tmp_path / "phones.guidance.yaml").write_text(
        "A.1:\n  examples:\n    - where do staff phones go in lessons\n"
        "not_covered:\n  - how many sick days do I get\n", encoding="utf-8")
    (tmp_path / "phones.questions.jsonl").write_text(
        json.dumps({"q": "can I keep my phone on me in class", "expect": ["A.1"], "kind": "in_scope"}) + "\n",
        encoding="utf-8")
    done = run(tmp_path, "kb", "check", str(policy))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "(1 clause, 1 example question, 1 question it does not answer)" in out
    assert "(1 labelled question learned from, for 1 clause)" in out
    assert "\n1 clause:\n" in out and "1 clauses" not in out


def test_eval_of_one_question_says_1_question(tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"q": "can I post sports day photos?", "expect": ["B.3"], "kind": "in_scope"}) + "\n",
                   encoding="utf-8")
    done = run(tmp_path, "eval", str(one), "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{one}: 1 question (1 in scope,")


async def _one_concern(url: str) -> None:
    channels: dict = {}
    runtime = await open_runtime(Settings(_env_file=None, POLICYBOT_DATABASE_URL=url), channels)  # type: ignore[call-arg]
    async with running(runtime):
        await runtime.engine.handle(IncomingMessage(
            user="local:alice", conversation="local:alice", display_name="Alice Teacher", action=actions.FORM_SUBMIT,
            form={"category": "parent_post", "danger": "no", "what": "A parent called Mr Lee a liar on the page"}))


def test_reports_export_of_one_concern_says_wrote_1_concern(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/t.db"
    asyncio.run(_one_concern(url))
    done = run(tmp_path, "reports", "export", "--format", "csv", "-o", str(tmp_path / "out.csv"),
               POLICYBOT_DATABASE_URL=url)
    assert done.returncode == 0, done.stderr
    assert f"Wrote 1 concern to {tmp_path / 'out.csv'}." in done.stderr
