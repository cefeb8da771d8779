"""While an URGENT alert is held up (the Headteacher's channel refusing it, an outage), nothing tells its reporter it
"has gone to the Headteacher": coming back to the report, the answer to a re-sent "send", the thank-you that
completes the alert, the stop after it and the draft reminder all say it is not yet delivered, as `my reports` does,
with the advice to speak to the DSL in person. Once it gets through, they say it has gone. Each test is one teacher
through the real engine and outbox, the platform refusing posts as an archived Slack channel does."""

from __future__ import annotations

from datetime import timedelta

from bot import actions
from bot.concerns import NOT_ARRIVED
from bot.draft_reminders import DRAFT_REMINDER_AFTER
from bot.runtime import Runtime
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import alert_delivered, start_urgent, walk_to_confirm
from tests.bot.test_draft_reminders import alice, start_draft, touched
from tests.fakes.escalation_channel import FakeChannel

GONE = "gone to the Headteacher"
ACT_NOW = "Please act now"


async def refused(channel: FakeChannel) -> None:
    """The URGENT alert's post tried and refused: it is held up, not lost."""
    await channel.wait_for(lambda c: any(call.kind == "post" for call in c.calls))
    assert channel.posts() == []


async def test_coming_back_to_a_report_whose_alert_is_held_up_says_so_not_that_it_has_gone(
        chat: Chat, channel: FakeChannel) -> None:
    channel.refuse_posts = True
    await start_urgent(chat)
    await refused(channel)

    await chat.say("report a concern")  # coming back to it, as the web page or the terminal does
    lead = chat.replies[0]
    assert f"Its URGENT alert C-0001 is {NOT_ARRIVED}." in lead.text and GONE not in lead.text
    assert ACT_NOW in lead.text and lead.urgent
    await chat.say("my reports")  # and the list agrees with it
    assert NOT_ARRIVED in chat.text

    channel.refuse_posts = False  # the channel takes it
    await alert_delivered(chat)
    await chat.say("report a concern")
    assert f"Its URGENT alert C-0001 has {GONE}." in chat.replies[0].text and ACT_NOW in chat.replies[0].text


async def test_a_resend_of_send_and_the_thank_you_say_the_alert_is_held_up(chat: Chat,
                                                                          channel: FakeChannel) -> None:
    channel.refuse_posts = True
    await walk_to_confirm(chat, danger="yes")
    await refused(channel)
    await chat.say("send", delivery_id="send-1")
    thanks = chat.replies[0].text
    assert "every answer has joined URGENT concern C-0001" in thanks and "which went to the Headteacher" not in thanks
    assert f"It is {NOT_ARRIVED}." in thanks and ACT_NOW in thanks

    await chat.say("send", delivery_id="send-1")  # its answer lost: the platform sends it again
    again = chat.text
    assert "sent once, as URGENT concern C-0001" in again and f"It is {NOT_ARRIVED}." in again
    assert GONE not in again and ACT_NOW in again


async def test_stopping_a_report_whose_alert_is_held_up_says_it_is_not_there_yet(chat: Chat,
                                                                                 channel: FakeChannel) -> None:
    channel.refuse_posts = True
    await start_urgent(chat)
    await refused(channel)
    await chat.say("Amy P, Year 5")
    await chat.say("cancel")
    assert f"The urgent alert C-0001 is {NOT_ARRIVED}" in chat.text and GONE not in chat.text
    assert "speak to the Designated Safeguarding Lead in person" in chat.text


async def test_the_reminder_of_a_report_whose_alert_is_held_up_says_so(quiet: Runtime, channel: FakeChannel) -> None:
    chat = alice(quiet)
    await start_draft(chat, danger="yes")
    channel.refuse_posts = True
    await quiet.outbox.deliver_due()  # the alert refused: held up
    assert channel.posts() == []
    await quiet.outbox.raise_draft_reminders(await touched(quiet) + DRAFT_REMINDER_AFTER + timedelta(minutes=1))
    await quiet.outbox.deliver_due()
    [sent] = [s for s in channel.of("notify") if s.key.startswith("draft:")]
    assert f"is {NOT_ARRIVED}" in sent.text and GONE not in sent.text and "kept with the alert" in sent.text
    assert "URGENT" not in sent.text.upper() and "C-0001" not in sent.text


async def test_a_danger_answer_changed_to_no_while_the_alert_is_held_up_says_it_is_not_there_yet(
        chat: Chat, channel: FakeChannel) -> None:
    """"The Headteacher already has the URGENT alert" was said from the flow alone, whether or not it had arrived."""
    channel.refuse_posts = True
    await start_urgent(chat)
    await refused(channel)
    await chat.say("back")
    await chat.click("No")
    said = chat.text
    assert "already has" not in said and f"URGENT alert C-0001 is {NOT_ARRIVED}" in said
    assert "not withdrawn" in said and "changed to No" in said and "Who is affected" in chat.last.text


async def test_a_danger_answer_changed_to_no_on_the_form_while_the_alert_is_held_up_says_no_message_shows_it(
        chat: Chat, channel: FakeChannel) -> None:
    channel.refuse_posts = True
    await start_urgent(chat)
    await refused(channel)
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    await chat.press(actions.FORM_SUBMIT, form={"category": "bullying", "danger": "no", "_context": opened.form.value,
                                                "what": "Threats in a group chat"})
    said = chat.text
    assert "On the form you answered No" in said and "URGENT alert C-0001 is not withdrawn" in said
    assert "message now shows" not in said and f"It is {NOT_ARRIVED}." in said
