"""rapidfuzz's similarity is one of the matcher's features: which of a clause's choices it compares must not depend
on the order a school happened to list its example questions in."""

from __future__ import annotations

from intents.index import IndexEntry, build_index
from intents.matcher import FEATURES, features, question_tokens

FUZZY = FEATURES.index("fuzzy")
# Twelve examples tied for cosine with the question (each shares only "trampoline" and "club" with it, and all are
# alike in weight), more than the eight nearest that rapidfuzz compares; the one closest as a string, misspelt so
# its nearness is in the letters and not the words, is one of them.
TIED = [f"trampoline {a} {b} club" for a, b in zip("red blue green pink grey gold jade navy rust plum teal".split(),
                                                     "oak elm ash fir yew bay box gum fig lime sal".split(),
                                                     strict=True)]
CLOSEST = "trampoline videoz sharinq club"


def _fuzzy_of(examples: list[str], question: str) -> float:
    index = build_index([IndexEntry("T.1", "Trampolines.", tuple(examples)),
                         IndexEntry("T.2", "Staff must not post videos of pupils.", ("can I post videos",))])
    found = features(question_tokens(question, index), index)
    return found[index.position("T.1")][FUZZY]


def test_the_fuzzy_feature_is_the_same_whatever_order_the_examples_are_listed_in() -> None:
    question = "trampoline video sharing club"
    listed = _fuzzy_of([*TIED, CLOSEST], question)
    assert listed == _fuzzy_of([CLOSEST, *TIED], question) == _fuzzy_of([*reversed(TIED), CLOSEST], question)
    assert listed > 0.7  # the closest string was compared, wherever it stood
