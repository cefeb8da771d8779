"""Where a report stands now, as its reporter is told it again: coming back to a report whose URGENT alert has gone,
and a re-sent message, press or form that had sent a report (its first answer may be the one that was lost).

Said from the concern as it is now, not as it was when the reporter was first told: "has gone to the Headteacher…
act now" read after the Headteacher acknowledged it tells them nobody has it yet.
"""

from __future__ import annotations

from bot import actions
from bot.concerns import NOT_ARRIVED, undelivered
from bot.messages import Button, Reply
from bot.store.models import Concern

DANGER_NOW = ("Please act now: speak to the Designated Safeguarding Lead in person straight away, and call 999 if a "
              "child's life is at risk.")
# A delivery received again that did something other than send a report (a danger "yes" that raised its URGENT
# alert): said before where the report stands now, on every platform alike
RECEIVED_ONCE = "I received that already and acted on it once, so nothing was done twice."
# Once someone has the alert, "act now" would say nobody does; the advice for a child still in danger stays
STILL_IN_DANGER = ("If a child is in immediate danger now, speak to the Designated Safeguarding Lead in person, and "
                   "call 999 if a child's life is at risk.")


def _since(concern: Concern) -> str | None:
    """What the Headteacher's team has done with the concern since it was sent, or None while nobody has it."""
    if concern.status == "new":
        return None
    if concern.status == "closed":
        return "has been closed by the Headteacher's team since"
    who = f" ({concern.assignee} is looking after it)" if concern.assignee else ""
    return f"has been acknowledged by the Headteacher's team{who}"


def where_it_went(concern: Concern | None) -> str:
    """Where a concern nobody has yet acknowledged is: gone to the Headteacher, or, while its escalation is held up
    (an outage, no channel set), not there yet, as `my reports` says (`concerns.NOT_ARRIVED`). One not found (its
    caller has not read it) is said as first raised."""
    return f"is {NOT_ARRIVED}" if concern is not None and undelivered(concern) else "has gone to the Headteacher"


def urgent_alert(reference: str, concern: Concern | None) -> tuple[str, bool]:
    """What is said of an URGENT alert raised while a report was written, as it stands now, and whether that still
    asks the reporter to act now (an alert not yet acknowledged, or one not found)."""
    since = _since(concern) if concern is not None else None
    if since is None:
        return f"Its URGENT alert {reference} {where_it_went(concern)}. {DANGER_NOW}", True
    reopens = "; anything new you add opens it again" if concern is not None and concern.status == "closed" else ""
    return f"Its URGENT alert {reference} {since}{reopens}. {STILL_IN_DANGER}", False


def sent_already(concern: Concern) -> Reply:
    """The answer to a delivery received again that had sent this report: its reference and where it stands, with
    the immediate-danger advice for an URGENT one, and that nothing was sent twice."""
    ref, urgent = concern.reference, concern.urgent
    said = ("I received that already, so nothing was changed or sent twice: your report was sent once, as "
            f"{'URGENT concern ' if urgent else ''}{ref}.")
    since = _since(concern)
    if since is not None:
        now = f"It {since}."
    else:
        now = (f"It {where_it_went(concern)}. I'll message you when it is acknowledged."
               if urgent or undelivered(concern) else
               "The Headteacher or the Designated Safeguarding Lead will look at it as soon as they can. I'll "
               "message you when it is acknowledged.")
    advice = (DANGER_NOW if since is None else STILL_IN_DANGER) if urgent else ""
    text = "\n".join(part for part in (said, now, advice, "Type 'my reports' at any time to check.") if part)
    return Reply(text, (Button(actions.MY_REPORTS, "My reports"),), private=True,
                 urgent=urgent and concern.status == "new")
