"""Scores the clauses of a PolicyIndex against a question and calibrates the scores to 0..1.

The signals are cheap lexical ones: the best and the top-three IDF-weighted cosines between the question
and the clause's choices (its words, answer, keywords, example questions); how much of the question's
weight the clause's vocabulary explains (coverage) and how much evidence that is (mass); how much of what
the clause is characteristically about the question leaves out (missing); whether the question is about the
writer's own actions, or about parents', as the clause's examples are (perspective, parents); and rapidfuzz's
similarity to the closest choice (token-sort ratio), which forgives near-misses the tokeniser left apart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Indel

from intents.index import PARENT, PolicyIndex
from intents.lexicon import DOMAIN_WORDS
from intents.normalise import CONCEPT_TOKENS, ME, tokens

# How the signals combine into a clause's score (a conditional logit over the candidate clauses), and how
# the winning score and the message length become the probability that the message is about the policy at
# all (a logistic regression, in scope versus out of scope). Fitted by bench/calibrate.py on the dev set and
# twenty of our labelled sets, each scored against an index and a topic model that have not learned from it; refit
# them whenever a feature, the guidance, the labelled questions or the topic model change.
FEATURES = ("cosine", "cosine3", "coverage", "mass", "missing", "perspective", "parents", "bm25", "fuzzy")
WEIGHTS = (2.19, 2.39, 1.39, 0.54, -1.04, -0.51, -1.07, 3.21, 1.66)
SCOPE = (1.29, 2.03, -2.84, 1.61, -10.98)  # score, log length, missing, domain, bias: clauses with example questions
SCOPE_BARE = (0.76, 1.54, 0.28, 2.54, -6.54)  # the same for clauses known only by their own words
# The same with the topic model's log-odds (intents/topic.py) as a fifth signal, where that model was learned
# for this knowledge base: score, log length, missing, domain, topic, bias.
SCOPE_TOPIC = (1.02, -0.39, -2.45, 0.41, 1.86, -4.46)
TOPIC_CAP = 7.0  # the topic log-odds are clipped to +-this: one confident word pair must not decide alone
MASS_SCALE = 4.0  # matched IDF mass at which the "enough evidence" signal is 63 % saturated
TRAIT_SCALE = 1.5  # likewise for the weight of a clause's characteristic tokens the question leaves out
LENGTH_CAP = 12  # beyond this many tokens a message earns no more length credit
LONG = 8  # unknown words weigh less in messages longer than this: in a story most are scenery
PRUNE = 40  # clauses given the full feature set, chosen by their best single-choice cosine
FUZZY_NEAREST = 8  # of a clause's choices, the closest by cosine that rapidfuzz compares
SHORTLIST = 10  # of those, the clauses re-scored with rapidfuzz and offered as candidates
MAX_TOKENS = 60  # a long story's first and last words are kept, the middle rarely names the clause
MAX_REPAIRS = 12  # typo repairs per message, so a 100 KB paste costs no more than a paragraph
_LEXICAL_WEIGHTS = np.array(WEIGHTS[:-1])  # every feature but the fuzzy one, which only the shortlist gets


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
        # Two letters dropped or added only in a long word: "publicar" is Spanish, not a typo for "public".
        found = process.extractOne(word, pool, scorer=Indel.distance, score_cutoff=1 if len(word) < 9 else 2)
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


# A message naming the online world or the policy itself is far more often about the policy, whatever else it says.
DOMAIN = frozenset(tokens(" ".join(DOMAIN_WORDS)))


def scope_signals(best_score: float, length: int, missing: float, domain: float,
                  topic: float | None = None) -> tuple[float, ...]:
    """The in-scope model's inputs, in the order of SCOPE (of SCOPE_TOPIC, with a topic), without the bias:
    `in_scope` weighs them and bench/calibrate.py fits the weights on them."""
    signals = (best_score, math.log(max(1, min(length, LENGTH_CAP))), missing, domain)
    return signals if topic is None else (*signals, max(-TOPIC_CAP, min(TOPIC_CAP, topic)))


def in_scope(best_score: float, length: int, missing: float, domain: float = 0.0, guided: bool = True,
             topic: float | None = None) -> float:
    """Probability the policy is meant at all, from the best clause's score and "missing" feature, the
    message length in tokens (longer messages score lower per word, so they need less), whether it names
    the online world or the policy (`domain`, 0 or 1) and, where there is one, the topic model's log-odds."""
    weights = SCOPE_TOPIC if topic is not None else SCOPE if guided else SCOPE_BARE
    signals = scope_signals(best_score, length, missing, domain, topic)
    return _sigmoid(sum(k * v for k, v in zip(weights[:-1], signals, strict=True)) + weights[-1])


def features(toks: Sequence[str], index: PolicyIndex, extra: Sequence[int] = ()) -> dict[int, tuple[float, ...]]:
    """The FEATURES of every shortlisted clause position (plus `extra` positions) for the tokens."""
    toks = list(dict.fromkeys(toks))
    if not toks:
        return {}
    content = [t for t in toks if t != ME]  # the perspective marker shapes the cosine, not the coverage
    speaker = 1.0 if ME in toks else 0.0
    unknown = index.unknown_idf * min(1.0, LONG / len(toks))
    weights = {t: index.idf.get(t, unknown) for t in toks}
    q_norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    total = sum(weights[t] for t in content) or 1.0

    # Every choice's dot product with the question at once: one bincount over the question's postings.
    hits = [index.postings[t] for t in toks if t in index.postings]
    size = len(index.choice_norm)  # the last slot is the padding choice, which nothing touches
    if hits:
        dots = np.bincount(np.concatenate([c for c, _ in hits]), np.concatenate([w for _, w in hits]), size)
    else:
        dots = np.zeros(size)
    cosine = dots / index.choice_norm
    best = np.maximum.reduceat(cosine, index.choice_start)
    best[index.choice_count == 0] = 0.0
    candidates = np.flatnonzero(best > 0.0)
    # Only the clauses with the best single-choice match are worth the full feature set: on a policy of
    # thousands of clauses this keeps the cost per question flat.
    if len(candidates) > PRUNE:
        order = np.lexsort((candidates, -best[candidates]))  # best first, ties by position: deterministic
        candidates = candidates[order[:PRUNE]]
        if index.off_topic >= 0 and best[index.off_topic] > 0.0:
            candidates = np.append(candidates, index.off_topic)
    owners = np.unique(np.concatenate([candidates, np.array(extra, dtype=np.intp)])) if extra else np.sort(candidates)
    if not len(owners):
        return {}

    grid = cosine[index.choice_grid[owners]]  # (owners, widest clause)
    top3 = np.partition(grid, grid.shape[1] - 3, axis=1)[:, -3:]
    found = np.minimum((grid > 0.0).sum(axis=1), 3)
    clause_count = len(index.clause_ids)
    postings = [(t, p) for t in toks if (p := index.term_clauses.get(t)) is not None]
    present = [(h, weights[t], index.idf[t]) for t, (h, _) in postings if t != ME]
    if present:
        holders = np.concatenate([h for h, _, _ in present])
        sizes = [len(h) for h, _, _ in present]
        coverage = np.bincount(holders, np.repeat([w for _, w, _ in present], sizes), clause_count)
        mass = np.bincount(holders, np.repeat([m for _, _, m in present], sizes), clause_count)
    else:
        coverage = mass = np.zeros(clause_count)
    traits = [index.trait_postings[tok] for tok in toks if tok in index.trait_postings]
    missing = index.trait_total
    if traits:
        missing = missing - np.bincount(np.concatenate([c for c, _ in traits]),
                                        np.concatenate([w for _, w in traits]), clause_count)
    if postings:
        relevance = np.bincount(np.concatenate([h for _, (h, _) in postings]),
                                np.concatenate([w for _, (_, w) in postings]), clause_count)[owners]
        relevance = relevance / (relevance.max() or 1.0)  # relative to the best candidate's: a ranking signal
    else:
        relevance = np.zeros(len(owners))
    lexical = np.column_stack((
        best[owners] / q_norm,  # the grid's row maxima, already found by reduceat
        top3.sum(axis=1) / np.maximum(found, 1) / q_norm,
        coverage[owners] / total,
        1.0 - np.exp(-mass[owners] / MASS_SCALE),
        1.0 - np.exp(-np.maximum(missing[owners], 0.0) / TRAIT_SCALE),
        np.abs(speaker - index.first_person[owners]),
        np.abs((1.0 if PARENT in toks else 0.0) - index.about_parents[owners]),
        relevance,
    ))
    owner_list = owners.tolist()
    row_of = {o: r for r, o in enumerate(owner_list)}
    chosen = set(np.lexsort((owners, -(lexical @ _LEXICAL_WEIGHTS)))[:SHORTLIST].tolist())
    chosen.update(row_of[e] for e in extra)
    if index.off_topic in row_of:
        chosen.add(row_of[index.off_topic])
    rows = sorted(chosen)
    positions = index.choice_grid[owners[rows]]
    fuzzy = _fuzzy(" ".join(sorted(toks)), index, positions, cosine[positions])
    return {owner_list[r]: (*lexical[r].tolist(), f) for r, f in zip(rows, fuzzy, strict=True)}


def score(toks: Sequence[str], index: PolicyIndex, prior: Mapping[str, float] | None = None,
          topic: float | None = None) -> Match:
    """Every shortlisted clause, best first; `prior` adds to a clause's score (follow-up context); `topic` is the
    topic model's log-odds for the message, where it has one."""
    prior = {c: b for c, b in (prior or {}).items() if index.position(c) >= 0}
    found = features(toks, index, [index.position(c) for c in prior])
    content = [t for t in toks if t != ME]
    own = [t for t in content if t not in CONCEPT_TOKENS] or content
    known = sum(1 for t in own if t in index.idf) / len(own) if own else 0.0
    if not found:
        return Match(tuple(toks), (), 0.0, known, 0.0)
    raw = (np.array(list(found.values())) @ np.array(WEIGHTS)).tolist()  # one product, not a Python loop per clause
    scores = {o: v + prior.get(index.clause_ids[o], 0.0) for o, v in zip(found, raw, strict=True)}
    clauses = [o for o in scores if o != index.off_topic] or list(scores)
    best = max(clauses, key=lambda o: scores[o])
    top = max(scores.values())
    domain = 1.0 if DOMAIN.intersection(toks) else 0.0
    missing = found[best][FEATURES.index("missing")]
    scope = in_scope(scores[best], len(content) or 1, missing, domain, index.guided[best], topic)
    # Each clause's probability is its softmax share among the candidates (the not-covered questions
    # compete too), times the probability that the message is about the policy at all.
    exps = {o: math.exp(v - top) for o, v in scores.items()}
    total = sum(exps.values())
    hits = [Hit(index.clause_ids[o], scope * e / total, scores[o]) for o, e in exps.items() if o != index.off_topic]
    hits.sort(key=lambda h: (-h.confidence, h.clause_id))
    off_topic = scope * exps[index.off_topic] / total if index.off_topic in exps else 0.0
    return Match(tuple(toks), tuple(hits), off_topic, known, scope)


def _fuzzy(query: str, index: PolicyIndex, positions: np.ndarray, cosine: np.ndarray) -> list[float]:
    """Best rapidfuzz token-sort similarity (0..1) of the question's sorted tokens to a sentence-like choice of
    each clause (a row of `positions`, the clause's choices, with their `cosine`s), in one cdist call. Only each
    clause's FUZZY_NEAREST choices by cosine are compared: the closest string is almost always among them, and
    the not-covered questions alone number hundreds."""
    best = np.zeros(len(positions))
    if not query or not len(positions):
        return best.tolist()
    if positions.shape[1] > FUZZY_NEAREST:
        # Padding ranks below every real choice, so a clause with few choices keeps all of them.
        ranked = np.where(positions == index.padding, -1.0, cosine)
        nearest = np.argpartition(-ranked, FUZZY_NEAREST - 1, axis=1)[:, :FUZZY_NEAREST]
        positions = positions[np.arange(len(positions))[:, None], nearest]
    usable = index.fuzzy_ok[positions]
    if not usable.any():
        return best.tolist()
    texts = index.fuzzy_array[positions[usable]].tolist()
    scores = process.cdist([query], texts, scorer=fuzz.ratio, dtype=np.float64)[0] / 100.0
    np.maximum.at(best, np.nonzero(usable)[0], scores)
    return best.tolist()
