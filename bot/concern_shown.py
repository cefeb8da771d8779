"""One concern read in the chat by its reference ("show C-0001", "C-0001"): for an admin, what its escalation
message holds and its audit trail, with the buttons to act on it; for its own reporter, its status line, as `my
reports` gives it; for anyone else, the one refusal, whether or not it exists (nothing said of others' concerns).

Until helper `explore` (2026-12-01) "show C-0001" was read as a policy question: the Headteacher was told "the policy
doesn't cover that… please ask the Headteacher", and the words were logged for `app.py questions`.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from bot import concerns
from bot.admin_turns import refuse
from bot.messages import IncomingMessage, OwnWords, Reply
from bot.school_time import school_time
from bot.store.models import ConcernEvent
from bot.store.store import Turn

# "show C-0001", "view c1", "open concern C-3", "details of C-0002", "status of C-0001", "any update on C-0001?",
# "what's happening with C1", or a reference alone with its hyphen ("C-0001", "C-0001 please"): "C1" alone may be a
# class's name typed as an answer in a report, so only asked for by a word before it
SHOW_CONCERN = re.compile(
    r"^(?:(?:please\s+)?(?:(?:can\s+i|could\s+i|may\s+i)\s+(?:see|have|get)\s+|"
    r"(?:show|view|open|read|see|display|check|details(?:\s+(?:of|for|on))?|status(?:\s+(?:of|for|on))?|"
    r"(?:any\s+)?(?:news|updates?)\s+(?:on|about|for|with)|"
    r"(?:what(?:'|\u2019)?s|what\s+is)\s+(?:happening|happened|going\s+on)\s+(?:with|to|about)|"
    r"where\s+(?:is|are)\s+we\s+(?:with|on)|how(?:'|\u2019)?s|how\s+is)\s+)(?:me\s+)?(?:the\s+)?"
    r"(?:(?:concern|report)\s+)?(c-?\d{1,12})|(c-\d{1,12}))(?:\s+(?:please|pls|thanks|thank\s+you))?"
    r"\s*[?.!]*$", re.I)
_TRAIL_SHOWN = 12  # the newest; `app.py reports show` prints every one


# Typed as the answer to a report's question ("What happened?", "Is there evidence?"), "see C-0003", "check C-0003"
# or "C-0003" alone point the DSL to an earlier report: they were swallowed (a teacher refused, "only the Headteacher
# can see concerns", and asked the question again with nothing kept). Inside a report only the other forms ask.
_CROSS_REFERENCE = re.compile(
    r"^(?:(?:please\s+)?(?:see|check)\s+(?:also\s+)?(?:(?:concern|report)\s+)?)?c-?\d{1,12}\b", re.I)


def reference_asked(text: str, answering: bool = False) -> str | None:
    """The reference a message asks to see, normalised ("C-0001"), or None; `answering` inside a report, where a
    reference pointed to is an answer."""
    found = SHOW_CONCERN.match(text.strip())
    if found is None or (answering and _CROSS_REFERENCE.match(text.strip())):
        return None
    return concerns.normal_reference(found.group(1) or found.group(2))


async def show(turn: Turn, msg: IncomingMessage, is_admin: bool, reference: str) -> Reply:
    concern = await concerns.find(turn.session, reference)
    if not is_admin:
        if concern is not None and concern.reporter == msg.user:
            return Reply(f"Your report {concerns.summarise(concern).line}", private=True)
        return refuse()
    if concern is None:
        return Reply(f"I can't find a concern {reference[:20]}.", private=True)
    view = concerns.view(concern, note=await concerns.latest_note(turn.session, concern))
    rows = (OwnWords("Reported", school_time(concern.created_at)),
            *(OwnWords(label, value) for label, value in view.summary))
    events = (await turn.session.execute(
        select(ConcernEvent).where(ConcernEvent.concern_id == concern.id)
        .order_by(ConcernEvent.id.desc()).limit(_TRAIL_SHOWN))).scalars().all()
    trail = [f"{school_time(e.at)}  {e.actor}  {e.action}" + (
        f": {concerns.shown_detail(e.action, e.detail)}" if e.detail else "") for e in reversed(events)]
    text = "\n".join([view.text, "", *(row.line for row in rows), "", "Audit trail:", *trail])
    return Reply(text, view.buttons, urgent=view.urgent and concern.status == "new", private=True, own_words=rows)
