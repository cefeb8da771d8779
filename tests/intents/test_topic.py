"""The topic model turns answers to everyday school business into "not covered", and leaves policy questions
(and follow-ups leaning on the last answer) alone. None of these messages is in a set the model was fitted on."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents import understand
from intents.topic import about_something_else, is_school_business, topic_probability
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base

BUSINESS = [
    "where do I put the class photos for the yearbook?",  # the clause matcher alone answers B.2
    "how do I claim overtime for the parents evening?",
    "can I swap my playground duty for the disco?",
]
POLICY = [
    "can I post sports day photos?",
    "am I allowed to accept a friend request from a pupil's mum?",
    "can I have a moan about the council on my own page?",
    "when is the policy due for review?",
]


@pytest.mark.parametrize("question", BUSINESS)
def test_school_business_is_not_answered_from_the_policy(kb: KnowledgeBase, question: str) -> None:
    assert is_school_business(question), f"{question!r}: {topic_probability(question):.2f}"
    u = understand(question, kb.index)
    assert u.clause_id is None and u.intent == "out_of_scope"


@pytest.mark.parametrize("question", POLICY)
def test_policy_questions_are_still_answered(kb: KnowledgeBase, question: str) -> None:
    assert not is_school_business(question), f"{question!r}: {topic_probability(question):.2f}"
    assert understand(question, kb.index).clause_id is not None


def test_a_follow_up_keeps_its_context(kb: KnowledgeBase) -> None:
    first = understand("can I be friends with pupils on facebook?", kb.index)
    follow = understand("what about ex-pupils?", kb.index, previous_clause=first.clause_id)
    assert follow.clause_id == first.clause_id


def test_empty_text_is_not_about_anything() -> None:
    assert topic_probability("") == 0.0 and topic_probability("   ") == 0.0


def test_the_model_speaks_only_for_the_policy_it_learned(kb: KnowledgeBase, tmp_path: Path) -> None:
    question = "can pupils bring their mobile phones to school?"  # not Longton Lane's business
    assert about_something_else(question, kb.index)
    phones = tmp_path / "phones.md"
    phones.write_text("# Phones\n\n## A. Pupils\n\n[A.1] Pupils may bring a mobile phone to school if they walk home"
                      " alone; it is handed in at the office.\n", encoding="utf-8")
    other = load_knowledge_base(phones)
    assert not about_something_else(question, other.index)  # for a phones policy it is the very question
    assert understand(question, other.index).clause_id == "A.1"
