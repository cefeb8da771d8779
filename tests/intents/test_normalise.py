"""Normalisation details the matcher relies on."""

from __future__ import annotations

import re

import pytest

from intents.meaning import pieces
from intents.normalise import NO_PICTURES, canonical, fold, longest_of, tokens


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


PICTURE = "pictur"  # the concept every picture word (pics, photos, videos) adds


@pytest.mark.parametrize("text", ["Can I post about sports day? No photos, just words.", "if theres no pics",
                                  "a status about the trip without any pictures", "no vids, just a caption",
                                  "No names or pics", "is that ok without a photo?", "no pics/vids at all"])
def test_pictures_the_message_says_are_not_there_are_read_as_their_absence(text: str) -> None:
    found = tokens(text)
    assert PICTURE not in found and canonical(NO_PICTURES) in found


@pytest.mark.parametrize("text", [
    "can I post sports day photos?", "children with no photo consent", "a photo with no faces in it",
    # The pictures are what is asked about, or present: only a phrase that ends its clause says they are left out.
    "Is it no photos at sports day this year?", "no photos are allowed at the nativity, right?",
    "no pics without the head's permission?", "no photos of faces on the school page?", "no, photos of the trip",
    "no photos, right?", "No photographs of pupils may be published on social media."])
def test_pictures_that_are_there_or_are_the_point_are_matched(text: str) -> None:
    found = tokens(text)
    assert PICTURE in found and canonical(NO_PICTURES) not in found


def test_the_meaning_signal_reads_the_same_words_as_the_matcher() -> None:
    # Both sides, the question's and the index's texts, go through pieces(): a picture said not to be there is read
    # by neither.
    assert pieces("can I write about the trip, no photos") == pieces("can I write about the trip,")
    assert pieces("can I share the trip photos") != pieces("can I share the trip")
