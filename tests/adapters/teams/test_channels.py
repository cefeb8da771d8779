"""Only Teams gets in: Direct Line, Web Chat and the like let the client choose `from.id`, so an activity from
them could pose as the Headteacher. The Emulator is let in only in anonymous (loopback, development) mode.
Credentialed cases (a valid Bot Framework token from another channel) are in test_auth.py."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot import actions
from tests.adapters.teams.conftest import HEAD, HEAD_CHAT, TEACHER_CHAT, TeamsHarness

TABLES = ("users", "conversations", "deliveries", "concerns", "concern_events", "outbox", "question_log", "settings",
          "notices")
POSER_CHAT = "dl-conversation-1"  # what a Direct Line or Web Chat client's conversation id looks like
NOT_TEAMS: list[object] = ["directline", "webchat", None, {"id": "msteams"}]  # None: no channelId at all
FORM = {"action": actions.FORM_SUBMIT, "value": "", "_context": "", "category": "other", "danger": "no",
        "what": "A worrying video of a pupil."}


async def a_reported_concern(teams: TeamsHarness) -> None:
    """A teacher reports C-0001 in Teams. No Headteacher's channel is set and no admin has talked to policybot, so
    the outbox has nothing to send or record: only a refused activity could move the snapshot below."""
    told = await teams.press(FORM)
    assert any("C-0001" in c.words for c in told)


async def snapshot(teams: TeamsHarness) -> tuple[dict[str, int], int]:
    """Row counts of every table, and how many calls have reached the Bot Connector."""
    counts = {table: (await teams.db_rows(f"select count(*) from {table}"))[0][0] for table in TABLES}
    return counts, len(teams.fake.calls)


def from_channel(body: dict[str, Any], channel: object) -> dict[str, Any]:
    if channel is None:
        del body["channelId"]
    else:
        body["channelId"] = channel
    return body


@pytest.mark.parametrize("channel", NOT_TEAMS)
async def test_another_channel_posing_as_the_headteacher_cannot_list_concerns(
        teams: TeamsHarness, channel: object, caplog: pytest.LogCaptureFixture) -> None:
    await a_reported_concern(teams)
    before = await snapshot(teams)

    with caplog.at_level(logging.WARNING, logger="adapters.teams.app"):
        response = await teams.post(from_channel(teams.activity("open concerns", user=HEAD, conversation=POSER_CHAT),
                                                 channel))

    assert response.status == 403
    assert "error" in await response.json()
    assert await snapshot(teams) == before  # no reply, nothing recorded (not even the question)
    assert teams.fake.messages(POSER_CHAT) == []
    logged = caplog.text
    assert "refused" in logged and repr(channel) in logged
    assert "open concerns" not in logged and HEAD["name"] not in logged and HEAD["id"] not in logged

    # The same words from the Headteacher in Teams are answered: the refusal was the channel, not the command.
    [listed] = await teams.say("open concerns", user=HEAD, conversation=HEAD_CHAT)
    assert "C-0001" in listed.words and listed.conversation == HEAD_CHAT
    assert teams.fake.of("reply", lambda c: c.conversation == HEAD_CHAT)[0].body["channelId"] == "msteams"


@pytest.mark.parametrize("channel", NOT_TEAMS)
async def test_a_card_press_from_another_channel_changes_nothing(teams: TeamsHarness, channel: object) -> None:
    await a_reported_concern(teams)
    before = await snapshot(teams)

    for data in ({"action": actions.CONCERN_ACK, "value": "C-0001"}, {"action": actions.CONCERN_CLOSE,
                                                                        "value": "C-0001"}, FORM):
        pressed = teams.activity(value=data, user=HEAD, conversation=POSER_CHAT, reply_to="card-1")
        response = await teams.post(from_channel(pressed, channel))
        assert response.status == 403, data

    assert await snapshot(teams) == before
    assert await teams.db_rows("select reference, status from concerns") == [("C-0001", "new")]


@pytest.mark.parametrize("channel", NOT_TEAMS)
async def test_an_invoke_from_another_channel_is_refused(teams: TeamsHarness, channel: object) -> None:
    """Adaptive Card Action.Execute (and other invokes) come as `invoke` activities: the same door."""
    await a_reported_concern(teams)
    before = await snapshot(teams)
    invoke = teams.activity(user=HEAD, conversation=POSER_CHAT, type="invoke", name="adaptiveCard/action",
                            value={"action": {"type": "Action.Execute", "verb": actions.CONCERN_CLOSE,
                                              "data": {"action": actions.CONCERN_CLOSE, "value": "C-0001"}}})

    response = await teams.post(from_channel(invoke, channel))

    assert response.status == 403
    assert await snapshot(teams) == before


async def test_teams_itself_is_answered(teams: TeamsHarness) -> None:
    body = teams.activity("who must approve social media services before educational work?")
    assert body["channelId"] == "msteams"

    response = await teams.post(body)

    assert response.status == 201
    [answer] = teams.fake.of("reply", lambda c: c.conversation == TEACHER_CHAT)
    assert "Policy clause C.1" in answer.words


async def test_the_emulator_is_answered_in_anonymous_mode(teams: TeamsHarness) -> None:
    # The Emulator sends no tenant and no Entra object id.
    body = teams.activity("who must approve social media services before educational work?", channelId="emulator",
                          user={"id": "emulator-user", "name": "User"}, channelData={})

    response = await teams.post(body)

    assert response.status == 201
    [answer] = teams.fake.of("reply", lambda c: c.conversation == TEACHER_CHAT)
    assert "Policy clause C.1" in answer.words and answer.body["channelId"] == "emulator"
