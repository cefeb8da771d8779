"""After an answer, a teacher asks "what about X?" or doubts it ("really?"). Through the real engine: an elliptical
follow-up carries the last answer's subject only where X is about it; "really?" confirms the clause just quoted."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.answers import HUMAN_ROUTE, NOTHING_TO_CONFIRM, not_covered
from bot.store.models import QuestionLog
from tests.bot.conftest import Chat
from tests.fakes.escalation_channel import FakeChannel

SPORTS_DAY = "can I post sports day photos?"


def _cited(chat: Chat) -> set[str]:
    return {r.citation.clause_id for r in chat.replies if r.citation is not None}


async def _answered_b3(chat: Chat) -> None:
    await chat.say(SPORTS_DAY)
    assert _cited(chat) == {"B.3"}


@pytest.mark.parametrize("follow_up", [
    "what about the weather?", "and the weather?", "how about lunch?", "what about lunch?", "and what about pay?",
    "what about staff meetings?", "what about parking?", "what about my dog?",
])
async def test_a_follow_up_about_something_else_is_answered_as_its_own_question(chat: Chat, follow_up: str) -> None:
    # "what about the weather?" had B.3 quoted again as "the closest the policy comes"
    await _answered_b3(chat)
    await chat.say(follow_up)
    assert not _cited(chat) and "B.3" not in chat.text and "closest" not in chat.text
    assert chat.text == not_covered("Social Media policy")


@pytest.mark.parametrize("follow_up", [
    "what about on facebook?", "how about twitter?", "and for trips?", "what about videos?", "what about instagram?",
    "and the disco?", "what about the summer fete?", "what about on a school trip?", "what about the christmas play?",
    "even for my own class?", "what about residential trips?",
])
async def test_a_follow_up_about_the_same_subject_keeps_the_last_clause(chat: Chat, follow_up: str) -> None:
    await _answered_b3(chat)
    await chat.say(follow_up)
    assert "B.3" in _cited(chat)


@pytest.mark.parametrize(("first", "clause", "follow_up"), [
    ("can I add an ex-pupil on instagram?", "B.1", "and twitter?"),  # another platform, the same question
    ("can I add an ex-pupil on instagram?", "B.1", "what about whatsapp groups?"),
    ("can I add an ex-pupil on instagram?", "B.1", "and ex-pupils?"),
])
async def test_another_platform_or_party_keeps_the_subject(chat: Chat, first: str, clause: str,
                                                          follow_up: str) -> None:
    await chat.say(first)
    assert _cited(chat) == {clause}
    await chat.say(follow_up)
    assert clause in _cited(chat)


async def test_the_weather_after_a_friending_answer_is_not_that_answer_again(chat: Chat) -> None:
    # after B.1 it was B.1 again, 0.96 sure
    await chat.say("can I add an ex-pupil on instagram?")
    await chat.say("what about the weather?")
    assert not _cited(chat) and chat.text == not_covered("Social Media policy")


@pytest.mark.parametrize("doubt", [
    "really?", "Really??", "are you sure?", "r u sure", "seriously?", "is that right?", "is that true?", "you sure?",
    "are you sure about that?", "wait, really?", "honestly?", "ok are you sure?",
])
async def test_really_confirms_the_clause_just_quoted(chat: Chat, doubt: str) -> None:
    await _answered_b3(chat)
    answered = chat.replies[0].text
    await chat.say(doubt)
    assert chat.text.startswith("Yes \u2014 that is what clause B.3 says")
    assert _cited(chat) == {"B.3"} and answered not in chat.text  # the quote, not the answer said again as new


async def test_even_for_something_is_a_follow_up_not_a_doubt(chat: Chat) -> None:
    await _answered_b3(chat)
    await chat.say("even for trips?")
    assert "B.3" in _cited(chat) and not chat.text.startswith("Yes")


async def test_really_after_not_covered_confirms_no_clause(chat: Chat) -> None:
    await _answered_b3(chat)
    await chat.say("what about the weather?")
    await chat.say("are you sure?")
    assert not _cited(chat) and chat.text == f"{NOTHING_TO_CONFIRM} {HUMAN_ROUTE}"
    # the subject is still there for a follow-up that is about it
    await chat.say("and for trips?")
    assert "B.3" in _cited(chat)
    await chat.say("really?")
    assert chat.text.startswith("Yes \u2014 that is what clause B.3 says")


async def test_really_after_a_report_is_not_taken_for_the_answer_before_it(chat: Chat) -> None:
    await _answered_b3(chat)
    await chat.say("report a concern")
    await chat.say("cancel")
    await chat.say("really?")
    assert "B.3" not in chat.text


@pytest.mark.parametrize("first", [SPORTS_DAY, "can I add an ex-pupil on instagram?",
                                   "can I criticise the school on facebook?"])
async def test_a_child_in_danger_after_another_answer_is_answered_from_the_danger_clause(chat: Chat,
                                                                                         first: str) -> None:
    # Naming a child carried the last subject on whatever else was named: the sports day photos clause was quoted
    await chat.say(first)
    [before] = _cited(chat)
    await chat.say("what about if a child is in danger?")
    assert _cited(chat) == {"E.2"} and before not in chat.text


async def test_a_doubt_passed_to_the_headteacher_passes_the_question_doubted(chat: Chat,
                                                                            channel: FakeChannel) -> None:
    # "are you sure?" was logged as a question of its own: the Head was passed "are you sure?", and the policy
    # owner's list of what the policy does not answer had it beside "what about the weather?"
    await _answered_b3(chat)
    await chat.say("what about the weather?")
    await chat.say("are you sure?")
    await chat.click("Ask the Headteacher")
    assert "passed your question to the Headteacher" in chat.text
    await channel.wait_for(lambda c: any("weather" in s.text for s in c.sent))
    assert not any("are you sure" in s.text for s in channel.sent)
    async with chat.runtime.store.transaction() as s:
        asked = [e.question for e in (await s.execute(select(QuestionLog))).scalars()]
    assert asked == [SPORTS_DAY, "what about the weather?"]


async def test_helpful_on_a_confirmation_is_the_answer_confirmed(chat: Chat) -> None:
    await _answered_b3(chat)
    await chat.say("really?")
    await chat.click("Not helpful")
    async with chat.runtime.store.transaction() as s:
        [entry] = (await s.execute(select(QuestionLog))).scalars()
    assert entry.question == SPORTS_DAY and entry.feedback == "unhelpful"


async def test_a_follow_up_partly_about_the_subject_that_alone_finds_nothing_still_leans(chat: Chat) -> None:
    # "swimming" is no word of B.3's, "gala" (an event) is: read alone it is "not covered", so it leans as before
    await _answered_b3(chat)
    await chat.say("what about the swimming gala?")
    assert _cited(chat) and chat.text != not_covered("Social Media policy")
