"""Small talk typed at a question answered in the reporter's own words is never the answer: "hello" at "Who is
affected?" went to the Headteacher on an URGENT concern as who was affected. The question comes back, nothing changed;
real answers that begin with the same words are still taken."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, kept_draft, start_urgent, trail_of, walk_to_confirm


async def answers(chat: Chat) -> dict[str, str]:
    return dict((await kept_draft(chat))[1]["fields"])  # type: ignore[arg-type]


@pytest.mark.parametrize("said", ["hello", "Hi there", "good morning", "hello?", "bye", "how are you?",
                                  "who are you", "??"])
async def test_small_talk_at_who_is_affected_on_an_urgent_report_changes_nothing(chat: Chat, said: str) -> None:
    await start_urgent(chat)
    assert "Who is affected" in chat.last.text
    before, trail = await answers(chat), await trail_of(chat, people_only=True)

    await chat.say(said)

    assert "Who is affected" in chat.last.text  # asked again
    assert await answers(chat) == before and await trail_of(chat, people_only=True) == trail
    [urgent] = await concerns_in(chat)
    assert "affected" not in urgent.fields


async def test_hello_at_a_question_says_the_report_is_waiting_there(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("hello")
    assert "Hello \u2014 your report is waiting at this question" in chat.text
    assert "haven't kept that as an answer" in chat.text


@pytest.mark.parametrize(("step", "answer"), [("Who is affected", "hi-vis jacket man"),
                                              ("Who is affected", "Thanks to Jo, Y5 TA"),
                                              ("Who is affected", "ok so it was at 3pm")])
async def test_real_answers_beginning_with_small_talk_words_are_taken(chat: Chat, step: str, answer: str) -> None:
    await start_urgent(chat)
    assert step in chat.last.text
    await chat.say(answer)
    assert (await answers(chat))["affected"] == answer
    [urgent] = await concerns_in(chat)
    assert urgent.fields["affected"] == answer  # joined to the URGENT concern as any answer is


async def test_a_time_of_day_at_when_is_the_answer(chat: Chat) -> None:
    await start_urgent(chat)
    for _ in range(3):  # who is affected, who is responsible, where
        await chat.click("Skip")
    assert "When did it happen" in chat.last.text
    await chat.say("morning")
    assert (await answers(chat))["when"] == "morning"


async def test_small_talk_over_an_answer_shown_keeps_it(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Who is affected")  # from the summary
    before = await answers(chat)
    await chat.say("hi")
    assert await answers(chat) == before and "Who is affected" in chat.last.text


async def test_a_greeting_in_quotes_is_a_childs_own_words(chat: Chat) -> None:
    await start_urgent(chat)
    for _ in range(4):
        await chat.click("Skip")
    await chat.say("A man keeps messaging her")
    assert "Did a child tell you" in chat.last.text
    await chat.say("hello")
    assert "type it in quotes" in chat.text and "disclosure" not in await answers(chat)
    await chat.say("\u201chello\u201d")
    assert (await answers(chat))["disclosure"] == "\u201chello\u201d"


@pytest.mark.parametrize("said", ["TA", "TAs", "TA!"])
async def test_ta_in_capitals_is_a_teaching_assistant_not_thanks(chat: Chat, said: str) -> None:
    """"ta" is thanks; "TA" typed in capitals at "Who is responsible?" names a teaching assistant, a real answer."""
    await start_urgent(chat)
    await chat.click("Skip")  # who is affected
    assert "Who is responsible" in chat.last.text
    await chat.say(said)
    assert (await answers(chat))["responsible"] == said
    assert "haven't saved that as an answer" not in chat.text


async def test_ta_in_lower_case_alone_is_still_thanks(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.click("Skip")
    await chat.say("ta")
    assert "responsible" not in await answers(chat)
    assert "Who is responsible" in chat.last.text


@pytest.mark.parametrize("said", ["Ty", "TY", "Ty."])
async def test_ty_with_a_capital_is_a_name_or_initials_not_thanks(chat: Chat, said: str) -> None:
    """"ty" is thanks; "Ty" typed alone at "Who is responsible?" is who (a name, or initials), as "TA" is a role."""
    await start_urgent(chat)
    await chat.click("Skip")  # who is affected
    assert "Who is responsible" in chat.last.text
    await chat.say(said)
    assert (await answers(chat))["responsible"] == said
    assert "haven't saved that as an answer" not in chat.text and "Where did it happen" in chat.last.text


async def test_ty_over_an_answer_shown_replaces_it_and_lower_case_ty_keeps_it(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("Jayden")
    await chat.say("back")  # Who is responsible? again, "Jayden" shown
    await chat.say("ty")  # thanks: the answer shown kept
    assert (await answers(chat))["responsible"] == "Jayden"
    await chat.say("back")
    await chat.say("Ty")
    assert (await answers(chat))["responsible"] == "Ty"


@pytest.mark.parametrize("said", ["ty", "Ta", "Thanks"])
async def test_ty_in_lower_case_and_thanks_with_a_phones_capital_are_still_thanks(chat: Chat, said: str) -> None:
    await start_urgent(chat)
    await chat.click("Skip")
    await chat.say(said)
    assert "responsible" not in await answers(chat)
    assert "Who is responsible" in chat.last.text
