"""When and where a chat line says its matter happened, typed before the matter ("at lunch today", "in the toilets at
break", "on the bus home", "this morning at drop off", "by the bike shed after school").

Staff set the scene first in Slack the way they would in a corridor: "in the toilets at break a y8 was being slapped
by three older girls". The short-line readings (intents/short_reports.py) are anchored on the line's opening and count
its words; the scene ahead of the matter pushed the child out of the opening and the line past the short ones, so a
concern told after a time and a place was read as a sentence the model did not know. The scene is no part of the
matter: it is set aside, and what follows is read. Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.rule_words import BREAK, EARLIER_TODAY, GATE_TIME, SCHOOL_GROUNDS

_WHEN = (rf"(?:{EARLIER_TODAY}|yesterday|this lunchtime|just now|last night|"
         r"tonight|this week|last week|(?:on )?(?:monday|tuesday|wednesday|thursday|friday)(?: morning| afternoon)?)")
# A time of the school day or a place a child is in it
# (the shared times and grounds, and the lessons, clubs, rooms and trips a scene is set in)
_SCENE = (rf"(?:{BREAK}|{GATE_TIME}|{SCHOOL_GROUNDS}|assembly|pe|swimming|"
          r"registration|school|club|breakfast club|after school club|toilets?|loos?|bus(?: home)?|"
          r"coach|corridors?|class|classroom|hall|lunch hall|canteen|dining hall|trip|"
          r"residential|shed|park|changing rooms?|cloakroom|library|line|lesson|wet play|forest school)")
_WHEN_WHERE = compiled(
    rf"^(?:(?:(?:at|in|on|during|after|before|by|outside|near|round|behind) (?:the |our |a )?(?:\w+ )?{_SCENE}"
    rf"|{_WHEN})(?: |$))+"
)


def after_the_scene(words: str) -> str:
    """The (plain) line without the time and place it opens with ("at lunch today a y6 ..." -> "a y6 ..."); the line
    itself if that is all it says."""
    return _WHEN_WHERE.sub("", words).strip() or words
