"""Sorting a clause's row of cosines is the costliest step of scoring, so only clauses that could reach the shortlist
are sorted. That must be a saving only: the shortlist and every feature must be exactly those of sorting them all."""

from __future__ import annotations

import numpy as np
import pytest

from bench.labelled_sets import OURS
from bot.config import BUNDLED_POLICY
from intents import matcher
from policy_kb.knowledge import load_knowledge_base
from policy_kb.questions import read_labelled


def test_leaving_unreachable_clauses_unsorted_changes_no_shortlist_and_no_feature(
        monkeypatch: pytest.MonkeyPatch) -> None:
    index = load_knowledge_base(BUNDLED_POLICY).index
    questions = [r.q for path in OURS.values() for r in read_labelled(path)][::15]
    worth_sorting, sorted_share = matcher._worth_sorting, []

    def counted(feats: np.ndarray, always: list[int]) -> np.ndarray:
        kept = worth_sorting(feats, always)
        sorted_share.append(len(kept) / len(feats))
        return kept

    monkeypatch.setattr(matcher, "_worth_sorting", counted)
    pruned = [matcher.feature_rows(matcher.question_tokens(q, index), index) for q in questions]
    assert sum(sorted_share) / len(sorted_share) < 0.6  # most clauses' rows are left unsorted: it saves something
    monkeypatch.setattr(matcher, "_worth_sorting", lambda feats, always: np.arange(len(feats)))
    for question, (positions, feats) in zip(questions, pruned, strict=True):
        every_positions, every_feats = matcher.feature_rows(matcher.question_tokens(question, index), index)
        assert positions == every_positions, question
        np.testing.assert_array_equal(feats, every_feats, err_msg=question)


def test_on_a_large_policy_the_not_covered_questions_compete_once_and_the_probabilities_add_up() -> None:
    # More clauses than PRUNE share the question's word, so only the best PRUNE are scored, and the not-covered
    # questions are always among them: added once, or their share of the softmax would be counted twice.
    from intents.index import IndexEntry, build_index

    entries = [IndexEntry(f"X.{n}", f"school rule {n} about topic{n} and the school day")
               for n in range(3 * matcher.PRUNE)]
    index = build_index(entries, off_topic=["what is on the school dinner menu", "school dinner menu this week"])
    match = matcher.score(matcher.question_tokens("what is on the school dinner menu today", index), index)
    assert match.off_topic > 0.4 * match.in_scope and len(match.hits) >= matcher.SHORTLIST - 1
    assert sum(h.confidence for h in match.hits) + match.off_topic == pytest.approx(match.in_scope)
