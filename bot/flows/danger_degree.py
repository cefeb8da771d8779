"""Words of degree typed at "Is a child in immediate danger?" in the many ways staff put them together: "absolutely
yes", "def yes", "100%", "yeah i think so" (a Yes), "quite possibly", "could well be", "more than likely",
"i think she might be" (a Not sure). The exact lists in `concern_wording` held "definitely" and "probably" alone;
each of these was asked again, a teacher sure of a danger told to answer twice while the alert waited. Any word
outside these, or any no ("definitely not"), leaves the answer to the usual reading.
"""

from __future__ import annotations

import re

_SURE = frozenset({"yes", "yeah", "yep", "yup", "ya", "definitely", "absolutely", "certainly", "defo", "deffo", "def",
                   "sure", "100", "totally", "100%", "afraid"})
_DOUBT = frozenset({"maybe", "probably", "possibly", "perhaps", "likely", "might", "could", "potentially", "possible",
                    "unsure", "sort", "kind", "poss", "prob", "probs"})
# Words that carry no answer of their own
_FILLER = frozenset({"i", "im", "i'm", "i'd", "id", "would", "say", "so", "think", "believe", "very", "quite", "highly",
                     "more", "than", "well", "it's", "its", "it", "is", "she", "he", "they", "are", "be", "much", "a",
                     "of", "percent", "oh", "really", "most", "extremely", "fairly", "reasonably",
                     "she's", "he's", "they're", "being", "at", "risk", "in", "danger"})
_WORDS = _SURE | _DOUBT | _FILLER
_NO = frozenset({"no", "not", "nope", "nah", "never", "isn't", "isnt", "aren't", "arent", "unlikely", "doubt"})


def degree_answer(norm: str) -> str | None:
    """"yes", "not_sure" or None for a typed answer (lower case) made only of words of degree."""
    return degree_of(re.sub(r"[^\w\s'%]", " ", norm.replace("\u2019", "'")).split())


def longest_degree_opening(words: list[str], most: int) -> tuple[int, str] | None:
    """The most words, from the first and at most `most`, that `degree_of` reads as an answer, and that answer; read
    once through, not each opening again (helper danger18: one word repeated to 4,000 characters took seconds)."""
    found = None
    sure = doubt = thought = so = False
    for size, word in enumerate(words[:most], start=1):
        if word in _NO or word not in _WORDS:
            break
        sure, doubt = sure or word in _SURE, doubt or word in _DOUBT
        thought, so = thought or word in ("think", "believe"), so or word == "so"
        reading = "yes" if sure else "not_sure" if doubt else "yes" if thought and so else None
        if reading is not None:
            found = (size, reading)
    return found


def degree_of(words: list[str]) -> str | None:
    """`degree_answer` of words already split."""
    if not words or any(w in _NO for w in words) or not all(w in _WORDS for w in words):
        return None
    if any(w in _SURE for w in words):
        return "yes"
    if any(w in _DOUBT for w in words):
        return "not_sure"
    return "yes" if {"think", "believe"} & set(words) and "so" in words else None
