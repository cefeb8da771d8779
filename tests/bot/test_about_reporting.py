"""A teacher asks about reporting itself ("who will see this?", "can i stay anonymous?") or a practical step ("can i
screenshot the post?"): answered with what the bot really does, or the school's own reporting guidance, and in a
report the step asked again, nothing filed. Words telling of harm stay in the report."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.store.models import Concern, QuestionLog
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import kept_draft, start_routine, to_what_happened, walk_rest

# As teachers type them, and what the answer must say (the truth about this bot, not "not covered")
ABOUT = [
    ("who will see this?", "Headteacher's inbox"),
    ("will the head see this?", "Headteacher's inbox"),
    ("can parents see this", "anyone using the computer this bot runs on can open them"),
    ("who can see my report", "Headteacher's inbox"),
    ("will the person i'm reporting find out it was me?", "I don't tell the person you report"),
    ("can i stay anonymous?", "always carries your name"),
    ("can i do it anonymously", "always carries your name"),
    ("what happens after i send it?", "acknowledges it"),
    ("what happens next", "acknowledges it"),
    ("how long is it kept?", "never delete it"),
    ("can i change it later?", "Once it is sent, I can't change it"),
    ("can i delete it?", "type cancel"),
]
OUTSIDE = [  # outside a report the report must be named: "can parents see this?" may be about a post
    ("who can see my report?", "Headteacher's inbox"),
    ("can parents see my report", "anyone using the computer this bot runs on can open them"),
    ("will the person i'm reporting find out it was me", "I don't tell the person you report"),
    ("can i stay anonymous?", "always carries your name"),
    ("what happens after i send my report?", "acknowledges it"),
    ("how long is my report kept", "never delete it"),
    ("will my report be anonymous", "always carries your name"),
    ("can i report anonymously", "always carries your name"),  # read as a report by its rules: only asked, answered
    ("what happens after i report a concern?", "acknowledges it"),
    ("can i delete my report?", "type cancel"),
]
NOT_COVERED = "doesn't cover that"
# Outside a report, not the teacher's report: left as they were (from our labelled sets)
NOT_ABOUT = ["Is the staff wellbeing survey anonymous, and where do I log my answers?",
             "can governors see the smoothwall reports?", "can parents see this photo?"]


async def logged(chat: Chat) -> list[str]:
    async with chat.runtime.store.transaction() as s:
        return [q.question for q in (await s.execute(select(QuestionLog))).scalars()]


async def no_concern(chat: Chat) -> bool:
    async with chat.runtime.store.transaction() as s:
        return (await s.execute(select(Concern))).scalars().all() == []


@pytest.mark.parametrize(("said", "says"), ABOUT)
async def test_asked_about_reporting_at_the_kind_question_it_is_answered_and_the_kind_asked_again(
        chat: Chat, said: str, says: str) -> None:
    await chat.say("report a concern")
    await chat.say(said)
    assert says in chat.text and NOT_COVERED not in chat.text and "noted what you wrote" not in chat.text
    assert chat.last.text.startswith("Your report is still open, and your question isn't in it: what kind of")
    assert (await kept_draft(chat))[1]["fields"] == {}
    assert await logged(chat) == [] and await no_concern(chat)
    await chat.click("Online bullying")
    assert "immediate danger" in chat.last.text


@pytest.mark.parametrize(("said", "says"), ABOUT)
async def test_asked_about_reporting_at_a_step_in_own_words_it_is_answered_not_kept(
        chat: Chat, said: str, says: str) -> None:
    await start_routine(chat)
    await chat.say(said)
    assert says in chat.text and "I've kept that" not in chat.text
    assert chat.last.text.startswith("Your report is still open, and your question isn't in it: who is affected?")
    assert not (await kept_draft(chat))[1]["fields"].get("affected")  # type: ignore[union-attr]
    await chat.say("Amy P, Year 5")  # the step's answer, as ever
    assert "Who is responsible" in chat.last.text


@pytest.mark.parametrize(("said", "says"), [("will the head see this?", "Headteacher's inbox"),
                                            ("can i stay anonymous", "always carries your name"),
                                            ("what happens after i send it", "acknowledges it")])
async def test_asked_about_reporting_at_the_danger_question_raises_nothing(chat: Chat, said: str, says: str) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say(said)
    assert says in chat.text and NOT_COVERED not in chat.text
    assert chat.last.text.startswith("Your report is still open, and your question isn't in it: is a child in")
    assert await no_concern(chat) and (await kept_draft(chat))[1]["fields"] == {"category": "bullying"}


@pytest.mark.parametrize("said", ["what do these options mean?", "what if i'm not sure which kind?",
                                  "not sure which one to pick", "how do i answer this"])
async def test_asked_how_to_answer_the_kind_it_gives_the_step_help(chat: Chat, said: str) -> None:
    await chat.say("report a concern")
    await chat.say(said)
    assert "Pick the closest kind" in chat.text and "What kind of concern" in chat.last.text
    assert (await kept_draft(chat))[1]["fields"] == {} and await logged(chat) == []


@pytest.mark.parametrize("said", [
    "what if he hits her again tonight?",  # about the danger: the danger question's, as ever
    "will the head see this? her dad hit her last night",
    "can i stay anonymous, the mum said her boyfriend hurts her",
])
async def test_harm_told_in_a_question_about_reporting_stays_with_the_report(chat: Chat, said: str) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say(said)
    assert "Your report is still open" not in chat.text
    assert "always carries your name" not in chat.text and "where it shows the kind of concern" not in chat.text
    assert await logged(chat) == []


async def test_harm_told_at_the_kind_question_with_a_question_about_reporting_is_kept(chat: Chat) -> None:
    await chat.say("report a concern")
    told = "who will see this? a boy in my class says his stepdad beats him"
    await chat.say(told)
    assert "where it shows the kind of concern" not in chat.text
    assert (await kept_draft(chat))[1]["fields"].get("what") == told  # type: ignore[union-attr]


PARENT_ROUTE = "Screenshot it if you can, don't reply online, and tell the Headteacher"


@pytest.mark.parametrize("said", ["can i screenshot the post?", "should i reply to the parent?",
                                  "shud i reply to the mum", "do i tell the parents?",
                                  "can i keep the pics on my phone as evidence?"])
async def test_a_practical_step_is_answered_from_the_school_guidance_for_the_kind(chat: Chat, said: str) -> None:
    await chat.say("report a concern")
    await chat.click("An inappropriate post")
    await chat.say("no")  # at who is affected, a step in own words
    await chat.say(said)
    assert "school's reporting guidance" in chat.text and PARENT_ROUTE in chat.text
    assert "I've kept that" not in chat.text
    assert chat.last.text.startswith("Your report is still open, and your question isn't in it: who is affected?")
    assert not (await kept_draft(chat))[1]["fields"].get("affected")  # type: ignore[union-attr]


async def test_a_practical_step_the_guidance_says_nothing_of_is_not_answered_from_it(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.click("An inappropriate post")
    await chat.say("should i ask the child more questions?")  # at the danger question: answered aside as before
    assert "school's reporting guidance" not in chat.text and NOT_COVERED in chat.text
    assert chat.last.text.startswith("Your report is still open, and your question isn't in it: is a child in")


@pytest.mark.parametrize(("said", "says"), OUTSIDE)
async def test_asked_about_reporting_outside_a_report_it_is_answered_and_nothing_begins(
        chat: Chat, said: str, says: str) -> None:
    await chat.say(said)
    assert says in chat.text and NOT_COVERED not in chat.text
    assert "My reports" in [b.label for b in chat.last.buttons]
    assert (await kept_draft(chat))[0] is None and await logged(chat) == [] and await no_concern(chat)


async def test_help_says_reporting_can_be_asked_about(chat: Chat) -> None:
    await chat.say("help")
    assert "who will see my report?" in chat.text


@pytest.mark.parametrize("said", NOT_ABOUT)
async def test_a_question_outside_a_report_about_something_else_is_not_answered_about_reporting(
        chat: Chat, said: str) -> None:
    await chat.say(said)
    assert "always carries your name" not in chat.text and "where it shows the kind of concern" not in chat.text


@pytest.mark.parametrize("told", ["will tell the parents tomorrow", "the head will see it on monday",
                                  "what happens next is she posts again every night",
                                  "I said I'd reply to the parent after school"])
async def test_an_answer_that_mentions_reporting_or_a_step_is_kept_as_the_answer(chat: Chat, told: str) -> None:
    await to_what_happened(chat, kind="An inappropriate post")
    await chat.say(told)
    assert "school's reporting guidance" not in chat.text and "Your report is still open" not in chat.text
    assert (await kept_draft(chat))[1]["fields"].get("what") == told  # type: ignore[union-attr]


@pytest.mark.parametrize("told", ["can i report anonymously? her dad hits her",
                                  "what happens after i report a concern about a pupil being hit?"])
async def test_harm_told_in_a_question_about_reporting_outside_a_report_begins_the_report(
        chat: Chat, told: str) -> None:
    await chat.say(told)
    assert "always carries your name" not in chat.text and "acknowledges it" not in chat.text
    assert (await kept_draft(chat))[0] == "concern_report" and await logged(chat) == []


@pytest.mark.parametrize("said", ["can you remove it", "can i change it later?"])
async def test_on_the_summary_asking_to_change_is_a_correction_not_a_question_about_reporting(
        chat: Chat, said: str) -> None:
    await chat.say("report a concern")
    await chat.click("An inappropriate post")
    await chat.say("no")
    await walk_rest(chat, what="A parent posted a photo of the class on Facebook")
    await chat.say(said)
    assert "Before you send it" not in chat.text
