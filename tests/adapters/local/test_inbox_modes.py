"""The Headteacher inbox exists only for a local-only install, and only for an admin on this computer."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from aiohttp.test_utils import TestClient

from bot import actions
from tests.adapters.local.conftest import WebChat, make_settings, serve, snapshot
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
            said = (await response.json())["error"]
            # The server is on 127.0.0.1 already: the way to open it is POLICYBOT_ADMINS, not "run on 127.0.0.1"
            assert "not an admin" in said and "local:headteacher is not in POLICYBOT_ADMINS; add it there" in said
            assert "127.0.0.1" not in said


async def test_the_chat_and_the_inbox_refuse_requests_a_proxy_passed_on_and_change_nothing(tmp_path: Path) -> None:
    # No sign-in: a name typed is all there is, so only this computer may use them, not the network via a proxy.
    async with serve(make_settings(tmp_path)) as client:
        before = await snapshot(client)
        proxied = {"X-Forwarded-For": "203.0.113.7"}
        page = await client.get("/", headers=proxied)
        assert page.status == 403 and "Slack or Microsoft Teams" in await page.text()
        said = await client.post("/api/chat", json={"user": "headteacher2", "text": "report a concern"},
                                 headers=proxied)
        assert said.status == 403 and "only on the computer running policybot" in (await said.json())["error"]
        for path in ("/api/chat/notices?user=alice", "/api/chat/resume?user=alice", "/inbox", "/api/inbox"):
            assert (await client.get(path, headers={"Forwarded": "for=203.0.113.7"})).status == 403
        assert await snapshot(client) == before
        assert (await client.get("/")).status == 200  # this computer, directly: still the whole product


async def test_another_web_site_open_in_the_browser_can_neither_act_on_nor_read_concerns(tmp_path: Path) -> None:
    async with serve(make_settings(tmp_path)) as client:
        form = {"user": "alice", "action": actions.FORM_SUBMIT,
                "form": {"category": "bullying", "danger": "no", "what": "Nasty messages."}}
        sent = await client.post("/api/chat", json=form)  # C-0001, from this computer's page
        assert sent.status == 200 and "C-0001" in str((await sent.json())["replies"])
        for _ in range(400):  # its escalation delivered (the trail's "escalated"), so nothing changes on its own
            if (before := await snapshot(client))["events"] >= 2:
                break
            await asyncio.sleep(0.01)
        close = json.dumps({"action": actions.CONCERN_CLOSE, "reference": "C-0001"})
        # A cross-site form post: text/plain needs no CORS preflight, so the browser would send it.
        evil = await client.post("/api/inbox/action", data=close, headers={
            "Content-Type": "text/plain", "Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"})
        # The same body from a page on another site that says nothing of where it came from but its type.
        plain = await client.post("/api/inbox/action", data=close, headers={"Content-Type": "text/plain"})
        # DNS rebinding: the attacker's name resolves to 127.0.0.1, so the browser calls it same-origin.
        rebound = {"Host": "rebind.evil.example:3978"}
        read = await client.get("/api/inbox?all=1", headers=rebound)
        chat = await client.post("/api/chat", json={"user": "alice", "text": "my reports"}, headers=rebound)
        assert [r.status for r in (evil, plain, read, chat)] == [403, 400, 403, 403]
        assert "C-0001" not in await read.text() and "Nasty" not in await read.text()
        assert await snapshot(client) == before


async def notices_for(client: TestClient, user: str, containing: str, tries: int = 600) -> list[str]:
    """The user's notices, polled as the page polls, until one contains `containing` (the outbox runs behind)."""
    seen: list[str] = []
    for _ in range(tries):
        seen += (await (await client.post("/api/chat", json={"user": user})).json())["notices"]
        if any(containing in n for n in seen):
            return seen
        await asyncio.sleep(0.05)
    return seen


async def test_with_the_inbox_off_a_concern_waits_tells_the_admins_and_goes_to_the_chat_they_choose(
        tmp_path: Path) -> None:
    async with serve(make_settings(tmp_path, POLICYBOT_ADMINS="local:bob")) as client:
        form = {"user": "alice", "action": actions.FORM_SUBMIT,
                "form": {"category": "bullying", "danger": "yes", "what": "Nasty messages to Amy."}}
        assert (await client.post("/api/chat", json=form)).status == 200  # C-0001, URGENT
        held = await notices_for(client, "bob", "C-0001")
        assert any("C-0001" in n and "the Headteacher's inbox on this computer is off" in n for n in held), held
        # what to do, as the local chat has it: no channel to mention anyone in
        assert any("type 'set escalation channel' in the chat that should receive concerns" in n for n in held), held
        assert not any("mention me" in n for n in held), held
        said = await (await client.post("/api/chat", json={"user": "bob", "text": "set escalation channel"})).json()
        assert "Done" in str(said["replies"])
        # The concern may arrive before that answer is sent, and come with it: the page shows those notices too
        arrived = said["notices"] + await notices_for(client, "bob", "Nasty messages to Amy.", tries=(
            0 if any("Nasty messages to Amy." in n for n in said["notices"]) else 600))
        assert any("URGENT" in n and "Nasty messages to Amy." in n and "ack C-0001" in n for n in arrived), arrived


async def test_an_admins_own_chat_gets_an_urgent_report_again_once_its_details_are_in(tmp_path: Path) -> None:
    async with serve(make_settings(tmp_path, POLICYBOT_ADMINS="local:bob")) as client:
        bob = WebChat(client, "bob")
        await bob.say("set escalation channel")
        alice = WebChat(client, "alice")
        await alice.say("report a concern")
        await alice.press("Online bullying")
        await alice.press("Yes")
        first = await bob.wait_for_notice("C-0001")
        assert "still adding details" in first
        await alice.say("Leo M, 3C")
        for _ in range(3):  # who is responsible, where, when
            await alice.say("skip")
        await alice.say("Leo was sent threats to hurt him after school today")
        await alice.press("No disclosure")
        await alice.say("skip")
        await alice.say("skip")
        await alice.press("Send report")
        update = await bob.wait_for_notice("threats to hurt him")
        assert update.startswith("Update:") and "Leo M, 3C" in update and "still adding" not in update
        # one notice for the finished report, not one for each answer given on the way
        assert sum("C-0001" in n for n in bob.notices) == 2


async def test_an_admins_chat_notice_of_a_concern_reads_as_a_sentence_and_says_each_thing_once(tmp_path: Path) -> None:
    """Found in the acceptance pass of 2026-12-01: the notice began "concern C-0001: …" in lower case, then said the
    kind, the reporter and the status again on a line of its own, the status as stored ("new", beside "Status: New")."""
    async with serve(make_settings(tmp_path, POLICYBOT_ADMINS="local:bob")) as client:
        bob = WebChat(client, "bob")
        await bob.say("set escalation channel")
        form = {"user": "alice", "action": actions.FORM_SUBMIT,
                "form": {"category": "parent_post", "danger": "no", "what": "A dad posted that Mr Jones is a drunk."}}
        assert (await client.post("/api/chat", json=form)).status == 200
        notice = await bob.wait_for_notice("C-0001")
        assert notice.startswith("Concern C-0001: An inappropriate post by a parent, carer or visitor. Reported by "
                                 "alice. Status: New."), notice
        assert notice.count("An inappropriate post by a parent, carer or visitor") == 1, notice
        assert "\u00b7" not in notice and "A dad posted that Mr Jones is a drunk." in notice
        assert notice.endswith("Type 'ack C-0001', 'take C-0001' or 'close C-0001', or 'open concerns'.")
