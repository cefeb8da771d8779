"""Pictures of pupils a clause governs in one respect, asked about in another.

The bundled policy says who may *post* pictures (B.3 staff, of school events; D.1 parents, of pupils) and nothing of
taking, keeping or storing them: "can I use my own iPad to take pics of the class?" and "can I keep photos of my class
on my personal phone?" are not covered (the guidance lists such questions as near misses). They were answered "not
covered" with no clause at all, as if the policy never spoke of pictures; the clause on pictures that the matcher
ranks highest is the nearest the policy comes, as for a near miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from intents.normalise import PICTURE_WORD

_PICTURES = re.compile(rf"\b{PICTURE_WORD}\b|\b(?:photograph|film|filming|filmed|record|recording|snaps?)\b", re.I)
# Someone else taking them ("a man was taking photos of the kids over the fence"): B.3, on staff posting, is not the
# nearest the policy comes to that, and it may be a concern to report (offered first, as the harm words decide).
_SOMEONE_ELSE = re.compile(r"\b(?:a|an|some|the|this|that|these|those) (?:man|men|woman|women|bloke|guy|lady"
                           r"|ladies|stranger|person|people|adult|grown ?up)s?\b"
                           r"|\b(?:someone|somebody|strangers?)\b", re.I)
# Whose or what pictures: pupils (the lexicon's token for children, kids, a class's children), a class, a school event.
_OF_SCHOOL = frozenset({"pupil", "expupil", "class", "event"})


def picture_clauses(clauses: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The clauses whose own words name pictures, from (clause ID, clause text) pairs, in the policy's order."""
    return tuple(clause_id for clause_id, text in clauses if re.search(rf"\b{PICTURE_WORD}\b", text, re.I))


def nearest_pictures(text: str, toks: Sequence[str], ranked: Sequence[str], pictured: Sequence[str]) -> str | None:
    """The likeliest of `ranked` clauses whose words name pictures, when the message asks about pictures of pupils, a
    class or a school event, and names no one else taking them; None otherwise. `toks` are the message's matching
    tokens."""
    if not pictured or not _PICTURES.search(text) or not _OF_SCHOOL.intersection(toks):
        return None
    if _SOMEONE_ELSE.search(text):
        return None
    return next((c for c in ranked if c in pictured), None)
