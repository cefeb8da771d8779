"""What the answers about reporting say of who can see a report is true of the install: on a local one (neither Slack
nor Teams) the inbox and the chat have no sign-in, so anyone at its computer can open them, and the answer said
"Other staff, parents and pupils can't"; with Slack on, only the channel's readers and the admins can, as it says."""

from __future__ import annotations

import pytest

from bot.runtime import open_runtime, running
from tests.bot.conftest import Chat, make_settings
from tests.fakes.escalation_channel import FakeChannel

NO_SIGN_IN = "the inbox and this chat have no sign-in, so anyone using the computer this bot runs on can open them"
ONLY_ADMINS = "Other staff, parents and pupils can't"


@pytest.mark.parametrize("said", ["who can see my report?", "are reports confidential?", "is reporting anonymous?",
                                  "does the person i report get told?"])
async def test_on_a_local_install_anyone_at_its_computer_is_said_to_be_able_to_see_a_report(chat: Chat,
                                                                                           said: str) -> None:
    await chat.say(said)
    assert NO_SIGN_IN in chat.text, chat.text
    assert ONLY_ADMINS not in chat.text and "never the person you report" not in chat.text


async def test_with_slack_on_only_the_channel_and_the_admins_are_said_to_see_it(db_url: str) -> None:
    settings = make_settings(db_url, SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="s" * 32,
                             SLACK_HEADTEACHER_CHANNEL="C0HEAD", POLICYBOT_ADMINS="slack:U0HEAD")
    runtime = await open_runtime(settings, {"slack": FakeChannel(), "local": FakeChannel()})
    async with running(runtime):
        chat = Chat(runtime, user="slack:U0TEACH", conversation="slack:D0TEACH")
        await chat.say("who can see my report?")
        assert "the Slack channel set up for concerns" in chat.text and ONLY_ADMINS in chat.text
        assert NO_SIGN_IN not in chat.text

