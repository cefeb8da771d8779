"""Escalations in Slack: the Headteacher channel's message, its buttons, updates, the reporter told, outages."""

from __future__ import annotations

from tests.adapters.slack.conftest import HEAD, HEAD_CHANNEL, TEACHER, SlackDriver, StartSlack
from tests.fakes.slack_api import Call

REPORT = {"category": "parent_post", "danger": "no", "what": "A parent posted a class photo on Facebook"}


def to(channel: str):
    return lambda call: call.args.get("channel") == channel


def saying(words: str):
    return lambda call: words.lower() in call.text_and_blocks().lower()


def both(*tests):
    return lambda call: all(t(call) for t in tests)


def buttons(call: Call) -> list[str]:
    return [e["text"]["text"] for b in call.args.get("blocks", []) if b["type"] == "actions" for e in b["elements"]]


async def report(slack: SlackDriver, form: dict[str, str] = REPORT) -> None:
    """A teacher reports a concern through the modal."""
    await slack.command("report")
    [opened] = (await slack.fake.wait_for("views.open"))[-1:]
    response = await slack.submit(opened, form)
    assert response.status == 200


async def test_acknowledge_and_close_update_the_message_and_tell_the_reporter(slack: SlackDriver) -> None:
    await report(slack)
    [posted] = await slack.fake.wait_for("chat.postMessage", to(HEAD_CHANNEL))
    posted_ts = slack.fake.messages(HEAD_CHANNEL)[0]["ts"]

    await slack.press(posted, "Acknowledge", user=HEAD)
    [updated] = await slack.fake.wait_for("chat.update")
    assert updated.args["channel"] == HEAD_CHANNEL and updated.args["ts"] == posted_ts
    assert "Acknowledged" in updated.text_and_blocks()
    assert buttons(updated) == ["Take", "Close"]
    [told] = await slack.fake.wait_for("chat.postMessage", saying("has been acknowledged"))
    assert told.args["channel"] == TEACHER and "C-0001" in told.args["text"] and "Sam Head" in told.args["text"]
    [confirmed] = await slack.fake.wait_for("chat.postEphemeral", to(HEAD_CHANNEL))
    assert confirmed.args["user"] == HEAD

    await slack.press(updated, "Close", user=HEAD)
    [_, closed] = await slack.fake.wait_for("chat.update", count=2)
    assert "Closed" in closed.text_and_blocks() and buttons(closed) == []
    [told] = await slack.fake.wait_for("chat.postMessage", saying("has been closed"))
    assert told.args["channel"] == TEACHER and "C-0001" in told.args["text"]
    assert len(slack.fake.messages(HEAD_CHANNEL)) == 1  # one message, kept up to date


async def test_only_admins_clicks_count(slack: SlackDriver) -> None:
    await report(slack)
    [posted] = await slack.fake.wait_for("chat.postMessage", to(HEAD_CHANNEL))

    await slack.press(posted, "Acknowledge", user="U0OTHER")
    [refused] = await slack.fake.wait_for("chat.postEphemeral", to(HEAD_CHANNEL))
    assert refused.args["user"] == "U0OTHER" and "nothing was changed" in refused.args["text"].lower()

    await slack.press(posted, "Take", user=HEAD)  # an admin's click right after is what changes the message
    [updated] = await slack.fake.wait_for("chat.update")
    assert "Sam Head" in updated.text_and_blocks()
    assert len(slack.fake.of("chat.update")) == 1


async def test_an_admin_can_register_the_escalation_channel_with_the_slash_command(slack: SlackDriver) -> None:
    await slack.command("set-escalation-channel", user="U0OTHER", channel="C0ELSEWHERE")
    [refused] = await slack.fake.wait_for("response_url")
    assert "only an admin" in refused.args["text"].lower()

    await slack.command("set-escalation-channel", user=HEAD, channel="C0DSL")
    await slack.fake.wait_for("response_url", count=2)
    await report(slack)
    [posted] = await slack.fake.wait_for("chat.postMessage", lambda c: c.args.get("channel", "").startswith("C"))
    assert posted.args["channel"] == "C0DSL" and "C-0001" in posted.args["text"]


async def test_a_channel_the_bot_is_not_in_cannot_become_the_escalation_channel(slack: SlackDriver) -> None:
    slack.fake.outside_channels.add("C0NOTIN")
    slack.fake.missing_channels.add("G0PRIVATE")  # how Slack answers for a private channel the bot isn't in
    await slack.command("set-escalation-channel", user=HEAD, channel="C0NOTIN")
    await slack.command("set-escalation-channel", user=HEAD, channel="G0PRIVATE")
    refusals = await slack.fake.wait_for("response_url", count=2)
    assert all("/invite @policybot" in r.args["text"] and "Nothing was changed" in r.args["text"] for r in refusals)

    await report(slack)  # concerns still go where they went before
    [posted] = await slack.fake.wait_for("chat.postMessage", lambda c: c.args.get("channel", "")[:1] in "CG")
    assert posted.args["channel"] == HEAD_CHANNEL


async def test_ask_the_headteacher_passes_the_question_on_without_pinging_anyone(slack: SlackDriver) -> None:
    await slack.dm("<!channel> can I check Facebook on my phone in class?")
    [answer] = await slack.fake.wait_for("chat.postMessage", to("D0TEACH"))
    await slack.press(answer, "Ask the Headteacher")
    [passed] = await slack.fake.wait_for("chat.postMessage", to(HEAD_CHANNEL))
    assert "can I check Facebook on my phone in class?" in passed.args["text"] and "Jo Teacher" in passed.args["text"]
    # read as the teacher saw it, "@channel", which pings nobody: only Slack's <!channel> token (or link_names) does
    assert "<!channel>" not in passed.args["text"] and "“@channel can I" in passed.args["text"]
    assert not passed.args.get("link_names")


async def test_a_very_long_report_is_shown_shortened_and_says_so(slack: SlackDriver) -> None:
    what = "He wrote <b> & more " * 150  # 3,000 characters, longer still once escaped for Slack
    await report(slack, {**REPORT, "what": what})
    [posted] = await slack.fake.wait_for("chat.postMessage", to(HEAD_CHANNEL))
    blocks = posted.args["blocks"]
    assert len(blocks) <= 50 and all(len(b.get("text", {}).get("text", "")) <= 3000 for b in blocks)
    assert all(len(e["text"]) <= 3000 for b in blocks if b["type"] == "rich_text" for e in b["elements"][0]["elements"])
    shown = posted.text_and_blocks()
    assert "He wrote <b> & more" in shown and "…[shortened]" in shown  # as written, cut and marked
    assert "python app.py reports show C-0001" in shown
    assert buttons(posted) == ["Acknowledge", "Take", "Close"]


async def test_a_concern_waits_for_a_destination_and_is_posted_once_one_is_set(start_slack: StartSlack) -> None:
    slack = await start_slack(SLACK_HEADTEACHER_CHANNEL="")
    await report(slack)
    await slack.fake.wait_for("chat.postMessage", saying("recorded as C-0001"))

    # The admin hears that it is waiting, and what to do.
    [held] = await slack.fake.wait_for("chat.postMessage", both(to(HEAD), saying("has not reached")))
    assert "no Headteacher's channel is set up yet" in held.args["text"]
    assert "set escalation channel" in held.args["text"]

    await slack.mention("set escalation channel", user=HEAD, channel="C0DSL")
    [posted] = await slack.fake.wait_for("chat.postMessage", both(to("C0DSL"), saying("C-0001")))
    assert posted.args["blocks"][0]["type"] == "header"
    [through] = await slack.fake.wait_for("chat.postMessage", both(to(HEAD), saying("has now reached")))
    # where it is, as Slack has it (until 2026-12-01 every install said "the Headteacher's channel")
    assert through.args["text"] == "Concern C-0001 has now reached the Slack channel set up for concerns."


async def test_a_slack_outage_delays_the_escalation_but_it_arrives_once(slack: SlackDriver) -> None:
    slack.fake.fail_next(2, "500", "chat.postMessage", channel=HEAD_CHANNEL)
    slack.fake.fail_next(1, "429", "chat.postMessage", channel=HEAD_CHANNEL, retry_after="0")
    await report(slack)
    attempts = await slack.fake.wait_for("chat.postMessage", to(HEAD_CHANNEL), count=4)
    assert len(slack.fake.messages(HEAD_CHANNEL)) == 1
    assert "C-0001" in attempts[-1].args["text"]


async def test_a_lost_response_is_not_posted_twice(slack: SlackDriver) -> None:
    slack.fake.fail_next(1, "lose", "chat.postMessage", channel=HEAD_CHANNEL)
    await report(slack)
    await slack.fake.wait_for("conversations.history", to(HEAD_CHANNEL))  # the re-send looked first
    [posted] = slack.fake.messages(HEAD_CHANNEL)

    [attempt] = slack.fake.of("chat.postMessage", to(HEAD_CHANNEL))
    await slack.press(attempt, "Acknowledge", user=HEAD)
    [updated] = await slack.fake.wait_for("chat.update")
    assert updated.args["ts"] == posted["ts"]  # the receipt found by the look-up is the real message
    assert len(slack.fake.of("chat.postMessage", to(HEAD_CHANNEL))) == 1
    assert len(slack.fake.messages(HEAD_CHANNEL)) == 1


async def test_an_archived_escalation_channel_is_brought_to_the_admin_in_a_dm(slack: SlackDriver) -> None:
    slack.fake.fail_next(3, "error", "chat.postMessage", channel=HEAD_CHANNEL, error="is_archived")
    await report(slack)
    [held] = await slack.fake.wait_for("chat.postMessage", both(to(HEAD), saying("has not reached")))
    assert "C-0001" in held.args["text"] and "is_archived" in held.args["text"]
    assert REPORT["what"] not in held.args["text"]

    # Unarchived: the fourth attempt gets through, and the admin hears so.
    await slack.fake.wait_for("chat.postMessage", both(to(HEAD), saying("has now reached")))
    assert len(slack.fake.messages(HEAD_CHANNEL)) == 1
    assert len(slack.fake.of("chat.postMessage", both(to(HEAD), saying("has not reached")))) == 1


async def test_an_urgent_concern_closed_while_its_reporter_writes_is_announced_again_when_it_reopens(
        slack: SlackDriver) -> None:
    await slack.dm("report a concern")
    [kinds] = await slack.fake.wait_for("chat.postMessage", saying("What kind of concern"))
    await slack.press(kinds, "Online bullying")
    [danger] = await slack.fake.wait_for("chat.postMessage", saying("immediate danger"))
    await slack.press(danger, "Yes")
    [posted] = await slack.fake.wait_for("chat.postMessage", to(HEAD_CHANNEL))
    await slack.press(posted, "Close", user=HEAD)
    await slack.fake.wait_for("chat.update", saying("Closed"))
    await slack.fake.wait_for("chat.postMessage", saying("Who is affected"))
    await slack.dm("Leo M, 3C")
    [_, again] = await slack.fake.wait_for("chat.postMessage", to(HEAD_CHANNEL), count=2)
    assert "Reopened" in again.args["text"] and "C-0001" in again.args["text"]
    assert buttons(again) == ["Take", "Close"] and "Leo M, 3C" in again.text_and_blocks()


async def test_an_archived_escalation_channel_is_told_to_the_reporter_in_a_dm_once_and_the_arrival_too(
        slack: SlackDriver) -> None:
    slack.fake.fail_next(4, "error", "chat.postMessage", channel=HEAD_CHANNEL, error="is_archived")
    await report(slack)
    [thanks] = await slack.fake.wait_for("chat.postMessage", both(to(TEACHER), saying("recorded as C-0001")))
    assert "has gone to the Headteacher" in thanks.args["text"]  # said before any delivery was tried
    [held] = await slack.fake.wait_for("chat.postMessage", both(to(TEACHER), saying("has not reached")))
    assert held.args["text"].startswith("Your report C-0001 has not reached the Headteacher yet: the Slack channel "
                                        "set up for concerns is not accepting messages (it may have been archived).")
    assert "in person now" in held.args["text"]
    assert REPORT["what"] not in held.args["text"] and "is_archived" not in held.args["text"]

    # Unarchived: the fifth attempt gets through, and the teacher hears so, once.
    [arrived] = await slack.fake.wait_for("chat.postMessage", both(to(TEACHER), saying("has now reached")))
    assert arrived.args["text"] == "Your report C-0001 has now reached the Headteacher."
    await slack.fake.wait_for("chat.postMessage", both(to(HEAD), saying("has now reached")))
    assert len(slack.fake.messages(HEAD_CHANNEL)) == 1
    assert len(slack.fake.of("chat.postMessage", both(to(TEACHER), saying("has not reached")))) == 1
    assert len(slack.fake.of("chat.postMessage", both(to(TEACHER), saying("has now reached")))) == 1


async def test_a_concern_with_no_channel_set_tells_its_reporter_only_of_its_arrival(start_slack: StartSlack) -> None:
    slack = await start_slack(SLACK_HEADTEACHER_CHANNEL="")
    await report(slack)
    [thanks] = await slack.fake.wait_for("chat.postMessage", both(to(TEACHER), saying("recorded as C-0001")))
    assert "no Headteacher's channel is set up yet" in thanks.args["text"]
    await slack.fake.wait_for("chat.postMessage", both(to(HEAD), saying("has not reached")))

    await slack.mention("set escalation channel", user=HEAD, channel="C0DSL")
    [arrived] = await slack.fake.wait_for("chat.postMessage", both(to(TEACHER), saying("has now reached")))
    assert arrived.args["text"] == "Your report C-0001 has now reached the Headteacher."
    assert slack.fake.of("chat.postMessage", both(to(TEACHER), saying("has not reached"))) == []
