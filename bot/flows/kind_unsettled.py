"""Openings whose kind is not offered, though the words name only one: who acted, or who it was done to, is a person
the words do not place.

In a primary school "Mrs Khan" or "Mr Jones" is nearly always a member of staff, but the words rarely say so. Offered
as the answer so far, "Mrs Khan is being bullied on facebook" read as a pupil's bullying, "a year 5 girl posted a
video of Mr Jones" as a pupil's image, and "Mr Jones posted about a year 6 pupil" as a parent's post: each a route the
DSL would not want, one press from being kept. Such openings are asked the kind question as before, with nothing
offered (`concern_report.opening_kind`). Words are read lower case, marks
as spaces, as `concern_wording` reads them.
"""

from __future__ import annotations

import re

from intents.rule_words import AUNT_UNCLE, CARER, DAD, GRANDPARENT, MUM, STEP_PARENT

# A titled adult, unless what follows says they only told the teacher ("Mrs Khan, year 3 teacher, told me…") or the
# words are about their own child ("a photo of mrs khan's son")
_TITLED = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|sir) [a-z]+\b(?!'s\b| s\b)(?!(?: \w+){0,4} (?:says|said|told|tells|"
                     r"noticed|reported|heard|overheard|mentioned|flagged|raised)\b)")
# Someone a parent's post is by: without one, "posted about" says what was done, not who did it
# (its own "grandmum", and plurals: "two mums posted")
_PARENT = re.compile(rf"\b(?:parents?|visitors?|{CARER}|(?:{MUM}|{DAD}|{STEP_PARENT}|{GRANDPARENT}|grandmum|"
                     rf"{AUNT_UNCLE})s?)\b")


def unsettled(told: str, kind: str) -> bool:
    """The one kind an opening names (`told`) rests on a person whose part the words do not say: a pupil's bullying
    or image beside a titled adult, a parent's post with no parent in it or a titled adult named first."""
    norm = " ".join(re.sub(r"[^\w\s'’]", " ", told.lower()).replace("’", "'").split())
    if kind == "parent_post":  # no parent, or a titled adult before one ("mr jones posted about a parent")
        parent, titled = _PARENT.search(norm), _TITLED.search(norm)
        return parent is None or (titled is not None and titled.start() < parent.start())
    return kind in ("bullying", "image") and _TITLED.search(norm) is not None
