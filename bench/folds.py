"""Leave one labelled set out: the bundled knowledge base as it would be had it never learned that set.

Our sets are learned from (bench/collect_questions.py), so a set scored against the shipped index would be scored
on questions it has seen. bench/cross_validate.py and bench/calibrate.py score each set against the index built
without it (and bench/train_topic_model.fold_models gives the topic model fitted without it).
"""

from __future__ import annotations

from functools import cache

from bench.collect_questions import question_key
from bench.labelled_sets import OURS
from bot.config import BUNDLED_POLICY
from policy_kb.guidance import load_guidance
from policy_kb.knowledge import KnowledgeBase, build_knowledge_base
from policy_kb.loader import load_policy
from policy_kb.questions import load_learned, read_labelled


@cache  # the topic model's folds, the calibration and the cross-validation each ask for every set's
def knowledge_without(left_out: str) -> KnowledgeBase:
    """The bundled knowledge base, learning from the bundled questions less every question of the set `left_out`
    (written the same way in another set too, it is left out all the same)."""
    policy = load_policy(BUNDLED_POLICY)
    known = {c.id for c in policy.clauses}
    unseen = {question_key(r.q) for r in read_labelled(OURS[left_out])}
    learned = {clause: tuple(q for q in questions if question_key(q) not in unseen)
               for clause, questions in load_learned(policy.path, known).items()}
    return build_knowledge_base(policy, load_guidance(policy.path, known), learned)
