"""Posting about "school business" (or stuff, things, matters) is commenting on school life, B.2's subject, for staff
and for governors, to whom the policy's guidelines are addressed too; "is that school business?" asks whether
something is the school's concern, and stays with section E."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase


@pytest.mark.parametrize("question", [
    "can governors post about school business online",
    "Are governors allowed to post about school business on their own social media?",
    "can governors post about school stuff on facebook",
    "can I post about school matters on my instagram",
])
def test_posting_about_school_business_is_b2(kb: KnowledgeBase, question: str) -> None:
    assert understand(question, kb.index).clause_id == "B.2"


def test_whether_it_is_school_business_stays_with_section_e(kb: KnowledgeBase) -> None:
    u = understand("so basically threats to other kids out of school hours is that school business", kb.index)
    assert u.clause_id == "E.2"
