"""A binary logistic model over sparse text features, as the learned intent models store it.

The weights live in intents/data/<name>.json ({"bias", "weights", and "threshold" or "policy",
"clauses" and "vocabulary" where used}), fitted by the bench scripts; loading is lazy and once per process.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise, repeat

from intents.normalise import fold, stemmed


@dataclass(frozen=True, slots=True)
class LinearModel:
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5  # where a yes/no decision is taken from it (the topic model's log-odds are weighed instead)
    policy: str = ""  # the fingerprint of the knowledge it was learned for, when it holds only for that (index.py)
    clauses: str = ""  # the fingerprint of that knowledge's clauses alone (PolicyIndex.clauses_fingerprint)
    vocabulary: frozenset[str] = frozenset()  # that knowledge's example questions' tokens and pairs (index.asked_with)

    def log_odds(self, features: Iterable[str]) -> float:
        """The model's log-odds for a message with these features."""
        return self.bias + sum(map(self.weights.get, features, repeat(0.0)))

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability (0..1) for a message with these features."""
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, self.log_odds(features)))))


@cache
def load_model(file_name: str) -> LinearModel:
    raw = json.loads(resources.files("intents").joinpath("data", file_name).read_text(encoding="utf-8"))
    return LinearModel(dict(raw["weights"]), float(raw["bias"]), float(raw.get("threshold", 0.5)),
                       str(raw.get("policy", "")), str(raw.get("clauses", "")), frozenset(raw.get("vocabulary", ())))


@lru_cache(maxsize=256)
def word_tokens(words: str) -> tuple[str, ...]:
    """A plain message's stemmed words, phrases and year groups folded as the matcher folds them. Cached: the
    report and topic models both ask for the same message's."""
    return tuple(stemmed(w) for w in fold(words).split())


@lru_cache(maxsize=256)  # the report and topic models both weigh the same message's
def word_features(toks: tuple[str, ...]) -> frozenset[str]:
    """Each stemmed word and each pair of neighbouring words."""
    return frozenset((*(f"w:{t}" for t in toks), *(f"b:{a}_{b}" for a, b in pairwise(toks))))
