"""Family told of at "Is a child in immediate danger?": "she's with her mum now", "he's with his nan tonight", "mum's
at the gate now". Where a child is with their family, or a parent waits at school, is ordinary whereabouts: read as a
danger now it raised an URGENT alert that was a false alarm whenever the concern is about someone else. It tells a
danger only beside a threat told of them ("…and mum is the one hurting her", "…she's drunk"); without one, the
question is asked again, since the teacher knows which it is and a DSL would rather have that than a guess.
"""

from __future__ import annotations

import re

from intents.rule_words import CARER, DAD, MUM, SIBLING, STEP_PARENT, WIDER_FAMILY

KIN = rf"(?:{MUM}|{DAD}|parents?|{STEP_PARENT}|{WIDER_FAMILY}|{CARER}|family|{SIBLING}|childminder)"
_OWN = r"(?:(?:her|his|their|the|my|a)\s+)?"
# Not the one with them ("with her mum's boyfriend"): whoever that is, not family told of as such
_NOT_THEIRS = r"(?!'s\s+(?:boy|girl)?(?:friend|partner|ex)\b)"
# Family as the one somewhere ("mum's at the gate now", "is dad still in reception"), or as who the child is with
_KIN_FIRST = re.compile(rf"(?:(?:is|are|could|might|may)\s+)?{_OWN}{KIN}\b{_NOT_THEIRS}")
_WITH_KIN = re.compile(rf"\bwith\s+{_OWN}{KIN}\b{_NOT_THEIRS}")


def only_family(telling: str) -> bool:
    """Whether a danger-now telling ("she's with her mum now", "mum's at the gate now") is of family alone."""
    return _KIN_FIRST.match(telling) is not None or _WITH_KIN.search(telling) is not None

