"""The teacher asking back at "Is a child in immediate danger?" ("sure?", "are you sure?", "what do you mean?", "what
counts as danger?"): no answer, but a question about the question. "sure?" was read as a Yes ("sure" alone is one) and
raised an URGENT alert; "what do you mean?" was answered as a question about the policy. Both are asked again, with a
plain line of what each answer means.

A bare "no?" is a no in doubt, asked again with the same line rather than taken for a No (a false no leaves a child
unseen); "yes?" and "not sure?" are urgent either way, and stay as read.
"""

from __future__ import annotations

import re

# Asking back, with or without its question mark ("you sure", "what do u mean")
_ASKS_BACK = re.compile(
    r"(?:(?:are|r) )?(?:you|u) sure|are you certain|really|what|wot|wat|sorry|pardon|eh|huh|meaning|like what|"
    r"(?:what|wat|wot) do (?:you|u) mean(?: by (?:that|this|immediate|danger|immediate danger|in danger|now))?|"
    r"what does (?:that|this|it|immediate|immediate danger|in danger|danger) mean|"
    r"what (?:is|counts as|do you mean by|does it mean by|kind of|sort of|type of) (?:an? )?(?:immediate )?danger|"
    r"what (?:do you|does it) count as (?:immediate )?danger|how (?:do|would|will) i know|"
    r"define (?:immediate )?danger|what(?:'s| is) immediate|how immediate|immediate meaning")
# Asking back only with its question mark: bare "sure" is a Yes, bare "no" a No
_ONLY_ASKED = re.compile(r"(?:for )?sure|no|nope|nah")


def _bare(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower().replace("\u2019", "'")).split())


def asks_back(text: str) -> bool:
    """Whether words typed at the danger question ask about the question rather than answer it."""
    bare = _bare(text)
    return _ASKS_BACK.fullmatch(bare) is not None or ("?" in text and _ONLY_ASKED.fullmatch(bare) is not None)
