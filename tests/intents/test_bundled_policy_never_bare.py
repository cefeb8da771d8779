"""The bare-policy thresholds (KNOWN_SHARE_BARE_FROM, UNSURE_BARE_FROM) apply only to clauses with no example
questions: every clause of the bundled policy has some, so its answers can never be moved by them."""

from __future__ import annotations

from policy_kb.knowledge import KnowledgeBase


def test_every_clause_of_the_bundled_policy_has_examples(kb: KnowledgeBase) -> None:
    index = kb.index
    assert [c for c in index.clause_ids if not index.guided[index.position(c)]] == []
