"""A concern about the Headteacher: every report here goes to the Headteacher, so a teacher whose concern is about
them must hear so, and where the school says such a concern goes instead.

Only the school's own words say where: the `concerns:` route in its guidance that speaks of a concern about the
Headteacher (the bundled school's staff route: "...; if it concerns the Headteacher, tell the Chair of Governors"),
quoted whole, LADO and all. No contact the school does not name is made up: with no such route, the teacher is told
the guidance does not say, and to speak to the Designated Safeguarding Lead, whom every route here names.
"""

from __future__ import annotations

import re

from policy_kb.guidance import CONCERN_CATEGORIES
from policy_kb.knowledge import KnowledgeBase

# The Headteacher named ("the head", "Mrs Patel (headteacher)", "HT"), not a deputy or assistant head, a head of year
# or department, nor head lice; "head of school" is the head. A headteacher's award is no person.
_HEAD = re.compile(r"(?<!deputy )(?<!assistant )(?<!associate )(?<!deputy-)\b(?:(?:head\s?teacher|head-teacher)"
                   r"(?!'?s\s+awards?\b)|headmaster|headmistress|head of school|(?P<bare>head)(?!\s+(?:of|lice|boy|"
                   r"girl|cook|start|first)\b)|ht)\b", re.I)
# A bare "head" that is a body's, in who is responsible ("he hit him round the head", "banged her head", "the child's
# head"), or another job ("the head dinner lady"): read as the Headteacher, the reporter was told to cancel a report of
# harm to a child and tell the Chair of Governors instead
# (a possessive typed as thumbs type it too: "the childs head", "the boy’s head")
_BODY_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|one's)|\b(?!school['\u2019]s)\w+['\u2019]s|"
                          r"\b(?:child|kid|boy|girl|pupil|baby|lad|son|daughter|brother|sister|friend|victim)s|"
                          r"\b(?:on|round|around|over|in|into|"
                          r"across|against|off|above|behind|to|of)\s+(?:the|my|your|his|her|their)|\b(?:blows?|kicks?|"
                          r"punch(?:es)?|knocks?|bangs?|bumps?|hits?|injur(?:y|ies)|slaps?|smacks?)\s+(?:to|on)\s+the)"
                          r"\s+$", re.I)
_TO_OR_OF = re.compile(r"\b(?:to|of)\s+the\s+$", re.I)
_BLOW_OR_PART = re.compile(r"\b(?:blows?|kicks?|punch(?:es)?|knocks?|bangs?|bumps?|hits?|injur(?:y|ies)|slaps?|"
                           r"smacks?|back|top|side|front)\s+(?:to|of)\s+the\s+$", re.I)
_NOT_A_PERSON_AFTER = re.compile(r"^(?:\s*-\s*|\s+)?(?:butt\w*|injur\w*|wound\w*|ache\w*|bump\w*|lock\w*|dinner|"
                                 r"lunchtime|midday|cleaner|caretaker|chef|gardener|coach)\b", re.I)
# A route that says what to do when the concern is about the Headteacher
_ABOUT_HEAD = re.compile(r"\b(?:concerns?|about|involves|against|is)\s+the\s+head\s?teacher\b", re.I)
# "what if my concern is about the head?", "can i report the headteacher?", "what if it's the head i'm worried about"
ASKED = re.compile(r"\b(?:concern|report|complaint|worry|worries|it|it's|its|this|that|referral)\b.{0,25}"
                   r"\b(?:about|against|concerns|involves|regarding|re)\s+(?:the\s+|our\s+|my\s+)?(?:head\s?teacher|"
                   r"head-teacher|headmaster|headmistress|head of school|head)\b(?!\s+(?:of|lice)\b)|"
                   r"\b(?:it'?s|it is|is it|if it'?s|if it is|what if it'?s) (?:the|our) head(?:\s?teacher)?\b"
                   r"(?! (?:of|lice)\b).{0,30}\b(?:worried|concerned|reporting|report|about)\b|"
                   r"\breport(?:ing)?\s+(?:the|our)\s+(?:head\s?teacher|head-teacher|headmaster|headmistress|"
                   r"head)\b(?!\s+(?:of|lice)\b)", re.I)


def names_the_head(text: str) -> bool:
    """Whether an answer names the Headteacher (who is responsible: "the head", "Mr Jones, headteacher")."""
    for found in _HEAD.finditer(text):
        if found.group("bare") is None or not _a_body_or_a_job(text[:found.start()], text[found.end():]):
            return True
    return False


def _a_body_or_a_job(before: str, after: str) -> bool:
    """Whether a bare "head" between `before` and `after` is a body's or another job's, not the Headteacher."""
    if _NOT_A_PERSON_AFTER.match(after) is not None:
        return True
    if _BODY_BEFORE.search(before) is None:
        return False
    # "to the head" and "of the head" name the Headteacher ("went to the head", "a friend of the head"), but for a
    # blow or a part of a body ("a kick to the head", "the back of the head")
    return _TO_OR_OF.search(before) is None or _BLOW_OR_PART.search(before) is not None


def guidance_route(kb: KnowledgeBase) -> str | None:
    """The school's route that speaks of a concern about the Headteacher, whole, or None where none does."""
    for category in CONCERN_CATEGORIES:
        if _ABOUT_HEAD.search(route := kb.concern_route(category)):
            return route
    return None


def instead(kb: KnowledgeBase) -> str:
    """Where the school says a concern about the Headteacher goes, in its own words."""
    route = guidance_route(kb)
    if route is None:
        return ("This school's guidance doesn't say who takes a concern about the Headteacher: speak to the "
                "Designated Safeguarding Lead.")
    return f"For a concern about the Headteacher, the school's guidance says: \u201c{route}\u201d"


def asked_note(kb: KnowledgeBase, where: str) -> str:
    """The answer to "what if my concern is about the head?": where a report goes (`where`, as this install has it),
    so that the Headteacher sees it, and where the school says such a concern goes."""
    return (f"Every report here goes to {where}, so the Headteacher would see it. "
            f"{instead(kb)} If a child may be in danger now, go to the Designated Safeguarding Lead in person, or call "
            "999.")


def named_note(kb: KnowledgeBase, sent: bool = False) -> str:
    """Said when a report names the Headteacher as responsible: before it is sent (it may be cancelled, or sent all
    the same), or, `sent`, after."""
    goes = "has gone to the Headteacher, as every report here does" if sent else (
        "will go to the Headteacher when you send it, as every report here does")
    # never talked out of the report: it is on record here whoever reads it (it said "or cancel it and do that
    # instead", read also by reporters of a parent who hit a child round the head, until helper revM)
    keep = "Please do that too." if sent else "Please still send it here, and do that too."
    return f"Your report names the Headteacher, and it {goes}, so they will see it. {instead(kb)} {keep}"
