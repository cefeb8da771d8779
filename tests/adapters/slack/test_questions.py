"""Questions asked in Slack: in a DM, by @mention in a channel, and with /policy, answered with the clause."""

from __future__ import annotations

import json

from bot.answers import answer_question
from bot.config import Settings
from policy_kb.knowledge import load_knowledge_base
from tests import phrasings
from tests.adapters.slack.conftest import HEAD, STAFF_CHANNEL, TEACHER, TEACHER_DM, SlackDriver
from tests.fakes.slack_api import Call

QUESTION = "Can I check Facebook on my phone in class?"
# Questions the matcher has found hard to tell between clauses; the test uses the first that still is.
CLOSE_CALLS = ("am I allowed to post about school life at all on my own account",
               "are TAs allowed to go on social media while in the classroom teaching",
               "is facebook the right place for parents to air complaints about us",
               "at what point can school step in with stuff that kids do outside of school",
               *(question for question, _ in phrasings.CLOSE_CALLS))


def has_button(call: Call, label_start: str) -> bool:
    return any(e["text"]["text"].startswith(label_start) for b in call.args.get("blocks", [])
               if b["type"] == "actions" for e in b["elements"])


def close_call_choices(question: str) -> list[str]:
    kb = load_knowledge_base(Settings(_env_file=None).policy)
    answer = answer_question(question, kb)
    return [c.clause_id for c in answer.choices] if answer.understanding.close_call else []


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
    await slack.command("help", response_url=slack.fake.response_url("help"))
    await slack.command("", response_url=slack.fake.response_url("empty"))
    await slack.command("help", user=HEAD, response_url=slack.fake.response_url("admin"))
    await slack.fake.wait_for("response_url", count=7)  # the help, what only Slack has, and for the admin more

    def shown(name: str) -> str:
        return "\n".join(c.text_and_blocks() for c in slack.fake.of("response_url", lambda c: c.url_name == name))

    for name in ("help", "empty", "admin"):
        assert "report a concern" in shown(name).lower()  # the engine's help
        assert "/policy report" in shown(name) and "/policy my-reports" in shown(name)
        assert "Report as a concern" in shown(name)  # the message shortcut, by the name Slack shows it under
    assert "set-escalation-channel" in shown("admin") and "set-escalation-channel" not in shown("help")
    assert all(c.args["response_type"] == "ephemeral" for c in slack.fake.of("response_url"))


async def test_help_asked_by_mention_tells_the_channel_reports_are_taken_privately(slack: SlackDriver) -> None:
    await slack.mention("help", ts="1700000200.000400")
    [in_channel] = await slack.fake.wait_for("chat.postMessage")
    assert in_channel.args["channel"] == STAFF_CHANNEL
    assert "never in the channel" in in_channel.text_and_blocks()

    await slack.dm("help")
    [_, in_dm] = await slack.fake.wait_for("chat.postMessage", count=2)
    assert in_dm.args["channel"] == TEACHER_DM
    assert "report a concern" in in_dm.text_and_blocks().lower()
    assert "never in the channel" not in in_dm.text_and_blocks()  # a private chat needs no word about channels


async def test_pressing_helpful_thanks_the_teacher_privately(slack: SlackDriver) -> None:
    await slack.mention(QUESTION)
    [answer] = await slack.fake.wait_for("chat.postMessage")
    await slack.press(answer, "Helpful")

    [thanks] = await slack.fake.wait_for("chat.postEphemeral")
    assert thanks.args["user"] == TEACHER
    assert thanks.args["channel"] == STAFF_CHANNEL
    assert "thanks" in thanks.args["text"].lower()


async def test_the_bots_own_messages_and_edits_are_not_answered(slack: SlackDriver) -> None:
    own = await slack.event({"type": "message", "channel_type": "im", "channel": TEACHER_DM, "user": "UBOT",
                             "bot_id": "BBOT", "text": QUESTION, "ts": "1.1"})
    edit = await slack.event({"type": "message", "subtype": "message_changed", "channel_type": "im",
                              "channel": TEACHER_DM, "message": {"text": QUESTION}, "ts": "1.2"})
    other = await slack.event({"type": "reaction_added", "user": TEACHER, "reaction": "thumbsup",
                               "item": {"type": "message", "channel": TEACHER_DM, "ts": "1.1"}})
    # 200, not bolt's 404 for an unhandled subtype or event, which Slack would re-send for an hour
    assert [own.status, edit.status, other.status] == [200, 200, 200]
    response = await slack.dm("hello")  # a real message after them: its answer is the only one
    assert response.status == 200
    [only] = await slack.fake.wait_for("chat.postMessage")
    assert "hello" in only.args["text"].lower()


async def test_a_close_call_offers_did_you_mean_choices_that_answer(slack: SlackDriver) -> None:
    question = next((q for q in CLOSE_CALLS if close_call_choices(q)), None)
    assert question is not None, "none of CLOSE_CALLS is a close call for the matcher any more"
    other = close_call_choices(question)[1]  # the runner-up clause, offered as a choice
    await slack.dm(question)
    [offered] = await slack.fake.wait_for("chat.postMessage", lambda c: has_button(c, f"{other}:"))
    before = len(slack.fake.of("chat.postMessage"))

    await slack.press(offered, f"{other}:")
    [chosen] = (await slack.fake.wait_for("chat.postMessage", count=before + 1))[before:]
    kb = load_knowledge_base(Settings(_env_file=None).policy)
    clause = kb.clause(other)
    assert clause is not None
    shown = chosen.text_and_blocks()
    assert f"Clause *{other}*" in shown and clause.text.split(".")[0][:60] in shown  # quoted word for word
