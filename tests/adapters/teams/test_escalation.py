"""Escalations as proactive messages: the Headteacher's channel, the card updated in place, the reporter told."""

from __future__ import annotations

import pytest

from bot import actions
from tests.adapters.teams.conftest import HEAD, HEAD_CHAT, SAFEGUARDING, STAFFROOM, TEACHER, TEACHER_CHAT, TeamsHarness
from tests.fakes.bot_connector import personal_conversation

URGENT_FORM = {"action": actions.FORM_SUBMIT, "value": "", "_context": "", "category": "image", "danger": "yes",
               "what": "A pupil's photo with her full name was posted on a public page."}


async def registered_channel(teams: TeamsHarness) -> None:
    """The Headteacher types 'set escalation channel' to the bot in the safeguarding channel."""
    [done] = await teams.mention("set escalation channel", user=HEAD, thread="1700000000009",
                                 conversation=f"{SAFEGUARDING};messageid=1700000000009")
    assert "Done" in done.words


async def test_urgent_concern_card_acknowledge_take_close_with_reporter_told(teams: TeamsHarness) -> None:
    await registered_channel(teams)

    told = await teams.press(URGENT_FORM)
    assert any("C-0001" in c.words for c in told)

    [card] = await teams.fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING)
    assert "URGENT concern C-0001" in card.words and "A pupil's image or identity shared" in card.words
    assert card.body["channelData"]["notification"] == {"alert": True}
    assert {b["action"] for b in card.buttons} >= {actions.CONCERN_ACK, actions.CONCERN_TAKE, actions.CONCERN_CLOSE}
    card_id = teams.fake.messages(SAFEGUARDING)[0]["id"]
    in_card_thread = {"conversation": f"{SAFEGUARDING};messageid={card_id}", "kind": "channel", "reply_to": card_id}

    # A teacher pressing Close on the Headteacher's card changes nothing, and is told privately.
    refused = await teams.press(card.button("Close"), user=TEACHER, **in_card_thread)
    assert [c.conversation for c in refused] == [personal_conversation(TEACHER["id"])]
    assert "only the Headteacher" in refused[0].words
    assert await teams.db_rows("select status from concerns") == [("new",)]

    await teams.press(card.button("Acknowledge"), user=HEAD, **in_card_thread)
    [updated] = await teams.fake.wait_for("update", lambda c: c.activity_id == card_id)
    assert updated.conversation == SAFEGUARDING and "Acknowledged" in updated.words
    told_ack = await teams.fake.wait_for("send", lambda c: c.conversation == TEACHER_CHAT and "C-0001" in c.words
                                         and "acknowledged" in c.words.lower())
    assert len(told_ack) == 1

    await teams.press(updated.button("Take"), user=HEAD, **in_card_thread)
    [taken] = await teams.fake.wait_for("update", lambda c: c.activity_id == card_id and "Taken by" in c.words)
    assert "Helen Head" in taken.words

    await teams.press(taken.button("Close"), user=HEAD, **in_card_thread)
    await teams.fake.wait_for("update", lambda c: c.activity_id == card_id and "Closed" in c.words)
    await teams.fake.wait_for("send", lambda c: c.conversation == TEACHER_CHAT and "closed" in c.words.lower())

    [shown] = teams.fake.messages(SAFEGUARDING)
    assert shown["id"] == card_id  # one card, updated in place
    assert await teams.db_rows("select status from concerns") == [("closed",)]
    assert len(teams.fake.of("send", lambda c: c.conversation == SAFEGUARDING)) == 1


async def test_escalation_waits_for_a_channel_then_arrives(teams: TeamsHarness) -> None:
    await teams.press({**URGENT_FORM, "danger": "no"})
    assert teams.fake.of("send", lambda c: c.conversation == SAFEGUARDING) == []

    await registered_channel(teams)
    [card] = await teams.fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING)
    assert "Concern C-0001" in card.words


async def test_unacknowledged_urgent_concern_is_alerted_again(make_teams, fake) -> None:
    from tests.adapters.teams.conftest import reference

    async with make_teams(POLICYBOT_URGENT_REMINDER_MINUTES=0.02,
                          TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        await teams.press(URGENT_FORM)

        first, reminder = await fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING, count=2)
        assert "nobody has acknowledged" not in first.words
        assert "URGENT concern C-0001" in reminder.words and "nobody has acknowledged" in reminder.words
        assert reminder.body["channelData"]["notification"] == {"alert": True}


async def test_ask_the_headteacher_reaches_the_channel(teams: TeamsHarness) -> None:
    await registered_channel(teams)
    answer = (await teams.say("who must approve social media services before educational work?"))[0]

    told = await teams.press(answer.button("Ask the Headteacher"))

    assert "passed your question to the Headteacher" in told[0].words
    [asked] = await teams.fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING)
    assert "Tess Teacher asked" in asked.words and "who must approve social media services" in asked.words


async def test_only_an_admin_can_make_a_channel_the_escalation_channel(teams: TeamsHarness) -> None:
    [refused] = await teams.mention("set escalation channel", user=TEACHER,
                                    conversation=f"{STAFFROOM};messageid=1700000000003")
    assert "Only an admin" in refused.words

    await teams.press(URGENT_FORM)
    await registered_channel(teams)  # the Headteacher's own channel, registered after

    [card] = await teams.fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING)
    assert "URGENT concern C-0001" in card.words
    assert teams.fake.of("send", lambda c: c.conversation.startswith(STAFFROOM)) == []


@pytest.mark.parametrize("admins", ["teams:29:head-id", "teams:aad-head"])
async def test_an_admin_named_by_teams_id_or_by_entra_id_can_act(make_teams, admins: str) -> None:
    # INTERFACE.md names Teams users as teams:<from.id>; a school may find the Entra object id easier to look up.
    async with make_teams(POLICYBOT_ADMINS=admins) as teams:
        await registered_channel(teams)
        await teams.press(URGENT_FORM)
        [card] = await teams.fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING)
        assert "C-0001" in card.words
        card_id = teams.fake.messages(SAFEGUARDING)[0]["id"]
        [done] = await teams.press({"action": actions.CONCERN_ACK, "value": "C-0001"}, user=HEAD,
                                   conversation=f"{SAFEGUARDING};messageid={card_id}", kind="channel",
                                   reply_to=card_id)
        assert "acknowledged C-0001" in done.words


@pytest.mark.parametrize("admins", ["teams:aad-head", "teams:29:head-id,teams:aad-head"])
async def test_an_admin_named_by_entra_id_is_told_when_a_concern_has_nowhere_to_go(make_teams, admins: str) -> None:
    # POLICYBOT_ADMINS names the Headteacher by Entra object id (teams:aad-head), as the README suggests, or by both
    # keys; their personal chat with policybot is known by their Teams user id. One person, told once each time.
    async with make_teams(POLICYBOT_ADMINS=admins) as teams:
        await _told_of_nowhere_to_go_and_of_arrival(teams)


async def _told_of_nowhere_to_go_and_of_arrival(teams: TeamsHarness) -> None:
    await teams.say("hello", user=HEAD, conversation=HEAD_CHAT)
    await teams.press({**URGENT_FORM, "danger": "no"})

    [held] = await teams.fake.wait_for("send", lambda c: c.conversation == HEAD_CHAT and "C-0001" in c.words)
    assert "has not reached" in held.words and "no Headteacher's channel is set up yet" in held.words
    assert URGENT_FORM["what"] not in held.words

    await registered_channel(teams)
    await teams.fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING)
    await teams.fake.wait_for("send", lambda c: c.conversation == HEAD_CHAT and "has now reached" in c.words)
    queued = await teams.db_rows("select key from outbox where kind = 'notify' and key like '%head%'")
    assert len(queued) == 2, queued  # "has not reached", then "has now reached"
