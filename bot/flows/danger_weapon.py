"""A weapon held by anyone, or an intruder, told at "Is a child in immediate danger?": "the man at the gate has a
knife", "dads got a knife", "a kid's got a knife", "there's a man with a knife at the gate", "there's an intruder in
school". `danger_unsafe` read a weapon only of he, she or the child, so each of these was asked again (review revR)
while a DSL would want the URGENT alert: a Yes.

Not a weapon said not to be ("the man hasn't got a knife"), a toy or cutlery ("a plastic knife", "knife and fork"),
staff at their work ("the dinner lady has a knife"), nor the past ("…yesterday").
"""

from __future__ import annotations

import re

from bot.flows.danger_adults import ADULT_NEVER_A_PUPIL
from bot.flows.danger_now import told_of_the_past
from intents.year_groups import YEAR

_WHO = (rf"(?:{ADULT_NEVER_A_PUPIL}|dads|mums|kid|child|boy|girl|pupil|lad|teenager|{YEAR}(?: boy| girl)?|"
        r"one of (?:them|the \w+))")
_WEAPON = (r"(?:(?:a|an|his|her|their|the)\s+)?(?:(?:big|real|kitchen|large|flick)\s+)?(?:knife|knives|blade|gun|"
           r"machete|weapon)\b(?!\s+(?:and fork|emoji|icon|crime|talk|amnesty))")
_HELD = re.compile(
    rf"\b{_WHO}(?:'s|s)?(?:\s+[\w']+){{0,4}}?\s*(?:'s got|s got|\s+has got|\s+has|\s+got|\s+with|\s+carrying|"
    rf"\s+holding|\s+waving|\s+brought|\s+has brought|\s+pulled out|\s+pulled)\s+{_WEAPON}")
_INTRUDER = re.compile(
    r"\b(?:(?:an?|some)\s+)?intruders?\b|\b(?:stranger|man|woman|someone|somebody|adult)\s+(?:has\s+)?"
    r"(?:got|gotten|broken|climbed|sneaked|snuck)\s+(?:in|into)\s+(?:the\s+)?(?:school|building|"
    r"playground|classroom|grounds)\b|\bthere(?:'s|s| is) (?:a |an )?(?:stranger|man we don'?t know|unknown (?:man|"
    r"adult|person)) (?:in|inside) (?:the\s+)?(?:school|building|playground|classroom|grounds)\b")
_NOT = re.compile(r"\b(?:not|no one|nobody|never|hasn'?t|hasnt|haven'?t|havent|isn'?t|isnt|didn'?t|didnt|"
                  r"doesn'?t|doesnt|without)\b|\b(?:plastic|toy|pretend|nerf|butter|dinner|lunch|lollipop)\b")
_BEFORE = 12  # characters before a telling read for a not ("no, the man hasn't…")


def weapon_or_intruder(said: str) -> bool:
    """Whether words (lower case, punctuation gone) tell a weapon held by anyone, or an intruder, now."""
    if told_of_the_past(said):
        return False
    return any(not _NOT.search(said[max(0, m.start() - _BEFORE):m.end()])
               for p in (_HELD, _INTRUDER) for m in p.finditer(said))
