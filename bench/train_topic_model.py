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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adapters.cli.evaluate import Labelled, read_labelled  # noqa: E402 - after the path fix: runs from anywhere
from bench import logistic  # noqa: E402
from bench.labelled_sets import ADMIN, REPORT_FIT  # noqa: E402
from bot.config import BUNDLED_POLICY  # noqa: E402
from intents import topic, understand  # noqa: E402
from intents.linear_model import LinearModel  # noqa: E402
from intents.topic import MODEL_FILE, topic_features  # noqa: E402
from policy_kb.knowledge import load_knowledge_base  # noqa: E402

PENALTY = 0.3
THRESHOLD = 0.1  # below it an answer becomes "not covered": at 0.1 the --cv run lost no in-scope answer


def _labelled(rows: list[Labelled]) -> list[tuple[str, int]]:
    return [(r.q, 1 if r.kind == "in_scope" else 0) for r in rows if r.kind in ("in_scope", "out_of_scope")]


def main(argv: list[str]) -> int:
    kb = load_knowledge_base(BUNDLED_POLICY)
    base = [(q, 1) for c in kb.policy.clauses for q in kb.guidance(c.id).examples]
    base += [(q, 0) for q in kb.guidance_file.not_covered] + _labelled(read_labelled(ADMIN))
    sets = {name: read_labelled(path) for name, path in REPORT_FIT.items() if path.exists()}
    if "--cv" in argv:
        print("leave one set out, whole matcher (in-scope top-1 / in-scope abstain / out-of-scope abstain):")
        for threshold in (0.0, 0.1, 0.2, 0.3):
            top1 = abstain = total = oos = oos_abstain = 0
            for name, rows in sets.items():
                train = base + [m for other, r in sets.items() if other != name for m in _labelled(r)]
                weights, bias = logistic.fit(train, topic_features, PENALTY, steps=800)
                for r in rows:
                    if r.kind not in ("in_scope", "out_of_scope"):
                        continue
                    clause = understand(r.q, kb.index).clause_id
                    if clause and LinearModel(weights, bias, threshold).probability(topic_features(r.q)) < threshold:
                        clause = None
                    if r.kind == "in_scope":
                        total, top1, abstain = total + 1, top1 + (clause in r.expect), abstain + (clause is None)
                    else:
                        oos, oos_abstain = oos + 1, oos_abstain + (clause is None)
            print(f"  at {threshold}: {top1 / total:.1%} / {abstain / total:.1%} / {oos_abstain / oos:.1%}")
    weights, bias = logistic.fit(base + [m for r in sets.values() for m in _labelled(r)], topic_features, PENALTY,
                                 steps=800)
    out = ROOT / "intents" / "data" / MODEL_FILE
    model = {"bias": round(bias, 4), "threshold": THRESHOLD, "weights": dict(sorted(weights.items()))}
    out.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}: {len(weights)} weights, threshold {THRESHOLD}")
    topic.load_model.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
