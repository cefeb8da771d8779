"""Questions asked in Slack: in a DM, by @mention in a channel, and with /policy, answered with the clause."""

from __future__ import annotations

import json

from bot.answers import answer_question
from bot.config import Settings
from policy_kb.knowledge import load_knowledge_base
from tests.adapters.slack.conftest import STAFF_CHANNEL, TEACHER, TEACHER_DM, SlackDriver

QUESTION = "Can I use my phone in class?"


def expected_citation(question: str):
    kb = load_knowledge_base(Settings(_env_file=None).policy)
    citation = answer_question(question, kb).citation
    assert citation is not None
    return citation


async def test_a_dm_question_is_answered_in_the_dm_with_the_clause_quoted(slack: SlackDriver) -> None:
    citation = expected_citation(QUESTION)
    response = await slack.dm(QUESTION)
    assert response.status == 200

    [answer] = await slack.fake.wait_for("chat.postMessage")
    assert answer.args["channel"] == TEACHER_DM
    shown = answer.text_and_blocks()
    assert citation.clause_id in shown
    assert citation.text.split(".")[0] in shown  # the clause's exact words, quoted
    labels = [e["text"]["text"] for b in answer.args["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert {"Helpful", "Not helpful", "Report a concern", "Ask the Headteacher"} <= set(labels)


async def test_a_mention_is_answered_in_its_thread(slack: SlackDriver) -> None:
    citation = expected_citation(QUESTION)
    await slack.mention(QUESTION, ts="1700000200.000300")

    [answer] = await slack.fake.wait_for("chat.postMessage")
    assert answer.args["channel"] == STAFF_CHANNEL
    assert answer.args["thread_ts"] == "1700000200.000300"
    assert citation.clause_id in answer.text_and_blocks()
    assert "<@UBOT>" not in json.dumps(answer.args)  # the mention itself is not part of the question


async def test_slash_command_question_is_answered_privately(slack: SlackDriver) -> None:
    citation = expected_citation(QUESTION)
    response = await slack.command(QUESTION)
    assert response.status == 200

    [answer] = await slack.fake.wait_for("response_url")
    assert answer.args["response_type"] == "ephemeral"
    assert citation.clause_id in answer.text_and_blocks()
    assert slack.fake.of("chat.postMessage") == []  # nothing visible to the rest of the channel


async def test_slash_command_help_and_empty_text_show_help(slack: SlackDriver) -> None:
    await slack.command("help")
    await slack.command("")
    answers = await slack.fake.wait_for("response_url", count=2)
    assert all("report a concern" in a.args["text"].lower() for a in answers)


async def test_pressing_helpful_thanks_the_teacher_privately(slack: SlackDriver) -> None:
    await slack.mention(QUESTION)
    [answer] = await slack.fake.wait_for("chat.postMessage")
    await slack.press(answer, "Helpful")

    [thanks] = await slack.fake.wait_for("chat.postEphemeral")
    assert thanks.args["user"] == TEACHER
    assert thanks.args["channel"] == STAFF_CHANNEL
    assert "thanks" in thanks.args["text"].lower()


async def test_the_bots_own_messages_and_edits_are_not_answered(slack: SlackDriver) -> None:
    await slack.event({"type": "message", "channel_type": "im", "channel": TEACHER_DM, "user": "UBOT",
                       "bot_id": "BBOT", "text": QUESTION, "ts": "1.1"})
    await slack.event({"type": "message", "subtype": "message_changed", "channel_type": "im",
                       "channel": TEACHER_DM, "message": {"text": QUESTION}, "ts": "1.2"})
    response = await slack.dm("hello")  # a real message after them: its answer is the only one
    assert response.status == 200
    [only] = await slack.fake.wait_for("chat.postMessage")
    assert "hello" in only.args["text"].lower()
