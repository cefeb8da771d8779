"""Second thoughts at a question ("actually no", "oops", "wait", "that's wrong") take back the last answer; they are
never the answer. Found by exploratory testing: "Who is responsible: oops" and "When: actually no" went to the
Headteacher, on an URGENT concern at once. Through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, kept_draft, start_routine, start_urgent


async def fields(chat: Chat) -> dict[str, str]:
    return dict((await kept_draft(chat))[1]["fields"])  # type: ignore[arg-type]


@pytest.mark.parametrize("said", ["actually no", "no wait", "oops", "Wait", "that's wrong", "I made a mistake",
                                  "oops sorry", "hang on", "sorry, wrong one", "my bad"])
async def test_second_thoughts_go_back_to_the_answer_before(chat: Chat, said: str) -> None:
    await start_routine(chat)
    await chat.say("Amy P, 4B")
    assert "Who is responsible" in chat.last.text

    await chat.say(said)

    assert "responsible" not in await fields(chat)
    assert "haven't kept" in chat.text
    assert "Who is affected" in chat.last.text and "Amy P, 4B" in chat.last.text  # shown, to change
    await chat.say("Amy P and Jo K, 4B")
    assert (await fields(chat))["affected"] == "Amy P and Jo K, 4B"
    assert "Who is responsible" in chat.last.text


async def test_on_an_urgent_report_they_never_reach_the_headteacher(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Amy P, 4B")
    await chat.say("actually no")
    [urgent] = await concerns_in(chat)
    assert "responsible" not in urgent.fields
    assert urgent.fields["affected"] == "Amy P, 4B"


async def test_over_an_answer_shown_it_stays_as_it_was(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Amy P, 4B")
    await chat.click("Back")
    assert "Your answer so far" in chat.last.text
    await chat.say("oops")
    assert (await fields(chat))["affected"] == "Amy P, 4B"
    assert "Who is affected" in chat.last.text and "Keep as it is" in chat.text


async def test_start_again_says_how(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Amy P, 4B")
    await chat.say("can i start again")
    assert "cancel, then 'report a concern'" in chat.text
    assert "responsible" not in await fields(chat)


@pytest.mark.parametrize(("answer", "field"), [("Wait staff at lunch", "responsible"),
                                               ("Mr Wrong", "responsible"),
                                               ("\u201cwait\u201d", "responsible")])
async def test_answers_with_those_words_in_them_are_kept(chat: Chat, answer: str, field: str) -> None:
    await start_routine(chat)
    await chat.say("Amy P, 4B")
    await chat.say(answer)
    assert (await fields(chat))[field] == answer


async def test_a_childs_words_are_kept_as_said(chat: Chat) -> None:
    await start_routine(chat)
    for _ in range(4):
        await chat.click("Skip")
    await chat.say("Messages at night")
    assert "exact words" in chat.last.text
    await chat.say("wait")
    assert (await fields(chat))["disclosure"] == "wait"


@pytest.mark.parametrize("said", ["\U0001f644", "\U0001f621\U0001f621\U0001f621", "...", "\U0001f622 !!"])
async def test_a_message_with_no_words_is_not_an_answer(chat: Chat, said: str) -> None:
    """"Who is affected: 🙄" replaced the names given before it, found by exploratory testing."""
    await start_routine(chat)
    await chat.say("Amy P, 4B")
    await chat.say(said)
    assert "responsible" not in await fields(chat) and "Who is responsible" in chat.last.text
    await chat.click("Back")
    await chat.say(said)
    assert (await fields(chat))["affected"] == "Amy P, 4B"
    assert "no words" in chat.text and "Keep as it is" in chat.text


async def test_on_an_urgent_report_a_message_with_no_words_never_reaches_the_headteacher(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("\U0001f644")
    [urgent] = await concerns_in(chat)
    assert "affected" not in urgent.fields


@pytest.mark.parametrize("said", ["no, sorry", "No sorry", "sorry no", "nope, sorry"])
async def test_a_no_said_sorry_for_is_kept_as_the_answer(chat: Chat, said: str) -> None:
    """Review revL: "no, sorry" at "Is there evidence?" went back to the question before, the answer lost."""
    await start_routine(chat)
    for _ in range(3):  # who is affected, who is responsible, where
        await chat.click("Skip")
    await chat.say("today")
    await chat.say("A boy in 5C posted an unkind video about Amy")
    await chat.click("No disclosure")
    assert "Is there evidence?" in chat.last.text
    await chat.say(said)
    assert (await fields(chat))["evidence"] == said
    assert "haven't kept" not in chat.text and "What has been done already?" in chat.last.text
