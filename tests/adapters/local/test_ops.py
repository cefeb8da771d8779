"""/healthz, /readyz and /metrics: what an operator's probes and Prometheus see."""

from __future__ import annotations

import shutil
from pathlib import Path

from aiohttp.test_utils import TestClient
from prometheus_client import CONTENT_TYPE_LATEST

from bot.runtime import RUNTIME
from tests.adapters.local.conftest import WebChat, make_settings, serve


async def test_health_readiness_and_metrics_when_all_is_well(client: TestClient) -> None:
    health = await client.get("/healthz")
    assert health.status == 200 and (await health.json())["status"] == "ok"
    ready = await client.get("/readyz")
    assert ready.status == 200 and (await ready.json())["ready"] is True

    await WebChat(client).say("report a concern")
    metrics = await client.get("/metrics")
    assert metrics.status == 200
    assert metrics.headers["Content-Type"] == CONTENT_TYPE_LATEST
    body = await metrics.text()
    assert 'policybot_messages_total{platform="local"}' in body
    assert "policybot_outbox_pending" in body


async def test_readyz_is_503_and_the_chat_apologises_when_the_database_is_unreachable(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    settings = make_settings(tmp_path, POLICYBOT_DATABASE_URL=f"sqlite+aiosqlite:///{data}/t.db")
    async with serve(settings) as client:
        assert (await client.get("/readyz")).status == 200
        shutil.rmtree(data)  # the disk holding the database is gone...
        await client.app[RUNTIME].store.engine.dispose()  # ...and no connection to it is left open
        ready = await client.get("/readyz")
        assert ready.status == 503
        assert (await ready.json()) == {"ready": False, "reason": "database unreachable"}
        assert (await client.get("/healthz")).status == 200  # the process itself is still up
        said = await client.post("/api/chat", json={"user": "Alice", "text": "help", "id": "m1"})
        assert said.status == 500 and "try again" in (await said.json())["error"]  # polite, not a stack trace
