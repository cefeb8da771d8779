"""The list of open concerns asked for, by the command ("open concerns", "list all reports") or in everyday words
("what concerns have been reported?", "show me the reports", "any new concerns?"): one reading for both.

Until the twenty-sixth session only the command's own forms ("concerns", "list open concerns") were read: a
Headteacher asking in their own words was told "the policy doesn't cover that… please ask the Headteacher" (they are
the Headteacher), and the words were logged as a question for them. The whole message must be the request, so a
policy question that mentions concerns ("any concerns about posting photos?") is still a question.
"""

from __future__ import annotations

import re

from bot.admin_turns import NOT_ADMIN
from bot.messages import Reply
from bot.metrics import REJECTED

_POLITE = r"(?:(?:please|pls|can you|could you|can i|could i|may i|i want to|i'd like to|id like to)\s+)?"
_WHICH = r"(?:open|new|current|latest|outstanding|recent|all(?:\s+the)?|the|any)"
_KIND = r"(?:(?:safeguarding|welfare)\s+)?(?:concerns|reports)"
_WHEN = r"(?:\s+(?:today|this week|recently|so far|yet|please|pls))?"
LIST_ASKED = re.compile(
    # the command's own forms ("concerns", "open concerns", "list all reports")
    r"^(?:(?:open\s+)?(?:concerns|reports)(?:\s+list)?|list\s+(?:open\s+|all\s+)?(?:concerns|reports))$|"
    rf"^(?:{_POLITE}(?:show|list|see|view|give|get|check)\s+(?:me\s+|us\s+)?(?:{_WHICH}\s+)*{_KIND}{_WHEN}"
    rf"|(?:what|which)\s+{_KIND}\s+(?:have\s+been|has\s+been|were|are|got)\s+"
    rf"(?:reported|raised|sent|made|logged|open|outstanding|waiting|in){_WHEN}"
    rf"|(?:are\s+there\s+|have\s+we\s+(?:got\s+|had\s+)?|is\s+there\s+)?any\s+(?:new\s+|open\s+|more\s+)?{_KIND}"
    rf"(?:\s+(?:for me|to look at|in))?{_WHEN})\s*[?.!]*$", re.I)

# Said to someone who is not an admin: the refusal, and where their own reports are (they may mean those)
NOT_ADMIN_OWN = f"{NOT_ADMIN} Type 'my reports' to see the ones you've sent."


def asks_for_list(text: str) -> bool:
    return LIST_ASKED.match(text.strip()) is not None


def refuse_with_own() -> Reply:
    REJECTED.labels("not_admin").inc()
    return Reply(NOT_ADMIN_OWN, private=True)
