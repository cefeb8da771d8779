"""Slack's retry of the DM that sent a report, reaching the engine (after a restart, so this process never saw it):
answered with the report's reference and, for an URGENT one, the advice to act now; nothing is sent twice."""

from __future__ import annotations

from aiohttp.test_utils import TestClient
from sqlalchemy import text

from bot.runtime import RUNTIME
from tests.adapters.slack.conftest import TEACHER_DM, StartSlack
from tests.adapters.slack.test_report import answer, saying


async def raised(client: TestClient) -> list[object]:
    """The concerns, what the teacher put in their trails, and what is queued (the outbox's own "escalated" lines
    land whenever the escalation does, so they are left out)."""
    async with client.app[RUNTIME].store.transaction() as s:
        return [tuple(row) for sql in ("SELECT reference, status, urgent, fields FROM concerns",
                                       "SELECT count(*) FROM concern_events WHERE actor != 'policybot'",
                                       "SELECT count(*) FROM outbox")
                for row in (await s.execute(text(sql))).all()]


async def test_slacks_retry_of_the_dm_that_sent_an_urgent_report_answers_with_its_reference(
        start_slack: StartSlack) -> None:
    slack = await start_slack()
    await slack.dm("report a concern")
    await answer(slack, "What kind of concern", press="Another online-safety concern")
    await answer(slack, "immediate danger", press="Yes")
    await answer(slack, "Who is affected", text="Amy P, Year 5")
    for prompt in ("Who is responsible", "Where did it happen", "When did it happen"):
        await answer(slack, prompt, press="Skip")
    await answer(slack, "What happened", text="A man she met online says he is waiting outside her house")
    await answer(slack, "Did a child tell you", press="No disclosure")
    await answer(slack, "Is there evidence", press="Skip")
    await answer(slack, "What has been done", press="Skip")
    await slack.fake.wait_for("chat.postMessage", saying("Please check it"))
    await slack.dm("send", event_id="EvSendReport")
    await slack.fake.wait_for("chat.postMessage", saying("every answer has joined URGENT concern C-0001"))
    await slack.client.close()

    again = await start_slack()  # same database: the engine, not this process, knows the event
    # what the teacher raised: the outbox of the new process may still be delivering the first one's alert and
    # notices, whose own trail lines ("escalated") land whenever they do
    before = await raised(again.client)
    await again.dm("send", event_id="EvSendReport", retry_num=1)

    [told] = await again.fake.wait_for("chat.postMessage", saying("sent once, as URGENT concern C-0001"))
    assert told.args["channel"] == TEACHER_DM and "act now" in told.text_and_blocks()
    await again.dm("my reports")  # a later answer: anything the retry set going would have been sent by now
    await again.fake.wait_for("chat.postMessage", saying("URGENT"), count=2)
    assert await raised(again.client) == before  # nothing new for the Headteacher, nothing in the trail
    assert len(again.fake.of("chat.postMessage", saying("every answer has joined"))) == 1


async def test_slacks_retry_of_a_danger_yes_answers_with_where_the_report_stands(start_slack: StartSlack) -> None:
    """A typed "yes" to "is a child in danger now?" raised the URGENT alert; its answer ("act now") may be the one
    lost, so Slack's retry reaching the engine is answered as the web page answers it: received once, and the
    report's lead with its alert and the advice to act now. Nothing is raised twice."""
    slack = await start_slack()
    await slack.dm("report a concern")
    await answer(slack, "What kind of concern", press="Another online-safety concern")
    await slack.dm("yes", event_id="EvDangerYes")
    await slack.fake.wait_for("chat.postMessage", saying("URGENT concern C-0001"))
    await slack.client.close()

    again = await start_slack()  # same database: the engine, not this process, knows the event
    before = await raised(again.client)
    await again.dm("yes", event_id="EvDangerYes", retry_num=1)

    [told] = await again.fake.wait_for("chat.postMessage", saying("received that already"))
    [lead] = await again.fake.wait_for("chat.postMessage", saying("URGENT alert C-0001"))
    assert told.args["channel"] == lead.args["channel"] == TEACHER_DM and "act now" in lead.text_and_blocks()
    await again.fake.wait_for("chat.postMessage", saying("Who is affected"), count=2)  # the question it waits on
    assert await raised(again.client) == before  # nothing new for the Headteacher, nothing in the trail
