"""Scores the clauses of a PolicyIndex against a question and calibrates the scores to 0..1.

The signals are cheap lexical ones: the best and the top-three IDF-weighted cosines between the question
and the clause's choices (its words, answer, keywords, example questions); how much of the question's
weight the clause's vocabulary explains (coverage) and how much evidence that is (mass); how much of what
the clause is characteristically about the question leaves out (missing); whether the question is about the
writer's own actions, or about parents', as the clause's examples are (perspective, parents); rapidfuzz's
similarity to the closest choice (token-sort ratio), which forgives near-misses the tokeniser left apart; and how
likely the clause's own example questions make the question's words (likelihood, PolicyIndex.likelihoods), which
tells apart clauses in the same words asked about by different people.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np
from rapidfuzz import fuzz, process

from intents.bare_words import BARE_MEANING, MIN_PART
from intents.index import CLAUSE_SUMS, PARENT, PolicyIndex
from intents.lexicon import DOMAIN_WORDS, STOP_WORDS
from intents.normalise import CONCEPT_TOKENS, ME, kinds, tokens
from intents.typos import repaired

# How the signals combine into a clause's score (a conditional logit over the candidate clauses), and how
# the winning score and the message length become the probability that the message is about the policy at
# all (a logistic regression, in scope versus out of scope). Fitted by bench/calibrate.py on the dev set and
# twenty-two of our labelled sets, each scored against an index and a topic model that have not learned from it; refit
# them whenever a feature, the guidance, the labelled questions or the topic model change.
FEATURES = ("cosine", "cosine3", "coverage", "mass", "missing", "perspective", "parents", "bm25", "fuzzy",
            "likelihood", "meaning")
WEIGHTS = (1.59, 1.77, 0.40, 0.17, 0.97, -0.62, -0.90, 2.09, 0.91, 0.18, 0.77)
# score, log length, missing, domain, figure, near (nearest_meaning), bias: clauses with example questions
SCOPE = (1.37, 1.62, -5.32, 1.36, -2.92, 5.17, -9.33)
# The same without `near`, where there is no meaning to weigh (a follow-up's context, no vectors file installed).
SCOPE_WORDS = (1.56, 2.33, -5.49, 1.56, -2.94, -8.33)
SCOPE_BARE = (0.82, 1.70, -1.01, 2.38, -2.62, -5.56)  # SCOPE_WORDS for clauses known only by their own words
# The same with the topic model's log-odds (intents/topic.py) as a sixth signal, where that model was learned
# for this knowledge base: score, log length, missing, domain, figure, topic, bias.
SCOPE_TOPIC = (1.04, 0.11, -2.20, 0.56, -0.60, 1.60, -3.45)
TOPIC_CAP = 7.0  # the topic log-odds are clipped to +-this: one confident word pair must not decide alone
MASS_SCALE = 4.0  # matched IDF mass at which the "enough evidence" signal is 63 % saturated
TRAIT_SCALE = 1.5  # likewise for the weight of a clause's characteristic tokens the question leaves out
MEANING_SCALE = 10.0  # the meaning signal's cosines are multiplied by this (see feature_rows)
LENGTH_CAP = 12  # beyond this many tokens a message earns no more length credit
LONG = 8  # unknown words weigh less in messages longer than this: in a story most are scenery
PRUNE = 40  # clauses given the full feature set, chosen by their best single-choice cosine
FUZZY_NEAREST = 8  # of a clause's choices sharing a word, the closest by cosine (ties too) that rapidfuzz compares
SHORTLIST = 10  # of those, the clauses re-scored with rapidfuzz and offered as candidates
MAX_TOKENS = 60  # a long story's first and last words are kept, the middle rarely names the clause
MAX_REPAIRS = 12  # typo repairs per message, so a 100 KB paste costs no more than a paragraph
_WEIGHTS = np.array(WEIGHTS)
_NO_ROWS = np.zeros((0, len(FEATURES)))
_MISSING = FEATURES.index("missing")
_FUZZY = FEATURES.index("fuzzy")
_LIKELIHOOD = FEATURES.index("likelihood")
_MEANING = FEATURES.index("meaning")
# Every feature but the fuzzy one and the likelihood, which only the shortlist gets.
_LEXICAL_WEIGHTS = np.array([0.0 if i in (_FUZZY, _LIKELIHOOD) else w for i, w in enumerate(WEIGHTS)])


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
    unanswered: float = 0.0  # cosine of the closest known not-covered question (the pseudo-clause's best choice)
    # in_scope leaving aside that the message asks for a figure the best clause does not give: how likely its subject is
    # the policy's, which is what decides whether the nearest clause is worth showing beside "not covered"
    subject_in_scope: float = 0.0
    topic: float | None = None  # the topic model's log-odds as in_scope weighed them (of the best clause), if any
    figure: bool = False  # it asks for a figure the best clause neither gives nor was taught (figure_signal)
    cosine: float = 0.0  # the best clause's closest choice's cosine: 1.0 when the message is one of its keywords


def question_tokens(text: str, index: PolicyIndex, careful: bool = True) -> list[str]:
    """A question's matching tokens, with typos repaired against the index's own vocabulary (`careful`: as a
    question's, not a report's, typos.repaired)."""
    budget = [MAX_REPAIRS]

    def repair(word: str) -> str | None:
        if word in index.typos:  # a slip the labelled questions made too: known, but not a word of its own
            return index.typos[word]
        if word in index.known_words or budget[0] <= 0:
            return None
        budget[0] -= 1
        return repaired(word, index, careful)

    def mend(word: str) -> str | None:
        return repair(word) or (split_compound(word, index) if index.bare_words else None)

    toks = list(dict.fromkeys(tokens(text, correct=mend, bare=index.bare_words)))
    if index.bare_words:
        # On the question's side only: "my laptop" meets a clause on "devices", while a clause naming laptops, which
        # would gain "device" as much as any other clause on devices, keeps the lead its own word gives it. Only kinds
        # the policy names: an unknown word would only weigh the question down.
        toks += [k for k in kinds(toks) if k in index.idf]
    if len(toks) > MAX_TOKENS:
        toks = toks[: MAX_TOKENS // 2] + toks[-MAX_TOKENS // 2 :]
    return toks


def split_compound(word: str, index: PolicyIndex) -> str | None:
    """An unknown word as the two known words it is run together from ("staffroom": "staff room", "lunchtime"), the
    split with the longer first word; None when there is none. For a bare index, whose clauses say "staff room" and
    have no questions to have learned "staffroom" from."""
    if word in index.known_words or len(word) < 2 * MIN_PART:
        return None
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head, tail = word[:cut], word[cut:]
        if head in index.known_words and tail in index.known_words and not STOP_WORDS.intersection((head, tail)):
            return f"{head} {tail}"
    return None


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, x))))


# A message naming the online world or the policy itself is far more often about the policy, whatever else it says.
DOMAIN = frozenset(tokens(" ".join(DOMAIN_WORDS)))


def scope_signals(best_score: float, length: int, missing: float, domain: float, *, figure: float = 0.0,
                  near: float | None = None, topic: float | None = None) -> tuple[float, ...]:
    """The in-scope model's inputs, in the order of SCOPE_WORDS, SCOPE (with `near`) or SCOPE_TOPIC (with a topic),
    without the bias: `in_scope` weighs them and bench/calibrate.py fits the weights on them."""
    signals = (best_score, math.log(max(1, min(length, LENGTH_CAP))), missing, domain, figure)
    if topic is not None:
        return (*signals, max(-TOPIC_CAP, min(TOPIC_CAP, topic)))
    # How near in meaning stands in for the topic model where there is none (another school's policy): fitted beside
    # the topic model's log-odds it weighed nothing (-0.01), beside the lexical signals alone 5.18.
    return signals if near is None else (*signals, near)


def in_scope(best_score: float, length: int, missing: float, *, domain: float = 0.0, guided: bool = True,
             topic: float | None = None, figure: float = 0.0, near: float | None = None) -> float:
    """Probability the policy is meant at all, from the best clause's score and "missing" feature, the
    message length in tokens (longer messages score lower per word, so they need less), whether it names
    the online world or the policy (`domain`, 0 or 1), whether it asks for a figure the best clause does not give
    (`figure`, 0 or 1) and, where there is one, the topic model's log-odds; without it, how near in meaning the
    message is to the nearest candidate clause (`near`, nearest_meaning), where that is known."""
    if topic is not None:
        weights = SCOPE_TOPIC
    elif not guided:
        weights, near = SCOPE_BARE, None  # a clause known only by its own sentence is not placed in meaning
    else:
        weights = SCOPE if near is not None else SCOPE_WORDS
    signals = scope_signals(best_score, length, missing, domain, figure=figure, near=near, topic=topic)
    return _sigmoid(sum(k * v for k, v in zip(weights[:-1], signals, strict=True)) + weights[-1])


def figure_signal(asks_figure: bool, position: int, toks: Sequence[str], index: PolicyIndex,
                  asks_running: bool = False) -> float:
    """1.0 when the message asks for a figure (intents/answer_type.py) that the clause at `position` neither gives in
    its words or answer nor was taught to answer (its closest example question does not ask for one), or asks how
    something is run (who runs it, how to get into it, where it is kept: `asks_running`) and the clause neither says
    nor was taught; else 0.0."""
    figure = asks_figure and not index.quantified[position]
    running = asks_running and not index.running_told[position]
    if not (figure or running) or index.closest_asks_figure(position, toks):
        return 0.0
    return 1.0


def features(toks: Sequence[str], index: PolicyIndex, extra: Sequence[int] = (),
             text: str = "") -> dict[int, tuple[float, ...]]:
    """The FEATURES of every shortlisted clause position (plus `extra` positions) for the tokens (of `text`), by
    position: what bench/calibrate.py fits WEIGHTS on."""
    positions, rows = feature_rows(toks, index, extra, text)
    return dict(zip(positions, map(tuple, rows.tolist()), strict=True))


def feature_rows(toks: Sequence[str], index: PolicyIndex, extra: Sequence[int] = (),
                 text: str = "") -> tuple[list[int], np.ndarray]:
    """The shortlisted clause positions (plus `extra` positions), ascending, and their FEATURES as a matrix's rows.
    `text`, the message the tokens are of, gives the meaning signal (0 without it)."""
    toks = list(dict.fromkeys(toks))
    if not toks:
        return [], _NO_ROWS
    content = [t for t in toks if t != ME]  # the perspective marker shapes the cosine, not the coverage
    speaker = 1.0 if ME in toks else 0.0
    parent = 1.0 if PARENT in toks else 0.0
    unknown = index.unknown_idf * min(1.0, LONG / len(toks))
    q_norm = math.sqrt(sum(index.idf.get(t, unknown) ** 2 for t in toks)) or 1.0
    total = sum(index.idf.get(t, unknown) for t in content) or 1.0

    # Every choice's dot product with the question, and every clause's coverage, relevance and matched traits,
    # at once: one bincount over the question's postings.
    hits = [index.postings[t] for t in toks if t in index.postings]
    if hits:
        sums = np.bincount(np.concatenate([s for s, _ in hits]), np.concatenate([w for _, w in hits]), index.slots)
    else:
        sums = np.zeros(index.slots)
    size = len(index.choice_norm)
    cosine = sums[:size] / index.choice_norm
    cosine[-1] = -1.0  # the padding choice ranks below every real one, even one sharing no word with the question
    best = np.maximum.reduceat(cosine, index.choice_start)
    best[index.choice_count == 0] = 0.0
    candidates = (best > 0.0).nonzero()[0]  # ascending
    # Only the clauses with the best single-choice match are worth the full feature set: on a policy of
    # thousands of clauses this keeps the cost per question flat.
    if len(candidates) > PRUNE:
        order = np.lexsort((candidates, -best[candidates]))  # best first, ties by position: deterministic
        candidates = candidates[order[:PRUNE]]
        if index.off_topic >= 0 and best[index.off_topic] > 0.0 and index.off_topic not in candidates:
            candidates = np.append(candidates, index.off_topic)
        candidates.sort()
    owners = np.unique(np.concatenate([candidates, np.array(extra, dtype=np.intp)])) if extra else candidates
    if not len(owners):
        return [], _NO_ROWS

    choices = index.choice_grid if len(owners) == len(index.clause_ids) else index.choice_grid[owners]
    coverage, relevance, traits = sums[size:].reshape(CLAUSE_SUMS, -1).take(owners, axis=1)
    # Filled column by column, FEATURES' order; the best-three cosine (1) once its rows are sorted, and the last two
    # (fuzzy, likelihood) only for the shortlist, once it is chosen.
    feats = np.zeros((len(owners), len(FEATURES)))
    feats[:, 0] = best[owners] / q_norm  # the grid's row maxima, already found by reduceat
    feats[:, 2] = coverage / total
    feats[:, 3] = 1.0 - np.exp(-coverage / MASS_SCALE)  # a clause token's coverage weight is its IDF: the mass
    feats[:, 4] = 1.0 - np.exp(-np.maximum(index.trait_total[owners] - traits, 0.0) / TRAIT_SCALE)
    feats[:, 5] = np.abs(speaker - index.first_person[owners])
    feats[:, 6] = np.abs(parent - index.about_parents[owners])
    feats[:, 7] = relevance / (np.maximum.reduce(relevance) or 1.0)  # relative to the best candidate's: ranking
    feats[:, _MEANING] = _meaning(index, text, owners, parent > 0.0)
    positions = owners.tolist()
    # The follow-up context's clauses and the not-covered questions are always scored in full.
    always = [positions.index(o) for o in (*extra, index.off_topic) if o in positions]
    kept = _worth_sorting(feats, always)
    # Single precision: the grid is sorted, and numpy sorts float32 rows twice as fast (SIMD); a cosine needs no
    # more than seven digits.
    grid = cosine.take(choices[kept]).astype(np.float32)  # (kept clauses, widest clause)
    # Sorted, each clause's row gives its best three cosines and its FUZZY_NEAREST-th best, the bar a choice must
    # reach for rapidfuzz to compare it (every choice tied at the bar too: no arbitrary tie-break).
    width = grid.shape[1]
    bar_at = width - min(FUZZY_NEAREST, width)
    ordered = grid.copy()
    ordered.sort(axis=1)
    top3 = np.maximum(ordered[:, -3:], 0.0)
    found = np.add.reduce(top3 > 0.0, axis=1)  # of the best three, those sharing a word: min(3, all that do)
    feats[kept, 1] = np.add.reduce(top3, axis=1) / np.maximum(found, 1) / q_norm
    # Owners ascend, so a stable sort breaks ties by position: deterministic.
    chosen = set(kept[(-(feats[kept] @ _LEXICAL_WEIGHTS)).argsort(kind="stable")[:SHORTLIST]].tolist())
    rows = sorted(chosen.union(always))
    sorted_rows = kept.searchsorted(rows)  # every shortlisted clause was kept
    feats = feats[rows]
    feats[:, _FUZZY] = _fuzzy(" ".join(sorted(toks)), index, choices[rows], grid[sorted_rows],
                              ordered[sorted_rows, bar_at])
    shortlist = [positions[r] for r in rows]
    feats[:, _LIKELIHOOD] = index.likelihoods(toks, shortlist)
    return shortlist, feats


_COSINE3 = FEATURES.index("cosine3")


def _meaning(index: PolicyIndex, text: str, owners: np.ndarray, parents: bool = False) -> np.ndarray:
    """How much less near in meaning (Meanings.nearness; `parents`: whether the question names them) each clause is
    than the nearest candidate (0 for it), scaled: candidates' cosines differ by hundredths, and the fit's small
    penalty would otherwise hold the weight at 0. As with the likelihood, the not-covered questions' pseudo-clause
    keeps 0: its vector, the mean of hundreds of unlike questions, is near none of them, and weighed it lost its near
    misses to the clauses they are near ("does the school's filtering cover the guest wifi?" was answered from A.2)."""
    if not text or not len(index.meanings.weighed) or not (clauses := index.meanings.weighed[owners]).any():
        return np.zeros(len(owners))
    meant = index.meanings.nearness(index.meanings.of(text), owners, parents)
    signal = np.where(clauses, MEANING_SCALE * (meant - meant[clauses].max()), 0.0)
    if index.bare_words:
        signal *= np.where(np.array(index.guided)[owners], 1.0, BARE_MEANING)
    return signal


def nearest_meaning(index: PolicyIndex, text: str, positions: Sequence[int]) -> float | None:
    """The cosine in meaning of the message with the nearest of the candidate clauses that meaning weighs: words a
    lexicon never listed can still say the policy is meant. None when there is nothing to weigh (no text, no vectors
    installed, no such candidate); 0 for a message with no word piece, which means nothing."""
    if not text or not len(index.meanings.weighed) or not len(positions):
        return None
    at = np.asarray(positions, dtype=np.intp)
    weighed = at[index.meanings.weighed[at]]
    if not len(weighed):
        return None
    return max(0.0, float(index.meanings.cosines(index.meanings.of(text), weighed).max()))


def _worth_sorting(feats: np.ndarray, always: list[int]) -> np.ndarray:
    """The rows (ascending) whose clauses could reach the shortlist, plus `always`. A clause's best-three cosine lies
    between a third of its best cosine and its best cosine (the mean of up to three choices sharing a word, the best
    among them), so its score lies between bounds known before its row of the grid is sorted; a clause whose upper
    bound is below the SHORTLIST-th highest lower bound cannot be shortlisted, and sorting its row is the costliest
    step there is. The shortlist is exactly the one every row sorted would give."""
    if len(feats) <= SHORTLIST:
        return np.arange(len(feats))
    partial = feats @ _LEXICAL_WEIGHTS  # the best-three cosine's column is still 0
    weight = _LEXICAL_WEIGHTS[_COSINE3]
    third, whole = weight * feats[:, 0] / 3.0, weight * feats[:, 0]
    low, high = np.minimum(third, whole), np.maximum(third, whole)
    lowest = partial + low
    lowest.partition(len(feats) - SHORTLIST)
    floor = lowest[len(feats) - SHORTLIST]
    keep = partial + high >= floor - 1e-6  # a margin for single precision's rounding of the sorted cosines
    keep[always] = True
    return keep.nonzero()[0]


def score(toks: Sequence[str], index: PolicyIndex, prior: Mapping[str, float] | None = None,
          topic: Callable[[str], float] | None = None, asks_figure: bool = False, text: str = "",
          asks_running: bool = False) -> Match:
    """Every shortlisted clause, best first; `prior` adds to a clause's score (follow-up context); `topic` gives the
    topic model's log-odds for the message as said of a clause (topic.TopicOdds), where it has one, and is asked of
    the best clause; `asks_figure`, whether it asks how many, how often or how long, and `asks_running`, how something
    is run (intents/answer_type.py); `text`, the message, for the meaning signal."""
    prior = {c: b for c, b in (prior or {}).items() if index.position(c) >= 0}
    positions, rows = feature_rows(toks, index, [index.position(c) for c in prior], text)
    content = [t for t in toks if t != ME]
    own = [t for t in content if t not in CONCEPT_TOKENS] or content
    known = sum(1 for t in own if t in index.idf) / len(own) if own else 0.0
    if not positions:
        return Match(tuple(toks), (), 0.0, known, 0.0)
    raw = (rows @ _WEIGHTS).tolist()
    scores = [v + prior.get(index.clause_ids[o], 0.0) for o, v in zip(positions, raw, strict=True)]
    clauses = [r for r, o in enumerate(positions) if o != index.off_topic] or list(range(len(positions)))
    best = max(clauses, key=scores.__getitem__)
    domain = 1.0 if DOMAIN.intersection(toks) else 0.0
    odds = topic(index.clause_ids[positions[best]]) if topic is not None else None
    near = nearest_meaning(index, text, positions)
    scope_of = partial(in_scope, scores[best], len(content) or 1, float(rows[best, _MISSING]), domain=domain,
                       guided=index.guided[positions[best]], topic=odds, near=near)
    subject = scope_of()
    figure = figure_signal(asks_figure, positions[best], toks, index, asks_running)
    scope = scope_of(figure=figure) if figure else subject
    # Each clause's probability is its softmax share among the candidates (the not-covered questions
    # compete too), times the probability that the message is about the policy at all.
    top = max(scores)
    exps = [math.exp(v - top) for v in scores]
    total = sum(exps)
    shares = [scope * e / total for e in exps]
    hits = [Hit(index.clause_ids[o], p, v) for o, p, v in zip(positions, shares, scores, strict=True)
            if o != index.off_topic]
    hits.sort(key=lambda h: (-h.confidence, h.clause_id))
    off_topic, unanswered = 0.0, 0.0
    if index.off_topic in positions:
        row = positions.index(index.off_topic)
        off_topic, unanswered = shares[row], float(rows[row, 0])
    return Match(tuple(toks), tuple(hits), off_topic, known, scope, unanswered, subject, odds, bool(figure),
                 float(rows[best, 0]))


def _fuzzy(query: str, index: PolicyIndex, positions: np.ndarray, cosine: np.ndarray, bar: np.ndarray) -> np.ndarray:
    """Best rapidfuzz token-sort similarity (0..1) of the question's sorted tokens to a sentence-like choice of
    each clause (a row of `positions`, the clause's choices, with their `cosine`s), in one cdist call. Only the
    choices sharing a word with the question and at or above the clause's `bar` (its FUZZY_NEAREST-th best cosine)
    are compared: the closest string is almost always among them, and the not-covered questions alone number
    hundreds."""
    best = np.zeros(len(positions))
    if not query or not len(positions):
        return best
    rows, columns = ((cosine >= bar[:, None]) & (cosine > 0.0)).nonzero()
    if not len(rows):
        return best
    # An empty text (a short keyword) scores 0 against a question that has words, so none is left out.
    texts = index.fuzzy_texts[positions[rows, columns]].tolist()
    np.maximum.at(best, rows, process.cdist([query], texts, scorer=fuzz.ratio, dtype=np.float64)[0])
    return best / 100.0
