"""Refit the matcher's WEIGHTS and SCOPE constants (intents/matcher.py) from labelled question sets.

    .venv/bin/python bench/calibrate.py [FILE.jsonl ...]   # default: the dev set and labelled_sets.MATCHER_FIT

WEIGHTS: a conditional logit, i.e. a softmax over each in-scope question's candidate clauses, trained so the
labelled clause scores highest. SCOPE: a logistic regression on the best clause score, the message
length, the clause's "missing" feature, whether the message names the policy's world (matcher.DOMAIN) and whether
it asks for a figure the clause does not give (intents/answer_type.py) and how near in meaning it is to the nearest
candidate clause (matcher.nearest_meaning), in scope (1) versus out of scope (0); SCOPE_WORDS the same without the
meaning; SCOPE_TOPIC the same with the topic model's log-odds instead of the meaning, each set's taken from the topic
model fitted without it (bench/train_topic_model.py). Prints the constants to paste; changes nothing.
bench/data/heldout_questions.jsonl is never fitted on: it judges the result.
numpy is a dependency of the matcher itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adapters.cli.evaluate import Labelled, read_labelled  # noqa: E402 - after the path fix: runs from anywhere
from bench.folds import knowledge_without  # noqa: E402
from bench.labelled_sets import DEV, MATCHER_FIT, OURS  # noqa: E402
from bench.train_topic_model import fold_models  # noqa: E402
from bot.config import BUNDLED_POLICY  # noqa: E402
from intents import matcher, topic  # noqa: E402
from intents.answer_type import asks_quantity, asks_running  # noqa: E402
from intents.intent_rules import strip_pleasantries  # noqa: E402
from intents.linear_model import LinearModel  # noqa: E402
from intents.normalise import ME  # noqa: E402
from intents.topic import shared_sections, topic_features  # noqa: E402
from policy_kb.knowledge import build_knowledge_base, load_knowledge_base  # noqa: E402
from policy_kb.loader import load_policy  # noqa: E402

DEFAULT_SETS = tuple(MATCHER_FIT.values())
Scored = tuple[matcher.PolicyIndex, Labelled, LinearModel | None]  # a question, its index and its topic model


def _fit_weights(groups: list[tuple[np.ndarray, np.ndarray]], size: int) -> np.ndarray:
    w = np.array(matcher.WEIGHTS, dtype=float)[:size]
    for _ in range(3000):
        grad = np.zeros(size)
        for x, y in groups:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += x.T @ (p - y)
        w -= 0.05 * grad / len(groups) + 0.0005 * w
    return w


def _fit_scope(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(50000):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= 0.05 * x.T @ (p - y) / len(y)
    return w


def _scope_for(indexed: list[Scored], weights: np.ndarray, with_topic: bool = False,
               with_near: bool = False) -> np.ndarray:
    x, y = [], []
    for index, r, model in indexed:
        words = strip_pleasantries(r.q)
        toks = matcher.question_tokens(words, index)
        found = matcher.features(toks, index, text=words)
        scored = [(float(np.dot(weights, f)), f, o) for o, f in found.items() if o != index.off_topic]
        best, feats, owner = max(scored, key=lambda s: s[0], default=(-5.0, (0.0,) * len(weights), -1))
        figure = (matcher.figure_signal(asks_quantity(words), owner, toks, index, asks_running(r.q))
                  if owner >= 0 else 0.0)
        length = max(1, len([t for t in toks if t != ME]))
        domain = 1.0 if matcher.DOMAIN.intersection(toks) else 0.0
        missing = feats[matcher.FEATURES.index("missing")]
        odds = None
        if with_topic:
            features = topic_features(r.q)
            if features and owner >= 0:  # as matcher.score asks the shipped model, of the best clause
                odds = topic.TopicOdds(model, features, shared_sections(index.clause_ids))(index.clause_ids[owner])
            else:
                odds = model.log_odds(features) if features else 0.0
        # Every row needs a value: the few with no candidate meaning weighs count as near nothing (0) here, where
        # matcher.score gives them SCOPE_WORDS instead; a message with no word piece is 0 in both.
        near = (matcher.nearest_meaning(index, words, list(found)) or 0.0) if with_near and not with_topic else None
        x.append([*matcher.scope_signals(best, length, missing, domain, figure=figure, near=near, topic=odds), 1.0])
        y.append(1.0 if r.kind == "in_scope" else 0.0)
    return _fit_scope(np.array(x), np.array(y))


def _indexed_rows(paths: list[Path]) -> list[Scored]:
    """Each question with the index and topic model to score it against: for one of our sets, the index that has
    not learned from that set (bench/cross_validate.py), and for any set the topic model fitted without it, so the
    fit sees the scores an unseen question gets."""
    kb = load_knowledge_base(BUNDLED_POLICY)
    folds = fold_models(kb)
    shipped_topic = topic.load_model(topic.MODEL_FILE)
    names = {path.resolve(): name for name, path in {**DEV, **OURS}.items()}
    rows = []
    for path in paths:
        name = names.get(path.resolve())
        index = knowledge_without(name).index if name in OURS else kb.index
        model = folds.get(name, shipped_topic)
        rows += [(index, r, model) for r in read_labelled(path) if r.kind in ("in_scope", "out_of_scope")]
    return rows


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or list(DEFAULT_SETS)
    indexed = _indexed_rows(paths)
    rows = [r for _, r, _ in indexed]
    groups = []
    for index, r, _ in indexed:
        if r.kind != "in_scope":
            continue
        found = matcher.features(matcher.question_tokens(r.q, index), index, text=r.q)
        ids = [index.clause_ids[o] for o in found]
        if not any(c in r.expect for c in ids):
            continue  # the right clause never reached the shortlist: nothing to learn from
        y = np.array([1.0 if c in r.expect else 0.0 for c in ids])
        groups.append((np.array(list(found.values())), y / y.sum()))
    weights = _fit_weights(groups, len(matcher.FEATURES))
    scope = _scope_for(indexed, weights, with_near=True)
    scope_words = _scope_for(indexed, weights)
    scope_topic = _scope_for(indexed, weights, with_topic=True)
    # The same policy with its guidance removed stands in for a school that has written none.
    bare_index = build_knowledge_base(load_policy(BUNDLED_POLICY)).index
    bare = _scope_for([(bare_index, r, None) for r in rows], weights)
    print(f"# fitted on {', '.join(p.name for p in paths)}: {len(groups)} in-scope questions, {len(rows)} in all")
    print(f"WEIGHTS = ({', '.join(f'{v:.2f}' for v in weights)})")
    print(f"SCOPE = ({', '.join(f'{v:.2f}' for v in scope)})")
    print(f"SCOPE_WORDS = ({', '.join(f'{v:.2f}' for v in scope_words)})")
    print(f"SCOPE_BARE = ({', '.join(f'{v:.2f}' for v in bare)})")
    print(f"SCOPE_TOPIC = ({', '.join(f'{v:.2f}' for v in scope_topic)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
