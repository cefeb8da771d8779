"""The Headteacher's own conduct asked about with no report named (helper `reading5`): "what if the head is the
problem?" was "not covered… please ask the Headteacher", and "who do i go to if i'm worried about the headteacher's
conduct online?" B.0's "the Headteacher first… if it doesn't settle it, please ask the Headteacher". Each now says
where the school's guidance sends a concern about the Head (the Chair of Governors); through the real engine."""

from __future__ import annotations

import pytest

from bot.answers import answer_question
from bot.config import BUNDLED_POLICY
from bot.head_conduct_asked import head_conduct_asked
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base
from tests.bot.conftest import Chat

CHAIR = "if it concerns the Headteacher, tell the Chair of Governors"



@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base(BUNDLED_POLICY)


ASKED = [
    "what if the head is the problem?",
    "who do i go to if i'm worried about the headteacher's conduct online?",
    "what if it's the head posting stuff?",
    "what if the headteacher is the one posting inappropriate things",
    "what if its the head",
    "what if the head is involved",
    "i'm worried about the head's behaviour online who do i tell",
    "concerns about our headteacher, who do i go to?",
    "what if the head is the one i'm worried about",
    "who deals with the headteacher's own social media?",
    "what happens if it's the head teacher doing it",
    "i have a concern about the head, where do i go",
    "what if the ht is the problem",
    "who do we complain to if the head behaves inappropriately online",
    "what if the head teacher is the problem",
    "wat if the head is to blame",
    "i'm concerned about our headteacher's posts on facebook, who do i tell?",
    "who do i speak to if the headteacher posted something inappropriate",
    "what if the headmaster is the one doing it?",
    "what if it is the head teacher i'm worried about",
]
NEIGHBOURS = [
    "should i tell the head?",
    "what if the head says no to the photos",
    "who is the head of year 6",
    "what if a child hits his head",
    "what if the head of computing posts on twitter",
    "i'm the head, what do i do if a parent complains",
    "what if the head lice letter goes on facebook",
    "what does the head do with reports",
    "who do i tell about a parent's post",
    "i'm worried about the head's reaction if i report it",
]


@pytest.mark.parametrize("words", ASKED)
def test_the_heads_own_conduct_asked_is_answered_with_the_chair_of_governors(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert CHAIR in said, said
    assert "please ask the Headteacher" not in said and "Please ask the Headteacher" not in said, said


@pytest.mark.parametrize("words", NEIGHBOURS)
def test_the_head_named_otherwise_is_read_as_before(words: str) -> None:
    assert not head_conduct_asked(words)


async def test_what_if_the_head_is_the_problem_in_chat(chat: Chat) -> None:
    await chat.say("what if the head is the problem?")
    assert CHAIR in chat.text and "doesn't cover that" not in chat.text, chat.text


async def test_worried_about_the_heads_conduct_online_in_chat(chat: Chat) -> None:
    await chat.say("who do i go to if i'm worried about the headteacher's conduct online?")
    assert CHAIR in chat.text and "please ask the Headteacher" not in chat.text, chat.text
