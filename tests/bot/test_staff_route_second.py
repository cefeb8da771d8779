"""The staff route, second pass (README Open, "Reading"): staff contact the staff readings missed is offered with the
route for a concern about staff; a colleague's conduct in person ("mr h slapped a year 4 boy") is put as a member of
staff's conduct, not their "social-media conduct"; and the report's own words under that route name the Headteacher
(policy B.0: the Headteacher first, the LADO where needed), not the Designated Safeguarding Lead: the opening, the
help, the receipt. Reports of other kinds still name the DSL; drafts and concerns stored before read the same."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot import actions
from bot.runtime import Runtime
from bot.store.models import Conversation
from tests.bot.conftest import Chat
from tests.bot.test_doubtful_report import draft_of
from tests.bot.test_draft_reminders import IDLE, alice, touched
from tests.fakes.escalation_channel import FakeChannel

STAFF_ROUTE = "Headteacher first, LADO where needed (B.0)"
STAFF_KIND = "A member of staff's conduct, online or in person"
KIND_PUT = f"I've put the kind of concern as \u201c{STAFF_KIND}\u201d"
HEAD_ACTS = "I'll take down the facts so the Headteacher can act"
DSL_ACTS = "I'll take down the facts so the Designated Safeguarding Lead can act"


async def begun(chat: Chat, words: str) -> None:
    """`words` said, and the report begun: at once, or offered with the staff route and Report a concern pressed."""
    await chat.say(words)
    assert STAFF_ROUTE in chat.text, chat.text
    if "What kind of concern" not in chat.last.text:
        await chat.click("Report a concern")


@pytest.mark.parametrize("words", [
    "our caretaker is whatsapping a year 6 girl",
    "the coach gave his number to a y7 boy",
    "one of the cleaners is snapchatting a year 8 girl",
    "Morning all, just flagging that the lunch lady has been pm'ing a y4 girl",
])
async def test_staff_contact_told_has_the_staff_route_and_its_report_names_the_head(
        chat: Chat, words: str) -> None:
    await begun(chat, words)
    assert HEAD_ACTS in chat.text and "Designated Safeguarding Lead can act" not in chat.text, chat.text


@pytest.mark.parametrize("words", [
    "mr h slapped a year 4 boy",
    "the supply teacher grabbed a y3 boy by the arm",
    "ta kissed a y11",
    "Hi, the dinner lady shouted in a y1 girl's face today",
])
async def test_a_colleagues_conduct_in_person_is_put_as_staff_conduct_for_the_head(chat: Chat, words: str) -> None:
    await begun(chat, words)
    assert KIND_PUT in chat.text and "social-media" not in chat.text, chat.text
    # the route said from the school's guidance (it was "policy B.0" in code until helper staff4)
    assert HEAD_ACTS in chat.text and STAFF_ROUTE in chat.text and DSL_ACTS not in chat.text, chat.text
    await chat.click("Keep as it is")
    assert (await draft_of(chat))["fields"]["category"] == "staff_conduct"


@pytest.mark.parametrize("words", ["a y9 boy is bullying a girl in my class on snapchat", "report a concern"])
async def test_other_reports_still_name_the_dsl(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert DSL_ACTS in chat.text and HEAD_ACTS not in chat.text, chat.text


async def test_help_and_what_to_do_under_the_staff_route_name_the_head(chat: Chat) -> None:
    await chat.say("mr h slapped a year 4 boy")
    await chat.say("what should i do")
    assert "Finishing this report is how the Headteacher is told" in chat.text, chat.text
    assert "the Headteacher can change it later" in chat.text
    # a child in danger is still the DSL's, in person
    assert "speak to the DSL in person" in chat.text


async def test_help_for_another_kind_still_names_the_dsl(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.say("what should i do")
    assert "Finishing this report is how the Designated Safeguarding Lead is told" in chat.text
    assert "the DSL can change it later" in chat.text


async def test_small_talk_under_the_staff_route_says_the_report_goes_to_the_head(chat: Chat) -> None:
    await chat.say("the cleaner is messaging a girl in year 9 on instagram")
    await chat.click("Keep as it is")
    await chat.say("no")
    assert "Who is affected" in chat.last.text
    await chat.say("who are you")
    assert "taking your report to the Headteacher" in chat.text, chat.text


async def _sent_from_chat(chat: Chat) -> str:
    """A begun report walked to the end and sent: the receipt's words."""
    for _ in range(14):
        text = chat.last.text
        if "Here is your report" in text:
            break
        if "What kind of concern" in text or "What happened" in text:
            await chat.click("Keep as it is")
        elif "immediate danger" in text:
            await chat.say("no")
        elif "Who is affected" in text or "Who is responsible" in text or "Is there evidence" in text:
            await chat.click("Skip")
        elif "Where did it happen" in text:
            await chat.say("in the dinner hall")
        elif "When did it happen" in text:
            await chat.say("this morning")
        elif "exact words" in text:
            await chat.click("No disclosure")
        elif "What has been done" in text:
            await chat.say("nothing yet")
    assert "before it goes to the Headteacher" in chat.last.text
    replies = await chat.click("Send report")
    return "\n".join(r.text for r in replies)


async def test_the_receipt_of_a_staff_report_names_the_head_and_the_lado(chat: Chat) -> None:
    await chat.say("mr h slapped a year 4 boy")
    sent = await _sent_from_chat(chat)
    assert "What happens next: the Headteacher will look at it" in sent and "LADO where needed" in sent, sent
    assert "Designated Safeguarding Lead will look at it" not in sent
    assert f"The policy's route for {STAFF_KIND.lower()}" in sent


async def test_the_receipt_of_another_report_still_names_the_dsl(chat: Chat) -> None:
    replies = await chat.press(actions.FORM_SUBMIT, form={"category": "bullying", "danger": "no",
                                                          "what": "Nasty messages in the y5 group chat"})
    assert "the Headteacher or the Designated Safeguarding Lead will look at it" in replies[0].text


async def test_a_staff_report_from_the_form_gets_the_heads_receipt(chat: Chat) -> None:
    replies = await chat.press(actions.FORM_SUBMIT, form={"category": "staff_conduct", "danger": "no",
                                                          "what": "Mr H slapped a year 4 boy in the lunch queue"})
    # the LADO in the school's route, said in its own words after the thank-you (in code in it until helper staff4)
    assert "the Headteacher will look at it" in replies[0].text and STAFF_ROUTE in "\n".join(r.text for r in replies)


async def test_a_draft_stored_by_the_version_before_reads_with_the_new_label(chat: Chat) -> None:
    """The kind is stored as its key ("staff_conduct", as an offer "offered_kind"): a draft the version before wrote,
    its kind only offered, carries on under the staff route and shows the new label."""
    await chat.say("report a concern")
    async with chat.runtime.store.transaction() as s:
        convo = (await s.execute(select(Conversation))).scalar_one()
        convo.draft = {"fields": {"what": "Mr H slapped a year 4 boy"}, "editing": False, "reference": None,
                       "offered_kind": "staff_conduct"}
    await chat.say("help")
    assert f"*Your answer so far:* {STAFF_KIND}" in chat.text and "the Headteacher can change it later" in chat.text
    await chat.click("Keep as it is")
    assert (await draft_of(chat))["fields"]["category"] == "staff_conduct"


async def test_the_old_label_typed_still_chooses_the_staff_kind(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.say("A member of staff's social-media conduct")
    assert "immediate danger" in chat.last.text
    assert (await draft_of(chat))["fields"]["category"] == "staff_conduct"


async def test_the_reminder_of_a_staff_draft_names_no_reader(quiet: Runtime, channel: FakeChannel) -> None:
    """A reminder names nothing of the report, so not who it is for: "the DSL hasn't seen it" was untrue of a
    concern about staff (the Headteacher's), and "the Headteacher" would say what kind it is on a lock screen."""
    chat = alice(quiet)
    await chat.say("mr h slapped a year 4 boy")
    await chat.click("Keep as it is")
    assert await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE) == 1
    await quiet.outbox.deliver_due()
    [sent] = [n.text for n in channel.of("notify") if n.key.startswith("draft:")]
    assert "hasn't been sent yet, so no one has seen it" in sent and "Lead hasn't seen it" not in sent, sent
    assert "Headteacher" not in sent
