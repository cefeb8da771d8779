"""Yes and no as thumbed in a hurry at "Is a child in immediate danger?": "yse", "yea", "ye", "yess", "yeh" (a Yes),
"nah", "nop", "noo" (a No). Each was asked again (helper danger6 probed them); a one-word answer that can be
nothing else at this question is the answer. "ys", "yrs" and the like stay asked again: they could be a slip of
anything, and a false yes raises an URGENT alert.
"""

from __future__ import annotations

import re

_YES_TYPED = re.compile(r"y+e+s+|yse|eys|ye+a+h*|yea+|ye+h+|ye|ya+s+|yup+|yep+|yeap|yesh|yus")
NO_TYPED = re.compile(r"no+|nope+|nop+|nah+|naw+|noes|nay|na")


def typed_yes(word: str) -> bool:
    """Whether a word is yes as thumbed ("yse", "yea", "yess")."""
    return _YES_TYPED.fullmatch(word) is not None


def typed_no(word: str) -> bool:
    """Whether a word is no as thumbed ("nah", "nop", "noo")."""
    return NO_TYPED.fullmatch(word) is not None
