"""Outside a report, a teacher asks about reporting in general ("how long are concerns kept?", "is reporting
anonymous?") or about a practical step ("can i screenshot the post?"): answered truthfully with what the bot does, or
with the school's own reporting guidance said to be that, and offered the report; and what the answers say of where
a report goes is what this school has set up, never a channel that is not there."""

from __future__ import annotations

import pytest

from bot.runtime import open_runtime, running
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_about_reporting import logged, no_concern
from tests.bot.test_concern_report import kept_draft
from tests.fakes.escalation_channel import FakeChannel

NOT_COVERED = "doesn't cover that"
# Who can see a report, on the local install these tests run (its inbox and chat have no sign-in)
LOCAL = "anyone using the computer this bot runs on can open them, and nobody on another computer can"
# As a teacher would ask them before ever starting a report, and what the answer must say (true of this bot)
GENERAL = [
    ("how long are concerns kept?", "I never delete it"),
    ("how long are reports stored for?", "I never delete it"),
    ("who can see the concerns i report?", LOCAL),
    ("who sees concerns?", LOCAL),
    ("are reports confidential?", LOCAL),
    ("will the parent find out i reported their post?", "I don't tell the person you report"),
    ("do parents get told if i report them?", "I don't tell the person you report"),
    ("is reporting anonymous?", "always carries your name"),
    ("are concerns anonymous?", "always carries your name"),
    ("what happens after i report something?", "acknowledges it"),
    ("what happens to concerns once they're sent?", "acknowledges it"),
    ("can i take a report back?", "type cancel"),
    ("can i withdraw a concern?", "type cancel"),
    ("does the person i report get told?", "I don't tell the person you report"),
    ("are concerns shared with parents?", LOCAL),
    ("what happens if i report a colleague?", "acknowledges it"),
]
OFFER = "type 'report a concern'"
# Policy questions that share words with those: their clause, or "not covered", as ever
POLICY = [("can parents see photos i post?", "B.3"), ("how long do we keep photos?", None),
          ("how long do we keep screenshots of parents' posts as evidence", None),
          ("can governors see the smoothwall reports?", None)]
PARENT_ROUTE = "Screenshot it if you can, don't reply online, and tell the Headteacher"
IMAGE_ROUTE = "don't share or forward the picture"


@pytest.mark.parametrize(("said", "says"), GENERAL)
async def test_a_general_question_about_reporting_is_answered_truthfully_and_the_report_offered(
        chat: Chat, said: str, says: str) -> None:
    await chat.say(said)
    assert says in chat.text and NOT_COVERED not in chat.text
    assert chat.text.rstrip().endswith(f"{OFFER}.")
    assert "Report a concern" in [b.label for b in chat.last.buttons]
    assert (await kept_draft(chat))[0] is None and await logged(chat) == [] and await no_concern(chat)


@pytest.mark.parametrize(("said", "clause"), POLICY)
async def test_a_policy_question_sharing_their_words_keeps_its_answer(chat: Chat, said: str,
                                                                      clause: str | None) -> None:
    await chat.say(said)
    assert "always carries your name" not in chat.text and "I never delete it" not in chat.text
    assert "can't, and I don't send it" not in chat.text
    assert (chat.replies[0].citation.clause_id if chat.replies[0].citation else None) == clause
    assert await logged(chat) == [said]


@pytest.mark.parametrize("said", ["can i report it to facebook anonymously?",
                                  "is reporting a post to facebook anonymous?"])
async def test_reporting_to_a_platform_is_not_answered_as_reporting_here(chat: Chat, said: str) -> None:
    await chat.say(said)
    assert "always carries your name" not in chat.text


async def test_a_practical_step_of_a_clear_kind_is_answered_from_the_school_guidance(chat: Chat) -> None:
    await chat.say("can i screenshot a parent's post?")
    assert "school's reporting guidance" in chat.text and PARENT_ROUTE in chat.text
    assert "not a clause" in chat.text or "doesn't cover" in chat.text or chat.replies[0].citation is not None


async def test_a_practical_step_a_clause_answers_keeps_the_clause_and_adds_the_guidance(chat: Chat) -> None:
    await chat.say("should i reply to the parent's post?")
    assert chat.replies[0].citation is not None and chat.replies[0].citation.clause_id == "APX.3"
    assert "school's reporting guidance" in chat.text and PARENT_ROUTE in chat.text


@pytest.mark.parametrize("said", ["can i screenshot the post?", "should i take a screenshot?"])
async def test_a_practical_step_of_no_clear_kind_says_the_guidance_across_kinds_and_asks_which(
        chat: Chat, said: str) -> None:
    await chat.say(said)
    assert "school's reporting guidance" in chat.text
    assert PARENT_ROUTE in chat.text and IMAGE_ROUTE in chat.text  # a sexual image is never to be screenshotted
    assert "Which kind" in chat.text
    assert "Report a concern" in [b.label for b in chat.last.buttons]


async def test_a_practical_step_the_guidance_says_nothing_of_stays_not_covered(chat: Chat) -> None:
    await chat.say("should i ask the child more questions?")
    assert "school's reporting guidance" not in chat.text and NOT_COVERED in chat.text


async def test_harm_told_with_a_practical_step_begins_the_report(chat: Chat) -> None:
    await chat.say("do i screenshot it? a boy in y6 has been sending a girl in my class nudes")
    assert "school's reporting guidance" not in chat.text
    assert (await kept_draft(chat))[0] == "concern_report" and await logged(chat) == []


# Where a report goes, as this school has set it up
NO_INBOX = "the Headteacher's inbox on this computer is off and nowhere else is set up yet"  # a local install's


async def test_on_the_local_install_the_answer_names_the_headteachers_inbox(chat: Chat) -> None:
    await chat.say("who can see my report?")
    assert "Headteacher's inbox" in chat.text and "Headteacher's channel" not in chat.text


async def test_with_nowhere_set_a_report_is_never_said_to_go_to_a_channel(db_url: str) -> None:
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS="local:dsl"), {"local": FakeChannel()})
    async with running(runtime):
        chat = Chat(runtime)
        for said in ("who can see my report?", "what happens after i send my report?", "is reporting anonymous?",
                     "will the parent find out i reported their post?"):
            await chat.say(said)
            assert "Headteacher's channel," not in chat.text and "goes to the Headteacher" not in chat.text, said
            assert NO_INBOX in chat.text and "no Headteacher's channel" not in chat.text, said  # a local install
        await chat.say("report a concern")
        await chat.say("who will see this?")
        assert NO_INBOX in chat.text
        assert "one person set up as this bot's admin" in chat.text


async def test_once_a_channel_is_set_the_answer_says_so(db_url: str) -> None:
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS="local:dsl"), {"local": FakeChannel()})
    async with running(runtime):
        dsl = Chat(runtime, user="local:dsl", conversation="local:dsl", name="Dee DSL",
                   extra={"address": "dsl-room"})
        await dsl.say("set escalation channel")
        chat = Chat(runtime)
        await chat.say("who can see my report?")
        assert "the conversation set up for concerns" in chat.text
        assert NO_INBOX not in chat.text
