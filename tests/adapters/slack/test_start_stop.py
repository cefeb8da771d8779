"""Starting and stopping with Slack on: settings refused with a clear sentence, auth.test never in a request's
way, and turns already acknowledged still answered while the server stops."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from adapters.slack.app import SLACK
from adapters.startup_checks import check_settings
from app import build_app
from tests.adapters.slack.conftest import TEACHER, TEACHER_DM, SlackDriver, StartSlack, slack_settings
from tests.fakes.slack_api import Call, FakeSlack

QUESTION = "Can I check Facebook on my phone in class?"


def in_dm(call: Call) -> bool:
    return call.args.get("channel") == TEACHER_DM


async def test_no_request_waits_for_auth_test(start_slack: StartSlack, fake: FakeSlack) -> None:
    fake.fail_next(2, "hang", "auth.test")  # Slack is slow to say who the bot is
    slack = await start_slack()
    await fake.wait_for("auth.test")  # asked at start-up, in the background
    async with asyncio.timeout(10):  # a guard: with the bug this request waits for auth.test for ever
        response = await slack.dm(QUESTION)
    assert response.status == 200  # acknowledged while auth.test is still unanswered
    await fake.wait_for("chat.postMessage", in_dm)  # and answered, too
    assert not fake.of("auth.test", lambda c: bool(c.result))


@pytest.mark.parametrize("fault", ["429", "500", "error"])
async def test_a_failing_auth_test_at_start_loses_no_message(start_slack: StartSlack, fake: FakeSlack,
                                                            fault: str) -> None:
    # bolt's own authorization would answer this DM 200 "please reinstall this app" and drop it for good
    fake.fail_next(3, fault, "auth.test", error="ratelimited")
    slack = await start_slack()
    response = await slack.dm(QUESTION)
    assert response.status == 200 and "reinstall" not in await response.text()
    [answer] = await fake.wait_for("chat.postMessage", in_dm)
    assert "Helpful" in answer.text_and_blocks()


async def test_a_stopping_server_finishes_replies_already_acknowledged(tmp_path: Path, fake: FakeSlack) -> None:
    app = build_app(slack_settings(tmp_path, fake))
    in_flight: list[asyncio.Task[None]] = []
    finished_before_cleanup: list[bool] = []

    async def stopping(_app: web.Application) -> None:  # the first shutdown step: a turn is mid-reply now
        in_flight.extend(app[SLACK].turns)
        fake.release_hung()

    async def cleaning_up(_app: web.Application) -> None:  # the first cleanup step: the database closes next
        finished_before_cleanup.append(all(turn.done() for turn in in_flight))

    app.on_shutdown.insert(0, stopping)
    app.on_cleanup.insert(0, cleaning_up)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    fake.fail_next(1, "hang", "chat.postMessage")  # the first of the two help replies is slow to post
    help_button = Call("views.publish", {"blocks": [{"type": "actions", "elements": [
        {"type": "button", "action_id": "help|1", "value": "", "text": {"type": "plain_text", "text": "Help"}}]}]}, {})
    await SlackDriver(client, fake).press(help_button, "Help", user=TEACHER)
    await fake.wait_for("chat.postMessage")

    await client.close()
    assert len(in_flight) == 1 and finished_before_cleanup == [True]
    replies = fake.messages(TEACHER_DM)
    assert len(replies) == 2  # the slow one, and the one after it, both reached the teacher
    assert "/policy report" in replies[1]["text"]


@pytest.mark.parametrize(("overrides", "needs"), [
    ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": ""}, "SLACK_SIGNING_SECRET"),
    ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "   "}, "SLACK_SIGNING_SECRET"),
    ({"SLACK_BOT_TOKEN": "", "SLACK_SIGNING_SECRET": "s3cret"}, "SLACK_BOT_TOKEN"),
    ({"SLACK_HEADTEACHER_CHANNEL": "#safeguarding"}, "Channel ID"),
    ({"POLICYBOT_ADMINS": "slack:U0HEAD,slack:sam.head"}, "'slack:sam.head'"),
])
def test_slack_settings_that_cannot_work_are_refused(tmp_path: Path, fake: FakeSlack,
                                                     capsys: pytest.CaptureFixture[str],
                                                     overrides: dict[str, str], needs: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        check_settings(slack_settings(tmp_path, fake, **overrides))
    assert stopped.value.code == 2
    assert needs in capsys.readouterr().err


def test_working_slack_settings_start(tmp_path: Path, fake: FakeSlack) -> None:
    check_settings(slack_settings(tmp_path, fake, SLACK_HEADTEACHER_CHANNEL="C0123ABCDEF",
                                  POLICYBOT_ADMINS="slack:U0123ABCDEF,teams:29:abc"))


async def test_slack_bot_token_in_the_environment_gives_no_warning_at_start(
        start_slack: StartSlack, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Set as the README says (the environment, not .env), SLACK_BOT_TOKEN made slack-bolt log "As you gave `client`
    as well, `token` will be unused." at every start: read by bolt itself, it reads as if the token were ignored."""
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    with caplog.at_level("WARNING"):
        slack = await start_slack()
        assert (await slack.dm(QUESTION)).status == 200
    assert not [r.getMessage() for r in caplog.records if "token" in r.getMessage()]
