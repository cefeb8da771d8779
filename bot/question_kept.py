"""How much of a question the question log keeps, and whether a kept question was cut.

A message may be as long as POLICYBOT_MAX_MESSAGE_CHARS (4000 by default, more if set); the log keeps a question's
first KEPT_CHARS. Until helper notices5 the cut was silent: `python app.py questions` showed the first 2,000
characters as if they were the whole question, and the policy owner (or a DSL answering a question set aside) could
not tell that the rest was lost. Helper notices5 stored CUT after the kept words; since helper notices6 the words are
stored alone and whether they were cut in `question_log.cut` (migration 0009), and CUT is added only where a question
is shown (`shown`): the text is staff's words and nothing else, and a question exactly KEPT_CHARS long, kept whole, is
no longer told from one cut. A row stored before (`cut` NULL) is read as it was written: with CUT in its text by
notices5's release, or, as long as the log keeps and unmarked, perhaps cut (nothing stored tells them apart).
"""

from __future__ import annotations

KEPT_CHARS = 2000
CUT = f"\u2026 [cut at {KEPT_CHARS:,} characters]"
MAYBE_CUT = f"\u2026 [perhaps cut: the log keeps only a question's first {KEPT_CHARS:,} characters]"


def kept(text: str) -> tuple[str, bool]:
    """What the log stores of a question: its words (all of them, or its first KEPT_CHARS), and whether they were
    cut."""
    return text[:KEPT_CHARS], len(text) > KEPT_CHARS


def was_cut(stored: str, cut: bool | None) -> bool:
    """Whether a stored question is only part of what was asked (or, kept by an earlier release, may be)."""
    if cut is not None:
        return cut
    return stored.endswith(CUT) or len(stored) >= KEPT_CHARS


def shown(stored: str, cut: bool | None) -> str:
    """A stored question as it is shown: marked if it was cut; one an earlier release kept at its full length,
    unmarked, says it may be cut; one notices5's release marked in its text is shown as it is."""
    if cut:
        return stored + CUT
    if cut is None and len(stored) == KEPT_CHARS and not stored.endswith(CUT):
        return stored + MAYBE_CUT
    return stored
