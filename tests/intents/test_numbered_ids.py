"""Another school's policy may number its clauses with digits before the dot ([S2.2], [KS1.3]), as `kb check`
accepts: asked for by that ID, the clause is quoted, as the bundled policy's "what does B.3 say?" is."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base

POLICY = """---
title: Mobile Phone and Camera Policy
school: Brook Hill Academy
---

## S. Staff

- [S2.1] Staff must keep personal mobile phones locked away in the staff room during teaching time.
- [S2.2] Staff must never use a personal phone or camera to take photographs or videos of pupils.

## K. Key Stage 1

[KS1.3] Pupils in Key Stage 1 do not bring phones to school.
"""


@pytest.fixture(scope="module")
def numbered(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path = tmp_path_factory.mktemp("policy") / "phones.md"
    path.write_text(POLICY, encoding="utf-8")
    return load_knowledge_base(path)


@pytest.mark.parametrize(("asked", "clause"), [
    ("what does S2.2 say?", "S2.2"), ("s2.1?", "S2.1"), ("can you quote KS1.3 for me", "KS1.3")])
def test_a_clause_asked_for_by_an_id_with_digits_before_the_dot_is_quoted(numbered: KnowledgeBase, asked: str,
                                                                          clause: str) -> None:
    found = understand(asked, numbered.index)
    assert (found.clause_id, found.confidence) == (clause, 1.0), found


def test_two_such_ids_are_offered_to_choose_from(numbered: KnowledgeBase) -> None:
    found = understand("S2.1 or S2.2?", numbered.index)
    assert found.clause_id is None and [c.clause_id for c in found.alternatives] == ["S2.1", "S2.2"]
