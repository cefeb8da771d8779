"""Helper steps4: the two steps3 left (README "Open", When and Summary).

(A) A teacher's own plan typed as the When answer ("tomorrow I'll speak to her dad") was stored as when it happened,
undated, and the incident's date never asked: now the plan is noted under What has been done already (joined with
that step's own answer, never replaced by it) and When asked again, once. (B) A second child named in words told with
the danger Yes stays in this report: now named under Who is affected too, so the URGENT alert's rows name every child.
Each test is one teacher through the real engine."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.store.models import Conversation
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, start_routine, walk_to_confirm

NOTED = "I've noted your plan"
WHEN_ASKED = "When did it happen"
PLANS = ["on friday i'm going to call mum", "tomorrow I'll speak to her dad", "gonna ring the parents later",
         "I'll talk to him after lunch", "Will phone his carer first thing tomorrow",
         "im going to email the parents tonight", "next week we'll meet with her mum", "I'm gonna speak to his nan",
         "After school I will ring home"]


async def to_when(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.click("Skip")
    await chat.click("WhatsApp")
    assert WHEN_ASKED in chat.last.text


def row(chat: Chat, label: str) -> str:
    """A summary row's value (its first line, then any more up to the next row)."""
    text = chat.last.text
    start = text.index(f"*{label}:* ") + len(label) + 4
    end = text.find("\n*", start)
    return text[start:] if end < 0 else text[start:end]


async def what_to_actions(chat: Chat) -> None:
    await chat.say("A group chat of Year 5s has been sending Sam nasty messages.")
    await chat.click("No disclosure")
    await chat.click("Skip")
    assert "What has been done already" in chat.last.text


@pytest.mark.parametrize("plan", PLANS)
async def test_a_plan_at_when_is_noted_and_when_asked_again(chat: Chat, plan: str) -> None:
    await to_when(chat)
    await chat.say(plan)
    assert NOTED in chat.text and WHEN_ASKED in chat.last.text
    assert "What happened?" not in chat.text
    await chat.say("last friday after school")
    assert "What happened" in chat.last.text
    await what_to_actions(chat)
    assert plan in chat.last.text  # shown as the answer so far there
    await chat.say("told the class teacher")
    assert "Here is your report" in chat.last.text
    done = row(chat, "Done so far")
    assert "told the class teacher" in done and plan in done  # joined, not replaced
    assert plan not in row(chat, "When")
    await chat.click("Send report")
    [sent] = await concerns_in(chat)
    assert plan in sent.fields["actions"] and "told the class teacher" in sent.fields["actions"]


async def test_the_plan_kept_as_it_is_at_its_step(chat: Chat) -> None:
    await to_when(chat)
    await chat.say("tomorrow I'll speak to her dad")
    await chat.say("monday")
    await what_to_actions(chat)
    await chat.click("Keep as it is")
    assert "tomorrow I'll speak to her dad" in row(chat, "Done so far")


async def test_when_is_asked_again_only_once(chat: Chat) -> None:
    await to_when(chat)
    await chat.say("tomorrow I'll speak to her dad")
    await chat.say("I'll ring mum too after school")
    assert "What happened" in chat.last.text  # not a third time: that answer is kept where typed


async def test_a_plan_under_edit_when_is_noted_and_when_asked_again(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: When")
    await chat.say("gonna ring the parents later")
    assert NOTED in chat.text and WHEN_ASKED in chat.last.text
    await chat.say("sunday morning")
    assert "Here is your report" in chat.last.text
    assert "gonna ring the parents later" in row(chat, "Done so far")
    assert "sunday morning" in row(chat, "When")


@pytest.mark.parametrize("said", ["friday, and he said he'll do it again", "not sure", "last night, I'll call mum "
                                  "tomorrow", "monday - she says he'll be there again", "on tuesday he said he would "
                                  "call her", "saturday, we will know more next week"])
async def test_a_time_with_future_words_elsewhere_is_the_when_answer(chat: Chat, said: str) -> None:
    await to_when(chat)
    await chat.say(said)
    assert NOTED not in chat.text and "What happened" in chat.last.text


async def test_skip_at_when_is_still_a_skip(chat: Chat) -> None:
    await to_when(chat)
    await chat.say("skip")
    assert NOTED not in chat.text and "What happened" in chat.last.text


# (B) A second child named in words told on the summary, answered Yes: in What happened (the alert carries them), and
# now in Who is affected too, the teacher's words kept, one alert.
async def test_a_second_child_told_with_the_yes_is_named_under_who_is_affected(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("Ellie in year 2 told me her stepdad hits her")
    await chat.click("Yes")
    assert "Here is your report" in chat.last.text
    assert "Sam B, Year 5" in row(chat, "Who is affected") and "Ellie in year 2" in row(chat, "Who is affected")
    [alert] = await concerns_in(chat)  # one alert, naming both children
    assert "Ellie in year 2" in alert.fields["affected"] and "Sam B" in alert.fields["affected"]
    assert "Ellie in year 2 told me her stepdad hits her" in alert.fields["what"]
    assert "Edit: Who is affected" in chat.text
    await chat.click("Send report")
    [sent] = await concerns_in(chat)
    assert sent.reference == alert.reference and "Ellie in year 2" in sent.fields["affected"]


async def test_the_report_s_own_child_is_not_added_again(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("his dad also hits him at home")
    await chat.click("Yes")
    assert row(chat, "Who is affected") == "Sam B, Year 5"


async def put_draft(chat: Chat, step: str, fields: dict[str, str]) -> None:
    """The conversation's report as the version before (8c216b7) stored it: its fields and step, nothing more."""
    async with chat.runtime.store.transaction() as s:
        convo = (await s.execute(select(Conversation))).scalar_one()
        convo.step = step
        convo.draft = {"fields": fields, "editing": False, "reference": None}


OLD_FIELDS = {"category": "online_bullying", "danger": "no", "affected": "Sam B, Year 5", "responsible": "Not known",
              "platform": "WhatsApp"}


async def test_a_draft_stored_before_at_when_takes_a_plan_and_asks_when_again(chat: Chat) -> None:
    await chat.say("report a concern")
    await put_draft(chat, "when", OLD_FIELDS)
    await chat.say("tomorrow I'll speak to her dad")
    assert NOTED in chat.text and WHEN_ASKED in chat.last.text


async def test_a_draft_stored_before_with_an_answer_at_actions_is_replaced_as_before(chat: Chat) -> None:
    """An answer there the version before stored (no plan noted) is no plan: a new answer replaces it, as it did."""
    await chat.say("report a concern")
    await put_draft(chat, "actions", {**OLD_FIELDS, "when": "monday", "what": "A group chat has been sending Sam "
                                      "nasty messages.", "disclosure": "No disclosure", "evidence": "screenshots seen",
                                      "actions": "I'll ring mum tomorrow and tell the class teacher"})
    await chat.say("told the class teacher and rang mum this morning")
    assert "Here is your report" in chat.last.text
    assert row(chat, "Done so far") == "told the class teacher and rang mum this morning"


# Review revAR: with no "I" or "we", "going to" / "gonna" / "will" at When is as often the child's or another's plan
# told in short ("going to meet this man on friday", "gonna send him more pics tonight"): a threat whose time the DSL
# needs at When, never noted as the teacher's own plan under What has been done already. Without a subject only a
# teacher's step (ring, email, refer...) or someone a teacher would contact (mum, the class teacher) makes it a plan.
@pytest.mark.parametrize("said", ["going to meet this man on friday", "gonna send him more pics tonight",
                                  "will meet up with him at the park saturday", "going to tell everyone tomorrow",
                                  "planning to see him after school", "we'll see", "I'll let you know"])
async def test_a_plan_without_a_subject_that_is_not_the_teacher_s_stays_the_when_answer(chat: Chat, said: str) -> None:
    await to_when(chat)
    await chat.say(said)
    assert NOTED not in chat.text and "What happened" in chat.last.text
    await what_to_actions(chat)
    await chat.say("told the class teacher")
    assert said in row(chat, "When") and "Plan (typed at When)" not in row(chat, "Done so far")


@pytest.mark.parametrize("plan", ["going to meet with mum after school", "gonna text the parents later",
                                  "will tell his class teacher tomorrow", "will see her dad at pick up",
                                  "I'll see her mum tomorrow"])
async def test_a_plan_without_a_subject_to_someone_a_teacher_contacts_is_noted(chat: Chat, plan: str) -> None:
    await to_when(chat)
    await chat.say(plan)
    assert NOTED in chat.text and WHEN_ASKED in chat.last.text


async def test_the_second_child_s_line_reads_right_to_the_headteacher(chat: Chat) -> None:
    """Review revAR: the line under Who is affected goes to the Headteacher's alert and `reports show`, where "what
    you told" named the Headteacher as the one who told it: it says the reporter's words."""
    await walk_to_confirm(chat)
    await chat.say("ellie in year 2 told me her stepdad hits her")
    await chat.click("Yes")
    [alert] = await concerns_in(chat)
    assert "you told" not in alert.fields["affected"]
    assert "the reporter's words" in alert.fields["affected"] and "ellie in year 2" in alert.fields["affected"]
