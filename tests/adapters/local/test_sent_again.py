"""A message, press or form received again after it sent a report: answered with the report's reference (and, for an
URGENT one, the advice to act now) in case that answer was lost, changing nothing and sending nothing twice. And an
URGENT report come back to says where its alert stands now."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import func, select

from bot import actions
from bot.runtime import RUNTIME
from bot.store.models import OutboxEntry
from tests.adapters.local.conftest import WebChat, eventually, make_settings, serve, snapshot
from tests.adapters.local.test_terminal import chat_in_terminal


async def everything(client: TestClient) -> dict[str, Any]:
    """What a teacher or the Headteacher could notice changing, with every message queued for the Headteacher."""
    async with client.app[RUNTIME].store.transaction() as s:
        queued = (await s.execute(select(func.count()).select_from(OutboxEntry))).scalar_one()
    return {**await snapshot(client), "outbox": queued}


async def settled(client: TestClient) -> dict[str, Any]:
    """Everything, once the outbox has nothing left to send: a sent report's escalation, its arrival notice and their
    trail lines land after the answer, one by one, and a comparison taken between two of them failed under load."""
    async def probe() -> dict[str, Any] | None:
        async with client.app[RUNTIME].store.transaction() as s:
            waiting = (await s.execute(select(func.count()).select_from(OutboxEntry).where(
                OutboxEntry.status == "pending"))).scalar_one()
        now = await everything(client)
        return now if not waiting and now == await everything(client) else None
    return await eventually(probe)


async def urgent_report_at_summary(chat: WebChat) -> None:
    await chat.say("report a concern")
    await chat.press("Another online-safety concern")
    await chat.press("Yes")
    assert "URGENT" in chat.text
    await chat.say("Amy P, Year 5")
    for _ in range(3):  # who is responsible, where, when
        await chat.press("Skip")
    await chat.say("A man she met online says he is waiting outside her house")
    await chat.press("No disclosure")
    await chat.press("Skip")  # evidence
    await chat.press("Skip")  # done so far
    assert chat.button("Send report")


async def headteacher(client: TestClient, action: str) -> None:
    response = await client.post("/api/inbox/action", json={"action": action, "reference": "C-0001"})
    assert response.status == 200


async def escalated(client: TestClient) -> None:
    async def probe() -> bool | None:
        listed = (await (await client.get("/api/inbox")).json())["concerns"]
        return True if listed and "escalated" in [e["action"] for e in listed[0]["events"]] else None
    await eventually(probe)


async def told_of_it(client: TestClient) -> dict[str, Any]:
    """Everything, once the outbox has told the reporter the Headteacher's team has the concern and has nothing left
    to send (that notice, the alert's update and their trail lines land after the press, one by one, and would race a
    comparison: under load one landed between the two reads)."""
    async def probe() -> dict[str, Any] | None:
        now = await settled(client)
        return now if now["notices"] else None
    return await eventually(probe)


async def test_send_report_pressed_again_with_its_id_answers_with_the_urgent_reference_and_sends_nothing_twice(
        client: TestClient) -> None:
    chat = WebChat(client)
    await urgent_report_at_summary(chat)
    send = chat.button("Send report")
    await chat.post(action=send["action"], value=send["value"], id="send-1")
    assert "C-0001" in chat.text  # its answer lost on the way back: the page sends it again with its id
    await escalated(client)
    before = await settled(client)

    await chat.post(action=send["action"], value=send["value"], id="send-1")

    assert "C-0001" in chat.text and "act now" in chat.text and "999" in chat.text
    assert "nothing was changed or sent twice" in chat.text and "send it again" not in chat.text
    assert chat.replies[0]["urgent"]
    assert await everything(client) == before  # no concern, trail line, update or message for the Headteacher


async def test_a_resent_report_says_where_its_urgent_alert_stands_now(client: TestClient) -> None:
    chat = WebChat(client)
    await urgent_report_at_summary(chat)
    await chat.post(text="send", id="typed-send")
    await escalated(client)
    await headteacher(client, actions.CONCERN_TAKE)
    before = await told_of_it(client)

    await chat.post(text="send", id="typed-send")

    assert "C-0001" in chat.text and "acknowledged" in chat.text and "999" in chat.text
    assert "act now" not in chat.text and not chat.replies[0]["urgent"]
    assert await everything(client) == before


async def test_a_form_sent_again_with_its_id_answers_with_its_reference(client: TestClient) -> None:
    chat = WebChat(client)
    form = {"category": "image", "danger": "yes", "what": "A photo of a Year 2 pupil posted on a public page."}
    await chat.post(action=actions.FORM_SUBMIT, form=form, id="form-1")
    await escalated(client)
    before = await settled(client)

    await chat.post(action=actions.FORM_SUBMIT, form=form, id="form-1")

    assert "C-0001" in chat.text and "act now" in chat.text and "received that already" in chat.text
    assert "That form was received already" not in chat.text
    assert await everything(client) == before


async def test_an_urgent_report_come_back_to_after_it_was_acknowledged_no_longer_says_act_now(
        client: TestClient) -> None:
    chat = WebChat(client)
    await chat.say("report a concern")
    await chat.press("Another online-safety concern")
    await chat.press("Yes")  # the alert goes; the reporter walks away at Who is affected
    await escalated(client)
    resumed = (await (await client.get("/api/chat/resume", params={"user": chat.name})).json())["replies"]
    assert "act now" in resumed[0]["text"] and resumed[0]["urgent"]  # nobody has it yet: still said

    await headteacher(client, actions.CONCERN_ACK)
    before = await everything(client)
    resumed = (await (await client.get("/api/chat/resume", params={"user": chat.name})).json())["replies"]

    lead = resumed[0]["text"]
    assert "URGENT alert C-0001 has been acknowledged" in lead and "999" in lead
    assert "act now" not in lead and "has gone to the Headteacher" not in lead and not resumed[0]["urgent"]
    assert "Who is affected" in resumed[-1]["text"]
    await chat.say("report a concern")  # typed again part-way: where it stands, said the same way
    assert "has been acknowledged" in chat.text and "act now" not in chat.text
    await headteacher(client, actions.CONCERN_CLOSE)
    resumed = (await (await client.get("/api/chat/resume", params={"user": chat.name})).json())["replies"]
    assert "has been closed" in resumed[0]["text"] and "act now" not in resumed[0]["text"]
    assert (await everything(client))["concerns"] != before["concerns"]  # closed by the Head; resume changed nothing
    assert (await everything(client))["conversations"] == before["conversations"]


async def test_hello_on_the_page_while_a_terminal_urgent_report_waits_is_not_who_is_affected(tmp_path: Path) -> None:
    # The acceptance pass's case: an URGENT report begun in the terminal, left at "Who is affected?", and "hello"
    # typed on the web page by the same person (one conversation): it went to the Headteacher as who was affected
    chat_in_terminal(tmp_path, "report a concern", "5", "1", "quit", user="alice.teacher")  # another kind; yes
    async with serve(make_settings(tmp_path)) as client:
        chat = WebChat(client)
        await escalated(client)  # the server's outbox delivers the terminal's alert: its trail line, not the page's
        before = await everything(client)
        [(_, _, step, _)] = before["conversations"]
        assert step == "affected" and before["concerns"][0][2]  # URGENT, raised from the terminal

        await chat.say("hello")

        assert "Hello \u2014 your report is waiting at this question" in chat.text and "Who is affected" in chat.text
        assert await everything(client) == before  # nothing stored, no trail line, nothing for the Headteacher


async def test_my_reports_pressed_during_an_urgent_report_says_its_alert_was_acknowledged_not_act_now(
        client: TestClient) -> None:
    chat = WebChat(client)
    await chat.say("report a concern")
    await chat.press("Another online-safety concern")
    await chat.press("Yes")
    await escalated(client)
    await headteacher(client, actions.CONCERN_ACK)
    replies = (await chat.post(action=actions.MY_REPORTS, value=""))["replies"]  # an earlier answer's button
    said = "\n".join(r["text"] for r in replies)
    assert "URGENT alert C-0001 has been acknowledged" in said and "act now" not in said, said
    assert not any(r["urgent"] for r in replies)
