"""Scores the clauses of a PolicyIndex against a question and calibrates the scores to 0..1.

The signals are cheap lexical ones: the best and the top-three IDF-weighted cosines between the question
and the clause's choices (its words, answer, keywords, example questions); how much of the question's
weight the clause's vocabulary explains (coverage) and how much evidence that is (mass); how much of what
the clause is characteristically about the question leaves out (missing); and rapidfuzz's similarity to
the closest choice, which forgives word order and spellings the tokeniser missed.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel

from intents.index import PolicyIndex
from intents.normalise import ME, tokens

# How the signals combine into a clause's score (a conditional logit over the candidate clauses), and how
# the winning score and the message length become the probability that the message is about the policy at
# all (a logistic regression, in scope versus out of scope). Fitted by bench/calibrate.py on the dev and
# staff question sets; refit them whenever a feature changes.
FEATURES = ("cosine", "cosine3", "coverage", "mass", "missing", "perspective", "fuzzy")
WEIGHTS = (2.78, 2.80, 3.18, 1.92, -1.04, -0.99, 1.61)
SCOPE = (1.64, 3.39, -0.80, -14.80)  # score, log length, missing, bias: clauses with example questions
SCOPE_BARE = (1.73, 3.98, 1.16, -11.52)  # the same for clauses known only by their own words
MASS_SCALE = 4.0  # matched IDF mass at which the "enough evidence" signal is 63 % saturated
TRAIT_SCALE = 1.5  # likewise for the weight of a clause's characteristic tokens the question leaves out
LENGTH_CAP = 12  # beyond this many tokens a message earns no more length credit
LONG = 8  # unknown words weigh less in messages longer than this: in a story most are scenery
PRUNE = 40  # clauses given the full feature set, chosen by their best single-choice cosine
SHORTLIST = 10  # of those, the clauses re-scored with rapidfuzz and offered as candidates
MAX_TOKENS = 60  # a long story's first and last words are kept, the middle rarely names the clause
MAX_REPAIRS = 12  # typo repairs per message, so a 100 KB paste costs no more than a paragraph


@dataclass(frozen=True, slots=True)
class Hit:
    """One clause's calibrated confidence for a question, with its raw score."""

    clause_id: str
    confidence: float
    score: float


@dataclass(frozen=True, slots=True)
class Match:
    """All candidate clauses for one question, best first, and how likely it is about the policy at all."""

    tokens: tuple[str, ...]
    hits: tuple[Hit, ...]
    off_topic: float  # probability it is one of the known not-covered questions
    known_share: float  # share of the question's content words the index knows
    in_scope: float  # probability the message is about the policy at all


def question_tokens(text: str, index: PolicyIndex) -> list[str]:
    """A question's matching tokens, with typos repaired against the index's own vocabulary."""
    budget = [MAX_REPAIRS]

    def repair(word: str) -> str | None:
        if word in index.known_words or len(word) < 5 or word.isdigit() or budget[0] <= 0:
            return None
        budget[0] -= 1
        # Typos drop, double or swap letters ("permision", "freind"); a changed letter is more often a
        # different real word ("looked" is not "locked"), so only insertions, deletions and swaps count.
        # Same first letter: typos rarely hit it, and it keeps real words from being "repaired".
        pool = index.vocabulary.get(word[0], ())
        found = process.extractOne(word, pool, scorer=Indel.distance, score_cutoff=1 if len(word) < 8 else 2)
        if found is not None:
            return found[0]
        swapped = process.extractOne(word, pool, scorer=OSA.distance, score_cutoff=1)
        if swapped is not None and sorted(swapped[0]) == sorted(word):
            return swapped[0]
        return None

    toks = list(dict.fromkeys(tokens(text, correct=repair)))
    if len(toks) > MAX_TOKENS:
        toks = toks[: MAX_TOKENS // 2] + toks[-MAX_TOKENS // 2 :]
    return toks


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, x))))


def in_scope(best_score: float, length: int, missing: float, guided: bool = True) -> float:
    """Probability the policy is meant at all, from the best clause's score and "missing" feature and the
    message length in tokens (longer messages score lower per word, so they need less)."""
    k_score, k_length, k_missing, bias = SCOPE if guided else SCOPE_BARE
    length_term = k_length * math.log(max(1, min(length, LENGTH_CAP)))
    return _sigmoid(k_score * best_score + length_term + k_missing * missing + bias)


def features(toks: Sequence[str], index: PolicyIndex, extra: Sequence[int] = ()) -> dict[int, tuple[float, ...]]:
    """The FEATURES of every shortlisted clause position (plus `extra` positions) for the tokens."""
    if not toks:
        return {}
    content = [t for t in toks if t != ME]  # the perspective marker shapes the cosine, not the coverage
    speaker = 1.0 if ME in toks else 0.0
    unknown = index.unknown_idf * min(1.0, LONG / len(toks))
    weights = {t: index.idf.get(t, unknown) for t in toks}
    q_norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    total = sum(weights[t] for t in content) or 1.0
    dots: dict[int, float] = defaultdict(float)
    postings = index.postings
    for tok in toks:
        for choice, weight in postings.get(tok, ()):
            dots[choice] += weight
    cosines: dict[int, list[float]] = {o: [] for o in extra}
    owner_of, norm = index.choice_owner, index.choice_norm
    for choice, dot in dots.items():
        cosines.setdefault(owner_of[choice], []).append(dot / norm[choice])
    # Only the clauses with the best single-choice match are worth the full feature set: on a policy of
    # thousands of clauses this keeps the cost per question flat.
    if len(cosines) > PRUNE:
        keep = set(heapq.nlargest(PRUNE, cosines, key=lambda o: max(cosines[o], default=0.0)))
        keep.update(extra)
        if index.off_topic in cosines:
            keep.add(index.off_topic)
        cosines = {o: cosines[o] for o in keep}
    lexical: dict[int, tuple[float, ...]] = {}
    for owner, found in cosines.items():
        top3 = heapq.nlargest(3, found)
        terms = index.clause_terms[owner]
        matched = [t for t in content if t in terms]
        traits = index.traits[owner]
        lexical[owner] = (
            top3[0] / q_norm if top3 else 0.0,
            sum(top3) / len(top3) / q_norm if top3 else 0.0,
            sum(weights[t] for t in matched) / total,
            1.0 - math.exp(-sum(index.idf[t] for t in matched) / MASS_SCALE),
            1.0 - math.exp(-sum(w for t, w in traits if t not in weights) / TRAIT_SCALE),
            abs(speaker - index.first_person[owner]),
        )
    def lexical_score(owner: int) -> float:
        return sum(w * f for w, f in zip(WEIGHTS, lexical[owner], strict=False))

    ranked = heapq.nlargest(SHORTLIST, lexical, key=lexical_score)
    shortlist = set(ranked) | set(extra)
    if index.off_topic in lexical:
        shortlist.add(index.off_topic)
    query = " ".join(toks)
    return {o: (*lexical[o], _fuzzy(query, index.fuzzy_texts[o])) for o in shortlist}


def score(toks: Sequence[str], index: PolicyIndex, prior: Mapping[str, float] | None = None) -> Match:
    """Every shortlisted clause, best first; `prior` adds to a clause's score (follow-up context)."""
    prior = {c: b for c, b in (prior or {}).items() if index.position(c) >= 0}
    found = features(toks, index, [index.position(c) for c in prior])
    content = [t for t in toks if t != ME]
    known = sum(1 for t in content if t in index.idf) / len(content) if content else 0.0
    if not found:
        return Match(tuple(toks), (), 0.0, known, 0.0)
    scores = {
        o: sum(w * f for w, f in zip(WEIGHTS, feats, strict=True)) + prior.get(index.clause_ids[o], 0.0)
        for o, feats in found.items()
    }
    clauses = [o for o in scores if o != index.off_topic] or list(scores)
    best = max(clauses, key=lambda o: scores[o])
    top = max(scores.values())
    scope = in_scope(scores[best], len(content) or 1, found[best][FEATURES.index("missing")], index.guided[best])
    # Each clause's probability is its softmax share among the candidates (the not-covered questions
    # compete too), times the probability that the message is about the policy at all.
    exps = {o: math.exp(v - top) for o, v in scores.items()}
    total = sum(exps.values())
    hits = [Hit(index.clause_ids[o], scope * e / total, scores[o]) for o, e in exps.items() if o != index.off_topic]
    hits.sort(key=lambda h: (-h.confidence, h.clause_id))
    off_topic = scope * exps[index.off_topic] / total if index.off_topic in exps else 0.0
    return Match(tuple(toks), tuple(hits), off_topic, known, scope)


def _fuzzy(query: str, texts: Sequence[str]) -> float:
    """Best rapidfuzz similarity (0..1) of the question to any of a clause's sentence-like choices."""
    if not query or not texts:
        return 0.0
    found = process.extractOne(query, texts, scorer=fuzz.token_ratio)
    return found[1] / 100.0 if found else 0.0
