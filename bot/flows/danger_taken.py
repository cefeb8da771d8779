"""A child taken from school by someone barred from them, or by someone not family, told at "Is a child in
immediate danger?": "dad took her from the playground, he's not allowed", "her mum has taken him out of class and
there's a court order", "a man took her from the gate". Each was asked again (helper danger6 probed them; review revR
listed the first): a DSL reads a child already gone with someone barred from them as a danger now, a Yes.

Family taking their own child with no ban told ("mum took him from the playground, it was home time") is ordinary,
and asked again, as `danger_kin` reads family; the past ("…last year") too.
"""

from __future__ import annotations

import re

from bot.flows.danger_adults import ADULT
from bot.flows.danger_kin import KIN
from bot.flows.danger_threat import PAST
from intents.rule_words import SCHOOL_GROUNDS

_CHILD = (r"(?:him|them|her|the (?:child|kid|boy|girl|pupil)|(?:his|her|their) (?:son|daughter|child|kids?|"
          r"children))")
_FROM = (r"(?:(?:away\s+)?(?:from|out of|off)\s+(?:the\s+|our\s+)?(?:school\s+)?"
         rf"(?:{SCHOOL_GROUNDS}|class(?:room)?|school|line|lesson|site|reception|office|hall|club|grounds|building|"
         r"nursery)|away)\b")
_TAKEN = re.compile(
    rf"\b(?:(?:her|his|their|the|a|an|some)\s+)?(?P<who>{KIN}|{ADULT})\s+(?:has\s+|'s\s+|s\s+|have\s+)?(?:just\s+)?"
    rf"(?:took|taken|grabbed|pulled|dragged|snatched|collected|picked up|walked off with|run off with|ran off with|"
    rf"driven off with|drove off with)\s+{_CHILD}\s+{_FROM}")
# A ban told beside it: an order, a child not to be collected by them, or taken without leave
_BANNED = re.compile(r"\b(?:not (?:allowed|supposed|meant|permitted)|shouldn't|should not|mustn't|must not|"
                     r"no[ -]contact|(?:court|restraining|non[ -]molestation|protection|prohibited steps) order|"
                     r"injunction|(?:banned|barred)|not (?:on|named on) the (?:list|collection list|pick ?up list)|"
                     r"not to collect|without (?:permission|asking|telling|signing|saying)|no (?:right|parental "
                     r"responsibility))\b")
_NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bno one|\bnobody)\s+(?:\w+\s+){0,2}$")


def taken_from_school(said: str) -> bool:
    """Whether words (lower case, punctuation gone) tell a child taken from school by someone barred, or not family."""
    if PAST.search(said):
        return False
    for found in _TAKEN.finditer(said):
        if _NOT_BEFORE.search(said[:found.start()]):
            continue
        if re.fullmatch(KIN, found.group("who")) is None or _BANNED.search(said):
            return True
    return False
