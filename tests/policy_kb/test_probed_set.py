"""The probed set (bench.labelled_sets.PROBED) is ours and read line by line, so it is never learned: not by the index,
not by the topic model, not by the matcher's fit. Learned, with the models refitted, it cost the unseen sets top-1
(README, "Measured"), and it would then measure questions the matcher had seen."""

from __future__ import annotations

from bench.collect_questions import question_key
from bench.labelled_sets import EVERY, MATCHER_FIT, OURS, PROBED, REPORT_FIT
from bot.config import BUNDLED_POLICY
from policy_kb.loader import load_policy
from policy_kb.questions import questions_path, read_labelled


def test_the_probed_set_is_measured_and_never_learned() -> None:
    probed = {question_key(r.q) for path in PROBED.values() for r in read_labelled(path)}
    learned = {question_key(r.q) for r in read_labelled(questions_path(BUNDLED_POLICY))}
    assert len(probed) > 200
    assert not probed & learned
    for name in PROBED:  # the topic model learns from OURS and REPORT_FIT, the matcher's fit from MATCHER_FIT
        assert name in EVERY and name not in OURS and name not in REPORT_FIT and name not in MATCHER_FIT


def test_the_probed_set_is_labelled_with_the_policy_s_clauses_and_mostly_not_covered() -> None:
    clauses = {c.id for c in load_policy(BUNDLED_POLICY).clauses} | {"META.REVIEW", "META.AGREED"}
    rows = [r for path in PROBED.values() for r in read_labelled(path)]
    assert all(set(r.expect) <= clauses and (r.kind == "out_of_scope") == (not r.expect) for r in rows)
    assert sum(r.kind == "out_of_scope" for r in rows) >= 2 * sum(r.kind == "in_scope" for r in rows)
