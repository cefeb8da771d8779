"""Reporting a concern from Slack: step by step in a DM, in the modal, from a message shortcut, and privately."""

from __future__ import annotations

import json

from tests.adapters.slack.conftest import HEAD_CHANNEL, STAFF_CHANNEL, TEACHER, TEACHER_DM, SlackDriver
from tests.fakes.slack_api import Call, blocks_error

GOOD_FORM = {"category": "bullying", "danger": "no", "what": "Nasty messages about a Year 5 pupil in a group chat",
             "platform": "WhatsApp"}


def in_dm(call: Call) -> bool:
    return call.args.get("channel") == TEACHER_DM


def saying(words: str):
    return lambda call: words.lower() in call.text_and_blocks().lower()


def escalation(call: Call) -> bool:
    return call.args.get("channel") == HEAD_CHANNEL


def buttons(call: Call) -> list[str]:
    return [e["text"]["text"] for b in call.args.get("blocks", []) if b["type"] == "actions" for e in b["elements"]]


def rich_texts_of(block: dict) -> list[dict]:
    return [e for s in block["elements"] for e in s["elements"]]


def rich_texts(call: Call) -> list[dict]:
    """The rich text elements of a message: what Slack shows exactly as given, never read as mrkdwn."""
    return [e for b in call.args.get("blocks", []) if b["type"] == "rich_text" for e in rich_texts_of(b)]


def mrkdwn_texts(call: Call) -> list[str]:
    return [b["text"]["text"] for b in call.args.get("blocks", []) if b["type"] == "section" and "text" in b]


async def answer(slack: SlackDriver, prompt: str, *, press: str | None = None, text: str | None = None) -> None:
    """Wait for the DM prompt containing `prompt`, then press one of its buttons or type an answer. Never the
    Headteacher's alert, which shows the same part names ("Who is responsible") and may be posted just after."""
    [asked] = (await slack.fake.wait_for("chat.postMessage",
                                         lambda call: saying(prompt)(call) and not escalation(call)))[-1:]
    if press is not None:
        await slack.press(asked, press)
    else:
        await slack.dm(text or "")


async def begin_dm_report(slack: SlackDriver, affected: str) -> None:
    """A bullying report begun in a DM, no child in danger, up to who is affected."""
    await slack.dm("report a concern")
    await answer(slack, "What kind of concern", press="Online bullying")
    await answer(slack, "immediate danger", press="No")
    await answer(slack, "Who is affected", text=affected)


async def finish_dm_report(slack: SlackDriver, responsible: str | None, when: str, what: str, done: str) -> None:
    """From who is responsible (skipped if None) to sending: WhatsApp, no disclosure, no evidence."""
    await answer(slack, "Who is responsible", **({"text": responsible} if responsible else {"press": "Skip"}))
    await answer(slack, "Where did it happen", press="WhatsApp")
    await answer(slack, "When did it happen", text=when)
    await answer(slack, "What happened", text=what)
    await answer(slack, "Did a child tell you", press="No disclosure")
    await answer(slack, "Is there evidence", press="Skip")
    await answer(slack, "What has been done", text=done)
    await answer(slack, "Please check it", press="Send report")


async def test_a_report_in_a_dm_conversation_reaches_the_headteacher_channel(slack: SlackDriver) -> None:
    await begin_dm_report(slack, "Amy P, Year 5")
    await finish_dm_report(slack, None, "last night about 9pm", "Nasty messages about Amy in the class group chat",
                           "nothing yet")

    [thanks] = await slack.fake.wait_for("chat.postMessage", saying("recorded as C-"))
    assert thanks.args["channel"] == TEACHER_DM
    [posted] = await slack.fake.wait_for("chat.postMessage", escalation)
    shown = posted.text_and_blocks()
    assert "C-0001" in shown and "Online bullying of a pupil" in shown and "Amy P, Year 5" in shown
    assert "Jo Teacher" in shown
    assert buttons(posted) == ["Acknowledge", "Take", "Close"]
    assert "URGENT" not in posted.args["blocks"][0]["text"]["text"]
    assert all(c.args.get("channel") != STAFF_CHANNEL for c in slack.fake.calls)


async def test_the_dm_that_starts_a_report_is_kept_and_reaches_the_headteacher(slack: SlackDriver) -> None:
    told = "A girl in 5B is being sent nasty messages on WhatsApp by older pupils"
    await slack.dm(told)
    await answer(slack, "What kind of concern", press="Online bullying")
    await answer(slack, "immediate danger", press="No")
    for prompt in ("Who is affected", "Who is responsible", "Where did it happen", "When did it happen"):
        await answer(slack, prompt, press="Skip")
    [asked] = (await slack.fake.wait_for("chat.postMessage", saying("describe it in your own words")))[-1:]
    assert told in asked.text_and_blocks() and "Keep as it is" in buttons(asked)
    await slack.press(asked, "Keep as it is")
    await answer(slack, "Did a child tell you", press="No disclosure")
    await answer(slack, "Is there evidence", press="Skip")
    await answer(slack, "What has been done", press="Skip")
    await answer(slack, "Please check it", press="Send report")

    [posted] = await slack.fake.wait_for("chat.postMessage", escalation)
    assert "C-0001" in posted.text_and_blocks() and told in posted.text_and_blocks()


async def test_a_report_cancelled_by_mistake_in_a_dm_comes_back_with_its_undo_button(slack: SlackDriver) -> None:
    await begin_dm_report(slack, "Sam B in 5C")
    await answer(slack, "Who is responsible", press="Cancel")
    [cancelled] = await slack.fake.wait_for("chat.postMessage", saying("Report cancelled"))
    assert buttons(cancelled) == ["Undo"] and in_dm(cancelled)
    await slack.press(cancelled, "Undo")
    [back] = await slack.fake.wait_for("chat.postMessage", saying("Your report is back"))
    [asked] = (await slack.fake.wait_for("chat.postMessage", saying("Who is responsible")))[-1:]
    assert in_dm(back) and "Skip" in buttons(asked)
    await slack.press(asked, "Back")
    [again] = await slack.fake.wait_for("chat.postMessage", saying("Sam B in 5C"))
    assert "Keep as it is" in buttons(again)


async def test_the_modal_shows_every_field_and_validates_each_one(slack: SlackDriver) -> None:
    await slack.command("report")
    [opened] = await slack.fake.wait_for("views.open")
    view = opened.args["view"]
    inputs = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    assert {"category", "danger", "affected", "responsible", "platform", "when", "what", "disclosure", "evidence",
            "actions"} <= set(inputs)
    assert inputs["what"]["optional"] is False and inputs["affected"]["optional"] is True

    rejected = await slack.submit(opened, {"category": "bullying"})
    errors = (await rejected.json())["errors"]
    assert rejected.status == 200 and set(errors) == {"danger", "what"}
    assert slack.fake.of("chat.postMessage", escalation) == []  # nothing was reported

    accepted = await slack.submit(opened, GOOD_FORM)
    shown = json.dumps(await accepted.json())
    assert "C-0001" in shown  # the modal turns into the confirmation
    [thanks] = await slack.fake.wait_for("chat.postMessage", saying("recorded as C-0001"))
    assert thanks.args["channel"] == TEACHER  # the reporter's DM with the bot, not the channel
    [posted] = await slack.fake.wait_for("chat.postMessage", escalation)
    assert "Nasty messages about a Year 5 pupil" in posted.text_and_blocks()


async def test_an_urgent_report_is_marked_urgent_in_the_headteacher_channel(slack: SlackDriver) -> None:
    await slack.command("report")
    [opened] = await slack.fake.wait_for("views.open")
    await slack.submit(opened, {**GOOD_FORM, "danger": "yes"})
    [posted] = await slack.fake.wait_for("chat.postMessage", escalation)
    assert "URGENT" in posted.args["blocks"][0]["text"]["text"]
    assert "C-0001" in posted.args["blocks"][0]["text"]["text"]


async def test_a_report_begun_in_a_channel_is_taken_private(slack: SlackDriver) -> None:
    await slack.mention("report a concern")
    [private] = await slack.fake.wait_for("chat.postEphemeral")
    assert private.args["user"] == TEACHER and private.args["channel"] == STAFF_CHANNEL
    assert slack.fake.of("chat.postMessage") == []  # nothing said where the whole channel can read it

    await slack.press(private, "Open the report form")
    [opened] = await slack.fake.wait_for("views.open")
    await slack.submit(opened, GOOD_FORM)
    await slack.fake.wait_for("chat.postMessage", escalation)
    assert slack.fake.of("chat.postMessage", lambda c: c.args.get("channel") == STAFF_CHANNEL) == []


async def test_the_message_shortcut_opens_the_form_about_that_message(slack: SlackDriver) -> None:
    await slack.interact({
        "type": "message_action", "callback_id": "report_message",
        "user": {"id": TEACHER, "username": "teacher", "name": "teacher"},
        "channel": {"id": STAFF_CHANNEL, "name": "staffroom"},
        "message": {"type": "message", "user": "U0PARENT", "ts": "1700000300.000400",
                    "text": "Look at this photo of the Year 3 trip"},
        "response_url": slack.fake.response_url("sc1")})
    [opened] = await slack.fake.wait_for("views.open")
    evidence = next(b for b in opened.args["view"]["blocks"] if b.get("block_id") == "evidence")
    prefilled = evidence["element"]["initial_value"]
    assert "https://longton.slack.com/archives/C0STAFF/p1700000300000400" in prefilled
    assert "Year 3 trip" in prefilled

    await slack.submit(opened, {**GOOD_FORM, "evidence": prefilled})
    [posted] = await slack.fake.wait_for("chat.postMessage", escalation)
    assert "p1700000300000400" in posted.text_and_blocks()


async def test_a_shortcut_whose_form_could_not_open_keeps_the_link(slack: SlackDriver) -> None:
    slack.fake.fail_next(1, "error", "views.open", error="expired_trigger_id")  # the ~3 s trigger ran out
    await slack.interact({
        "type": "message_action", "callback_id": "report_message",
        "user": {"id": TEACHER, "username": "teacher", "name": "teacher"},
        "channel": {"id": STAFF_CHANNEL, "name": "staffroom"},
        "message": {"type": "message", "user": "U0PARENT", "ts": "1700000300.000400", "text": "a photo"},
        "response_url": slack.fake.response_url("sc1")})
    [fallback] = await slack.fake.wait_for("chat.postMessage")
    assert fallback.args["channel"] == TEACHER  # privately, in the teacher's DM with the bot

    await slack.press(fallback, "Open the form")
    [_, opened] = await slack.fake.wait_for("views.open", count=2)
    evidence = next(b for b in opened.args["view"]["blocks"] if b.get("block_id") == "evidence")
    assert "https://longton.slack.com/archives/C0STAFF/p1700000300000400" in evidence["element"]["initial_value"]


async def test_an_expired_trigger_falls_back_to_a_button_that_opens_the_form(slack: SlackDriver) -> None:
    slack.fake.fail_next(1, "error", "views.open", error="expired_trigger_id")
    await slack.command("report")
    [fallback] = await slack.fake.wait_for("response_url")
    assert fallback.args["response_type"] == "ephemeral"
    await slack.press(fallback, "Open the form")
    [_, opened] = await slack.fake.wait_for("views.open", count=2)
    assert opened.args["view"]["callback_id"] == "policybot.form"


async def test_my_reports_lists_the_reference_privately(slack: SlackDriver) -> None:
    await slack.command("report")
    [opened] = await slack.fake.wait_for("views.open")
    await slack.submit(opened, GOOD_FORM)
    await slack.fake.wait_for("chat.postMessage", escalation)

    await slack.command("my-reports")
    [listed] = await slack.fake.wait_for("response_url", saying("C-0001"))
    assert listed.args["response_type"] == "ephemeral"


async def test_a_modal_from_a_report_cancelled_to_switch_to_it_sends_that_report(slack: SlackDriver) -> None:
    await begin_dm_report(slack, "Amy P, Year 5")
    await slack.fake.wait_for("chat.postMessage", saying("Who is responsible"))
    await slack.command("report", channel=TEACHER_DM)
    [opened] = await slack.fake.wait_for("views.open")
    await slack.dm("cancel")  # switching to the form
    await slack.fake.wait_for("chat.postMessage", saying("Report cancelled"))
    typed = {**GOOD_FORM, "affected": "Amy P, Year 5", "what": "A threatening voice note at 11pm"}  # as prefilled
    response = await slack.submit(opened, typed)  # no "type undo in the chat", which a modal cannot wait for
    assert response.status == 200 and "errors" not in await response.text()
    [posted] = await slack.fake.wait_for("chat.postMessage", escalation)
    shown = posted.text_and_blocks()
    assert "A threatening voice note at 11pm" in shown and "Amy P, Year 5" in shown


async def test_a_report_long_in_every_answer_still_shows_its_summary_and_reaches_the_channel(
        slack: SlackDriver) -> None:
    """Slack refuses a message whose blocks hold more than about 13,000 characters in all, whatever each block's own
    limit: a summary of seven long answers must still reach the reporter, and the escalation the channel."""
    def long(word: str) -> str:
        return (f"{word} " * 700)[:2990]

    await begin_dm_report(slack, long("affected"))
    await answer(slack, "Who is responsible", text=long("responsible"))
    await answer(slack, "Where did it happen", press="WhatsApp")
    await answer(slack, "When did it happen", text=long("when"))
    await answer(slack, "What happened", text=long("happened"))
    await answer(slack, "Did a child tell you", text=long("disclosed"))
    await answer(slack, "Is there evidence", text=long("evidence"))
    await answer(slack, "What has been done", text=long("done"))

    [first] = (await slack.fake.wait_for("chat.postMessage", saying("Please check it")))[-1:]
    [last] = await slack.fake.wait_for("chat.postMessage", lambda call: "Send report" in buttons(call))
    parts = [c for c in slack.fake.calls[slack.fake.calls.index(first):slack.fake.calls.index(last) + 1]
             if c.method == "chat.postMessage" and in_dm(c)]
    assert all(part.result.get("ok") for part in parts), [p.result for p in parts]  # none refused as too long
    summary = " ".join(b["text"]["text"] if b["type"] == "section" else "".join(e["text"] for e in rich_texts_of(b))
                       for part in parts for b in part.args["blocks"] if b["type"] in ("section", "rich_text"))
    for word in ("affected", "responsible", "when", "happened", "disclosed", "evidence", "done"):
        # every word of every answer, to check before sending: none cut
        assert summary.split().count(word) == long(word).split().count(word), word
    await slack.press(last, "Send report")
    [posted] = await slack.fake.wait_for("chat.postMessage", escalation)
    assert posted.result.get("ok"), posted.result
    shown = posted.text_and_blocks()
    for word in ("affected", "responsible", "when", "happened", "disclosed", "evidence", "done"):
        assert f"{word} {word}" in shown  # every answer is shown, if shortened
    assert "python app.py reports show C-0001" in shown and buttons(posted) == ["Acknowledge", "Take", "Close"]


async def test_a_colleague_mentioned_in_an_answer_reaches_the_dsl_by_name(slack: SlackDriver) -> None:
    await begin_dm_report(slack, "Amy P, Year 5, and <!here> in the class chat")
    await finish_dm_report(slack, "<@U0OTHER> shared it, <@U0NOBODY> too", "last night",
                           "Posted in <#C0STAFF|staff-room> then shared", "told <@U0HEAD>")

    [posted] = await slack.fake.wait_for("chat.postMessage", escalation)
    shown = posted.text_and_blocks()
    assert "@Alex Other shared it, @U0NOBODY too" in shown and "told @Sam Head" in shown
    assert "Posted in #staff-room then shared" in shown and "Amy P, Year 5, and @here in" in shown
    assert "<@U0OTHER>" not in shown and "<!here>" not in shown  # no code for the DSL, and nobody pinged




async def test_the_reporters_summary_shows_their_words_exactly_not_as_formatting(slack: SlackDriver) -> None:
    handle, what = "_jake_x_", "He called her *mum* and ~stop~ in `the chat` _again_\n*not bold:* see https://x.com/p_1"
    await begin_dm_report(slack, "Amy P, Year 5")
    await answer(slack, "Who is responsible", text=handle)
    await answer(slack, "Where did it happen", press="WhatsApp")
    await answer(slack, "When did it happen", text="last night")
    await answer(slack, "What happened", text=what)
    await answer(slack, "Did a child tell you", press="No disclosure")
    await answer(slack, "Is there evidence", press="Skip")
    await answer(slack, "What has been done", text="nothing yet")
    [summary] = (await slack.fake.wait_for("chat.postMessage", saying("Please check it")))[-1:]

    shown = rich_texts(summary)
    assert {"type": "text", "text": handle} in shown  # rich text: no mrkdwn to italicise the handle
    assert {"type": "text", "text": "Who is responsible: ", "style": {"bold": True}} in shown
    assert {"type": "text", "text": what.split("https://")[0]} in shown
    assert {"type": "link", "url": "https://x.com/p_1", "text": "https://x.com/p_1"} in shown  # a link stays one
    assert not any(handle in t or "*mum*" in t or "not bold" in t for t in mrkdwn_texts(summary))
    assert "Here is your report. Please check it before it goes to the Headteacher." in mrkdwn_texts(summary)
    assert summary.args["blocks"][-1]["type"] == "actions" and blocks_error(summary.args["blocks"]) is None
    assert handle in summary.args["text"]  # the notification's text keeps every word too

    # The answer shown again under Edit is the reporter's own words too
    await slack.press(summary, "Edit: Who is responsible")
    [asked] = (await slack.fake.wait_for("chat.postMessage", saying("Your answer so far")))[-1:]
    assert {"type": "text", "text": handle} in rich_texts(asked)
    assert not any(handle in t for t in mrkdwn_texts(asked))
    await slack.press(asked, "Keep as it is")
    [again] = (await slack.fake.wait_for("chat.postMessage", saying("Please check it")))[-1:]
    await slack.press(again, "Send report")
    [posted] = await slack.fake.wait_for("chat.postMessage", escalation)
    assert {"type": "text", "text": "\n" + handle} in rich_texts(posted)


async def test_a_question_typed_in_the_dm_mid_report_is_answered_and_the_report_carries_on(
        slack: SlackDriver) -> None:
    await slack.dm("report a concern")
    await answer(slack, "What kind of concern", text="is this something for the lado")
    [again] = await slack.fake.wait_for("chat.postMessage", saying("Your report is still open"))
    assert in_dm(again) and "Online bullying of a pupil" in buttons(again)
    [answered] = [c for c in slack.fake.of("chat.postMessage") if in_dm(c) and "B.0" in c.text_and_blocks()]
    assert "LADO" in answered.text_and_blocks() and not saying("noted what you wrote")(answered)
    await slack.press(again, "Online bullying")  # the step's own buttons, under the answer, carry on the report
    await slack.fake.wait_for("chat.postMessage", saying("immediate danger"))


async def test_the_kind_an_opening_names_is_shown_with_keep_in_slack(slack: SlackDriver) -> None:
    await slack.dm("a parent has posted on facebook that mrs khan is useless and should be sacked")
    [asked] = (await slack.fake.wait_for("chat.postMessage", saying("What kind of concern")))[-1:]
    assert "Your answer so far" in asked.text_and_blocks()
    assert {"type": "text", "text": "An inappropriate post by a parent, carer or visitor"} in rich_texts(asked)
    shown = buttons(asked)
    assert shown[0] == "Online bullying of a pupil" and shown[-2:] == ["Keep as it is", "Help"]
    assert blocks_error(asked.args["blocks"]) is None
    await slack.press(asked, "Keep as it is")
    await answer(slack, "immediate danger", press="No")
    await answer(slack, "Who is affected", text="Mrs Khan, Year 3 teacher")


async def test_report_a_concern_offered_under_words_answered_as_a_question_begins_with_them(
        slack: SlackDriver) -> None:
    words = "is it ok that a y7 boys 25 year old mate keeps buying him vapes"
    await slack.dm(words)
    [answer] = await slack.fake.wait_for("chat.postMessage", saying("If this is a concern, please report it"))
    assert buttons(answer)[0] == "Report a concern" and in_dm(answer)
    await slack.press(answer, "Report a concern")  # its value names the words, carried through Slack and back
    [begun] = await slack.fake.wait_for("chat.postMessage", saying("noted what you wrote as what happened"))
    assert in_dm(begun)
