"""Review revAP of the staff route's second pass: a concern about the Headteacher themself. The staff route names the
Headteacher as the one who acts (policy B.0), but the school's guidance sends a concern about the Head elsewhere (the
bundled school: the Chair of Governors). "our headteacher has been messaging a year 8 boy" opened "so the Headteacher
can act (a concern about a member of staff goes to them first...)", just under the route that says "if it concerns
the Headteacher, tell the Chair of Governors"; help and the thank-you said the Head would act too. Now such a report
says where the school sends it from the start, and its help and thank-you name the DSL, who sees every report here,
as they did before the staff route. A Head told or telling ("I've told the head") is no report about them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.store.models import Conversation
from tests.bot.conftest import Chat
from tests.bot.test_staff_route_second import DSL_ACTS, HEAD_ACTS, _sent_from_chat, begun

NAMED = "Your report names the Headteacher"
CHAIR = "if it concerns the Headteacher, tell the Chair of Governors"


@pytest.mark.parametrize("words", [
    "our headteacher has been messaging a year 8 boy on snapchat",
    "the head is whatsapping a y9 girl",
    "Morning. I think the head gave his number to a y10 girl",
    "Mrs Patel (head) grabbed a y3 boy by the arm",
])
async def test_a_report_about_the_head_says_where_the_school_sends_it_not_that_the_head_acts(
        chat: Chat, words: str) -> None:
    await begun(chat, words)
    assert HEAD_ACTS not in chat.text and DSL_ACTS in chat.text, chat.text
    assert NAMED in chat.text and CHAIR in chat.text, chat.text
    await chat.say("help")
    assert "the Headteacher can change it later" not in chat.text and "the DSL can change it later" in chat.text


async def test_what_to_do_in_a_report_about_the_head_names_the_dsl(chat: Chat) -> None:
    await chat.say("our headteacher has been messaging a year 8 boy on snapchat")
    await chat.click("Keep as it is")
    await chat.say("no")
    await chat.say("what should i do")
    assert "how the Designated Safeguarding Lead is told" in chat.text, chat.text
    assert "Headteacher act quickly" not in chat.text


async def test_the_receipt_of_a_report_about_the_head_does_not_say_the_head_will_look_at_it(chat: Chat) -> None:
    await chat.say("our headteacher has been messaging a year 8 boy on snapchat")
    sent = await _sent_from_chat(chat)
    assert "the Headteacher will look at it" not in sent, sent
    assert "has gone to the Headteacher, as every report here does" in sent and CHAIR in sent, sent


async def test_the_head_named_as_responsible_turns_the_help_to_the_dsl(chat: Chat) -> None:
    await chat.say("a member of staff has been snapchatting a y9 girl")
    assert HEAD_ACTS in chat.text, chat.text
    await chat.click("Keep as it is")
    await chat.say("no")
    await chat.click("Skip")
    await chat.say("the headteacher")
    assert NAMED in chat.text
    await chat.say("what should i do")
    assert "how the Designated Safeguarding Lead is told" in chat.text, chat.text


async def test_a_draft_stored_before_about_the_head_reads_with_the_dsl(chat: Chat) -> None:
    """A draft 8c216b7 wrote: its kind only offered, the Head its subject."""
    await chat.say("report a concern")
    async with chat.runtime.store.transaction() as s:
        convo = (await s.execute(select(Conversation))).scalar_one()
        convo.draft = {"fields": {"what": "The head is texting a year 9 girl late at night"}, "editing": False,
                       "reference": None, "offered_kind": "staff_conduct"}
    await chat.say("help")
    assert "the DSL can change it later" in chat.text, chat.text


@pytest.mark.parametrize("words", [
    "mr h slapped a year 4 boy and I've told the head",
    "the head told me mr h has been messaging a y9 girl",
    "the deputy head is whatsapping a y9 girl",
    "a TA has been texting a year 9 girl. The head knows.",
])
async def test_the_head_told_or_telling_or_a_deputy_is_still_the_heads_to_act_on(chat: Chat, words: str) -> None:
    await begun(chat, words)
    assert HEAD_ACTS in chat.text and NAMED not in chat.text, chat.text
