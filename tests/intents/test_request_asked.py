"""A request to connect asked about, and staff harm told after a question opener (helper `askrep`).

"one of the dads from reception added me on insta, do i accept" began a report unasked: the report model, weighing
the parent, the platform and "me", was sure of it (0.62). Asked whether to accept, with nothing harmful told, it is a
question: B.1 for a pupil, "not covered" with B.1 the nearest for a parent, the report offered first at most. Told
with anything harmful, it stays a report. "what should i do now? a parent slapped me in the car park" was answered
"not covered" and its words logged: the staff-harm reading started only at the start of the message, where the
question opener stood."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# Pupils asking to connect: B.1 settles it
PUPIL_ASKS = [
    "a girl in my class added me on snapchat what do i do",
    "one of my year 5 boys wants to follow me on tiktok",
    "a boy from year 6 sent me a friend request on insta, should i accept",
]
# Parents asking to connect: the policy does not say, B.1 the nearest it comes
PARENT_ASKS = [
    "one of the dads from reception added me on insta, do i accept",
    "a mum from my class wants to follow me on tiktok",
    "a dad from year 2 sent me a friend request on facebook what should i do",
]
# The same with something harmful told: a report, begun
HARM_TOLD_WITH_IT = [
    "one of the dads from reception added me on insta and then sent me abusive messages",
    "a girl in my class added me on snapchat and asked me to keep it secret",
    "a dad added me on facebook, he's been sending her gifts",
    "a dad from year 2 added me on fb and wants to meet up with her, do i accept",
]
# Harm to staff told after "what should i do" or "help"
STAFF_HARM_AFTER_OPENER = [
    "what should i do now? a parent slapped me in the car park",
    "help, a dad pushed me at the gate",
    "what do i do? a mum threatened me at pick up",
    "help please my ta got punched by a parent this morning",
]


@pytest.mark.parametrize("words", PUPIL_ASKS)
async def test_a_pupil_asking_to_connect_is_answered_from_b1_not_begun_as_a_report(
        chat: Chat, words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.clause_id == "B.1" and not meaning.doubtful, meaning
    await chat.say(words)
    assert not report_begun(chat), chat.text
    assert "Never add pupils" in chat.text, chat.text  # B.1, quoted


@pytest.mark.parametrize("words", PARENT_ASKS)
async def test_a_parent_asking_to_connect_is_not_covered_with_b1_nearest_not_begun_as_a_report(
        chat: Chat, words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.clause_id is None and meaning.nearest == "B.1" and not meaning.doubtful, meaning
    await chat.say(words)
    assert not report_begun(chat), chat.text


@pytest.mark.parametrize("words", HARM_TOLD_WITH_IT)
async def test_a_request_told_with_harm_still_begins_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat), chat.text


@pytest.mark.parametrize("words", STAFF_HARM_AFTER_OPENER)
async def test_staff_harm_after_a_question_opener_is_reported_and_not_logged(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", [
    "what should i do if a parent slapped me",
    "what should i do when a parent slaps me in the car park",
])
def test_a_condition_after_the_opener_is_still_a_question(words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert not meaning.report and not meaning.report_first, meaning
