"""An answer opened with words of degree at "Is a child in immediate danger?" and told on after them: "i think so hes
outside", "possibly hes on his way", "maybe, not sure if hes still there". `danger_degree` reads the opening alone
("i think so", "possibly"); with more words after it the whole was asked again (helper danger6 probed them), though
the teacher had answered first and explained after. The opening is the answer, unless what follows takes it back or
says the child is fine ("definitely not", "probably fine, she's at home", "maybe but no one is hurt"): those stay
with the usual reading.
"""

from __future__ import annotations

import re

from bot.flows.danger_degree import longest_degree_opening

# After the opening, words that take it back or say all is well ("not sure" is a doubt, never a no)
_TAKEN_BACK = re.compile(r"\b(?:no|not|nope|nah|never|none|nothing|nobody|no one|noone|fine|ok|okay|alright|safe|"
                         r"well|better|happy|joking|kidding|wrong)\b|n'?t\b")
_DOUBT = re.compile(r"\bnot (?:sure|certain|100)\b")
# An opening that is the teacher's answer, not a sentence about the child begun with its subject ("she might be going
# to the cinema tonight" tells a plan, "he's afraid of the dark" a fear: neither answers the question)
_SUBJECT = frozenset({"she", "he", "they", "she's", "he's", "they're", "it", "it's", "its", "is", "are", "be", "being"})


def degree_opening(norm: str) -> str | None:
    """"yes", "not_sure" or None for an answer (lower case, punctuation gone) opened with words of degree."""
    words = norm.split()
    if not words or words[0] in _SUBJECT:
        return None
    # (the longest opening that is an answer, found in one reading: each opening was re-read, so one word repeated to
    # 4,000 characters took seconds, helper danger18)
    most = min(words.index("afraid") if "afraid" in words else len(words), len(words) - 1)
    if (opening := longest_degree_opening(words, most)) is not None:
        size, reading = opening
        rest = _DOUBT.sub(" ", " ".join(words[size:]))
        return None if _TAKEN_BACK.search(rest) else reading
    return None
