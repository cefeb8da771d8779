"""Normalisation details the matcher relies on."""

from __future__ import annotations

import re

import pytest

from intents.normalise import fold, longest_of


@pytest.mark.parametrize(
    ("text", "found"),
    [("ex pupils and pupils", ["ex pupils", "pupils"]), ("pupil", ["pupil"]), ("expupil", []),
     ("the ex pupil", ["ex pupil"]), ("pupils of ex", ["pupils", "ex"])],
)
def test_a_phrase_trie_finds_the_longest_whole_phrase_as_a_flat_alternation_does(text: str, found: list[str]) -> None:
    phrases = ["ex", "ex pupil", "ex pupils", "pupil", "pupils", "p"]
    flat = re.compile(r"\b(?:" + "|".join(sorted(phrases, key=len, reverse=True)) + r")\b")
    trie = re.compile(r"\b" + longest_of(phrases) + r"\b")
    assert [m.group(0) for m in trie.finditer(text)] == [m.group(0) for m in flat.finditer(text)] == found


def test_multi_word_phrases_become_one_token() -> None:
    assert "expupil" in fold("Can ex-pupils follow me?").split()
