"""Someone who harms a child told as coming for them now, at "Is a child in immediate danger?" (helper danger9, of
what review revY left): "no but her uncle is coming to pick her up and he hurts her" was asked again with no alert,
"no his mum's boyfriend, who hits him, is collecting him" and "her dad hits her and he's picking her up today" the
urgent Not sure. A Designated Safeguarding Lead reads each as a Yes: the one the child has told of is on the way to
take her, and the alert is for stopping that, not for a second answer.

Not so with the harm said long past ("…he hurt her years ago": asked again, as `danger_disclosed` reads it), denied
("…he never hurts her"), wondered about ("what if her uncle is coming and he hurts her"), or by no one coming ("no her
uncle is coming to pick her up", "no but her uncle is picking her up and he is lovely": as before).
"""

from __future__ import annotations

import re

from bot.flows.danger_disclosed import HARM_DOER, HARMS_A_CHILD, disclosed_as_past
from bot.flows.danger_home_acts import PUSHED_KINDLY, PUSHES

# Coming, here, or collecting now ("is coming to pick her up", "'s on his way", "is collecting him", "'s outside")
_COMING = (r"(?:(?:is|are|'s|s|'re|re)\s+(?:(?:just|now|still|already|also)\s+)*(?:coming|on (?:his|her|their) way|"
           r"picking (?:her|him|them) up|collecting|taking (?:her|him|them) home|here|outside|at the (?:gate|door|"
           r"office|front)|in reception|waiting)|(?:has|'s|s)\s+(?:just\s+)?(?:collected|picked (?:her|him|them) up|"
           r"come (?:to|for)))\b")
_HE = r"(?:he|she|they)(?:\s+(?:also|still|always|sometimes|often|keeps))*"
_COMING_HARM_DOER = re.compile(
    # "her uncle is coming to pick her up and he hurts her"
    rf"\b(?:{HARM_DOER})\s+{_COMING}(?:\s+\S+){{0,8}}?\s+(?:and|but|so|who|cos|because)?\s*{_HE}\s+{HARMS_A_CHILD}|"
    # "his mum's boyfriend who hits him is collecting him", "her stepdad who hurts her, he's just collected her"
    rf"\b(?:{HARM_DOER})\s+(?:who|that)\s+{HARMS_A_CHILD}\s+(?:(?:and\s+)?{_HE}\s*)?{_COMING}|"
    # "her dad hits her and he's picking her up today"
    rf"\b(?:{HARM_DOER})\s+{HARMS_A_CHILD}\s+(?:and|but|so)\s+{_HE}\s*{_COMING}")
_WONDERED = re.compile(r"\b(?:if|whether|suppose|supposing|imagine|hypothetically)\b")
_DENIED = re.compile(r"\b(?:not|never|no longer)\b|n't\b")


def harm_doer_coming(said: str) -> bool:
    """Whether words (lower case, punctuation gone) tell someone who harms the child coming for them now."""
    found = _COMING_HARM_DOER.search(said)
    return (found is not None and _DENIED.search(found.group()) is None and _WONDERED.search(said) is None
            and not disclosed_as_past(said) and not pushed_kindly(found.group(), said[found.end():]))


def pushed_kindly(harm: str, after: str) -> bool:
    """Whether the harm found is a push that what follows makes care ("…he pushes her to try harder", helper
    danger10: a Yes before the push was read only where it was told as harm)."""
    return re.search(rf"\b(?:{PUSHES})\s+\S+$", harm) is not None and PUSHED_KINDLY.match(after) is not None
