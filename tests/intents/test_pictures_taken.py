"""Taking or keeping pictures of pupils on one's own device: the policy says who may post pictures (B.3 staff, D.1
parents) and nothing of taking them, so such a question is not covered, with the picture clause as the nearest it comes
rather than "not covered" alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import answer_question
from intents import understand
from policy_kb.knowledge import KnowledgeBase

TAKEN = [
    "can i use my own ipad to take pics of the class",
    "can i use my own phone to take pics of the class",
    "can I take photos of the children on my own phone for my planning",
    "is it ok to take photos of the kids on my phone",
    "can i take pictures of my class on my personal ipad",
    "am i allowed to photograph pupils with my own camera",
    "can i use my tablet to film the class assembly",  # a teacher filming: not D.1's parents
    "can i take videos of the kids on my phone for evidence",
    "using my own phone to snap pics on the school trip ok?",
    "is it ok to have pics of pupils on my phone",
    "taking photos of pupils on personal devices - allowed?",
    "can i film the nativity on my phone",
]


@pytest.mark.parametrize("question", TAKEN)
def test_pictures_taken_are_not_covered_with_b3_nearest(kb: KnowledgeBase, question: str) -> None:
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id, u.nearest) == ("out_of_scope", None, "B.3")


def test_the_reply_quotes_b3_as_the_nearest(kb: KnowledgeBase) -> None:
    a = answer_question("can i use my own ipad to take pics of the class", kb, today=date(2026, 12, 1))
    assert "doesn't cover that" in a.full_text
    assert "Staff must not post pictures of school events" in a.full_text


@pytest.mark.parametrize("message", ["man taking pics of the kids at the gate", "kid sent pics"])
def test_a_doubtful_report_of_pictures_is_still_begun_as_a_report(kb: KnowledgeBase, message: str) -> None:
    u = understand(message, kb.index)
    assert u.intent == "report_concern" and u.doubtful


@pytest.mark.parametrize("message", ["a man was taking photos of the kids over the fence",
                                     "what should i do a man was taking photos of the kids over the fence"])
def test_someone_else_taking_pictures_is_not_answered_with_the_staff_clause(kb: KnowledgeBase, message: str) -> None:
    assert understand(message, kb.index).nearest != "B.3"
