"""Negations typed without their apostrophe at "Is a child in immediate danger?", and a denial in the question's own
words (helper danger6).

Staff thumb "dont", "isnt", "hasnt": the readings of a danger told now look for a not just before it as "n't", so
"i dont think hes being hit" or "i dont think hes on the roof" raised an URGENT alert as a Yes, while the same with
its apostrophe was asked again. Every such word is given its apostrophe back before the words are read, so each
reading sees the not it already knows.

And "hes not in danger", "i dont think shes in danger": the question answered in its own words, a No as "I don't
think so" is; they were asked again. Only the whole answer so: with anything else ("…but im worried", "…at school")
the usual reading stands.
"""

from __future__ import annotations

import re

# "dont" → "don't": only words that are nothing else ("cant", "wont" being rare as words of their own in a report)
_BARE = re.compile(r"\b(do|does|did|is|are|was|were|has|have|had|ca|wo|could|would|should|must|need|ai)nt\b")


# A not just before a match ("she's not on the roof", "he never ran off"): the thing told is denied, not told
_NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bno longer)\s+(?:\w+\s+){0,2}$")


def not_denied(pattern: re.Pattern[str], said: str) -> list[re.Match[str]]:
    """The matches of `pattern` in words (lower case, punctuation gone) with no not just before them."""
    return [m for m in pattern.finditer(said) if not _NOT_BEFORE.search(said[:m.start()])]


def with_apostrophes(said: str) -> str:
    """The words (lower case) with each negation's apostrophe put back: "i dont think hes…" → "i don't think hes…"."""
    return _BARE.sub(r"\1n't", said)


_CHILD = (r"(?:he|she|they|it|the (?:child|kid|boy|girl|pupil|children|kids)|(?:any|a) (?:child|kid|one|pupil)|"
          r"anyone|anybody|no ?one|nobody|(?:his|her|their) (?:son|daughter|child))")
_BE = r"(?:'s|s|'re|re| is| are)"
_DANGER = r"in (?:any )?(?:immediate |real )?danger(?: (?:now|right now|rn|at the moment|atm|currently|today))?"
_DENIED = re.compile(
    rf"(?:(?:no|nope|nah)\s+)?(?:{_CHILD}{_BE}\s+(?:not|n't)\s+{_DANGER}|{_CHILD}\s+(?:isn't|aren't)\s+{_DANGER}|"
    rf"(?:i\s+)?(?:don't|do not) (?:think|believe) {_CHILD}{_BE}\s+{_DANGER}|not {_DANGER}|"
    rf"(?:no ?one|nobody)(?:'s|s| is| are)\s+{_DANGER}|(?:there's|theres|there is) no (?:immediate |real )?danger"
    r"(?: (?:now|right now|at the moment|atm))?|not (?:right now|at the moment|atm|immediately|currently)(?: no)?|"
    r"(?:i\s+)?(?:don't|do not) (?:think|believe) so)")


def danger_denied(norm: str) -> bool:
    """Whether a whole answer (lower case, punctuation gone) says no child is in danger in the question's words."""
    return _DENIED.fullmatch(with_apostrophes(norm)) is not None
