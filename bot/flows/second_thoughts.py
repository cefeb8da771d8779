"""Second thoughts typed at a question answered in the reporter's own words: "actually no", "oops", "wait", "that's
wrong", "start again". They say the last answer was wrong, not what the answer is; kept, they went to the
Headteacher as "Who is responsible: oops" (and at once, on an URGENT concern). `concern_report.advance` goes back
one question instead, or, over an answer shown, leaves it as it is. A whole message is read, as `plain` text; words
in quotes are someone's words, never these.
"""

from __future__ import annotations

import re

from bot.flows.bare_words import plain, quoted

_LEAD = r"(?:(?:oh|oops|sorry|no|nope|hmm|um|erm|ah|wait)[ ,]+)*"
_SAID = (r"(?:actually(?: no| not| wait)?|no wait|wait|hang on|hold on|one sec(?:ond)?|oops|whoops|sorry|"
         r"my (?:mistake|bad)|i made a mistake|made a mistake|mistake|that(?:s| is| was) (?:wrong|not right|a mistake)|"
         r"(?:thats|that is|it is|its) not (?:right|what i meant)|wrong(?: answer| one| question| box)?|"
         r"i got (?:that|it) wrong|i typed (?:that|it) wrong|not that|i meant something else|undo that|"
         r"(?:start|begin) (?:again|over|from the (?:start|beginning))|can i start again)")
_SECOND_THOUGHTS = re.compile(_LEAD + _SAID + r"(?:[ ,]+(?:sorry|please|thanks|oops|wait|no))*")
# A no said sorry for is an answer, not a slip: "no, sorry" at "Is there evidence?" went back to the question before
# (review revL)
_SORRY_NO = re.compile(r"(?:(?:no|nope|nah)[ ,]+sorry|sorry[ ,]+(?:no|nope|nah))(?:[ ,]+(?:sorry|no|nope|nah))*")
_START_AGAIN = re.compile(r".*\b(?:start|begin) (?:again|over|from the (?:start|beginning))\b.*")


def second_thoughts(text: str) -> bool:
    """The whole message only takes back the last answer ("actually no", "oops sorry", "that's wrong")."""
    said = plain(text)
    return not quoted(text) and _SECOND_THOUGHTS.fullmatch(said) is not None and _SORRY_NO.fullmatch(said) is None


def wants_to_start_again(text: str) -> bool:
    """...and asks to begin the report again, which Back alone does not do."""
    return _START_AGAIN.fullmatch(plain(text)) is not None
