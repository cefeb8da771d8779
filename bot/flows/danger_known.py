"""A known adult named as the one there at "Is a child in immediate danger?": "the man at the gate now is her grandad",
"there's a man at the gate now, it's the caretaker", "the lollipop lady is outside now". A man at the gate is a danger
now (`danger_told`), but one the teacher has just said they know is no alarm by itself: these raised an URGENT alert.
They are asked again, never read as a No: the teacher knows whether that grandad is a danger, and says so.

Not a claim ("the man at the gate says he's her uncle": whoever says so is still unknown), and never beside a threat
told of them (`danger_told`: "…it's her dad and he's not allowed near her").
"""

from __future__ import annotations

import re

from bot.flows.danger_kin import KIN
from intents.rule_words import STAFF_POSTS

# Staff by post, and the everyday visitors a school knows by sight
_KNOWN = (rf"(?:{STAFF_POSTS}|teachers?|tas?|head ?teacher|head|deputy(?: head)?|dsl|office staff|members? of staff|"
          r"staff member|lollipop (?:lady|man|woman)|crossing patrol|postman|postie|post (?:lady|woman)|"
          r"delivery(?: (?:man|driver|guy|lady|woman))?|courier|window cleaner|builders?|contractors?|plumber|"
          r"electrician|workm[ae]n|taxi driver|bus driver|escort|school nurse|photographer|sports coach|coach)")
# Who it is, said of them: "it's the caretaker", "the man outside is the window cleaner", "he's her grandad"
_NAMED = re.compile(
    r"\b(?:it's|it is|its|that's|that is|thats|he's|he is|hes|she's|she is|shes|they're|they are|is|was)\s+"
    r"(?:just\s+|only\s+)?(?:(?:her|his|their|the|our|a|an|my|one of (?:the|our|her|his|their))\s+)?"
    rf"(?:{KIN}|{_KNOWN})\b(?!'s)")
# Or as the one there: "the lollipop lady is outside now" ("lady" alone is anyone)
_KNOWN_THERE = re.compile(r"\b(?:lollipop|dinner|post|delivery|crossing patrol)\s+(?:lady|man|woman|guy)\b")
# Someone's own word for who they are is no one known: "the man at the gate says he's her uncle"
_CLAIMED = re.compile(r"\b(?:says|said|saying|claims|claimed|claiming|reckons|pretending|telling us|told us|told me|"
                      r"thinks)\s+$")


def known_adult_named(said: str) -> bool:
    """Whether words (lower case, punctuation gone) name the one there as someone the school knows."""
    return _KNOWN_THERE.search(said) is not None or any(
        not _CLAIMED.search(said[:m.start()]) for m in _NAMED.finditer(said))
