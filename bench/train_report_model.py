"""Fit the report model (intents/reports.py) and write intents/data/report_model.json.

    .venv/bin/python bench/train_report_model.py          # fit on every training set, write the model
    .venv/bin/python bench/train_report_model.py --cv     # also: leave one set out, to see how it generalises

Training messages: the labelled sets below (report_intent = 1, in_scope and out_of_scope = 0) and every
example and not-covered question in the bundled guidance (0). bench/data/heldout_questions.jsonl is never
read: it judges the result. A logistic regression with an L2 penalty, the classes weighted equally; the
threshold is the one that keeps false alarms on questions near FALSE_ALARMS in the leave-one-set-out runs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.labelled_sets import REPORT_FIT as SETS  # noqa: E402 - after the path fix, so it runs from anywhere
from bot.config import BUNDLED_POLICY  # noqa: E402
from intents.reports import MODEL_FILE, report_features  # noqa: E402
from policy_kb.knowledge import load_knowledge_base  # noqa: E402

PENALTY = 0.3  # L2 strength; chosen by the leave-one-set-out figures (--cv)
MIN_COUNT = 2  # a word seen in a single training message is noise, not evidence
FALSE_ALARMS = 0.035  # share of plain questions that may be offered the report form by mistake: a missed report
# costs a child more than a teacher pressing cancel


def _labelled(path: Path) -> list[tuple[str, int]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["q"], 1 if r["kind"] == "report_intent" else 0) for r in rows]


def _guidance() -> list[tuple[str, int]]:
    kb = load_knowledge_base(BUNDLED_POLICY)
    found = [(q, 0) for c in kb.policy.clauses for q in kb.guidance(c.id).examples]
    return found + [(q, 0) for q in kb.guidance_file.not_covered]


def fit(messages: list[tuple[str, int]]) -> tuple[dict[str, float], float]:
    feats = [report_features(q) for q, _ in messages]
    counts: dict[str, int] = {}
    for f in feats:
        for name in f:
            counts[name] = counts.get(name, 0) + 1
    vocab = sorted(n for n, c in counts.items() if c >= MIN_COUNT or not n.startswith(("w:", "b:")))
    column = {n: i for i, n in enumerate(vocab)}
    x = np.zeros((len(messages), len(vocab)))
    for row, f in enumerate(feats):
        for name in f:
            if name in column:
                x[row, column[name]] = 1.0
    y = np.array([label for _, label in messages], dtype=float)
    share = y.mean()
    sample = np.where(y == 1, 0.5 / share, 0.5 / (1 - share))  # both classes count equally
    w, b = np.zeros(len(vocab)), 0.0
    # Plain gradient descent with a decaying step: a few thousand features and messages fit in seconds.
    for step in range(1500):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = sample * (p - y)
        rate = 0.5 / (1 + step / 500)
        w -= rate * (x.T @ g / len(y) + PENALTY * w / len(y))
        b -= rate * g.mean()
    return {n: round(float(v), 4) for n, v in zip(vocab, w, strict=True) if abs(v) >= 1e-3}, float(b)


def _probability(weights: dict[str, float], bias: float, text: str) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in report_features(text))
    return float(1 / (1 + np.exp(-z)))


def cross_validate(sets: dict[str, list[tuple[str, int]]], extra: list[tuple[str, int]]) -> float:
    """Leave each labelled set out in turn; print recall and false alarms per threshold; return the threshold
    whose pooled false-alarm rate is closest to FALSE_ALARMS from below."""
    pooled: list[tuple[float, int]] = []
    for name, held in sets.items():
        train = [m for other, rows in sets.items() if other != name for m in rows] + extra
        weights, bias = fit(train)
        scored = [(_probability(weights, bias, q), label) for q, label in held]
        pooled += scored
        pos = [p for p, label in scored if label]
        neg = [p for p, label in scored if not label]
        line = ", ".join(f"{t:.1f}: {sum(p >= t for p in pos)}/{len(pos)} found, "
                         f"{sum(p >= t for p in neg)}/{len(neg)} alarms" for t in (0.3, 0.5, 0.7))
        print(f"  without {name}: {line}")
    neg = sorted((p for p, label in pooled if not label), reverse=True)
    allowed = int(FALSE_ALARMS * len(neg))
    threshold = max(0.5, round(neg[allowed] + 0.005, 2)) if allowed < len(neg) else 0.5
    pos = [p for p, label in pooled if label]
    print(f"  pooled at {threshold}: recall {sum(p >= threshold for p in pos)}/{len(pos)}, "
          f"false alarms {sum(p >= threshold for p in neg)}/{len(neg)}")
    return threshold


def main(argv: list[str]) -> int:
    sets = {name: _labelled(path) for name, path in SETS.items() if path.exists()}
    extra = _guidance()
    threshold = 0.5
    if "--cv" in argv:
        print("leave one set out:")
        threshold = cross_validate(sets, extra)
    weights, bias = fit([m for rows in sets.values() for m in rows] + extra)
    out = ROOT / "intents" / "data" / MODEL_FILE
    out.parent.mkdir(exist_ok=True)
    model = {"bias": round(bias, 4), "threshold": threshold, "weights": dict(sorted(weights.items()))}
    out.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}: {len(weights)} weights, threshold {threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
