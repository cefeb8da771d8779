"""Bot Connector throttling and faults: escalations retried through the outbox, nothing lost or posted twice."""

from __future__ import annotations

import email.utils
import time
from datetime import timedelta

import pytest

from bot import actions
from bot.escalation import DeliveryError, EscalationView
from bot.held_up import HELD_UP_AFTER
from bot.runtime import CHANNELS
from bot.store.store import utcnow
from tests.adapters.teams.conftest import HEAD, SAFEGUARDING, TEACHER_CHAT, reference

FORM = {"action": actions.FORM_SUBMIT, "value": "", "_context": "", "category": "bullying", "danger": "no",
        "what": "Messages calling a pupil names in a class group chat."}


def on_channel(call) -> bool:
    return call.conversation == SAFEGUARDING


async def test_throttled_escalation_is_retried_after_retry_after_and_posted_once(make_teams, fake) -> None:
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        fake.fail_next(1, "429", "send", retry_after="1")

        await teams.press(FORM)

        attempts = await fake.wait_for("send", on_channel, count=2)
        assert len(attempts) == 2
        [card] = fake.messages(SAFEGUARDING)
        assert "Concern C-0001" in str(card)
        assert "Sent again" not in str(card)  # a refused post certainly posted nothing: no repeat warning
        assert attempts[0].body["channelData"]["policybot"] == attempts[1].body["channelData"]["policybot"]
        await _delivered(teams)


@pytest.mark.parametrize(("status", "maybe_posted"), [("500", True), ("503", False)])
async def test_server_errors_are_retried_until_the_escalation_arrives(make_teams, fake, status: str,
                                                                      maybe_posted: bool) -> None:
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        fake.fail_next(2, status, "send", retry_after="0")

        await teams.press(FORM)

        await fake.wait_for("send", on_channel, count=3)
        [card] = fake.messages(SAFEGUARDING)
        # A 503 ("unavailable") certainly posted nothing; after a 500 the connector may have, so the card says so.
        assert ("Sent again after a network fault" in str(card)) is maybe_posted
        await _delivered(teams)


async def test_a_hung_connector_times_out_and_the_retry_is_marked_as_a_possible_repeat(make_teams, fake) -> None:
    async with make_teams(send_timeout=0.5,
                          TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        fake.fail_next(1, "hang", "send")

        await teams.press(FORM)

        await fake.wait_for("send", on_channel, count=2)
        [card] = fake.messages(SAFEGUARDING)
        assert "Concern C-0001" in str(card) and "Sent again after a network fault" in str(card)
        await _delivered(teams)


async def test_a_post_whose_answer_is_lost_may_repeat_but_says_so(make_teams, fake) -> None:
    """The documented limit: the connector kept the first card but never answered; the second is labelled."""
    async with make_teams(send_timeout=0.5,
                          TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        fake.fail_next(1, "lose", "send")

        await teams.press(FORM)

        await fake.wait_for("send", on_channel, count=2)
        first, second = fake.messages(SAFEGUARDING)
        assert "C-0001" in str(first) and "C-0001" in str(second)
        assert "Sent again after a network fault" not in str(first)
        assert "if C-0001 already appears above, it is the same concern" in str(second)
        await _delivered(teams)  # later changes update the card the Headteacher sees last


async def test_card_updates_and_the_reporters_notice_survive_a_failing_connector(make_teams, fake) -> None:
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        await teams.press(FORM)
        await fake.wait_for("send", on_channel)
        card_id = fake.messages(SAFEGUARDING)[0]["id"]
        fake.fail_next(2, "500", "update")
        fake.fail_next(1, "429", "send", retry_after="0", conversation=TEACHER_CHAT)  # the reporter's notice

        await _delivered(teams)

        await fake.wait_for("update", lambda c: c.activity_id == card_id, count=3)
        [card] = fake.messages(SAFEGUARDING)
        assert "Acknowledged" in str(card)
        await fake.wait_for("send", lambda c: c.conversation == TEACHER_CHAT, count=2)  # throttled, then sent
        told = [m for m in fake.messages(TEACHER_CHAT) if "C-0001 has been acknowledged" in m.get("text", "")]
        assert len(told) == 1


async def test_a_throttled_reply_in_the_turn_is_retried_briefly(teams, fake) -> None:
    fake.fail_next(1, "429", "reply", retry_after="0")

    replies = await teams.say("who must approve social media services before educational work?")

    assert [c.kind for c in replies] == ["reply", "reply"]
    [answer] = fake.messages(TEACHER_CHAT)
    assert "C.1" in str(answer)


async def _delivered(teams) -> None:
    """The post was recorded as delivered: the Headteacher's Acknowledge updates the card that arrived last.

    (The outbox skips an update until the post's receipt is stored, so the update is the proof.)
    """
    card_id = teams.fake.messages(SAFEGUARDING)[-1]["id"]
    await teams.press({"action": actions.CONCERN_ACK, "value": "C-0001"}, user=HEAD, kind="channel",
                      conversation=f"{SAFEGUARDING};messageid={card_id}", reply_to=card_id)
    await teams.fake.wait_for("update", lambda c: c.activity_id == card_id and "Acknowledged" in c.words)


async def test_a_connector_down_during_a_turn_does_not_take_the_bot_down(teams, fake) -> None:
    fake.fail_next(100, "500", "reply")

    response = await teams.post(teams.activity("who must approve social media services before educational work?"))

    assert response.status == 201
    assert fake.messages(TEACHER_CHAT) == []
    fake.faults.clear()  # the connector recovers
    replies = await teams.say("does Smoothwall block inappropriate sites?")
    assert "A.2" in replies[-1].words


async def test_the_connectors_retry_after_is_what_the_outbox_is_told_to_wait(teams, fake) -> None:
    """The outbox waits at least as long as DeliveryError.retry_after (tests/bot/test_outbox.py); here, that the
    Teams channel reads it from the connector's 429, in seconds or as an HTTP date."""
    view = EscalationView("C-0009", False, "Other", "new", None, "Tess Teacher", (), (), "Concern C-0009")
    channel = teams.app[CHANNELS]["teams"]
    in_an_hour = email.utils.formatdate(time.time() + 3600, usegmt=True)
    for header, at_least in (("120", 120.0), (in_an_hour, 3000.0)):
        fake.fail_next(1, "429", "send", retry_after=header)
        with pytest.raises(DeliveryError) as throttled:
            await channel.post(view, reference(SAFEGUARDING, "channel", fake.url), "C-0009:post")
        assert not throttled.value.permanent
        assert throttled.value.retry_after is not None and throttled.value.retry_after >= at_least
    assert fake.messages(SAFEGUARDING) == []


async def test_an_outage_that_lasts_is_told_to_the_reporter_in_their_chat_and_so_is_the_arrival(
        make_teams, fake) -> None:
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        fake.fail_next(1000, "503", "send", retry_after="0", conversation=SAFEGUARDING)
        [thanks, *_] = await teams.press(FORM)
        assert "has gone to the Headteacher" in thanks.words  # said before any delivery was tried
        await fake.wait_for("send", on_channel)
        since = (utcnow() - HELD_UP_AFTER - timedelta(minutes=1)).replace(tzinfo=None)  # failing since then
        await teams.db_rows(f"update outbox set created_at = '{since.isoformat(' ')}' where kind = 'post' returning id")

        [held] = await fake.wait_for("send", lambda c: c.conversation == TEACHER_CHAT and "has not reached" in c.words)
        assert "Your report C-0001 has not reached the Headteacher yet" in held.words
        assert "have not been getting through for 16 minutes" in held.words and "in person now" in held.words
        assert FORM["what"] not in held.words and "503" not in held.words

        fake.faults.clear()  # the connector is back
        await fake.wait_for("send", lambda c: c.conversation == TEACHER_CHAT and "has now reached" in c.words)
        assert len(fake.of("send", lambda c: c.conversation == TEACHER_CHAT and "has not reached" in c.words)) == 1
        assert len(fake.messages(SAFEGUARDING)) == 1
