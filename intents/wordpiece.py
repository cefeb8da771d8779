"""BERT's uncased WordPiece tokenisation, as the word-piece vectors (intents/meaning.py) were distilled with.

The vocabulary and settings come from the tokenizer file bench/distil_wordpiece_vectors.py saved beside the vectors.
Written here rather than imported from Hugging Face's `tokenizers`: a question's dozen words cost a few microseconds
with each word's pieces cached, against some forty for that library's call and the encoding it builds, and the
project needs no compiled dependency for it. bench/wordpiece_agreement.py checks it against `tokenizers`, where that
is installed, over every labelled question. One difference is meant: "[CLS]" typed in a message is read as the
letters it is, where `tokenizers` reads it as the special token.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

_ASCII_WORDS = re.compile(r"[a-z0-9]+|[^\sa-z0-9]")  # lowercased ASCII: letters and digits, or one punctuation mark
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPECIAL = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
# The CJK ideograph blocks BERT puts spaces around (each ideograph is a word of its own).
_CJK = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F), (0x2B740, 0x2B81F),
        (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


class WordPieces:
    """Text in, the vocabulary ids of its word pieces out, special tokens and unknown words left out."""

    def __init__(self, vocabulary: Mapping[str, int], prefix: str = "##", longest_word: int = 100) -> None:
        self._vocabulary = dict(vocabulary)
        self._prefix = prefix
        self._longest_word = longest_word
        self.special = frozenset(self._vocabulary[t] for t in _SPECIAL if t in self._vocabulary)
        self._word = lru_cache(maxsize=50_000)(self._pieces_of_word)

    @classmethod
    def from_file(cls, path: Path | str) -> WordPieces:
        """From a Hugging Face tokenizer.json with a BERT normaliser and a WordPiece model; ValueError for another."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        model, normaliser = data.get("model") or {}, data.get("normalizer") or {}
        if model.get("type") != "WordPiece" or normaliser.get("type") != "BertNormalizer" or not normaliser.get(
                "lowercase"):
            raise ValueError(f"{path}: not an uncased BERT WordPiece tokenizer")
        return cls(model["vocab"], model.get("continuing_subword_prefix", "##"),
                   int(model.get("max_input_chars_per_word", 100)))

    def __len__(self) -> int:
        return len(self._vocabulary)

    def is_word(self, word: str) -> bool:
        """The word is one whole piece: an English word (or a name) common enough for BERT to keep whole, not a typo."""
        return word in self._vocabulary

    def ids(self, text: str, limit: int) -> list[int]:
        """The first `limit` piece ids of the text (an unknown word counts as one piece, [UNK], then is dropped)."""
        found: list[int] = []
        for word in _words(text):
            found.extend(self._word(word))
            if len(found) >= limit:
                break
        return [i for i in found[:limit] if i not in self.special]

    def _pieces_of_word(self, word: str) -> tuple[int, ...]:
        """Longest piece first, then the longest continuing piece, and so on; a word that will not split into known
        pieces is one [UNK], as BERT reads it."""
        unknown = (self._vocabulary.get("[UNK]", -1),)
        if len(word) > self._longest_word:
            return unknown
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else self._prefix + word[start:end]
                if (found := self._vocabulary.get(piece)) is not None:
                    pieces.append(found)
                    break
                end -= 1
            if end == start:
                return unknown
            start = end
        return tuple(pieces)


def _words(text: str) -> list[str]:
    """BERT's normalising (control characters out, ideographs spaced, accents stripped, lowercase) and its split on
    whitespace and each punctuation mark."""
    if text.isascii():  # nearly every message: the same result, without a pass per character
        return _ASCII_WORDS.findall(_ASCII_CONTROL.sub("", text).lower())
    cleaned = []
    for char in text:
        if char in "\x00\ufffd" or (char not in "\t\n\r" and unicodedata.category(char).startswith("C")):
            continue
        code = ord(char)
        if any(low <= code <= high for low, high in _CJK):
            cleaned.append(f" {char} ")
        else:
            cleaned.append(" " if char.isspace() else char)
    plain = "".join(c for c in unicodedata.normalize("NFD", "".join(cleaned)) if unicodedata.category(c) != "Mn")
    words: list[str] = []
    for chunk in plain.lower().split():
        current = []
        for char in chunk:
            if _punctuation(char):
                if current:
                    words.append("".join(current))
                    current = []
                words.append(char)
            else:
                current.append(char)
        if current:
            words.append("".join(current))
    return words


def _punctuation(char: str) -> bool:
    return (char.isascii() and not char.isalnum() and not char.isspace()) or unicodedata.category(char).startswith("P")
