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
_NO = frozenset({"no", "not", "nope", "nah", "never", "isn't", "isnt", "aren't", "arent", "unlikely", "doubt"})


def degree_answer(norm: str) -> str | None:
    """"yes", "not_sure" or None for a typed answer (lower case) made only of words of degree."""
    words = re.sub(r"[^\w\s'%]", " ", norm.replace("\u2019", "'")).split()
    if not words or any(w in _NO for w in words) or not all(w in _SURE | _DOUBT | _FILLER for w in words):
        return None
    if any(w in _SURE for w in words):
        return "yes"
    if any(w in _DOUBT for w in words):
        return "not_sure"
    return "yes" if {"think", "believe"} & set(words) and "so" in words else None
