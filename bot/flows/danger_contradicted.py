"""A yes or a no at "Is a child in immediate danger?" that the words after it take back (review revS).

Once thumbed yeses counted ("yeah", "yea", "ye" with words after), "yeah no she's fine", "yeah nah" and "ye he's ok
now" raised an URGENT alert as a Yes: in British speech "yeah no" is a no, and a child said fine is no danger now.
And a no followed by the danger itself ("nah hes in danger", "no, she is in danger", pre-dating "nah" as a no) was a
plain No, the child unseen. Neither answer is sure: both are asked again, as "no... actually yes" is.
"""

from __future__ import annotations

import re

from bot.flows.danger_negations import not_denied

# After a yes: a no ("yeah no", "yeah nah") or the child said to be fine now ("yeah he's fine", "ye she's ok now")
_NO_AFTER_YES = re.compile(r"(?:no|nah+|nope|na|naw|not really|not now)\b")
# (not "better safe than sorry", "just to be safe": a reason for the yes)
_FINE = re.compile(r"\b(?:fine|ok|okay|alright|all right|(?<!to be )safe(?! than)|all good|"
                   r"no (?:immediate |real )?danger|in no danger)\b")
# A danger told after the fine ("yes he's ok physically but wants to kill himself"): the yes stands
_BUT = re.compile(r"\b(?:but|though|although|however|except|apart from|only)\b")
_DENIED = re.compile(r"\bnot in (?:any |immediate |real )?danger\b")
# After a no: the danger told in the question's words, not denied ("nah hes in danger", "no she is at risk")
_DANGER = re.compile(r"\b(?:in (?:real |immediate |serious )?danger|at risk|not safe|unsafe)\b")
# "no child is in danger", "no one's at risk": the no belongs to who, the whole a denial
_NO_WHO = re.compile(r"(?:child|children|kid|kids|pupil|pupils|one|body|student|students)\b")


def yes_taken_back(rest: str) -> bool:
    """Whether the words after a yes (lower case, punctuation gone) say no, or say the child is fine."""
    if _NO_AFTER_YES.match(rest):
        return True
    if _BUT.search(rest):
        return False
    return _DENIED.search(rest) is not None or bool(not_denied(_FINE, rest))


def no_taken_back(rest: str) -> bool:
    """Whether the words after a no tell the danger itself ("hes in danger"), not denied; "no child is in danger"
    is a no whole, its no the child's."""
    if _NO_WHO.match(rest):
        return False
    return bool(not_denied(_DANGER, rest))
