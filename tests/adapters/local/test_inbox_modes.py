"""The Headteacher inbox exists only for a local-only install, and only for an admin on this computer."""

from __future__ import annotations

from pathlib import Path

from tests.adapters.local.conftest import make_settings, serve
from tests.fakes.ok_api import ok_api


async def test_no_inbox_when_slack_is_configured_but_the_chat_page_stays(tmp_path: Path) -> None:
    async with ok_api() as (slack_url, _calls):
        settings = make_settings(tmp_path, SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="secret",
                                 SLACK_API_URL=slack_url)
        async with serve(settings) as client:
            assert (await client.get("/inbox")).status == 404
            assert (await client.get("/api/inbox")).status == 404
            assert (await client.post("/api/inbox/action", json={})).status in (404, 405)
            assert (await client.get("/")).status == 200


async def test_the_inbox_refuses_when_the_local_headteacher_is_not_an_admin(tmp_path: Path) -> None:
    async with serve(make_settings(tmp_path, POLICYBOT_ADMINS="local:bob")) as client:
        for response in (await client.get("/inbox"), await client.get("/api/inbox"),
                         await client.post("/api/inbox/action", json={"action": "concern.ack",
                                                                      "reference": "C-0001"})):
            assert response.status == 403
            assert "not an admin" in (await response.json())["error"]
