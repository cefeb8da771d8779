"""The bare-policy thresholds (KNOWN_SHARE_BARE_FROM, UNSURE_BARE_FROM) apply only to clauses with no example
questions: every clause of the bundled policy has some, so its answers can never be moved by them."""

from __future__ import annotations

from policy_kb.knowledge import KnowledgeBase


def test_every_clause_of_the_bundled_policy_has_examples(kb: KnowledgeBase) -> None:
    index = kb.index
    assert [c for c in index.clause_ids if not index.guided[index.position(c)]] == []


def test_the_bundled_policy_is_matched_in_its_own_words_only(kb: KnowledgeBase) -> None:
    # The everyday school words for bare clauses (intents/bare_words.py) apply only where a clause has no examples:
    # "my own phone" stays "own" for the bundled policy, whose weights were fitted on its tokens as they are.
    from intents.matcher import question_tokens

    assert not kb.index.bare_words
    assert "personal" not in question_tokens("can I use my own mobile in the staffroom?", kb.index)
