"""Acts against a child told as just done or going on, at "Is a child in immediate danger?", which `danger_now`'s
patterns miss (review revR listed each as asked again): an adult's blow "just" struck ("dad just slapped him in the
playground"), a child being attacked ("he's getting beaten up", "hes being strangled"), a child snatched or someone on
the way to take one ("her dad has snatched her", "dad's on his way to school to take her"), someone trying to get a
child into a car, and a child threatening to jump or run, or gone from school ("he's threatening to jump", "he ran out
the gate"). A DSL reads each as a Yes. `danger_now` checks the past time ("dad slapped him yesterday") and a not before
the words ("i don't think he's being hit") as for its own.
"""

from __future__ import annotations

import re

from bot.flows.danger_adults import ADULT
from bot.flows.danger_kin import KIN

_CHILD = r"(?:he|she|they|the (?:child|kid|boy|girl|pupil)|(?:a|one of (?:the|our)) (?:child|kid|boy|girl|pupil)s?)"
_BE = r"(?:'s|s|'re|re| is| are)"
_OBJECT = (r"(?:him|her|them|(?:a|the) (?:\w+ )?(?:boy|girl|child|kid|pupil)|(?:his|her|their) (?:sister|brother|son|"
           r"daughter))\b")
_WHO = rf"(?:(?:her|his|their|the|a|an|some)\s+)?(?:{KIN}|{ADULT}|someone|somebody|a stranger|the stranger)"
_BLOW = r"(?:hit|slapped|punched|kicked|smacked|thumped|strangled|choked|shook|shaken|dragged|attacked|beat|beaten)"
ACTS = re.compile(
    # a blow just struck by an adult (not "just hit the ball": a child as object)
    rf"\b{_WHO}\s+(?:has\s+|'s\s+|s\s+)?just\s+{_BLOW}\s+(?:up\s+)?{_OBJECT}|"
    # being attacked now (not beaten at a game)
    rf"\b{_CHILD}{_BE}\s+(?:still\s+|now\s+)?(?:being|getting)\s+(?:beaten(?: up)?(?!\s+at\b)|battered|attacked|"
    r"hit(?!\s+(?:by|with)\s+(?:a|the)\s+ball)|kicked|punched|strangled|choked|stabbed|assaulted|dragged|jumped|"
    r"mugged)\b|"
    # snatched, or on the way to take a child (grabbed only by someone who is not family: a mum takes her child's hand)
    rf"\b{_WHO}\s+(?:has\s+|'s\s+|s\s+)?(?:just\s+)?(?:snatched|abducted|kidnapped|taken off with)\s+{_OBJECT}|"
    r"\b(?:(?:the|a|an|some)\s+)?(?:man|woman|lady|guy|bloke|someone|somebody|stranger|person)\s+(?:has\s+|'s\s+|s\s+)?(?:just\s+)?"
    rf"grabbed\s+{_OBJECT}|"
    rf"\b{_WHO}(?:'s|s| is)\s+on\s+(?:his|her|their)\s+way\s+(?:\w+\s+){{0,4}}?to\s+(?:take|snatch|grab|get|hurt)\s+"
    rf"{_OBJECT}|"
    # trying to get a child into a car
    rf"\b{_WHO}(?:'s|s| is)\s+(?:still\s+|now\s+)?trying\s+to\s+(?:get|pull|drag|lure|push|take|bundle)\s+{_OBJECT}\s+"
    r"(?:into|in)\s+(?:a|the|his|her|their)\s+(?:car|van)\b|"
    # a child threatening to harm themselves or run
    rf"\b{_CHILD}{_BE}\s+(?:still\s+|now\s+)?threatening\s+to\s+(?:jump|kill (?:him|her|them)sel(?:f|ves)|"
    r"hurt (?:him|her|them)sel(?:f|ves)|run (?:off|away)|throw (?:him|her|them)sel(?:f|ves))\b")
# A child run from school ("he ran out the gate", "she's legged it out of school"); not with a parent, nor at home time
LEFT_SCHOOL = re.compile(
    rf"\b{_CHILD}(?:'s|s| has| have)?\s+(?:just\s+)?(?:ran|run|legged it|bolted|escaped|absconded)\s+"
    r"(?:out\s+(?:of\s+)?|off\s+)(?:the\s+)?(?:school\s+)?(?:gates?|building|school|site|grounds)\b|"
    rf"\b{_CHILD}(?:'s|s| has| have)?\s+(?:just\s+)?(?:left|gone off|walked off)\s+(?:the\s+)?(?:school\s+)?"
    r"(?:site|grounds|premises)\b")
LEFT_SAFELY = re.compile(
    rf"\bwith\s+(?:his|her|their)\s+(?:{KIN}|carer|childminder|parents?)\b|\bhome ?time\b|\bend of (?:the )?day\b|"
    r"\bto (?:get|fetch|pick up)\b|\bpicked up\b|\bcollected\b|\bback\b|\bfound\b|\breturned\b|\bsafe\b")
