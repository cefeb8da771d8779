"""The matcher's precomputed search structure over one policy, built once at start-up.

Each clause contributes "choices" (its words, its guidance answer, keywords and example questions);
each choice is a set of normalised tokens weighted by how rare the token is across clauses (IDF).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from itertools import pairwise

import numpy as np

from intents.answer_type import asks_quantity, asks_running, states_quantity, states_running
from intents.bare_words import SAME_AS
from intents.documents import documents_named
from intents.lexicon import CANONICAL, STOP_WORDS
from intents.meaning import Meanings, build_meanings, is_word
from intents.normalise import ME, plain, surface_words, tokens
from intents.parties import relationship_clauses
from intents.pictures import picture_clauses
from intents.typos import PHRASE_WORDS, by_initial, learned_typos, respelt

# Pseudo-clause holding questions a school expects but the policy does not cover: they compete with
# the clauses, and a question closest to them is answered with the honest "not covered".
OFF_TOPIC = "_off_topic"
PARENT = "parent"  # the normalised token for parents, carers, mums, dads, grandparents


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One clause as the matcher sees it: its ID, its own words and the guidance that helps find it."""

    clause_id: str
    text: str
    examples: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    answer: str = ""


@dataclass(frozen=True, slots=True, eq=False)
class PolicyIndex:
    """Everything `rank` needs, precomputed: token postings, choice strings, IDF and the vocabulary."""

    clause_ids: tuple[str, ...]
    off_topic: int  # position of OFF_TOPIC in clause_ids, or -1
    # The arrays below let `features` score every clause with a few vector operations, so a question costs
    # about the same on a 10,000-clause policy as on a 40-clause one.
    choice_norm: np.ndarray  # (choices + 1,) length of each choice's IDF vector; the last is padding's
    choice_grid: np.ndarray  # (clauses, widest clause) each clause's choice positions, padded with `choices`
    choice_start: np.ndarray  # (clauses,) each clause's first choice (contiguous; an empty clause's is the next's)
    choice_count: np.ndarray  # (clauses,) how many choices each clause has
    # token -> (slots, weights): everything a question token adds to, summed for all the question's tokens in one
    # bincount. Slots [0, choices) are the choices (the token's IDF squared, toward the dot product); then three
    # blocks of one slot per clause (CLAUSE_SUMS): the IDF of a clause token (coverage), the token's Okapi BM25
    # weight in the clause taken as one document of all its choices (a clause many examples describe in a
    # question's words scores high even when no single one does), and its weight among the clause's
    # characteristic tokens (TRAIT_SHARE).
    postings: Mapping[str, tuple[np.ndarray, np.ndarray]]
    trait_total: np.ndarray  # (clauses,) the weight of all of a clause's characteristic tokens
    first_person: np.ndarray  # (clauses,) share of a clause's choices written as "I ..." (staff about themselves)
    about_parents: np.ndarray  # (clauses,) share of a clause's choices naming a parent, carer or visitor
    # (choices + 1,) each choice's tokens sorted, "" under three tokens and for padding; an object array, so a
    # question's nearest choices are picked out by one fancy index rather than a Python loop
    fuzzy_texts: np.ndarray
    guided: tuple[bool, ...]  # the clause has example questions (its scores run higher than bare clause text)
    # Some clause has none: every text of the index and every question meet in everyday school words too
    # (intents/bare_words.py). False for a policy guided throughout (the bundled one), whose tokens stay as fitted.
    bare_words: bool
    # The clause's words or guidance answer give a figure (a number, a span of time, a date, "never", "in advance"):
    # a question asking "how many" or "how often" may be its (intents/answer_type.py).
    quantified: tuple[bool, ...]
    # Its words or answer say where something is kept, who runs something or name a password: a question asking how
    # something of the school's is run may be its (intents/answer_type.py, asks_running).
    running_told: tuple[bool, ...]
    # (choices + 1,) whether each choice (an example question) itself asks for a figure, or how something is run. A
    # clause whose example closest to a question asks "how often" has been taught that such questions are its own,
    # whatever its words give.
    asks_figure: np.ndarray
    # The documents each clause's words point to ("read and comply with 'Guidance for Safer Working Practice'"): where
    # a question asks what one of them says, that clause is the nearest the policy comes (intents/documents.py).
    cites: Mapping[str, frozenset[str]]
    # The parties each clause about a relationship is about ("add pupils or ex-pupils as friends": pupils): a question
    # about befriending someone else is not settled by it (intents/parties.py).
    parties: Mapping[str, frozenset[str]]
    # The clauses whose own words name pictures ("post pictures of school events"): the nearest the policy comes to a
    # question about taking or keeping pictures of pupils, which none settles (intents/pictures.py).
    pictured: tuple[str, ...]
    idf: Mapping[str, float]
    unknown_idf: float
    vocabulary: Mapping[str, tuple[str, ...]]  # known surface words by first letter, for typo repair
    typos: Mapping[str, str]  # the labelled questions' slips ("polcy") -> the word meant (intents/typos.py)
    word_counts: Mapping[str, int]  # how often each word is written in the index's texts, phrases' words too
    known_words: frozenset[str]
    related: Mapping[str, tuple[str, ...]]
    topic: Mapping[str, tuple[str, ...]]  # a clause's most telling tokens, to give a follow-up context
    fingerprint: str  # of the clauses and their questions: which knowledge this is, for models learned from it
    clauses_fingerprint: str  # of the clauses' IDs and words alone: which policy, whatever it has been taught
    # Which of OFF_TOPIC's choices (numbered from its first) are a clause's near miss (`not_settled`), and whose.
    near_miss_of: Mapping[int, str]
    # Each clause's example questions as a naive Bayes model of how people ask about it (`likelihoods`): a word or
    # word pair -> the span of `said_clauses`/`said_weights` holding the clauses that were asked with it and how
    # much likelier it makes each (log((n + a) / a)); `said_base`, per clause, what any known word or pair costs.
    said_spans: Mapping[str, tuple[int, int]]
    said_clauses: np.ndarray
    said_weights: np.ndarray
    said_base: np.ndarray
    # Each clause's vector in meaning and the word pieces' IDF (intents/meaning.py): how near a question is to the
    # clause where their words differ.
    meanings: Meanings

    @property
    def slots(self) -> int:
        """How many sums `postings` feed: one per choice and padding, then CLAUSE_SUMS per clause."""
        return len(self.choice_norm) + CLAUSE_SUMS * len(self.clause_ids)

    def position(self, clause_id: str) -> int:
        """The clause's position in the index, or -1."""
        try:
            return self.clause_ids.index(clause_id)
        except ValueError:
            return -1

    def likelihoods(self, toks: Sequence[str], positions: Sequence[int]) -> np.ndarray:
        """How likely each clause at `positions` is to be asked about in these words, as a naive Bayes model of its
        example questions has it: the log-likelihood of the question's known words and word pairs, less the best
        of them (so 0 for the likeliest). Discriminative where the other signals are not: "are grandparents allowed
        to post videos…" is D.1's (parents posting) though its words are B.3's (staff posting photos). All zero
        where the clauses have no example questions."""
        spans = [span for f in asked_with(toks) if (span := self.said_spans.get(f)) is not None]
        clauses = [i for i, p in enumerate(positions) if p != self.off_topic]
        weighed = np.zeros(len(positions))
        if not spans or not clauses:
            return weighed
        held = np.concatenate([np.arange(a, b) for a, b in spans])
        found = np.bincount(self.said_clauses[held], self.said_weights[held], len(self.clause_ids))
        chosen = (found + len(spans) * self.said_base)[[positions[i] for i in clauses]]
        # The not-covered questions are too many and too unlike each other to be one way of asking: their
        # pseudo-clause keeps 0 and competes on the other signals as before (modelled, it lost to every clause and
        # "does the school keep a log of the posts it asked parents to remove?" was answered from APX.1).
        weighed[clauses] = chosen - chosen.max()
        return weighed

    def uses(self, clause_id: str, token: str) -> bool:
        """Some choice of the clause (its words, keywords, answer or an example question) has the token: what a
        follow-up's own words must share with the last answer to be read as more of the same question."""
        position = self.position(clause_id)
        if position < 0 or token not in self.postings:
            return False
        start = int(self.choice_start[position])
        slots = self.postings[token][0]
        low, high = slots.searchsorted((start, start + int(self.choice_count[position]))).tolist()
        return high > low

    def near_miss_clause(self, toks: Sequence[str]) -> str | None:
        """The clause whose near miss is the not-covered question closest to these tokens (cosine); None when the
        closest is an everyday not-covered question, or none shares a word. How close it is, the matcher has already
        measured (`Match.unanswered`): the question's own length does not change which is closest."""
        if not self.near_miss_of or self.off_topic < 0:
            return None
        closest = self._closest_choice(self.off_topic, toks)
        return None if closest is None else self.near_miss_of.get(closest)

    def closest_asks_figure(self, position: int, toks: Sequence[str]) -> bool:
        """The clause's choice closest to these tokens is a question asking for a figure ("how often should I check
        who can see my posts?" is one of B.6's)."""
        closest = self._closest_choice(position, toks)
        return closest is not None and bool(self.asks_figure[int(self.choice_start[position]) + closest])

    def _closest_choice(self, position: int, toks: Sequence[str]) -> int | None:
        """Which of the clause's choices (numbered from its first) is closest to the tokens by cosine, the first of
        equals; None when none shares a word."""
        start = int(self.choice_start[position])
        end = start + int(self.choice_count[position])
        dots = np.zeros(end - start)
        for token in dict.fromkeys(toks):
            if token in self.postings:
                # A token's slots ascend, each once (`_postings`): a clause's choices are one slice of them.
                slots, weights = self.postings[token]
                low, high = slots.searchsorted((start, end)).tolist()
                dots[slots[low:high] - start] += weights[low:high]
        if not dots.any():
            return None
        return int((dots / self.choice_norm[start:end]).argmax())

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled (the index cache) with the postings as two flat arrays and each token's span: two arrays unpickle
        # at once, where two thousand pairs of small ones took half of the cached index's loading.
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        held = list(self.postings)
        ends = np.cumsum([len(self.postings[t][0]) for t in held]).tolist()
        spans = dict(zip(held, zip([0, *ends[:-1]], ends, strict=True), strict=True))
        flat = (np.concatenate([self.postings[t][0] for t in held]) if held else np.zeros(0, np.intp),
                np.concatenate([self.postings[t][1] for t in held]) if held else np.zeros(0))
        values["postings"] = (spans, *flat)
        return _unpickled_index, (values,)


def _unpickled_index(values: dict[str, object]) -> PolicyIndex:
    """The index `PolicyIndex.__reduce__` pickled: each token's slots and weights are views of the flat arrays."""
    spans, slots, weights = values["postings"]  # type: ignore[misc]
    postings = {t: (slots[a:b], weights[a:b]) for t, (a, b) in spans.items()}
    return PolicyIndex(**{**values, "postings": postings})  # type: ignore[arg-type]


def _texts(entry: IndexEntry) -> list[str]:
    # Each keyword is its own short choice, so "sports day" can match fully without diluting the rest.
    texts = [entry.text, *entry.examples, *entry.keywords]
    if entry.answer:
        texts.append(entry.answer)
    return [t for t in texts if t.strip()]


def build_index(entries: Iterable[IndexEntry], off_topic: Iterable[str] = (),
                near_misses: Mapping[str, str] | None = None) -> PolicyIndex:
    """Normalise every choice once and precompute the weights `rank` uses. `off_topic` are the questions the policy
    does not answer; `near_misses` says which of them is a clause's near miss, and whose."""
    entries = list(entries)
    off_topic = [q for q in off_topic if q.strip()]
    if off_topic:
        entries.append(IndexEntry(OFF_TOPIC, "", tuple(off_topic)))
    clause_ids = tuple(e.clause_id for e in entries)
    owners: list[int] = []
    choice_tokens: list[list[str]] = []
    figure_questions: list[bool] = []
    near_miss_of: dict[int, str] = {}  # by the choice's number among OFF_TOPIC's
    unanswered = 0
    bags: list[Counter[str]] = []
    asked: list[list[list[str]]] = []  # each entry's example questions' tokens
    # A clause's meaning is its words', its answer's and its questions'; a keyword alone says too little.
    meant = [[t for t in (e.text, e.answer, *e.examples) if t and t.strip()] for e in entries]
    bare = any(not e.examples for e in entries if e.clause_id != OFF_TOPIC)
    # A clause known by its own words alone is placed in meaning too, its signal weighed less (bare_words.BARE_MEANING).
    weighed = [(bool(e.examples) or bare) and e.clause_id != OFF_TOPIC for e in entries]
    names_parents: set[str] = set()  # the texts whose tokens include PARENT, for the meaning signal
    texts_of = [_texts(entry) for entry in entries]
    # Every word as written, those phrases are made of too ("social" of "social media"): how common each is.
    said = Counter(w for texts in texts_of for text in texts for w in plain(text).split() if w not in STOP_WORDS)
    # The labelled questions' own slips ("polcy") are read as the word meant, here and in a question (intents/typos.py).
    typos = learned_typos(said, is_word)
    surfaces = [[(text, surface_words(respelt(text, typos))) for text in texts] for texts in texts_of]
    written = Counter(w for texts in surfaces for _, surface in texts for w in surface if w not in STOP_WORDS)
    for position, (entry, texts) in enumerate(zip(entries, surfaces, strict=True)):
        bag: Counter[str] = Counter()
        examples = set(entry.examples)
        asked.append([])
        for text, surface in texts:
            toks = list(dict.fromkeys(tokens(text, words=surface, bare=bare)))
            if not toks:
                continue
            if PARENT in toks:
                names_parents.add(text)
            if text in examples and entry.clause_id != OFF_TOPIC:
                asked[-1].append(toks)
            if entry.clause_id == OFF_TOPIC:
                if near_misses and text in near_misses:
                    near_miss_of[unanswered] = near_misses[text]
                unanswered += 1
            owners.append(position)
            choice_tokens.append(toks)
            figure_questions.append(asks_quantity(text) or asks_running(text))
            bag.update(toks)
        bags.append(bag)
    n = max(len(entries), 1)
    df: dict[str, int] = defaultdict(int)
    for bag in bags:
        for tok in bag:
            df[tok] += 1
    idf = {tok: math.log(1 + n / count) for tok, count in df.items()}
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    norms: list[float] = []
    for choice, toks in enumerate(choice_tokens):
        norms.append(math.sqrt(sum(idf[t] ** 2 for t in toks)) or 1.0)
        for tok in toks:
            postings[tok].append((choice, idf[tok] ** 2))
    words = set(written)
    words.update(CANONICAL)
    words.update(PHRASE_WORDS)
    if bare:
        words.update(SAME_AS)
    groups = _group(owners, len(entries))
    topic = {e.clause_id: _topic(bag, idf) for e, bag in zip(entries, bags, strict=True)}
    traits = [_traits([choice_tokens[c] for c in group], idf) for group in groups]
    counts = np.array([len(g) for g in groups], dtype=np.intp)
    return PolicyIndex(
        clause_ids=clause_ids,
        off_topic=clause_ids.index(OFF_TOPIC) if off_topic else -1,
        choice_norm=np.array([*norms, 1.0]),
        choice_grid=_grid(groups, len(choice_tokens)),
        # An empty clause starts where the next one does, so reduceat never stretches the clause before it.
        choice_start=np.cumsum(counts) - counts,
        choice_count=counts,
        postings=_postings(postings, _term_clauses(bags), traits, idf, len(choice_tokens) + 1, len(entries)),
        trait_total=np.array([sum(w for _, w in t) for t in traits]),
        first_person=np.array([sum(ME in choice_tokens[c] for c in g) / len(g) if g else 0.0 for g in groups]),
        about_parents=np.array([sum(PARENT in choice_tokens[c] for c in g) / len(g) if g else 0.0 for g in groups]),
        # Tokens pre-sorted so rapidfuzz's plain ratio is a token-sort ratio, bit-parallel and 15 times cheaper
        # than token_ratio. Choices under three tokens (keywords) are left out: the lexical signals cover them.
        fuzzy_texts=np.array([*(" ".join(sorted(toks)) if len(toks) >= 3 else "" for toks in choice_tokens), ""],
                             dtype=object),
        guided=tuple(bool(e.examples) for e in entries),
        bare_words=bare,
        quantified=tuple(states_quantity(e.text) or states_quantity(e.answer) for e in entries),
        running_told=tuple(states_running(e.text) or states_running(e.answer) for e in entries),
        asks_figure=np.array([*figure_questions, False]),
        cites={e.clause_id: named for e in entries if (named := documents_named(e.text))},
        parties=relationship_clauses((e.clause_id, e.text) for e in entries if e.clause_id != OFF_TOPIC),
        pictured=picture_clauses((e.clause_id, e.text) for e in entries if e.clause_id != OFF_TOPIC),
        idf=idf,
        unknown_idf=math.log(1 + n),
        # A slip is never what another slip is repaired to.
        vocabulary=by_initial(words.difference(typos)),
        known_words=frozenset(words),
        typos=typos,
        word_counts=dict(said),
        related={e.clause_id: e.related for e in entries},
        topic=topic,
        fingerprint=_fingerprint(entries),
        clauses_fingerprint=_fingerprint([IndexEntry(e.clause_id, e.text) for e in entries
                                          if e.clause_id != OFF_TOPIC]),
        near_miss_of=near_miss_of,
        meanings=build_meanings(meant, weighed, [[t in names_parents for t in texts] for texts in meant]),
        **_said(asked),
    )


SAID_SMOOTHING = 0.5  # pseudo-count of every known word or pair in every clause (naive Bayes' additive smoothing)


def asked_with(toks: Sequence[str]) -> list[str]:
    """The tokens a question is asked with and each pair of successive ones, for `PolicyIndex.likelihoods`: the
    matcher's tokens (stop words gone, concepts and the first-person marker added), so a pair is of neighbouring
    content words more often than of words written side by side."""
    return [*toks, *(f"{a} {b}" for a, b in pairwise(toks))]


def _said(asked: list[list[list[str]]]) -> dict[str, object]:
    """The naive Bayes model of each entry's example questions (PolicyIndex.said_*): per word or pair, the entries
    asked with it (counted once a question) and log((count + a) / a); per entry, log(a / (its total + a * V)), V the
    words and pairs known. An entry without examples has a uniform model: every known word costs it log(1 / V), more
    than a word its examples never use costs an entry that has some and less than one they do use. An example also
    listed as a keyword, or twice, is counted twice (`_texts` yields it once per list): A.2's "smoothwall"."""
    counts = [Counter(f for toks in questions for f in set(asked_with(toks))) for questions in asked]
    held: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for owner, counted in enumerate(counts):
        for feature, n in counted.items():
            held[feature].append((owner, math.log((n + SAID_SMOOTHING) / SAID_SMOOTHING)))
    known = len(held) or 1
    base = np.array([math.log(SAID_SMOOTHING / (sum(c.values()) + SAID_SMOOTHING * known)) if c else -math.log(known)
                     for c in counts])
    spans, clauses, weights, at = {}, [], [], 0
    for feature in sorted(held):
        pairs = held[feature]
        spans[feature] = (at, at + len(pairs))
        clauses += [o for o, _ in pairs]
        weights += [w for _, w in pairs]
        at += len(pairs)
    return {"said_spans": spans, "said_clauses": np.array(clauses, dtype=np.intp),
            "said_weights": np.array(weights), "said_base": base}


def _fingerprint(entries: list[IndexEntry]) -> str:
    """Which knowledge this is: the clauses' IDs and words, their example and labelled questions and the
    not-covered ones (of entries without questions: which policy this is). A model learned from one knowledge base
    (the topic model) speaks for it, and for the same policy taught more questions (topic.topic_log_odds)."""
    lines = (f"{e.clause_id}\t{e.text}\t" + "\t".join(e.examples) for e in entries)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


BM25_K1, BM25_B = 1.5, 0.75  # Okapi's usual constants


def _term_clauses(bags: list[Counter[str]]) -> dict[str, list[tuple[int, float]]]:
    """Token -> the clauses whose choices hold it, and its Okapi BM25 weight in each."""
    lengths = [sum(bag.values()) for bag in bags]
    average = sum(lengths) / max(1, len(lengths)) or 1.0
    df = Counter(tok for bag in bags for tok in bag)
    found: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for owner, (bag, length) in enumerate(zip(bags, lengths, strict=True)):
        norm = BM25_K1 * (1 - BM25_B + BM25_B * length / average)
        for tok, tf in bag.items():
            idf = math.log(1 + (len(bags) - df[tok] + 0.5) / (df[tok] + 0.5))
            found[tok].append((owner, idf * tf * (BM25_K1 + 1) / (tf + norm)))
    return found


CLAUSE_SUMS = 3  # per-clause sums a token adds to: coverage, BM25 relevance, matched traits (PolicyIndex.postings)


def _postings(choices: Mapping[str, list[tuple[int, float]]], clauses: Mapping[str, list[tuple[int, float]]],
              traits: list[tuple[tuple[str, float], ...]], idf: Mapping[str, float], base: int,
              clause_count: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Each token's slots and weights (PolicyIndex.postings), `base` being where the per-clause blocks start. The
    perspective marker counts toward the dot products, relevance and traits, but not toward coverage: it is not a
    word of the question's."""
    characterises: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for owner, pairs in enumerate(traits):
        for tok, weight in pairs:
            characterises[tok].append((owner, weight))
    found = {}
    for tok, held in choices.items():
        slots, weights = [c for c, _ in held], [w for _, w in held]
        holders = clauses.get(tok, ())
        if tok != ME:
            slots += [base + o for o, _ in holders]
            weights += [idf[tok]] * len(holders)
        slots += [base + clause_count + o for o, _ in holders]
        weights += [w for _, w in holders]
        slots += [base + 2 * clause_count + o for o, _ in characterises.get(tok, ())]
        weights += [w for _, w in characterises.get(tok, ())]
        found[tok] = (np.array(slots, dtype=np.intp), np.array(weights))
    return found


def _grid(groups: tuple[tuple[int, ...], ...], padding: int) -> np.ndarray:
    """Each clause's choice positions as one row, short rows padded with `padding` (a choice that never scores)."""
    width = max(3, max((len(g) for g in groups), default=0))
    grid = np.full((len(groups), width), padding, dtype=np.intp)
    for row, group in enumerate(groups):
        grid[row, : len(group)] = group
    return grid


TRAIT_SHARE = 0.3  # a token in at least this share of a clause's choices is part of what the clause is about


def _traits(mine: list[list[str]], idf: Mapping[str, float]) -> tuple[tuple[str, float], ...]:
    """Tokens that most of a clause's choices share ("parent" for D.1), weighted by IDF times share."""
    if not mine:
        return ()
    counts = Counter(tok for toks in mine for tok in set(toks))
    return tuple(sorted((t, idf[t] * c / len(mine)) for t, c in counts.items() if c / len(mine) >= TRAIT_SHARE))


def _group(owners: list[int], size: int) -> tuple[tuple[int, ...], ...]:
    groups: list[list[int]] = [[] for _ in range(size)]
    for choice, owner in enumerate(owners):
        groups[owner].append(choice)
    return tuple(tuple(g) for g in groups)


def _topic(bag: Counter[str], idf: Mapping[str, float], size: int = 6) -> tuple[str, ...]:
    """The clause's most telling tokens (frequent in its choices, rare elsewhere): the implicit subject
    of a follow-up like "and what about X?"."""
    return tuple(sorted(bag, key=lambda t: (-bag[t] * idf[t], t))[:size])
