"""How much of a question the question log keeps, and the mark that says a kept question was cut.

A message may be as long as POLICYBOT_MAX_MESSAGE_CHARS (4000 by default, more if set); the log keeps a question's
first KEPT_CHARS. Until helper notices5 the cut was silent: `python app.py questions` showed the first 2,000
characters as if they were the whole question, and the policy owner (or a DSL answering a question set aside) could
not tell that the rest was lost. A question cut now is stored with CUT after its kept words, so every place that shows
the stored text (the listing as text, CSV or JSON) shows the cut; one kept by an earlier release, as long as the log
keeps and unmarked, may have been cut or not, and is shown so (`shown`).
"""

from __future__ import annotations

KEPT_CHARS = 2000
CUT = f"\u2026 [cut at {KEPT_CHARS:,} characters]"
MAYBE_CUT = f"\u2026 [perhaps cut: the log keeps only a question's first {KEPT_CHARS:,} characters]"


def kept(text: str) -> str:
    """What the log stores of a question: all of it, or its first KEPT_CHARS marked as cut."""
    return text if len(text) <= KEPT_CHARS else text[:KEPT_CHARS] + CUT


def was_cut(stored: str) -> bool:
    """Whether a stored question is only part of what was asked (or, kept by an earlier release, may be)."""
    return stored.endswith(CUT) or len(stored) >= KEPT_CHARS


def shown(stored: str) -> str:
    """A stored question as it is shown: one an earlier release kept at its full length, unmarked, says it may be cut
    (a question exactly that long kept whole reads so too: nothing stored tells them apart)."""
    if len(stored) == KEPT_CHARS and not stored.endswith(CUT):
        return stored + MAYBE_CUT
    return stored
