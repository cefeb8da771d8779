"""Fitting the learned intent models (intents/linear_model.py): an L2-penalised logistic regression over
binary sparse features, both classes weighed equally, by plain gradient descent (seconds for ten thousand
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
    vocab = sorted(n for n, c in counts.items() if c >= MIN_COUNT or not n.startswith(("w:", "b:", "x:")))
    column = {n: i for i, n in enumerate(vocab)}
    # The messages' features as coordinates of the ones in a sparse matrix: x @ w and x.T @ g become bincounts,
    # so a fit over ten thousand messages and features takes seconds, not the minutes of a dense matrix.
    cells = [(row, column[name]) for row, f in enumerate(feats) for name in f if name in column]
    rows = np.array([r for r, _ in cells], dtype=np.intp)
    cols = np.array([c for _, c in cells], dtype=np.intp)
    y = np.array([label for _, label in messages], dtype=float)
    share = y.mean()
    sample = np.where(y == 1, 0.5 / share, 0.5 / (1 - share))
    w, b = np.zeros(len(vocab)), 0.0
    for step in range(steps):
        p = 1 / (1 + np.exp(-(np.bincount(rows, w[cols], len(y)) + b)))
        g = sample * (p - y)
        rate = 0.5 / (1 + step / 500)
        w -= rate * (np.bincount(cols, g[rows], len(vocab)) / len(y) + penalty * w / len(y))
        b -= rate * g.mean()
    return {n: round(float(v), 4) for n, v in zip(vocab, w, strict=True) if abs(v) >= 1e-3}, float(b)
