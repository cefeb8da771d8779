"""The Headteacher's inbox and `reports show` give every time alike: UK time, its zone named (GMT or BST)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import select

from bot import actions
from bot.runtime import RUNTIME
from bot.store.models import Concern, ConcernEvent
from tests.adapters.local.conftest import WebChat

APP = Path(__file__).resolve().parents[3] / "app.py"


def reports_show(tmp_path: Path, reference: str) -> str:
    """`python app.py reports show REF` on this test's database, as the Headteacher would run it."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("POLICYBOT_")}
    env["POLICYBOT_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path}/t.db"
    done = subprocess.run([sys.executable, str(APP), "reports", "show", reference], capture_output=True, text=True,
                          cwd=tmp_path, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(("reported", "at_school"), [
    (datetime(2026, 7, 1, 13, 5, tzinfo=UTC), "2026-07-01 14:05 BST"),  # summer: an hour ahead of UTC
    (datetime(2026, 12, 1, 13, 5, tzinfo=UTC), "2026-12-01 13:05 GMT"),
])
async def test_the_inbox_and_reports_show_give_the_same_uk_time_with_its_zone(
        client: TestClient, tmp_path: Path, reported: datetime, at_school: str) -> None:
    chat = WebChat(client)
    await chat.say("report a concern")  # from the chat: its trail line names when the chat report began
    await chat.press("An inappropriate post")
    await chat.press("No")
    await chat.post(action=actions.FORM_OPEN)  # and finishes it with the form
    await chat.submit(what="A parent called Mr Lee a liar on the class page")
    await client.post("/api/inbox/action", json={"action": actions.CONCERN_ACK, "reference": "C-0001"})
    async with client.app[RUNTIME].store.transaction() as s:  # as if it all happened at `reported`
        concern = (await s.execute(select(Concern))).scalar_one()
        concern.created_at, concern.acknowledged_at = reported, reported + timedelta(minutes=10)
        for minutes, event in enumerate((await s.execute(select(ConcernEvent).order_by(ConcernEvent.id))).scalars()):
            event.at = reported + timedelta(minutes=minutes)

    [shown] = (await (await client.get("/api/inbox")).json())["concerns"]
    printed = await asyncio.to_thread(reports_show, tmp_path, "C-0001")  # the server carries on meanwhile

    assert shown["when"]["created_at"] == at_school
    assert [line.split(None, 1)[1] for line in printed.splitlines() if line.startswith("Reported:")] == [at_school]
    trail = printed.split("Audit trail:")[1]
    for event in shown["events"]:  # every trail line, at the same time, in the same words
        said = f"{event['action']}: {event['detail']}" if event["detail"] else event["action"]
        assert f"{event['when']}  {event['actor']}  {said}" in trail
    assert shown["events"][0]["when"] == at_school
    began = next(e["detail"] for e in shown["events"] if e["action"] == "reported")
    assert began.endswith((" GMT", " BST")) and "from the chat report begun" in began
    assert shown["created_at"] == reported.isoformat()  # the exact moment stays UTC, as exports give it


async def test_the_inbox_page_shows_the_times_it_is_given_not_the_browsers_own(client: TestClient) -> None:
    html = await (await client.get("/inbox")).text()
    assert "toLocaleString" not in html and "c.when.created_at" in html and "text: e.when" in html
