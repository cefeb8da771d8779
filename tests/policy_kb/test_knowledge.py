"""The knowledge base: concern routes, review dates and a policy with no guidance at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.answers import answer_question
from bot.config import BUNDLED_POLICY
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base
from policy_kb.loader import parse_policy
from policy_kb.review import human_date, review_due


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base(BUNDLED_POLICY)


def test_concern_categories_map_to_existing_clauses(kb: KnowledgeBase) -> None:
    assert [c.id for c in kb.concern_clauses("bullying")] == ["E.4", "E.0", "E.2", "E.1", "E.3"]  # as listed
    assert {"D.1", "APX.1", "APX.4"} <= {c.id for c in kb.concern_clauses("parent_post")}
    assert {c.id for c in kb.concern_clauses("image")} == {"APX.5", "D.1"}
    assert {c.id for c in kb.concern_clauses("staff_conduct")} == {"B.0", "B.10"}
    assert "LADO" in kb.concern_route("staff_conduct") and "Headteacher" in kb.concern_route("staff_conduct")
    assert kb.concern_route("nonsense") == kb.concern_route("other")
    assert kb.concern_category("E.4") == "bullying" and kb.concern_category("B.6") == "other"


def test_review_dates(kb: KnowledgeBase) -> None:
    assert kb.review_due() == date(2028, 8, 31)
    assert not kb.review_overdue(date(2026, 11, 25))
    assert kb.review_overdue(date(2028, 9, 1))


@pytest.mark.parametrize(
    ("value", "due"),
    [("Summer term 2028", date(2028, 8, 31)), ("Spring 2027", date(2027, 4, 30)),
     ("autumn term 2026", date(2026, 12, 31)),
     ("2027-03-01", date(2027, 3, 1)), (date(2029, 1, 2), date(2029, 1, 2)), ("July 2026", date(2026, 7, 31)),
     ("2030", date(2030, 12, 31)), ("Sept 2027", date(2027, 9, 30)), ("when the head decides", None), (None, None)],
)
def test_review_due_reads_terms_and_dates(value: object, due: date | None) -> None:
    assert review_due(value) == due


def test_dates_are_written_in_english_whatever_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    # date.strftime("%B") asks time.strftime, which follows the process's LC_TIME: a server whose locale is German
    # would tell an English school its policy was agreed in "Juli", and cache an index saying so.
    import time

    monkeypatch.setattr(time, "strftime", lambda *_: "Juli")
    assert human_date(date(2025, 7, 17)) == "17 July 2025"
    policy = parse_policy(BUNDLED_POLICY, BUNDLED_POLICY.read_text(encoding="utf-8"))
    assert "17 July 2025" in next(c.text for c in policy.clauses if c.id == "META.AGREED")


BARE = """---
title: Mobile Phone Policy
school: Example School
agreed: 2020-01-10
next_review: Spring term 2023
---
# Mobile Phone Policy

## A. Staff phones

[A.1] Staff must keep personal mobile phones locked in the staff room during lessons.

[A.2] Staff may use the school phone to contact parents.

## B. Pupils

[B.1] Pupils in Year 6 who walk home alone may bring a phone, which is handed in at the office each morning.
"""


def test_policy_without_guidance_answers_from_clause_text(tmp_path: Path) -> None:
    policy = tmp_path / "phones.md"
    policy.write_text(BARE, encoding="utf-8")
    kb = load_knowledge_base(policy)
    assert kb.guidance_file.path is None
    a = answer_question("can pupils bring their mobile phone to school?", kb, today=date(2022, 6, 1))
    assert a.understanding.clause_id == "B.1"
    assert a.citation is not None and a.citation.text == kb.clause("B.1").text
    assert "handed in at the office" in a.text  # derived from the clause, since nobody wrote an answer
    assert "[B.1]" in a.full_text
    # Default concern mapping keeps only clauses this policy has.
    assert kb.concern_clauses("bullying") == [] and kb.concern_route("bullying")


def test_overdue_policy_warns_in_the_answer(tmp_path: Path) -> None:
    policy = tmp_path / "phones.md"
    policy.write_text(BARE, encoding="utf-8")
    kb = load_knowledge_base(policy)
    assert kb.review_overdue(date(2026, 11, 25))
    review = answer_question("when is this policy due for review?", kb, today=date(2026, 11, 25))
    assert review.understanding.clause_id == "META.REVIEW"
    assert "overdue" in review.text and "30 April 2023" in review.text
    other = answer_question("can staff keep their phones on them in lessons?", kb, today=date(2026, 11, 25))
    assert other.understanding.clause_id == "A.1" and "overdue" in other.text
    on_time = answer_question("when is this policy due for review?", kb, today=date(2022, 1, 1))
    assert "overdue" not in on_time.text
