"""The whole report in Teams: step by step in a personal chat, and as one Adaptive Card form with errors shown."""

from __future__ import annotations

import asyncio
from typing import Any

from bot import actions
from tests.adapters.teams.conftest import SAFEGUARDING, TEACHER_CHAT, TeamsHarness, button, reference
from tests.fakes.bot_connector import Call, FakeConnector


async def test_report_step_by_step_in_a_personal_chat(make_teams, fake) -> None:
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        said = await teams.say("report a concern")
        assert "What kind of concern" in said[-1].words
        said = await teams.press(button(said, "Online bullying"))
        assert "immediate danger" in said[-1].words
        said = await teams.press(button(said, "No"))
        assert "Who is affected" in said[-1].words
        said = await teams.say("Sam B, Year 5")
        said = await teams.press(button(said, "Skip"))
        assert "Where did it happen" in said[-1].words
        said = await teams.press(button(said, "WhatsApp"))
        said = await teams.say("Saturday night")
        said = await teams.say("A Year 5 group chat has been sending Sam nasty messages.")
        said = await teams.press(button(said, "No disclosure"))
        said = await teams.say("Sam's mum showed me the messages")
        said = await teams.say("Told the class teacher")
        assert "Here is your report" in said[-1].words and "Sam B, Year 5" in said[-1].words
        said = await teams.press(button(said, "Send report"))

        assert all(c.conversation == TEACHER_CHAT for c in said)
        assert "C-0001" in said[0].words
        [card] = await fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING)
        assert "Concern C-0001" in card.words and "Online bullying of a pupil" in card.words
        assert "Tess Teacher" in card.words
        assert {b["action"] for b in card.buttons} >= {actions.CONCERN_ACK, actions.CONCERN_TAKE}
        assert {b["value"] for b in card.buttons} == {"C-0001"}


async def test_the_message_that_starts_a_report_in_teams_is_kept_for_the_headteacher(make_teams, fake) -> None:
    told = "A girl in 5B is being sent nasty messages on WhatsApp by older pupils"
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        said = await teams.say(told)
        said = await teams.press(button(said, "Online bullying"))
        said = await teams.press(button(said, "No"))
        for _ in range(4):  # who is affected, who is responsible, where, when
            said = await teams.press(button(said, "Skip"))
        assert "What happened" in said[-1].words and told in said[-1].words
        said = await teams.press(button(said, "Keep as it is"))
        said = await teams.press(button(said, "No disclosure"))
        said = await teams.press(button(said, "Skip"))
        said = await teams.press(button(said, "Skip"))
        said = await teams.press(button(said, "Send report"))
        assert "C-0001" in said[0].words
        [card] = await fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING)
        assert "Concern C-0001" in card.words and told in card.words


async def test_card_form_shows_errors_on_the_card_then_sends_once(make_teams, fake) -> None:
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        [form] = await teams.press({"action": actions.FORM_OPEN, "value": ""})
        fields = form.inputs
        assert {"category", "danger", "what", "evidence"} <= set(fields)
        assert fields["what"]["isRequired"] is True
        submit = button([form], "Send report")
        assert submit["action"] == actions.FORM_SUBMIT and "_context" in submit
        form_id = teams.fake.messages(TEACHER_CHAT)[-1]["id"]

        bad = {**submit, "category": "bullying", "danger": "no", "platform": "Instagram", "what": "  "}
        replies = await teams.press(bad, reply_to=form_id)

        [redrawn] = replies
        assert redrawn.kind == "update" and redrawn.activity_id == form_id
        assert "Please describe what happened." in redrawn.words
        assert redrawn.inputs["platform"]["value"] == "Instagram"
        assert await teams.db_rows("select count(*) from concerns") == [(0,)]

        good = {**submit, "category": "bullying", "danger": "no", "platform": "Instagram",
                "what": "Nasty comments under a pupil's video."}
        replies = await teams.press(good, reply_to=form_id)

        sent, *answers = replies
        assert sent.kind == "update" and sent.activity_id == form_id
        assert "Report sent as C-0001" in sent.words and not sent.inputs
        assert "C-0001" in answers[0].words and answers[0].conversation == TEACHER_CHAT
        [card] = await fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING)
        assert "C-0001" in card.words and "Nasty comments under a pupil's video." in card.words


async def open_form(teams: TeamsHarness) -> tuple[str, dict[str, Any]]:
    """Open the report form in the personal chat; its card's id and a filled-in Send press."""
    [form] = await teams.press({"action": actions.FORM_OPEN, "value": ""})
    form_id = teams.fake.messages(TEACHER_CHAT)[-1]["id"]
    return form_id, {**button([form], "Send report"), "category": "other", "danger": "no", "what": "A worrying video."}


def sent_confirmations(fake: FakeConnector) -> list[Call]:
    return fake.of("reply", lambda c: "C-0001" in c.words and "Thank you" in c.words)


def told_sent_once(fake: FakeConnector) -> list[Call]:
    """The answer to the same form received again: its reference, in case the first answer was lost."""
    return fake.of("reply", lambda c: "changed or sent twice" in c.words and "sent once, as C-0001" in c.words)


async def test_a_double_click_on_send_creates_one_concern(teams: TeamsHarness) -> None:
    form_id, good = await open_form(teams)

    first, second = await asyncio.gather(teams.post(teams.activity(value=good, reply_to=form_id)),
                                         teams.post(teams.activity(value=good, reply_to=form_id)))

    assert first.status == second.status == 201
    assert await teams.db_rows("select reference from concerns") == [("C-0001",)]
    assert len(sent_confirmations(teams.fake)) == 1 and len(told_sent_once(teams.fake)) == 1
    [card] = [m for m in teams.fake.messages(TEACHER_CHAT) if m["id"] == form_id]
    assert "Report sent as C-0001" in str(card)


async def test_a_form_pressed_again_after_a_restart_still_makes_one_concern(make_teams, fake) -> None:
    """The 'sent' card could not replace the form (connector fault), the server restarted, Send is pressed again."""
    async with make_teams() as teams:
        form_id, good = await open_form(teams)
        fake.fail_next(1, "500", "update")
        await teams.press(good, reply_to=form_id)
    async with make_teams() as restarted:
        again = await restarted.press({**good, "what": "A worrying video, sent again."}, reply_to=form_id)

        assert await restarted.db_rows("select reference from concerns") == [("C-0001",)]
        assert [c.words for c in again if "sent once, as C-0001" in c.words]
        assert len(sent_confirmations(fake)) == 1
        [card] = [m for m in restarted.fake.messages(TEACHER_CHAT) if m["id"] == form_id]
        assert "Report sent as C-0001" in str(card)  # the card the first press could not replace, replaced now


async def test_two_workers_on_one_database_make_one_concern_from_a_double_click(make_teams, fake) -> None:
    async with make_teams() as one, make_teams() as two:
        form_id, good = await open_form(one)

        first, second = await asyncio.gather(one.post(one.activity(value=good, reply_to=form_id)),
                                             two.post(two.activity(value=good, reply_to=form_id)))

        assert first.status == second.status == 201
        assert await one.db_rows("select reference from concerns") == [("C-0001",)]
        assert len(sent_confirmations(fake)) == 1 and len(told_sent_once(fake)) == 1


def elements(call: Call, kind: str) -> list[dict[str, Any]]:
    """Every element of a type anywhere in a card, in order."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == kind:
                found.append(node)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(call.card)
    return found


def runs(call: Call) -> list[dict[str, Any]]:
    """Every TextRun in a card: text Teams shows as given, never read as markdown."""
    return elements(call, "TextRun")


async def test_the_reporters_summary_in_teams_shows_their_words_exactly(make_teams, fake) -> None:
    told, more = "A girl in 5B is being sent nasty messages", "*mum:* keeps messaging her, it is bullying"
    handle = "**Jake_x**"
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        said = await teams.say(told)
        said = await teams.say(more)  # at the kind of concern: kept as what happened, a line of its own after the first
        assert "immediate danger" in said[-1].words
        said = await teams.press(button(said, "No"))
        said = await teams.say("Sam B, Year 5")
        said = await teams.say(handle)
        said = await teams.press(button(said, "WhatsApp"))
        said = await teams.say("Saturday night")
        assert more in [r["text"] for r in runs(said[-1])]  # their answer so far, as typed
        said = await teams.press(button(said, "Keep as it is"))
        said = await teams.press(button(said, "No disclosure"))
        said = await teams.press(button(said, "Skip"))
        said = await teams.say("Told the class teacher")
        summary = said[-1]
        assert "Here is your report" in summary.words

        shown = runs(summary)
        assert handle in [r["text"] for r in shown] and told in [r["text"] for r in shown]
        # A line of their words opening "*mum:*" is theirs, not the engine's "*Label:*" emphasis: shown as typed
        assert more in [r["text"] for r in shown]
        assert not any(r.get("weight") == "bolder" and "mum" in r["text"] for r in shown)
        assert {"type": "TextRun", "text": "Who is responsible: ", "weight": "bolder"} in shown
        # Nothing of theirs in a TextBlock, whose markdown would bold, italicise or link it
        assert not any(b.get("type") == "TextBlock" for b in summary.card["body"])

        said = await teams.press(button(said, "Edit: Who is responsible"))
        assert handle in [r["text"] for r in runs(said[-1])]


async def test_a_refused_card_form_says_why_once_beside_what_happened_under_a_short_lead(teams: TeamsHarness) -> None:
    said = await teams.say("report a concern")
    said = await teams.press(button(said, "Online bullying"))
    said = await teams.press(button(said, "No"))
    [form] = await teams.press({"action": actions.FORM_OPEN, "value": ""})  # opened part-way through the chat report
    form_id = teams.fake.messages(TEACHER_CHAT)[-1]["id"]
    for typed in ("Sam B, Year 5", "skip", "skip", "skip", "Nasty messages in a group chat", "skip", "skip", "skip",
                  "send"):  # ...which is carried on and sent in the chat instead
        said = await teams.say(typed)
    assert "C-0001" in said[0].words

    replies = await teams.press({**button([form], "Send report"), "category": "bullying", "danger": "no",
                                 "what": "Nasty messages in a group chat"}, reply_to=form_id)

    [redrawn] = [c for c in replies if c.kind == "update" and c.activity_id == form_id]
    shown = [r["text"] for r in runs(redrawn)]  # what Teams draws (an input's errorMessage shows only if left empty)
    assert shown[0] == "Not sent: see the note under What happened."
    reason = [text for text in shown if "C-0001" in text]
    assert len(reason) == 1 and "sent already" in reason[0].lower() and "twice" in reason[0]
    body = redrawn.card["body"]
    at = next(i for i, block in enumerate(body) if block.get("id") == "what")
    assert reason[0] in str(body[at + 1])  # right under the field it is about
    assert redrawn.inputs["what"]["value"] == "Nasty messages in a group chat"  # what was typed is kept
    assert await teams.db_rows("select count(*) from concerns") == [(1,)]


async def test_the_kind_an_opening_names_is_shown_with_keep_in_teams(make_teams, fake) -> None:
    told = "a colleague keeps messaging pupils on snapchat"
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        said = await teams.say(told)
        asked = said[-1]
        assert "What kind of concern" in asked.words and "immediate danger" not in asked.words
        label = "A member of staff's conduct, online or in person"
        assert {"type": "TextRun", "text": label} in [{"type": r["type"], "text": r["text"]} for r in runs(asked)]
        assert "Your answer so far" in asked.words
        titles = [a.get("title") for a in actions_of(asked)]
        assert titles[-2:] == ["Keep as it is", "Help"] and titles[0] == "Online bullying of a pupil"
        said = await teams.press(button(said, "Keep as it is"))
        assert "immediate danger" in said[-1].words


def actions_of(call: Call) -> list[dict[str, Any]]:
    return elements(call, "Action.Submit")
