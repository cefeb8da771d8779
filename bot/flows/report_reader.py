"""Who the report flow says will read and act on a report: the Designated Safeguarding Lead, or, for a concern about a
member of staff, the Headteacher.

The policy sends a member of staff's conduct to the Headteacher first, and to the LADO where needed (B.0), and the
school's guidance gives that route for the kind "staff_conduct". Under that route the opening, the help and the
receipt all said "so the Designated Safeguarding Lead can act", telling a teacher reporting a colleague that it
went the other way. A report is under the staff route once its kind is a member of staff's conduct, chosen or only
offered from the opening ("mr h slapped a year 4 boy"): the kind is what decides the route the Headteacher's team
is shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.about_the_head import names_the_head
from bot.flows.bare_words import WHAT_TO_DO_FOR
from bot.flows.concern_draft import Draft, Step
from intents.intent_rules import strip_pleasantries
from policy_kb.guidance import STAFF_KIND
from policy_kb.knowledge import KnowledgeBase

DSL = "the Designated Safeguarding Lead"
HEAD = "the Headteacher"
# Before the school's own route for a concern about staff, wherever it is quoted (the offer, the opening)
STAFF_ROUTE_LEAD = "For a concern about a member of staff, the school's reporting guidance says:"
# Said after "so the Headteacher can act" where the school's guidance gives no route for it: the route every school
# has (the Headteacher, the LADO where needed), and no clause, as another school's would not be this policy's
STAFF_ROUTE_UNSAID = "A concern about a member of staff goes to them first, and to the LADO where needed."


def staff_route(kind: str | None) -> bool:
    """Whether a report of this kind (a category key) goes the way a concern about a member of staff goes."""
    return kind == STAFF_KIND


def route_said(kb: KnowledgeBase) -> str:
    """Why the Headteacher acts on a report about a member of staff, as its opening says it: the school's own route
    for the kind, from its guidance (`concerns: staff_conduct: route`), quoted as the offer quotes it, so another
    school's guidance words it without code; where it gives none, `STAFF_ROUTE_UNSAID`."""
    given = kb.guidance_file.concerns.get(STAFF_KIND)
    if given is None or not given.route.strip():
        return STAFF_ROUTE_UNSAID
    route = given.route.strip()
    return f"{STAFF_ROUTE_LEAD} {route}" + ("" if route[-1] in ".!?" else ".")


def draft_kind(draft: Draft) -> str:
    """The kind a draft is under: the one chosen, else the one offered from its opening."""
    return draft.fields.get(Step.CATEGORY.value) or draft.offered


_HEAD = r"(?:head\s?teacher|head-teacher|headmaster|headmistress|head of school|head|ht)\b"
# The Headteacher as the one told or telling, not the one reported: "I've told the head", "spoke to our headteacher",
# "the head told me that..."
_HEAD_TOLD = re.compile(
    r"\b(?:told|tell(?:ing)?|report(?:ed|ing)?(?: it| this)? to|sp(?:oke|eak|oken) (?:to|with)|informed|inform|"
    r"emailed|email|rang|ring|called|call|messaged|asked|ask|let|went to|gone to|go to|passed (?:it |this )?(?:on )?to|"
    rf"flagged (?:it |this )?(?:to|with)) (?:the |our |my )?{_HEAD}|"
    rf"\b(?:the |our |my )?{_HEAD}(?: has| had)? (?:told|tells|said|says|mentioned|asked|knows|rang|emailed) "
    r"(?:me|us|that|to)\b")
_SENTENCE = re.compile(r"(?<=[.!?\n])\s*")


def about_the_head(fields: Mapping[str, str]) -> bool:
    """A report whose subject is the Headteacher: named as who is responsible, or the one its account first tells of
    ("our headteacher has been messaging a year 8 boy"). Under the staff route the Headteacher is not then who acts
    on it: the school's guidance says who does (`about_the_head.named_note`), and the flow names the DSL, who sees
    every report here, as it did before the staff route named the Headteacher."""
    if names_the_head(str(fields.get(Step.RESPONSIBLE.value, ""))):
        return True
    # the first sentence that is more than a greeting: a Head named later ("...; the head knows") is rarely the subject
    told = next((plain for part in _SENTENCE.split(str(fields.get(Step.WHAT.value, "")))
                 if (plain := strip_pleasantries(part))), "")
    return names_the_head(_HEAD_TOLD.sub(" ", told))


def reader(kind: str | None, fields: Mapping[str, str] | None = None) -> str:
    """Who reads and acts on a report of this kind, as the flow names them in a sentence; `fields`: its answers so
    far, where they may say it is about the Headteacher."""
    return HEAD if staff_route(kind) and not about_the_head(fields or {}) else DSL


def draft_reader(draft: Draft) -> str:
    """Who reads and acts on the report a draft is of."""
    return reader(draft_kind(draft), draft.fields)


def for_reader(text: str, draft: Draft) -> str:
    """Words written of the DSL as the report's reader ("Names help the DSL act quickly", "taking your report to the
    Designated Safeguarding Lead"), said of the Headteacher under the staff route. Not for words sending a teacher to
    the DSL in person when a child is in danger, which stay the DSL's (`what_to_do`)."""
    return text.replace("the DSL", HEAD).replace(DSL, HEAD) if draft_reader(draft) == HEAD else text


def what_to_do(draft: Draft) -> str:
    """"What should I do?" asked in a report: finishing it is how its reader is told."""
    return WHAT_TO_DO_FOR.format(reader=draft_reader(draft))
