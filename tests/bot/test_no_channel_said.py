"""With no Headteacher's channel set on any platform policybot runs on, a concern sent waits for one: its reporter is
told so, with what to do in person, rather than that it "has gone to the Headteacher". Through the real engine, on a
local install whose admins are other people (so the local inbox, which acts as local:headteacher, is off)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot import actions
from bot.runtime import Runtime, open_runtime, running
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_concern_report import alert_delivered, start_urgent, walk_to_confirm
from tests.fakes.escalation_channel import FakeChannel

# A local install: no channel to speak of, its inbox is off (until 2026-12-01 it said "no Headteacher's channel")
NOWHERE = "the Headteacher's inbox on this computer is off and nowhere else is set up yet"
NO_CHANNEL = "no Headteacher's channel is set up yet"
GONE = "gone to the Headteacher"


@pytest.fixture
async def unset(db_url: str, channel: FakeChannel) -> AsyncIterator[Runtime]:
    rt = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS="local:dsl"), {"local": channel})
    async with running(rt):
        yield rt


async def test_a_report_sent_with_no_channel_set_says_it_waits_and_to_tell_the_head_in_person(
        unset: Runtime) -> None:
    chat = Chat(unset)
    await walk_to_confirm(chat)
    await chat.click("Send report")

    thanks = chat.replies[0].text
    assert "recorded as C-0001" in thanks and NOWHERE in thanks and GONE not in thanks
    assert "Please tell the Headteacher or the Designated Safeguarding Lead today" in thanks


async def test_an_urgent_alert_with_no_channel_set_says_it_waits_and_to_act_in_person_now(unset: Runtime) -> None:
    chat = Chat(unset)
    await start_urgent(chat)

    alert = next(r for r in chat.replies if "C-0001" in r.text)
    assert NOWHERE in alert.text and "alerted the Headteacher" not in alert.text
    assert "in person" in alert.text and alert.urgent
    assert chat.text.count("Please act now") == 1  # the danger answer's own, not said again by the alert under it
    assert "Who is affected" in chat.last.text  # and the report carries on


async def test_once_an_admin_sets_the_channel_a_report_has_gone(unset: Runtime) -> None:
    dsl = Chat(unset).as_user("local:dsl")
    dsl.extra = {actions.EXTRA_ADDRESS: "local:dsl"}  # as the web page gives it
    await dsl.say("set escalation channel")
    assert dsl.last.text.startswith("Done")
    chat = Chat(unset)
    await walk_to_confirm(chat)
    await chat.click("Send report")

    assert "has gone to the Headteacher" in chat.replies[0].text and NOWHERE not in chat.text


@pytest.fixture
async def slack_unset(db_url: str, channel: FakeChannel) -> AsyncIterator[Runtime]:
    """Slack on with no Headteacher's channel, the local chat beside it (as the server always mounts it)."""
    settings = make_settings(db_url, SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="secret",
                             POLICYBOT_ADMINS="slack:UHEAD,local:dsl")
    rt = await open_runtime(settings, {"slack": FakeChannel(platform="slack"), "local": channel})
    async with running(rt):
        yield rt


async def test_a_channel_set_in_the_local_chat_beside_slack_counts(slack_unset: Runtime, channel: FakeChannel) -> None:
    """The escalation goes to the conversation an admin set in the local chat, so the thank-you says it has gone, as
    `my reports` does once it is there (it said no channel was set while the concern was delivered)."""
    dsl = Chat(slack_unset).as_user("local:dsl")
    dsl.extra = {actions.EXTRA_ADDRESS: "local:dsl"}
    await dsl.say("set escalation channel")
    chat = Chat(slack_unset)
    await walk_to_confirm(chat)
    await chat.click("Send report")

    assert "has gone to the Headteacher" in chat.replies[0].text and NOWHERE not in chat.text
    await alert_delivered(chat)  # posted there and recorded
    assert [post.destination for post in channel.posts()] == ["local:dsl"]
    await chat.say("my reports")
    assert "C-0001: Online bullying of a pupil, New" in chat.text and "not yet delivered" not in chat.text


async def test_with_slack_on_and_no_channel_set_a_report_waits_for_a_channel(slack_unset: Runtime) -> None:
    """Where Slack runs, a channel is what is missing: said so, and no inbox is spoken of."""
    chat = Chat(slack_unset)
    await walk_to_confirm(chat)
    await chat.click("Send report")

    thanks = chat.replies[0].text
    assert NO_CHANNEL in thanks and "inbox" not in thanks and GONE not in thanks


async def test_a_question_passed_on_with_no_channel_set_says_it_waits_and_to_ask_in_person(unset: Runtime) -> None:
    """The first press said "I've passed your question to the Headteacher", the second "not yet delivered"."""
    chat = Chat(unset)
    await chat.say("Where can I park at school?")
    await chat.click("Ask the Headteacher")
    assert NOWHERE in chat.text and "passed your question" not in chat.text and "ask them directly" in chat.text


async def test_completing_an_urgent_report_with_no_channel_set_says_it_waits_for_one(unset: Runtime) -> None:
    """The thank-you said only "not yet delivered … (policybot keeps trying)", where the URGENT alert said why."""
    chat = Chat(unset)
    await walk_to_confirm(chat, danger="yes")
    await chat.click("Send report")

    thanks = chat.replies[0].text
    assert "every answer has joined URGENT concern C-0001" in thanks and NOWHERE in thanks and GONE not in thanks
    assert "Please act now" in thanks
