"""A binary logistic model over sparse text features, as the learned intent models store it.

The weights live in intents/data/<name>.json ({"bias", "weights", and "threshold" or "policy",
"clauses" and "vocabulary" where used}), fitted by the bench scripts; loading is lazy and once per process.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise, repeat
from types import MappingProxyType

from intents.normalise import fold, stemmed

_NONE: Mapping[str, float] = MappingProxyType({})  # what nothing is said of: shared, so read-only


@dataclass(frozen=True, slots=True)
class LinearModel:
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5  # where a yes/no decision is taken from it (the topic model's log-odds are weighed instead)
    policy: str = ""  # the fingerprint of the knowledge it was learned for, when it holds only for that (index.py)
    clauses: str = ""  # the fingerprint of that knowledge's clauses alone (PolicyIndex.clauses_fingerprint)
    vocabulary: frozenset[str] = frozenset()  # that knowledge's example questions' tokens and pairs (index.asked_with)
    # The weights of the features said of something ("x:B.3|w:post", topic.said_of), by what they are said of ("B.3")
    # and then by the feature ("w:post"): filled once, at the first `said_weights`, from `weights` alone.
    _said: dict[str, dict[str, float]] = field(default_factory=dict, init=False, compare=False, repr=False)

    def said_weights(self, of: str) -> Mapping[str, float]:
        """The weight of each feature as said of `of` (the weight of "x:{of}|{feature}"), by feature: the topic model
        weighs each message's features said of a clause, and looking the feature up here costs half as much as
        formatting and hashing a new string per feature."""
        if not self._said:
            said: dict[str, dict[str, float]] = {"": {}}  # never empty once filled, even for a model without them
            # Every split at a "|" is kept, so a feature or a name holding one is found as the full key would be.
            for key, weight in self.weights.items():
                if key.startswith("x:"):
                    at = key.find("|")
                    while at >= 0:
                        said.setdefault(key[2:at], {})[key[at + 1 :]] = weight
                        at = key.find("|", at + 1)
            self._said.update(said)  # at once: another thread sees it empty or whole, never half filled
        return self._said.get(of, _NONE)

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
