"""The matcher's precomputed search structure over one policy, built once at start-up.

Each clause contributes "choices" (its words, its guidance answer, keywords and example questions);
each choice is a set of normalised tokens weighted by how rare the token is across clauses (IDF).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from intents.lexicon import CANONICAL, STOP_WORDS
from intents.normalise import ME, surface_words, tokens

# Pseudo-clause holding questions a school expects but the policy does not cover: they compete with
# the clauses, and a question closest to them is answered with the honest "not covered".
OFF_TOPIC = "_off_topic"


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One clause as the matcher sees it: its ID, its own words and the guidance that helps find it."""

    clause_id: str
    text: str
    examples: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    answer: str = ""


@dataclass(frozen=True, slots=True)
class PolicyIndex:
    """Everything `rank` needs, precomputed: token postings, choice strings, IDF and the vocabulary."""

    clause_ids: tuple[str, ...]
    off_topic: int  # position of OFF_TOPIC in clause_ids, or -1
    choice_owner: tuple[int, ...]  # clause position of each choice
    clause_choices: tuple[tuple[int, ...], ...]  # the choices of each clause position
    choice_text: tuple[str, ...]  # tokens joined, for rapidfuzz
    fuzzy_texts: tuple[tuple[str, ...], ...]  # each clause's choices of three tokens or more, for rapidfuzz
    choice_norm: tuple[float, ...]  # length of the choice's IDF vector
    postings: Mapping[str, tuple[tuple[int, float], ...]]  # token -> (choice, idf squared)
    clause_terms: tuple[frozenset[str], ...]  # every token any choice of the clause holds
    traits: tuple[tuple[tuple[str, float], ...], ...]  # tokens most of a clause's choices share, with weight
    first_person: tuple[float, ...]  # share of a clause's choices written as "I ..." (staff asking about themselves)
    guided: tuple[bool, ...]  # the clause has example questions (its scores run higher than bare clause text)
    idf: Mapping[str, float]
    unknown_idf: float
    vocabulary: Mapping[str, tuple[str, ...]]  # known surface words by first letter, for typo repair
    known_words: frozenset[str]
    related: Mapping[str, tuple[str, ...]]
    topic: Mapping[str, tuple[str, ...]]  # a clause's most telling tokens, to give a follow-up context

    def position(self, clause_id: str) -> int:
        """The clause's position in the index, or -1."""
        try:
            return self.clause_ids.index(clause_id)
        except ValueError:
            return -1


def _texts(entry: IndexEntry) -> list[str]:
    # Each keyword is its own short choice, so "sports day" can match fully without diluting the rest.
    texts = [entry.text, *entry.examples, *entry.keywords]
    if entry.answer:
        texts.append(entry.answer)
    return [t for t in texts if t.strip()]


def build_index(entries: Iterable[IndexEntry], off_topic: Iterable[str] = ()) -> PolicyIndex:
    """Normalise every choice once and precompute the weights `rank` uses."""
    entries = list(entries)
    off_topic = [q for q in off_topic if q.strip()]
    if off_topic:
        entries.append(IndexEntry(OFF_TOPIC, "", tuple(off_topic)))
    clause_ids = tuple(e.clause_id for e in entries)
    owners: list[int] = []
    choice_tokens: list[list[str]] = []
    words: set[str] = set()
    bags: list[Counter[str]] = []
    for position, entry in enumerate(entries):
        bag: Counter[str] = Counter()
        for text in _texts(entry):
            surface = surface_words(text)
            toks = list(dict.fromkeys(tokens(text, words=surface)))
            if not toks:
                continue
            owners.append(position)
            choice_tokens.append(toks)
            bag.update(toks)
            words.update(w for w in surface if w not in STOP_WORDS)
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
    words.update(CANONICAL)
    groups = _group(owners, len(entries))
    by_initial: dict[str, list[str]] = defaultdict(list)
    for word in sorted(words):
        if len(word) >= 3 and not word.isdigit():
            by_initial[word[0]].append(word)
    topic = {e.clause_id: _topic(bag, idf) for e, bag in zip(entries, bags, strict=True)}
    return PolicyIndex(
        clause_ids=clause_ids,
        off_topic=clause_ids.index(OFF_TOPIC) if off_topic else -1,
        choice_owner=tuple(owners),
        clause_choices=groups,
        choice_text=tuple(" ".join(t) for t in choice_tokens),
        # One-word keywords are left out: a keyword is a subset of any question holding it (a 100 % token-set
        # match), which says nothing the lexical signals have not said already.
        fuzzy_texts=tuple(tuple(" ".join(choice_tokens[c]) for c in g if len(choice_tokens[c]) >= 3)
                          for g in groups),
        choice_norm=tuple(norms),
        postings={k: tuple(v) for k, v in postings.items()},
        clause_terms=tuple(frozenset(b) for b in bags),
        traits=tuple(_traits([choice_tokens[c] for c in group], idf) for group in groups),
        guided=tuple(bool(e.examples) for e in entries),
        first_person=tuple(sum(ME in choice_tokens[c] for c in g) / len(g) if g else 0.0 for g in groups),
        idf=idf,
        unknown_idf=math.log(1 + n),
        vocabulary={k: tuple(v) for k, v in by_initial.items()},
        known_words=frozenset(words),
        related={e.clause_id: e.related for e in entries},
        topic=topic,
    )


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
