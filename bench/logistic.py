"""Fitting the learned intent models (intents/linear_model.py): an L2-penalised logistic regression over
binary sparse features, both classes weighed equally, by plain gradient descent (seconds for a few thousand
messages and features)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

MIN_COUNT = 2  # a word seen in a single training message is noise, not evidence


def fit(messages: list[tuple[str, int]], featurize: Callable[[str], Iterable[str]], penalty: float,
        steps: int = 1500) -> tuple[dict[str, float], float]:
    """Weights by feature name (those that matter) and the bias."""
    feats = [set(featurize(q)) for q, _ in messages]
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
    sample = np.where(y == 1, 0.5 / share, 0.5 / (1 - share))
    w, b = np.zeros(len(vocab)), 0.0
    for step in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = sample * (p - y)
        rate = 0.5 / (1 + step / 500)
        w -= rate * (x.T @ g / len(y) + penalty * w / len(y))
        b -= rate * g.mean()
    return {n: round(float(v), 4) for n, v in zip(vocab, w, strict=True) if abs(v) >= 1e-3}, float(b)

