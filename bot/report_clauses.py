"""Which of a kind of concern's clauses the thank-you after a report quotes: those that govern what was reported.

A clause that says what one party must do ("[D.1] Parents are expected to not post pictures of pupils other than
their own children") governs a report only where that party did it. A pupil's image shared by a year 6 boy quoted
D.1 beside APX.5, as though a parent were at fault; it is still offered under "More of the policy on this", one press
away. A kind that itself names who acted (a parent's post, a member of staff's conduct) takes its clauses whole, and
a clause whose subject is no party (the school's duty, bullying by any means) always governs. Who did it is read
from "Who is responsible", or, not given, from who "What happened" says shared or posted it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from intents.parties import COLLEAGUE, PARENT, VISITOR, parties_asked_about
from policy_kb.loader import Clause

# A clause's subject, who it says must act: the few words before its verb ("Parents are expected…", "Staff must…").
# Only the start is read, so "…the school will take action" names no party.
_SUBJECT = re.compile(r"^((?:[\w'/-]+[ ,]+){1,5}?)(?:must|should|shall|will|may|are|is|need|needs|can|cannot)\b")
# The kinds that name who acted: a parent's (carer's, visitor's) post, a member of staff's conduct
_KIND_ACTS: dict[str, frozenset[str]] = {"parent_post": frozenset({PARENT, VISITOR}),
                                         "staff_conduct": frozenset({COLLEAGUE})}
_SHARED = r"(?:posted|shared|put|uploaded|sent|forwarded|airdropped|spread|circulated|screenshotted)"
# "her mum posted a photo of…", "…was shared by a parent"
_SHARER_BEFORE = re.compile(rf"((?:[\w'-]+ ){{1,4}}){_SHARED}\b")
_SHARER_AFTER = re.compile(rf"\b{_SHARED}(?: \w+){{0,6}}? by ((?:[\w'-]+ ?){{1,4}})")


def who_acts(clause: Clause) -> frozenset[str]:
    """The parties a clause's subject names (empty: the clause is about no one party)."""
    found = _SUBJECT.match(clause.text.lower())
    return parties_asked_about(found.group(1)) if found else frozenset()


def who_did_it(fields: Mapping[str, str]) -> frozenset[str]:
    """The parties a report says did it: its "Who is responsible", or, without one, whoever "What happened" says
    posted or shared it."""
    if named := parties_asked_about(fields.get("responsible", "")):
        return named
    what = fields.get("what", "").lower().replace("\u2019", "'")
    return frozenset().union(*(parties_asked_about(m.group(1)) for pattern in (_SHARER_BEFORE, _SHARER_AFTER)
                               for m in pattern.finditer(what)))


def governs(clause: Clause, category: str, fields: Mapping[str, str]) -> bool:
    """Whether the clause speaks to this report: about no party, or about one the kind or the report names."""
    acts = who_acts(clause)
    return not acts or bool(acts & (_KIND_ACTS.get(category, frozenset()) | who_did_it(fields)))
