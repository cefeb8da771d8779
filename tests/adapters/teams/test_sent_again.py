"""Teams re-sending the activity that sent a report (the same activity id): answered with the report's reference and,
for an URGENT one, the advice to act now, in case the first answer was lost; nothing is sent twice."""

from __future__ import annotations

from tests.adapters.teams.conftest import TeamsHarness, button


async def test_the_activity_that_sent_an_urgent_report_resent_by_teams_answers_with_its_reference(
        teams: TeamsHarness) -> None:
    said = await teams.say("report a concern")
    said = await teams.press(button(said, "Another online-safety concern"))
    said = await teams.press(button(said, "Yes"))
    said = await teams.say("Amy P, Year 5")
    for _ in range(3):  # who is responsible, where, when
        said = await teams.press(button(said, "Skip"))
    said = await teams.say("A man she met online says he is waiting outside her house")
    said = await teams.press(button(said, "No disclosure"))
    said = await teams.press(button(said, "Skip"))
    said = await teams.press(button(said, "Skip"))
    assert "Here is your report" in said[-1].words
    said = await teams.say("send", activity_id="act-send-1")
    assert "every answer has joined URGENT concern C-0001" in said[0].words
    stored = ("select reference, status, urgent, fields from concerns", "select count(*) from concern_events",
              "select count(*) from outbox")
    before = [await teams.db_rows(sql) for sql in stored]

    again = await teams.say("send", activity_id="act-send-1")  # Teams re-sends an activity answered too slowly

    [told] = again
    assert "sent once, as URGENT concern C-0001" in told.words and "act now" in told.words
    assert [await teams.db_rows(sql) for sql in stored] == before


async def test_a_danger_yes_resent_by_teams_answers_with_where_the_report_stands(teams: TeamsHarness) -> None:
    """The "yes" that raised an URGENT alert, re-sent: its "act now" may be the answer lost, so it is answered as
    the web page answers it (received once, the report's lead with its alert, the question waiting), nothing twice."""
    said = await teams.say("report a concern")
    said = await teams.press(button(said, "Another online-safety concern"))
    said = await teams.say("yes", activity_id="act-danger-yes")
    assert any("URGENT concern C-0001" in call.words for call in said)
    # the outbox's own "escalated" line lands whenever the escalation does: the teacher's lines are compared
    stored = ("select reference, status, urgent, fields from concerns",
              "select count(*) from concern_events where actor != 'policybot'", "select count(*) from outbox")
    before = [await teams.db_rows(sql) for sql in stored]

    again = await teams.say("yes", activity_id="act-danger-yes")

    words = "\n".join(call.words for call in again)
    assert "received that already" in words and "URGENT alert C-0001" in words and "act now" in words
    assert "Who is affected" in again[-1].words
    assert [await teams.db_rows(sql) for sql in stored] == before

