"""Review revAR: a field of more than one line in `reports show` (a plan noted at When under Done so far, a second
child's words under Who is affected, words told with the danger answer under What happened) had its later lines at
the left edge, where "Plan (typed at When): ..." read as a field of its own: they are set under the value's column."""

from __future__ import annotations

import asyncio
from pathlib import Path

from adapters.local.channel import LocalChannel
from bot.config import Settings
from bot.messages import IncomingMessage
from bot.runtime import open_runtime, running
from tests.cli.test_reports import reports


async def _report_with_a_plan_at_when(url: str) -> None:
    channels: dict = {}
    runtime = await open_runtime(Settings(_env_file=None, POLICYBOT_DATABASE_URL=url), channels)  # type: ignore[call-arg]
    channels["local"] = LocalChannel(lambda: runtime.store)
    async with running(runtime):
        for text in ("report a concern", "1", "no", "Sam B, Year 5", "skip", "skip", "tomorrow I'll speak to his dad",
                     "monday", "A group chat has been sending Sam nasty messages.", "No disclosure", "skip",
                     "told the class teacher", "send"):
            await runtime.engine.handle(IncomingMessage(user="local:alice", conversation="local:alice", text=text,
                                                        display_name="Alice Teacher"))


def test_a_field_s_later_lines_are_under_its_value_not_at_the_edge(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/t.db"
    asyncio.run(_report_with_a_plan_at_when(url))
    done = reports(url, "show", "C-0001", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("Done so far:"))
    column = len(lines[first]) - len(lines[first].split(":", 1)[1].lstrip())
    assert lines[first].endswith("told the class teacher")
    assert lines[first + 1] == " " * column + "Plan (typed at When): tomorrow I'll speak to his dad"
