"""BERT's WordPiece split, as the meaning signal's vectors were distilled with (bench/wordpiece_agreement.py checks it
against Hugging Face's `tokenizers` over every labelled question)."""

from __future__ import annotations

import pytest

from intents import meaning
from intents.wordpiece import WordPieces


@pytest.fixture(scope="module")
def pieces() -> WordPieces:
    loaded = meaning._load()
    assert loaded is not None, "the bundled word-piece vectors must load"
    return loaded.tokenizer


def _split(tokenizer: WordPieces, text: str) -> list[str]:
    names = {i: piece for piece, i in tokenizer._vocabulary.items()}
    return [names[i] for i in tokenizer.ids(text, 128)]


@pytest.mark.parametrize(("text", "split"), [
    ("Can I post Sports Day photos?", ["can", "i", "post", "sports", "day", "photos", "?"]),
    ("Instagramming my SEND pupils", ["ins", "##tagram", "##ming", "my", "send", "pupils"]),  # longest piece first
    ("café Zoë", ["cafe", "zoe"]),  # accents stripped
    ("tab\there\x00nul\x07bell", ["tab", "here", "##nu", "##lb", "##ell"]),  # control characters out, not spaces
    ("e-safety", ["e", "-", "safety"]),  # each punctuation mark a word of its own
])
def test_text_splits_into_the_pieces_bert_reads(pieces: WordPieces, text: str, split: list[str]) -> None:
    assert _split(pieces, text) == split


def test_a_word_that_will_not_split_is_left_out_and_a_typed_special_token_is_text(pieces: WordPieces) -> None:
    assert _split(pieces, "a" * 150 + " photos") == ["photos"]  # longer than any word BERT reads: [UNK], dropped
    # Typed, a special token's name is text like any other: a message cannot pass one in.
    assert _split(pieces, "[CLS] photos [SEP]") == ["[", "cl", "##s", "]", "photos", "[", "sep", "]"]
    assert pieces.ids("photos " * 500, 7) == pieces.ids("photos", 7) * 7  # the first pieces only


def test_a_file_that_is_not_an_uncased_wordpiece_tokenizer_is_refused(tmp_path) -> None:
    path = tmp_path / "tokenizer.json"
    path.write_text('{"model": {"type": "BPE", "vocab": {}}, "normalizer": {"type": "BertNormalizer"}}')
    with pytest.raises(ValueError, match="not an uncased BERT WordPiece"):
        WordPieces.from_file(path)
