"""Fit the topic model (intents/topic.py) and write intents/data/topic_model.json.

    .venv/bin/python bench/train_topic_model.py

About the policy (1): every example question in the bundled guidance and the in-scope questions of the labelled
sets. Not about it (0): the guidance's not-covered questions, tests/data/admin_questions.jsonl (everyday school
business, written from the policy alone) and the labelled sets' out-of-scope questions. Report-intent lines are
left out: they are about an incident, which the report model weighs. Each message's words count on their own and as
said of the clause the matcher would answer it from and its section (topic.said_of); a labelled set's messages are
matched against the index that has not learned that set. The held-out set is never read.
`fold_models` fits it once more without each labelled set: bench/calibrate.py fits the matcher's SCOPE_TOPIC on
what those say of the set they never saw, and bench/cross_validate.py scores each set with its own.
After a refit, run bench/calibrate.py again.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adapters.cli.evaluate import Labelled, read_labelled  # noqa: E402 - after the path fix: runs from anywhere
from bench import logistic  # noqa: E402
from bench.folds import knowledge_without  # noqa: E402
from bench.labelled_sets import ADMIN, OURS, REPORT_FIT  # noqa: E402
from bot.config import BUNDLED_POLICY  # noqa: E402
from intents import topic  # noqa: E402
from intents.index import PolicyIndex  # noqa: E402
from intents.intent_rules import strip_pleasantries  # noqa: E402
from intents.linear_model import LinearModel  # noqa: E402
from intents.matcher import question_tokens, score  # noqa: E402
from intents.topic import MODEL_FILE, said_of, shared_sections, topic_features  # noqa: E402
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base  # noqa: E402

PENALTY = 0.3
STEPS = 2000


def _labelled(rows: list[Labelled]) -> list[tuple[str, int]]:
    return [(r.q, 1 if r.kind == "in_scope" else 0) for r in rows if r.kind in ("in_scope", "out_of_scope")]


Training = tuple[list[tuple[str, int]], dict[str, list[Labelled]], dict[str, frozenset[str]]]


def _best_clause(index: PolicyIndex, text: str) -> str | None:
    words = strip_pleasantries(text)
    hits = score(question_tokens(words, index), index, text=words).hits
    return hits[0].clause_id if hits else None


def training(kb: KnowledgeBase) -> Training:
    """The messages every fit learns from (the guidance's, the admin set's), the labelled sets by name, and every
    message's features as topic.TopicOdds weighs them: its words also as said of the clause the matcher would answer
    it from. A labelled set's messages meet the index that has not learned that set (bench/folds.py), as staff's
    messages meet one that has not learned them; the rest meet the shipped index."""
    base = [(q, 1) for c in kb.policy.clauses for q in kb.guidance(c.id).examples]
    base += [(q, 0) for q in kb.guidance_file.unanswered] + _labelled(read_labelled(ADMIN))
    sets = {name: read_labelled(path) for name, path in REPORT_FIT.items() if path.exists()}
    sections = shared_sections(kb.index.clause_ids)
    features: dict[str, frozenset[str]] = {}

    def add(index: PolicyIndex, messages: list[tuple[str, int]]) -> None:
        for text, _ in messages:
            if text not in features:
                plain = topic_features(text)
                clause = _best_clause(index, text)
                features[text] = frozenset(said_of(plain, clause, sections)) if clause else plain

    add(kb.index, base)
    for name, rows in sets.items():
        add(knowledge_without(name).index if name in OURS else kb.index, _labelled(rows))
    return base, sets, features


def fit_model(kb: KnowledgeBase, messages: list[tuple[str, int]], features: dict[str, frozenset[str]]) -> LinearModel:
    # Stopping the descent is what regularises (PENALTY is divided by the message count): pooled over our sets, each
    # left out, 2,000 steps beat 800 and 400 on every figure (README, "Measured").
    weights, bias = logistic.fit(messages, features.__getitem__, PENALTY, steps=STEPS)
    # It learned what this policy covers: it applies to this policy only (topic.topic_log_odds).
    return LinearModel(weights, bias, policy=kb.index.fingerprint, clauses=kb.index.clauses_fingerprint,
                       vocabulary=frozenset(kb.index.said_spans))


def fold_models(kb: KnowledgeBase) -> dict[str, LinearModel]:
    """For each labelled set, the model fitted without it: what the shipped model says of a set it never saw."""
    base, sets, features = training(kb)
    # Each for the knowledge it was fitted without the set on: its fingerprints and vocabulary are that index's.
    return {name: fit_model(knowledge_without(name) if name in OURS else kb,
                            base + [m for other, r in sets.items() if other != name for m in _labelled(r)], features)
            for name in sets}


def main(argv: list[str]) -> int:
    kb = load_knowledge_base(BUNDLED_POLICY)
    base, sets, features = training(kb)
    model = fit_model(kb, base + [m for r in sets.values() for m in _labelled(r)], features)
    out = ROOT / "intents" / "data" / MODEL_FILE
    content = {"bias": round(model.bias, 4), "policy": model.policy, "clauses": model.clauses,
               "vocabulary": sorted(model.vocabulary),
               "weights": dict(sorted(model.weights.items()))}
    out.write_text(json.dumps(content, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}: {len(model.weights)} weights")
    topic.load_model.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
