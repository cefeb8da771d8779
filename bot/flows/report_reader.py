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

from bot.flows.bare_words import WHAT_TO_DO_FOR
from bot.flows.concern_draft import Draft, Step
from policy_kb.guidance import STAFF_KIND

DSL = "the Designated Safeguarding Lead"
HEAD = "the Headteacher"
# Said once, where the report begins: why the Headteacher and not the DSL
STAFF_ROUTE_WHY = "a concern about a member of staff goes to them first, and to the LADO where needed: policy B.0"


def staff_route(kind: str | None) -> bool:
    """Whether a report of this kind (a category key) goes the way a concern about a member of staff goes."""
    return kind == STAFF_KIND


def draft_kind(draft: Draft) -> str:
    """The kind a draft is under: the one chosen, else the one offered from its opening."""
    return draft.fields.get(Step.CATEGORY.value) or draft.offered


def reader(kind: str | None) -> str:
    """Who reads and acts on a report of this kind, as the flow names them in a sentence."""
    return HEAD if staff_route(kind) else DSL


def for_reader(text: str, kind: str | None) -> str:
    """Words written of the DSL as the report's reader ("Names help the DSL act quickly", "taking your report to the
    Designated Safeguarding Lead"), said of the Headteacher under the staff route. Not for words sending a teacher to
    the DSL in person when a child is in danger, which stay the DSL's (`what_to_do`)."""
    return text.replace("the DSL", HEAD).replace(DSL, HEAD) if staff_route(kind) else text


def what_to_do(kind: str | None) -> str:
    """"What should I do?" asked in a report: finishing it is how its reader is told."""
    return WHAT_TO_DO_FOR.format(reader=reader(kind))
