"""Fit the topic model (intents/topic.py) and write intents/data/topic_model.json.

    .venv/bin/python bench/train_topic_model.py          # fit on everything, write the model
    .venv/bin/python bench/train_topic_model.py --cv     # also: leave each labelled set out, and score the
                                                         # whole matcher on it with the model at each threshold

About the policy (1): every example question in the bundled guidance and the in-scope questions of the labelled
sets. Not about it (0): the guidance's not-covered questions, tests/data/admin_questions.jsonl (everyday school
business, written from the policy alone) and the labelled sets' out-of-scope questions. Report-intent lines are
left out: they are about an incident, which the report model weighs. The held-out set is never read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from unittest.mock import patch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adapters.cli.evaluate import Labelled, read_labelled  # noqa: E402 - after the path fix: runs from anywhere
from bench import logistic  # noqa: E402
from bench.cross_validate import knowledge_without  # noqa: E402
from bench.labelled_sets import ADMIN, OURS, REPORT_FIT  # noqa: E402
from bot.config import BUNDLED_POLICY  # noqa: E402
from intents import topic, understand  # noqa: E402
from intents.linear_model import LinearModel  # noqa: E402
from intents.topic import MODEL_FILE, topic_features  # noqa: E402
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base  # noqa: E402

PENALTY = 0.3
THRESHOLD = 0.1  # below it an answer becomes "not covered": at 0.1 the --cv run lost no in-scope answer


def _labelled(rows: list[Labelled]) -> list[tuple[str, int]]:
    return [(r.q, 1 if r.kind == "in_scope" else 0) for r in rows if r.kind in ("in_scope", "out_of_scope")]


def cross_validate(kb: KnowledgeBase, base: list[tuple[str, int]], sets: dict[str, list[Labelled]]) -> None:
    """Leave each set out: fit on the rest, then score the whole matcher on it with that fold's model at each
    threshold. The shipped model is switched off inside understand() meanwhile, or it would have seen the set."""
    scored: list[tuple[Labelled, str | None, float]] = []
    with patch.object(topic, "is_school_business", lambda _text: False):
        for name, rows in sets.items():
            train = base + [m for other, r in sets.items() if other != name for m in _labelled(r)]
            model = LinearModel(*logistic.fit(train, topic_features, PENALTY, steps=800), THRESHOLD)
            # Nor may the matcher have learned the set's own questions (bench/cross_validate.py).
            index = knowledge_without(name).index if name in OURS else kb.index
            scored += [(r, understand(r.q, index).clause_id, model.probability(topic_features(r.q)))
                       for r in rows if r.kind in ("in_scope", "out_of_scope")]
    print("leave one set out, whole matcher (in-scope top-1 / in-scope abstain / out-of-scope abstain):")
    for threshold in (0.0, 0.1, 0.2, 0.3):
        kept = [(r, clause if clause and p >= threshold else None) for r, clause, p in scored]
        inside = [(r, c) for r, c in kept if r.kind == "in_scope"]
        outside = [c for r, c in kept if r.kind == "out_of_scope"]
        top1 = sum(c in r.expect for r, c in inside) / len(inside)
        abstain = sum(c is None for _, c in inside) / len(inside)
        print(f"  at {threshold}: {top1:.1%} / {abstain:.1%} / {sum(c is None for c in outside) / len(outside):.1%}")


def main(argv: list[str]) -> int:
    kb = load_knowledge_base(BUNDLED_POLICY)
    base = [(q, 1) for c in kb.policy.clauses for q in kb.guidance(c.id).examples]
    base += [(q, 0) for q in kb.guidance_file.not_covered] + _labelled(read_labelled(ADMIN))
    sets = {name: read_labelled(path) for name, path in REPORT_FIT.items() if path.exists()}
    if "--cv" in argv:
        cross_validate(kb, base, sets)
    weights, bias = logistic.fit(base + [m for r in sets.values() for m in _labelled(r)], topic_features, PENALTY,
                                 steps=800)
    out = ROOT / "intents" / "data" / MODEL_FILE
    # It learned what this policy covers: it applies to this policy only (topic.about_something_else).
    model = {"bias": round(bias, 4), "threshold": THRESHOLD, "policy": kb.index.fingerprint,
             "weights": dict(sorted(weights.items()))}
    out.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}: {len(weights)} weights, threshold {THRESHOLD}")
    topic.load_model.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
