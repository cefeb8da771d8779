"""Words typed on a report's summary, or while "Which part should this change?" waits, that hold the report rather
than change it: "actually dont send", "wait don't send it yet" (nothing was about to be sent: the report waits for
Send report), and a lead-in typed alone, the rest still to come ("also", "oh and", "one more thing"). Neither is a
correction to put in a part: read as one, "actually dont send" was asked which part it changes, and "also" queued
as more words. Each function reads a whole message and says only what it is; `concern_report` decides what it does.
"""

from __future__ import annotations

import re

from bot.flows.bare_words import plain, quoted

_HOLD = r"(?:actually|wait|no|nope|hang on|hold on|hold up|sorry|oh|oops|ok|okay|please|pls|um|erm|hmm|just)"
_DONT_SEND = re.compile(rf"(?:{_HOLD}[ ,]+)*(?:do not|dont|don't|not) (?:send|submit)(?: it| this| that| the report|"
                        r" my report| anything)?(?: yet| now| just yet| for now| for a minute| for a sec| at all)?"
                        rf"(?:[ ,]+(?:please|pls|thanks|i need to check|i need to change something|{_HOLD}))*")
_LEAD_IN = re.compile(r"(?:oh[ ,]+|and[ ,]+|sorry[ ,]+|ok[ ,]+|okay[ ,]+)*(?:also|and|plus|and also|oh and|"
                      r"one more thing|1 more thing|another thing|something else|i forgot|i forgot to say|"
                      r"forgot to say|i also need to add|i need to add something|can i add something)"
                      r"(?:[ ,]+(?:also|too|as well|please))*[ ,.:-]*")


def says_dont_send(text: str) -> bool:
    """"actually dont send", "wait don't send it yet": hold the report, change nothing."""
    return not quoted(text) and _DONT_SEND.fullmatch(plain(text)) is not None


def lead_in_alone(text: str) -> bool:
    """"also", "oh and", "one more thing": what is to be added has not been typed yet."""
    return not quoted(text) and _LEAD_IN.fullmatch(plain(text)) is not None
