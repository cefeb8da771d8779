"""kill -9 of the server between two steps of a report, then a restart on the same database: the report carries on
where it was, and the concern holds the answers from before and after the crash."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp

APP = Path(__file__).resolve().parents[1] / "app.py"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@asynccontextmanager
async def server(tmp_path: Path, db: Path, log_name: str) -> AsyncIterator[tuple[str, asyncio.subprocess.Process]]:
    """`python app.py serve` as a real process on 127.0.0.1, ready (its /healthz answers) before yielding."""
    port = free_port()
    ours = ("POLICYBOT_", "SLACK_", "MICROSOFT_", "TEAMS_")
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(ours)}
    env.update(HOST="127.0.0.1", PORT=str(port), POLICYBOT_DATABASE_URL=f"sqlite+aiosqlite:///{db}")
    with (tmp_path / log_name).open("wb") as log:
        proc = await asyncio.create_subprocess_exec(sys.executable, str(APP), "serve", cwd=tmp_path, env=env,
                                                    stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        async with asyncio.timeout(60), aiohttp.ClientSession() as session:
            while True:  # waiting for the event "it answers", not for a time
                assert proc.returncode is None, (tmp_path / log_name).read_text()
                try:
                    async with session.get(f"{base}/healthz") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientConnectionError:
                    pass
                await asyncio.sleep(0.05)
        yield base, proc
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def chat(base: str, **body: Any) -> list[dict[str, Any]]:
    payload = {"user": "Alice Teacher", "text": "", "action": None, "value": "", "form": None,
               "id": uuid.uuid4().hex, **body}
    async with aiohttp.ClientSession() as session, session.post(f"{base}/api/chat", json=payload) as response:
        assert response.status == 200, await response.text()
        return (await response.json())["replies"]


def button(replies: list[dict[str, Any]], label: str) -> dict[str, str]:
    return next(b for r in replies for b in r["buttons"] if b["label"] == label)


async def press(base: str, replies: list[dict[str, Any]], label: str, **body: Any) -> list[dict[str, Any]]:
    chosen = button(replies, label)
    return await chat(base, action=chosen["action"], value=chosen["value"], **body)


def text(replies: list[dict[str, Any]]) -> str:
    return "\n".join(r["text"] for r in replies)


async def test_kill_9_between_two_steps_and_a_restart_continue_the_same_report(tmp_path: Path) -> None:
    db = tmp_path / "policybot.db"
    async with server(tmp_path, db, "first.log") as (base, proc):
        replies = await chat(base, text="report a concern")
        replies = await press(base, replies, "Online bullying of a pupil")
        replies = await press(base, replies, "No")
        replies = await chat(base, text="Amy P, Year 5")
        replies = await press(base, replies, "Skip", id="before-the-crash")  # who is responsible: not known
        assert "Where did it happen?" in text(replies)
        os.kill(proc.pid, signal.SIGKILL)
        assert await proc.wait() == -signal.SIGKILL

    async with server(tmp_path, db, "second.log") as (base, _proc):
        async with aiohttp.ClientSession() as session:  # the page reopened: it shows where the report stands
            async with session.get(f"{base}/api/chat/resume", params={"user": "Alice Teacher"}) as response:
                assert "Where did it happen?" in text((await response.json())["replies"])
        retried = await press(base, replies, "Skip", id="before-the-crash")  # the page retrying: no double step
        assert "received that already" in text(retried) and "Where did it happen?" in text(retried)
        replies = await press(base, replies, "WhatsApp")  # the buttons still on the page from before the crash
        assert "When did it happen" in text(replies)
        assert "What kind of concern is it?" not in text(replies)
        replies = await chat(base, text="last night about 9pm")
        replies = await chat(base, text="Nasty messages about Amy in the class group chat")
        replies = await press(base, replies, "No disclosure")
        replies = await press(base, replies, "Skip")
        replies = await chat(base, text="nothing yet")
        summary = text(replies)
        assert "Amy P, Year 5" in summary and "Online bullying of a pupil" in summary
        replies = await press(base, replies, "Send report")
        assert "C-0001" in text(replies)

        async with aiohttp.ClientSession() as session, session.get(f"{base}/api/inbox") as response:
            [concern] = (await response.json())["concerns"]
    values = {f["name"]: f["value"] for f in concern["fields"]}
    assert concern["reference"] == "C-0001" and concern["category"] == "bullying"
    assert values["affected"] == "Amy P, Year 5" and values["responsible"] == "Not given"  # skipped before the crash
    assert values["platform"] == "WhatsApp" and values["actions"] == "nothing yet"  # after it
