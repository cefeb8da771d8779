"""Slips of the keyboard: a word one dropped, doubled or swapped letter from a word the index knows.

Two kinds are repaired. A word the index has never seen ("permision") is the known word it is a slip of, as
`matcher.question_tokens` asks. And a word the index *has* seen, but only in a few of the thousands of labelled
questions it learned from ("polcy", three times, beside "policy" 984 times), is no word of its own: known, it was never
repaired, and matched only the questions that made the same slip, so "who agreed this polcy" was not covered while
"who agreed this policy" was answered. Such a word is repaired on both sides, in the index's choices when it is built
and in a question (`learned_typos`).

A question's slips are mended in its text (`mended`), before phrases are made one word ("socia media") and for every
signal that reads the words. A changed letter is more often a different real word ("looked" is not "locked", "police"
is not "policy"), so only insertions, deletions and swaps of neighbours count, the first letter must agree (typos
rarely hit it), and a real word the index does not know is left as written ("cards" is not "cars").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel

from intents.lexicon import CANONICAL, PHRASES, STOP_WORDS
from intents.meaning import is_word
from intents.normalise import canonical

if TYPE_CHECKING:
    from intents.index import PolicyIndex

# The words phrases are made of ("social" and "media" of "social media"): known, and what a slip in one is read as.
PHRASE_WORDS: frozenset[str] = frozenset(w for phrase, _ in PHRASES for w in phrase.split())
MIN_LENGTH = 5  # shorter words are too near each other ("post", "past", "pots") to guess which was meant
LONG = 9  # from this length two letters dropped or added may be a slip: "publicar" (8) is Spanish, not "public"
# A word the labelled questions use is taken for a slip of another only when that other is this many times commoner
# (in its every form: "leaver" is rare but "leavers" is not) and seen at least this often.
COMMONER = 10
_MOST = 10**9  # more than any word's count: commonness only breaks ties between equally long shared beginnings


def slip_of(word: str, pool: Sequence[str], likelier: Callable[[str, str], float] | None = None) -> str | None:
    """The word of `pool` that `word` is one slip from, or None; of equally near words the first in `pool`, or, given
    `likelier` (higher for the likelier of two), the likeliest."""
    near = process.extract(word, pool, scorer=Indel.distance, score_cutoff=1 if len(word) < LONG else 2, limit=None)
    if near:
        return min(near, key=lambda found: (found[1], -likelier(word, found[0]) if likelier else 0, found[2]))[0]
    swapped = process.extractOne(word, pool, scorer=OSA.distance, score_cutoff=1)
    if swapped is not None and sorted(swapped[0]) == sorted(word):
        return swapped[0]
    return None


def shared_start(one: str, other: str) -> int:
    """How many letters two words begin with alike: of two words a slip is equally near, the one sharing the longer
    beginning is likelier meant ("makin" is "making", not "main": slips come late in a word more often than early)."""
    return next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), min(len(one), len(other)))


def by_initial(words: Iterable[str], counts: Mapping[str, int] | None = None) -> dict[str, tuple[str, ...]]:
    """Words of three letters or more by their first letter, alphabetical, or commonest first given `counts`."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-counts.get(w, 0), w) if counts else (0, w)):
        if len(word) >= 3 and not word.isdigit():
            groups.setdefault(word[0], []).append(word)
    return {k: tuple(v) for k, v in groups.items()}


# Endings a real word may take that the sentence model's vocabulary does not keep whole: "delegated" is "delegate"
# with "d" ("deleted" is commoner in the questions), "reputational" is "reputation" with "al".
_ENDINGS = (("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("king", ""), ("es", ""), ("s", ""), ("al", ""),
            ("ly", ""), ("er", ""))


def real_word(word: str, is_word: Callable[[str], bool | None]) -> bool | None:
    """The word, or the word less a common ending, is a whole word of the vocabulary; None without that vocabulary."""
    known = is_word(word)
    if known is None or known:
        return known
    return any(word.endswith(end) and len(word) - len(end) >= 4 and is_word(word[: -len(end)] + base)
               for end, base in _ENDINGS)


def learned_typos(counts: Mapping[str, int], is_word: Callable[[str], bool | None]) -> dict[str, str]:
    """The index's rare words that are slips of a far commoner one, each to that word. `counts` are how often each
    surface word occurs in the index's texts; `is_word` says whether a word is a real one (meaning.is_word, the
    sentence model's whole words: "county" is one and is not "count", "polcy" is not): None where that vocabulary is
    missing, and then no known word is repaired, since frequency alone would take "county" for "count"."""
    forms: Counter[str] = Counter()
    for word, n in counts.items():
        forms[canonical(word)] += n
    common = by_initial([w for w in counts if forms[canonical(w)] >= COMMONER], counts)
    typos: dict[str, str] = {}
    for word in counts:
        if len(word) < MIN_LENGTH or word.isdigit() or word in CANONICAL or real_word(word, is_word) is not False:
            continue
        rarity = forms[canonical(word)]
        pool = [w for w in common.get(word[0], ()) if forms[canonical(w)] >= COMMONER * rarity
                and canonical(w) != canonical(word)]
        # Of equally near words, the one with the longer beginning alike, then the commoner ("parnt" is "parent").
        if pool and (meant := slip_of(word, pool, shared_start)) is not None:
            typos[word] = meant
    return typos


_WORD = re.compile(rf"\b[A-Za-z]{{{MIN_LENGTH - 1},}}\b")


def respelt(text: str, typos: Mapping[str, str]) -> str:
    """The text with each of the slips in `typos` written as the word meant."""
    if not typos:
        return text
    return _WORD.sub(lambda found: typos.get(found.group(0).lower(), found.group(0)), text)


def repaired(word: str, index: PolicyIndex, careful: bool = True) -> str | None:
    """The word a question's word is a slip of, or None: a slip the labelled questions made too, or an unknown word one
    slip from a known one. `careful` (questions): a real word is left as written ("cards" is not "cars", "stream" not
    "steam"), a four-letter word may be a five-letter one with a letter dropped ("medi", "clas"), and of equally near
    words the likeliest is taken; not careful, as a report's words are read (understanding._understand)."""
    if word in index.typos:
        return index.typos[word]
    if word in index.known_words or len(word) < MIN_LENGTH - careful or word.isdigit():
        return None
    pool = index.vocabulary.get(word[0], ())
    if not careful:
        return slip_of(word, pool)
    if real_word(word, is_word):
        return None
    if len(word) < MIN_LENGTH:
        pool = tuple(w for w in pool if len(w) == MIN_LENGTH)
    # Of equally near words, the one with the longer beginning alike, then the commoner ("polic" is "policy").
    return slip_of(word, pool, lambda one, other: shared_start(one, other) + index.word_counts.get(other, 0) / _MOST)


def mended(text: str, index: PolicyIndex, budget: int) -> str:
    """The text with each slip read as the word meant, at most `budget` words looked up: "socia media" as "social
    media" before phrases are made one word, and the topic model and the meaning signal reading what the matcher's
    tokens do ("can I be on Faceook" weighed as off-topic by the topic model while its tokens said "facebook")."""
    left = [budget]

    def meant(found: re.Match[str]) -> str:
        word = found.group(0).lower()
        if word in index.typos:
            return index.typos[word]
        if word in index.known_words or word in STOP_WORDS or left[0] <= 0:
            return found.group(0)
        left[0] -= 1
        return repaired(word, index) or found.group(0)

    return _WORD.sub(meant, text)
