"""@mentions in a channel: the answer in the thread, and anything private in the person's own chat instead."""

from __future__ import annotations

from bot import actions
from tests.adapters.teams.conftest import STAFFROOM, TEACHER, TeamsHarness
from tests.fakes.bot_connector import personal_conversation

THREAD = f"{STAFFROOM};messageid=1700000000001"


async def test_mention_in_a_channel_is_answered_in_its_thread(teams: TeamsHarness) -> None:
    replies = await teams.mention("who must approve social media services before educational work?",
                                  activity_id="1700000000001")

    [answer] = replies
    assert answer.kind == "reply" and answer.conversation == THREAD
    assert answer.body["replyToId"] == "1700000000001"
    assert "Policy clause C.1" in answer.words


async def test_mention_text_is_stripped_even_when_the_bot_name_looks_like_a_pattern(teams: TeamsHarness) -> None:
    odd_bot = {"id": "28:policybot-app-id", "name": "policy.bot (school)+"}
    at = f"<at>{odd_bot['name']}</at>"
    entity = {"type": "mention", "text": at, "mentioned": odd_bot}
    replies = await teams.say(f"{at} help", conversation=THREAD, kind="channel", entities=[entity])

    [answer] = replies
    assert "I answer questions about the school's Social Media policy" in answer.words


async def test_report_from_a_channel_moves_to_a_private_chat(teams: TeamsHarness) -> None:
    replies = await teams.mention("report a concern")

    assert not [c for c in replies if c.conversation.startswith(STAFFROOM)]
    [opened] = teams.fake.of("create")
    assert opened.body["members"] == [{"id": TEACHER["id"]}]
    [private] = replies
    assert private.conversation == personal_conversation(TEACHER["id"])
    assert private.button("Open the report form") == {"action": actions.FORM_OPEN, "value": ""}


async def test_private_reply_is_never_shown_in_the_channel_when_no_private_chat_can_open(
        teams: TeamsHarness) -> None:
    teams.fake.refuse_personal.add(TEACHER["id"])

    replies = await teams.mention("my reports")

    [pointer] = replies
    assert pointer.conversation == THREAD
    assert "only you should see" in pointer.words
    assert "haven't reported" not in pointer.words
