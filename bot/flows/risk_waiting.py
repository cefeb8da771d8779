"""The danger question come back to, as the report goes on from the kind question (Keep as it is, a kind chosen)
or back from the question after it, while words typed on the summary that told a new risk wait (`queued`: the
summary asked the danger question again for them, and Back left it). Review revAA found it asked bare, as if the
words were gone: it says they still wait, and where they go on each answer.
"""

from __future__ import annotations

from bot.flows.concern_draft import Draft, Step, clipped
from bot.flows.risk_told import new_risk_told
from bot.messages import OwnWords, Reply

STILL_WAITING = ("What you typed on the summary still waits, kept, and tells of a risk to a child this report does not "
                 "have yet. Answered Yes or Not sure, it goes in this report's \u201cWhat happened\u201d, so the alert "
                 "carries it; answered No, I'll ask where it goes once we're back at the summary.")


def risk_still_waiting(target: Step, draft: Draft) -> tuple[Reply, ...]:
    """Said before the danger question (`target`) where words waiting tell a risk and its answer is not Yes."""
    if target is not Step.DANGER or draft.fields.get(Step.DANGER.value) == "yes":
        return ()
    waiting = tuple(OwnWords("Still waiting", clipped(words)) for words in draft.queued
                    if new_risk_told(words, draft.fields))
    if not waiting:
        return ()
    return (Reply("\n".join((STILL_WAITING, *(row.line for row in waiting))), own_words=waiting),)
