"""How near in meaning a question is to a clause's questions, where their words differ.

"would I get told off for scrolling Instagram during assembly?" shares few words with B.4's questions ("can I go on
my phone in lessons"), and a lexicon cannot list every way of saying it. Each WordPiece token has a vector distilled
from a sentence-embedding model (bench/distil_wordpiece_vectors.py; all-MiniLM-L6-v2, as Model2Vec distils one); a
text's vector is the IDF-weighted sum of its tokens' vectors, and a clause's is the mean of its questions', its words'
and its answer's (`Meanings.clause_vectors`). The matcher weighs the cosine between the two plus the cosine with the
nearest of those texts (`Meanings.nearness`; matcher.FEATURES, "meaning"): a clause is asked about in many ways, and
a question like one of them but unlike the rest is near that one, not their mean. The texts are compared in their own
first NEAREST_DIMENSIONS principal directions, a quarter of the width and of the bytes read per question. The IDF is
the index's own, over those texts, so a school's own policy and questions get theirs.

Without the vectors file every vector is zero and the signal is 0 for every clause: the matcher scores as before it.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import numpy as np

from intents.normalise import without_absent_pictures
from intents.wordpiece import WordPieces

log = logging.getLogger(__name__)
_DATA = Path(__file__).parent / "data"
VECTORS_FILE = _DATA / "wordpiece_vectors.npy"  # int8, a scale per token in SCALES_FILE
SCALES_FILE = _DATA / "wordpiece_scales.npy"
TOKENIZER_FILE = _DATA / "wordpiece_tokenizer.json"
MAX_CHARACTERS = 1_000  # a pasted essay's first paragraph says what it is about; the rest would only cost time
MAX_PIECES = 128
# The texts' nearest is sought in this many of their principal directions. Reading all 6,081 of the bundled policy's
# texts at full width (6 MB) was a fifth of a question's time. At 64 the directions hold 82 % of the texts' energy, and
# refitted, held-out gained two questions and our sets each left out lost four of 5,000 (128 did no better; README).
NEAREST_DIMENSIONS = 64


@dataclass(frozen=True, slots=True)
class _Vectors:
    tokenizer: WordPieces
    vectors: np.ndarray  # (vocabulary, dimensions) int8
    scales: np.ndarray  # (vocabulary,) float32: a token's vector is its row times its scale


@cache
def _load() -> _Vectors | None:
    try:
        tokenizer = WordPieces.from_file(TOKENIZER_FILE)
        vectors = np.load(VECTORS_FILE)  # 8 MB: a gather from a memory map costs a question ten times more
        scales = np.load(SCALES_FILE)
        if vectors.ndim != 2 or scales.shape != (vectors.shape[0],) or len(tokenizer) > len(scales):
            raise ValueError("vectors, scales and tokenizer disagree")
    except (OSError, ValueError, KeyError) as error:
        log.warning("word-piece vectors unavailable (%s): the matcher scores without the meaning signal",
                    type(error).__name__)
        return None
    return _Vectors(tokenizer, vectors, scales)


def dimensions() -> int:
    """The vectors' width, 0 without them."""
    loaded = _load()
    return 0 if loaded is None else int(loaded.vectors.shape[1])


def is_word(word: str) -> bool | None:
    """Whether the word is a whole word of the model's vocabulary (wordpiece.WordPieces.is_word); None without it."""
    loaded = _load()
    return None if loaded is None else loaded.tokenizer.is_word(word)


def pieces(text: str) -> list[int]:
    """The text's word-piece ids, without the special ones; [] without the vectors."""
    loaded = _load()
    if loaded is None or not text:
        return []
    return loaded.tokenizer.ids(without_absent_pictures(text[:MAX_CHARACTERS]), MAX_PIECES)


_UNSEEN = object()


@dataclass(frozen=True, slots=True)
class Meanings:
    """An index's side of the signal: each word piece's IDF over the index's texts, and each clause's vector."""

    idf: np.ndarray  # (vocabulary,) float32; empty without the vectors
    clause_vectors: np.ndarray  # (clauses, dimensions) float32, unit length (zero for a clause with no text)
    # (clauses,) bool: the clauses placed well enough in meaning to weigh it. A clause known only by its own sentence
    # is too little to place (a bare policy's B.1 lost to A.2), and the not-covered questions' mean is near none of
    # them.
    weighed: np.ndarray
    # Each weighed clause's texts' unit vectors, a clause's together: `text_count` of them from `text_start`, those not
    # naming parents first and those naming them from `text_split`. Kept only for the clauses meaning weighs (the
    # not-covered questions alone are hundreds), and only their coordinates along `text_basis`, the texts' first
    # NEAREST_DIMENSIONS principal directions: (dimensions, k), k the fewer of NEAREST_DIMENSIONS and the texts.
    text_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    text_basis: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    text_start: np.ndarray = field(default_factory=lambda: np.zeros(0, np.intp))
    text_count: np.ndarray = field(default_factory=lambda: np.zeros(0, np.intp))
    text_split: np.ndarray = field(default_factory=lambda: np.zeros(0, np.intp))
    # The last few texts' vectors: a message's is asked for by the ranking and again by the in-scope probability.
    recent: dict[str, np.ndarray | None] = field(default_factory=dict, init=False, compare=False, repr=False)

    def of(self, text: str) -> np.ndarray | None:
        """The text's unit vector, or None when it has no word piece with a vector (or there are no vectors)."""
        if (kept := self.recent.get(text, _UNSEEN)) is not _UNSEEN:  # one lookup: safe even if another thread clears
            return kept  # type: ignore[return-value]
        ids = pieces(text)
        loaded = _load()
        vector = None if not ids or loaded is None or not len(self.idf) else _unit(_weighted_sum(loaded, ids, self.idf))
        if len(self.recent) >= 8:
            self.recent.clear()
        self.recent[text] = vector
        return vector

    def cosines(self, vector: np.ndarray | None, positions: np.ndarray | Sequence[int]) -> np.ndarray:
        """Cosine of the question's vector with each clause's at `positions`; 0 everywhere without one."""
        if vector is None or not len(self.clause_vectors):
            return np.zeros(len(positions))
        return self.clause_vectors[positions] @ vector

    def nearness(self, vector: np.ndarray | None, positions: np.ndarray, parents: bool = False) -> np.ndarray:
        """How near in meaning the question is to each clause at `positions`: its cosine with the clause's vector
        plus its cosine with the clause's nearest text (none: 0) of those that, like the question, name parents or
        do not (`parents`), where the clause has one; 0 everywhere without a vector. Alone, the sum puts the right
        clause first for 86.7 % of our sets' in-scope questions (each set left out; 90.5 % with the texts at full
        width) against 83.0 % for the mean's cosine alone. The texts' cosines are taken along `text_basis`: exact
        where the weighed texts span no more than NEAREST_DIMENSIONS directions (a policy with a few example
        questions), otherwise the part of each cosine those directions hold."""
        if vector is None or not len(self.clause_vectors):
            return self.cosines(vector, positions)  # 0 everywhere
        # One product with every text and one maximum per clause and kind: cheaper than a product per candidate clause.
        cosines = self.text_vectors @ (vector @ self.text_basis)
        # The padding row's 0 would otherwise be the last segment's, the last clause's nearest when all of its
        # alike texts are further than orthogonal.
        cosines[-1] = -2.0
        # Word vectors hear "can I post photos of pupils on facebook?" as near "are parents allowed to post photos of
        # pupils" (D.1) as any teacher's question (B.3): who is asking is in the words "parents", not in the meaning.
        # (A kind a clause has none of gets its next text's cosine from reduceat, never used.)
        kinds = np.maximum.reduceat(cosines, np.column_stack([self.text_start, self.text_split]).ravel())
        unnamed, named = kinds[0::2], kinds[1::2]
        if parents:
            has_alike, alike, other = self.text_split < self.text_start + self.text_count, named, unnamed
        else:
            has_alike, alike, other = self.text_split > self.text_start, unnamed, named
        # A clause whose every text differs in naming parents: all of them count, and they are the other kind.
        nearest = np.where(self.text_count == 0, 0.0, np.where(has_alike, alike, other))
        return self.cosines(vector, positions) + nearest[positions]


NO_MEANINGS = Meanings(np.zeros(0, np.float32), np.zeros((0, 0), np.float32), np.zeros(0, bool))


def build_meanings(texts_by_clause: Sequence[Sequence[str]], weighed: Sequence[bool],
                   parents: Sequence[Sequence[bool]]) -> Meanings:
    """IDF over every text given, and each clause's vector: the mean of its texts' unit vectors, made unit; for each
    weighed clause, its texts' coordinates along their principal directions too, those not naming parents first
    (`parents`, like `texts_by_clause`, says which do)."""
    loaded = _load()
    if loaded is None:
        return replace(NO_MEANINGS, weighed=np.zeros(len(texts_by_clause), bool))
    encoded = [[pieces(t) for t in texts] for texts in texts_by_clause]
    size = loaded.vectors.shape[0]
    df = np.zeros(size)
    count = 0
    for texts in encoded:
        for ids in texts:
            if ids:
                df[np.unique(ids)] += 1
                count += 1
    idf = (np.log((count + 1) / (df + 1)) + 1.0).astype(np.float32)
    width = loaded.vectors.shape[1]
    clause_vectors = np.zeros((len(encoded), width), np.float32)
    every: list[np.ndarray] = []
    counts = np.zeros(len(encoded), np.intp)
    unnamed = np.zeros(len(encoded), np.intp)
    for position, texts in enumerate(encoded):
        units = [(n, _unit(_weighted_sum(loaded, ids, idf))) for ids, n in zip(texts, parents[position], strict=True)
                 if ids]
        if units:
            clause_vectors[position] = _unit(np.mean([u for _, u in units], axis=0))
        if units and weighed[position]:
            every += [u for _, u in sorted(units, key=lambda unit: unit[0])]  # stable: those not naming parents first
            counts[position] = len(units)
            unnamed[position] = sum(not n for n, _ in units)
    starts = np.cumsum(counts) - counts
    stacked = np.array(every, np.float32).reshape(-1, width)
    basis = _principal_directions(stacked, NEAREST_DIMENSIONS)
    # A padding row after the last: a clause with no text starts there, and reduceat never reads past the end.
    text_vectors = np.vstack([stacked @ basis, np.zeros(basis.shape[1], np.float32)]).astype(np.float32)
    return Meanings(idf, clause_vectors, np.array(weighed, dtype=bool), text_vectors, basis, starts, counts,
                    starts + unnamed)


def _principal_directions(rows: np.ndarray, most: int) -> np.ndarray:
    """The first `most` right singular vectors of `rows` as columns (width, k), k ≤ most: the directions that hold most
    of the rows' energy, so rows @ basis keeps each pair's dot product as nearly as k directions can; all of them
    (exact) when the rows span no more than `most`."""
    if not len(rows):
        return np.zeros((rows.shape[1], 0), np.float32)
    _, _, directions = np.linalg.svd(rows.astype(np.float64), full_matrices=False)
    return np.ascontiguousarray(directions[:most].T, dtype=np.float32)


def _weighted_sum(loaded: _Vectors, ids: list[int], idf: np.ndarray) -> np.ndarray:
    at = np.array(ids, dtype=np.intp)  # a gather by array, not by list: half the cost
    return (idf[at] * loaded.scales[at]) @ loaded.vectors[at].astype(np.float32)


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = math.sqrt(float(vector @ vector))
    return vector / norm if norm > 0.0 and math.isfinite(norm) else np.zeros_like(vector)
