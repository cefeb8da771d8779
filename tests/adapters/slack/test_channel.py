"""SlackChannel against the fake Slack: what the outbox learns when Slack is slow, limited or refuses."""

from __future__ import annotations

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.channel import SlackChannel
from bot.escalation import DeliveryError, EscalationView
from bot.messages import Button
from tests.fakes.slack_api import FakeSlack

VIEW = EscalationView(reference="C-0007", urgent=True, category="Online bullying of a pupil", status="new",
                      assignee=None, reporter="slack:U0TEACH", summary=(("What happened", "x < y & z"),),
                      buttons=(Button("concern.ack", "Acknowledge", "C-0007", "primary"),),
                      text="URGENT concern C-0007")


def channel_for(fake: FakeSlack, timeout: float = 5) -> SlackChannel:
    return SlackChannel(AsyncWebClient(token="xoxb-test", base_url=fake.url, timeout=timeout, retry_handlers=[]))


async def test_rate_limit_tells_the_outbox_when_to_retry(fake: FakeSlack) -> None:
    fake.fail_next(1, "429", "chat.postMessage", retry_after="7")
    with pytest.raises(DeliveryError) as raised:
        await channel_for(fake).post(VIEW, "C0HEAD", "C-0007:post")
    assert raised.value.retry_after == 7 and not raised.value.permanent
    assert fake.messages("C0HEAD") == []


async def test_a_hung_slack_is_a_retryable_failure(fake: FakeSlack) -> None:
    fake.fail_next(1, "hang", "chat.postMessage")
    with pytest.raises(DeliveryError) as raised:
        await channel_for(fake, timeout=0.3).post(VIEW, "C0HEAD", "C-0007:post")
    assert not raised.value.permanent


async def test_a_missing_channel_is_permanent(fake: FakeSlack) -> None:
    fake.missing_channels.add("C0GONE")
    with pytest.raises(DeliveryError) as raised:
        await channel_for(fake).post(VIEW, "C0GONE", "C-0007:post")
    assert raised.value.permanent


async def test_the_posted_message_shows_mentions_and_escaped_words(fake: FakeSlack) -> None:
    receipt = await channel_for(fake).post(VIEW, "C0HEAD", "C-0007:post")
    [message] = fake.messages("C0HEAD")
    assert receipt.message_ref.endswith(message["ts"])
    shown = str(message["blocks"])
    assert "<@U0TEACH>" in shown  # people's words exactly as given (rich text), neither escaped nor formatted
    assert {"type": "text", "text": "\nx < y & z"} in [e for b in message["blocks"] if b["type"] == "rich_text"
                                                        for e in b["elements"][0]["elements"]]
    assert message["metadata"]["event_payload"]["key"] == "C-0007:post"


async def test_a_retried_notification_is_not_sent_twice(fake: FakeSlack) -> None:
    channel = channel_for(fake)
    await channel.notify("U0TEACH", "Your concern C-0007 has been acknowledged.", "C-0007:tell:ack")
    await channel.notify("U0TEACH", "Your concern C-0007 has been acknowledged.", "C-0007:tell:ack", retry=True)
    assert len(fake.messages("D0TEACH")) == 1
    await channel.notify("U0TEACH", "Your concern C-0007 has been closed.", "C-0007:tell:closed", retry=True)
    assert len(fake.messages("D0TEACH")) == 2
