"""A disclosure of harm by an adult or family typed at "Is a child in immediate danger?" with no yes or no (review of
helper danger7): "she said her dad hit her", "her dad hits her", "he told me his stepdad kicked him". It was asked
again, as words that answer nothing, though the same words after a no were the urgent Not sure (`danger_disclosed`).
A Designated Safeguarding Lead reads a child who has told of being hit at home as at least the urgent Not sure: the
child may go home to it tonight, and asking again costs the minutes the alert is for. Told as past ("…last year",
"…when she was little", "…on monday") or with the child said fine now, it is asked again as before (the teacher says
whether the child is in danger now), and so is the same harm asked about ("what if her dad hits her?").

Words that add to an account ("he also said his dad hits him", "her dad hits her too") are read the same at the danger
question (review revY: helper danger8 left them asked again). Typed on a report's summary, the same words ask the
danger question again with the words shown (helper summary4): `read_danger(..., on_summary=True)` does not read them
here, the flow saying which of the two places the words were typed at.
"""

from __future__ import annotations

import re

from bot.flows.danger_disclosed import disclosed_as_past, disclosure_told

# Harm wondered about, not told: "if her dad hits her", "what if she said her dad hit her", "does it count if…"
_WONDERED = re.compile(r"\b(?:if|whether|what if|suppose|supposing|say|imagine|hypothetically)\b")


def disclosed_alone(said: str) -> bool:
    """Whether words (lower case, punctuation gone) with no answer in them tell a disclosure of harm by an adult or
    family now or lately: the urgent not sure."""
    return disclosure_told(said) == "urgent" and _WONDERED.search(said) is None and not disclosed_as_past(said)
