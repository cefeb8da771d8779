"""A teacher asks the bot something in the middle of a report ("can i screenshot the post?"): answered, and the
report carries on where it was, the question never filed as a fact of the report."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from bot.runtime import open_runtime, running
from bot.store.models import Concern, ConcernEvent, OutboxEntry, QuestionLog
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_concern_report import (
    kept_draft,
    question_as_the_last_answer,
    start_routine,
    start_urgent,
    walk_rest,
)
from tests.fakes.escalation_channel import FakeChannel

# As teachers type them mid-report: lower case, slips, no question mark
ASKED = ["can i screenshot the post?", "can i screenshot it", "should i reply to the mum", "shud i reply to the mum",
         "do i need to tell the parents", "can i keep the pics on my phone as evidence", "who is the dsl",
         "who's the DSL?", "is this something for the lado", "whats the lado", "am i allowed to message the mum back"]


async def logged(chat: Chat) -> list[str]:
    async with chat.runtime.store.transaction() as s:
        return [q.question for q in (await s.execute(select(QuestionLog).order_by(QuestionLog.id))).scalars()]


def answered(chat: Chat) -> bool:
    """The bot's answer to a question is among the replies: a clause quoted, the policy not covering it, or which
    clause was meant."""
    return any(r.citation is not None or "doesn't cover" in r.text or "did you mean" in r.text.lower()
               for r in chat.replies)


@pytest.mark.parametrize("said", ASKED)
async def test_a_question_at_the_kind_question_is_answered_and_the_kind_asked_again(chat: Chat, said: str) -> None:
    await chat.say("report a concern")
    await chat.say(said)
    assert answered(chat)
    assert chat.last.text.startswith("Your report is still open, and your question isn't in it: what kind of "
                                     "concern is it?")
    assert "Online bullying of a pupil" in [b.label for b in chat.last.buttons]
    assert "noted what you wrote" not in chat.text
    flow_name, draft = await kept_draft(chat)
    assert flow_name == "concern_report" and draft["fields"] == {}
    assert await logged(chat) == [said]  # a question like any other, for whoever looks after the policy
    await chat.say("its bullying on whatsapp")  # the kind typed as words still chooses it
    assert "immediate danger" in chat.last.text
    assert (await kept_draft(chat))[1]["fields"] == {"category": "bullying"}


@pytest.mark.parametrize(("said", "kind"), [("its bullying on whatsapp", "bullying"),
                                            ("a parent posted something nasty", "parent_post"),
                                            ("is it bullying?", "bullying"),
                                            ("is this bullying on whatsapp", "bullying")])
async def test_a_kind_typed_as_words_after_a_question_still_chooses_it(chat: Chat, said: str, kind: str) -> None:
    await chat.say("report a concern")
    await chat.say("should i reply to the mum")
    assert "Your report is still open" in chat.last.text
    await chat.say(said)
    assert "immediate danger" in chat.last.text and "Your report is still open" not in chat.text
    assert (await kept_draft(chat))[1]["fields"]["category"] == kind  # type: ignore[index]


@pytest.mark.parametrize("said", ["can i screenshot it", "do i need to tell the parents", "who is the dsl",
                                  "is this something for the lado"])
async def test_a_question_at_the_danger_question_is_answered_and_nothing_is_raised(chat: Chat, said: str) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say(said)
    assert answered(chat)
    assert chat.last.text.startswith("Your report is still open, and your question isn't in it: is a child in "
                                     "immediate danger?")
    assert (await kept_draft(chat))[1]["fields"] == {"category": "bullying"}
    async with chat.runtime.store.transaction() as s:
        assert (await s.execute(select(Concern))).scalars().all() == []
    await chat.say("no")  # the question's answer, as ever
    assert "Who is affected" in chat.last.text


async def test_a_question_about_danger_at_the_danger_question_is_never_put_aside(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say("who is the dsl")  # answered aside
    assert "Your report is still open" in chat.last.text
    await chat.say("should i ring 999")  # about the danger itself: read as not sure, urgent (bot/flows/danger_told.py)
    assert "Your report is still open" not in chat.text
    assert "\u201cNot sure\u201d, which is treated as urgent" in chat.text
    assert await logged(chat) == ["who is the dsl"]


async def test_a_question_that_may_tell_of_harm_is_kept_as_a_concern_and_never_logged(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.say("who is the dsl")
    assert "Your report is still open" in chat.last.text
    told = "what do i do if a child says her dad hits her?"
    await chat.say(told)
    assert "noted what you wrote as what happened" in chat.text and "Your report is still open" not in chat.text
    assert (await kept_draft(chat))[1]["fields"]["what"] == told  # type: ignore[index]
    assert await logged(chat) == ["who is the dsl"]  # the concern's words are not the policy owner's to read


async def test_asking_what_the_bot_does_at_the_kind_question_gives_its_help_and_files_nothing(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.say("how does this work")
    assert "Pick the closest kind" in chat.text and "What kind of concern" in chat.last.text
    assert "noted what you wrote" not in chat.text
    assert (await kept_draft(chat))[1]["fields"] == {}


@pytest.mark.parametrize("said", ["can i screenshot it", "should i reply to the mum", "do i need to tell the parents",
                                  "who is the dsl"])
async def test_a_question_at_a_step_in_own_words_is_kept_offered_back_and_answered_when_they_say_so(
        chat: Chat, said: str) -> None:
    await start_routine(chat)
    await chat.say(said)
    assert "I've kept that as your answer to \u201cWho is affected?\u201d" in chat.text
    assert "Who is responsible" in chat.last.text and chat.last.buttons[-1].label == "It was a question"
    assert (await kept_draft(chat))[1]["fields"]["affected"] == said  # type: ignore[index]
    await chat.click("It was a question")
    assert answered(chat) and "taken that out of your report" in chat.text
    assert "Who is affected" in chat.last.text
    assert not (await kept_draft(chat))[1]["fields"].get("affected")  # type: ignore[union-attr]
    assert await logged(chat) == [said]  # answered once, filed nowhere


async def test_a_question_that_is_part_of_the_story_stays_in_the_report_when_the_teacher_carries_on(
        chat: Chat) -> None:
    await start_routine(chat)
    for _ in range(4):
        await chat.click("Skip")
    told = "can she come back tomorrow? her mum rang the office"
    await chat.say(told)
    assert "I've kept that as your answer to \u201cWhat happened?\u201d" in chat.text
    assert chat.last.buttons[-1].label == "It was a question"
    await chat.click("No disclosure")
    assert (await kept_draft(chat))[1]["fields"]["what"] == told  # type: ignore[index]
    assert await logged(chat) == []


async def test_a_policy_question_on_the_summary_is_answered_and_the_summary_shown_again_unsent(chat: Chat) -> None:
    await start_routine(chat)
    await walk_rest(chat)
    before = (await kept_draft(chat))[1]
    await chat.say("is this something for the lado")
    assert any(r.citation is not None and r.citation.clause_id == "B.0" for r in chat.replies)
    assert "Your report is still open and not sent" in chat.text
    assert "Here is your report" in chat.last.text and chat.last.buttons[0].label == "Send report"
    assert "Which part" not in chat.text
    assert (await kept_draft(chat))[1] == before
    await chat.click("Send report")
    assert "C-0001" in chat.replies[0].text


async def test_an_offer_standing_on_the_summary_outlasts_a_question_answered_aside(chat: Chat) -> None:
    await question_as_the_last_answer(chat)
    assert chat.last.buttons[-1].label == "It was a question"
    await chat.say("is this something for the lado")
    assert any(r.citation is not None and r.citation.clause_id == "B.0" for r in chat.replies)
    assert "Here is your report" in chat.last.text and chat.last.buttons[-1].label == "It was a question"
    await chat.click("It was a question")  # the earlier words are still theirs to take back
    assert any(r.citation is not None and r.citation.clause_id == "B.3" for r in chat.replies)


async def test_a_question_on_an_urgent_reports_summary_adds_nothing_to_its_concern(chat: Chat) -> None:
    await start_urgent(chat)
    await walk_rest(chat)
    # counted once the URGENT alert is sent and its trail lines written (the outbox's, after the answers: counted
    # before them, 4 events became 5 under load with nothing asked)
    async with asyncio.timeout(10):
        while True:
            async with chat.runtime.store.transaction() as s:
                waiting = (await s.execute(select(OutboxEntry).where(OutboxEntry.status == "pending"))).scalars().all()
                events = len((await s.execute(select(ConcernEvent))).scalars().all())
                [concern] = (await s.execute(select(Concern))).scalars().all()
                fields = dict(concern.fields or {})
            if not waiting:
                break
            await asyncio.sleep(0.02)
    await chat.say("is this something for the lado")
    assert any(r.citation is not None and r.citation.clause_id == "B.0" for r in chat.replies)
    async with chat.runtime.store.transaction() as s:
        assert len((await s.execute(select(ConcernEvent))).scalars().all()) == events
        [concern] = (await s.execute(select(Concern))).scalars().all()
        assert concern.fields == fields


async def test_a_report_with_a_question_answered_aside_resumes_at_the_same_question(db_url: str) -> None:
    settings = make_settings(db_url)
    first = await open_runtime(settings, {"local": FakeChannel()})
    async with running(first):
        chat = Chat(first)
        await chat.say("report a concern")
        await chat.click("A member of staff")
        await chat.say("is this something for the lado")
        assert "Your report is still open" in chat.last.text
    second = await open_runtime(settings, {"local": FakeChannel()})
    async with running(second):
        chat = Chat(second)
        shown = await second.engine.resume(chat.conversation)
        assert "Is a child in immediate danger?" in shown[-1].text
        await chat.say("no")
        assert "Who is affected" in chat.last.text
        assert (await kept_draft(chat))[1]["fields"] == {"category": "staff_conduct", "danger": "no"}


# At the danger question, asked about the child's safety now: the danger itself, kept as the step keeps any words
# (what happened), never answered "not covered" aside with the words logged and left out of the report
DANGER_ASKED_ABOUT = ["is she safe to go home?", "am i meant to say yes if he's threatening to come in?",
                      "what should i do if she won't go home?", "is the man still at the gate?",
                      "can the dad pick her up after school?",
                      "should i keep her back after school until someone comes?"]


@pytest.mark.parametrize("said", DANGER_ASKED_ABOUT)
async def test_a_question_about_the_danger_at_the_danger_question_is_kept(chat: Chat, said: str) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say(said)
    assert "your question isn't in it" not in chat.text
    assert said in str((await kept_draft(chat))[1]["fields"])
    assert await logged(chat) == []


async def test_harm_asked_about_at_the_kind_question_is_kept_not_logged(chat: Chat) -> None:
    said = "is there an option for a child being harmed at home?"
    await chat.say("report a concern")
    await chat.say(said)
    assert "your question isn't in it" not in chat.text and "doesn't cover" not in chat.text
    assert said in str((await kept_draft(chat))[1]["fields"])
    assert await logged(chat) == []


@pytest.mark.parametrize("said", ["can i add that he hit her as well?", "can i add that it happened twice?",
                                  "is it possible to add the boy's name?"])
async def test_asking_to_add_on_the_summary_is_a_correction(chat: Chat, said: str) -> None:
    await start_routine(chat)
    await walk_rest(chat, skipped=4)
    await chat.say(said)
    assert "your question isn't in it" not in chat.text
    assert "Which part of your report should this change?" in chat.text and said in chat.text
    assert await logged(chat) == []


@pytest.mark.parametrize(("said", "kind"), [("do i pick other?", "other"), ("should i choose staff?", "staff_conduct")])
async def test_asking_whether_to_choose_a_kind_chooses_it(chat: Chat, said: str, kind: str) -> None:
    await chat.say("report a concern")
    await chat.say(said)
    assert "immediate danger" in chat.last.text
    assert (await kept_draft(chat))[1]["fields"] == {"category": kind}
