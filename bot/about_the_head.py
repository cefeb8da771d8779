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
# or department, nor head lice; "head of school" is the head
_HEAD = re.compile(r"(?<!deputy )(?<!assistant )(?<!associate )(?<!deputy-)\b(?:head\s?teacher|head-teacher|"
                   r"headmaster|headmistress|head of school|head(?!\s+(?:of|lice|boy|girl|cook|start|first)\b)|ht)\b",
                   re.I)
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
    return _HEAD.search(text) is not None


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
    keep = "Please do that too." if sent else "You can still send it here, or cancel it and do that instead."
    return f"Your report names the Headteacher, and it {goes}, so they will see it. {instead(kb)} {keep}"
