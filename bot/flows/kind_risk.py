"""Words typed at *What kind of concern is it?* that tell a grave risk to a child (`risk_told`: harm at home, a
missing child, a weapon, sexual harm). Review revAA found "his dad also hits him at home", typed under Edit: Kind of
concern, taken as "An inappropriate post by a parent" by its "dad", with no danger question: the kind of concern is
never read from such words (its buttons, number or label still choose it), and under an Edit from the summary the
danger question is asked again, as on the summary itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.flows.concern_draft import Step
from bot.flows.risk_told import new_risk_told, risks_named

# At a new report's first question: the kind is still to choose, and the danger question comes straight after it
KIND_STILL = ("What you typed tells of a risk to a child, so I haven't taken a kind of concern from it: I've noted "
              "what you wrote as what happened, and whether a child is in immediate danger is the very next question. "
              "Please choose the closest of the kinds of concern (the DSL can change it later).")
# Under Edit: Kind of concern, the danger answer Yes already (nothing more to ask): only the kind asked again
KIND_STILL_EDITING = ("What you typed tells of a risk to a child, so I haven't taken a kind of concern from it: I've "
                      "added it to “What happened”. Choose the kind below, or Keep as it is.")
# Under Edit: Kind of concern, the danger answer not Yes: asked again now, the kind left as it was
KIND_DANGER_AGAIN = ("What you typed tells of a risk to a child that this report does not have yet, so I've added it "
                     "to \u201cWhat happened\u201d and left the kind of concern as it was (Edit: Kind of concern "
                     "changes it). Please answer again now: is a child in immediate danger right now?")


def tells_risk(text: str, fields: Mapping[str, str]) -> bool:
    """Typed at the kind question, words that tell a grave risk: never read as a kind."""
    return bool(risks_named(text)) or new_risk_told(text, fields)


def asks_danger_again(text: str, fields: Mapping[str, str], editing: bool) -> bool:
    """Under an Edit of the kind, words that tell a risk the report does not have while its danger answer is not Yes:
    the danger question is asked again."""
    return editing and fields.get(Step.DANGER.value) != "yes" and new_risk_told(text, fields)
