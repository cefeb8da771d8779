"""More of the incident a report already tells, typed on its summary: who did it, where, when, more of what was said
("Jake in year 6 is the one bullying him", "Leo has been sending him threats on snapchat" on a report of Sam being
bullied). New names and a new app in such words are the incident's, not another concern's: the words point back
at the report's child ("him", "her") and tell no harm of another kind, so they are asked which part they change,
never "Is this part of this report, or a new concern?".

A different child or a different harm still reads as a concern of its own: a child the words bring in ("a girl in
year 2", "his sister", "Ellie says…", "Ellie is being bullied"), an adult doing it ("mr jones has been messaging
him", "his dad hits him": not the report's kind), a kind of concern other than the report's ("Leo posted a photo
of him"), or a pronoun the report's child is not ("her" in a report that says "him" and never "her").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.flows.bare_words import plain
from bot.flows.concern_wording import kinds_named
from intents.rule_words import AUNT_UNCLE, CARER, DAD, GRANDPARENT, MUM, STEP_PARENT
from intents.year_groups import YEAR

# The report's child as the one the words are about: "bullying him", "sending her threats", "at him", "his phone"
_CHILD_AS_OBJECT = {"him": re.compile(r"\b(?:him|his)\b"), "her": re.compile(r"\bher\b")}
_REPORT_SAYS = {"him": re.compile(r"\b(?:he|him|his|boy|son|brother)\b"),
                "her": re.compile(r"\b(?:she|her|girl|daughter|sister)\b")}
# A child the words bring in: one not yet named ("a girl", "another pupil", "one of my year 3s", "his sister"), or
# named as the one who told or was harmed ("Ellie says…", "Ellie in year 2 is being bullied")
_NEW_CHILD = re.compile(
    r"\b(?:(?:a|an|another|other|some|one of (?:my|our|the|his|her)) (?:\w+ )?(?:girl|boy|child|pupil|kid|student|"
    # (its own year group, without "yr 2": year_groups.YEARS would make "a yr 2 boy punched me" a child not told
    # before, a change to which reports are one incident that no test yet asks for)
    r"lad|year \d{1,2}s?|y\d{1,2}s?|reception (?:child|pupil|kid)s?)s?|"
    r"(?:his|her|their) (?:little |younger |older |big |twin |step ?)?(?:sister|brother|sibling|cousin)s?)\b")
# ("Leo said he'd get him" is the doer's words, more of what was said: only a telling to the teacher brings one in)
_TELLS = r"(?:says|told me|tells me|told us|disclosed|came to me|has told|has said|reported)"
_HARMED = (r"(?:is|was|has been|had been|are|were|got|gets|s)(?: also)? (?:being |getting )?(?:bullied|"
           r"threatened|hit|hurt|abused|harassed|groomed|targeted|picked on|messaged|sent|filmed|photographed|"
           r"touched|attacked|excluded|blackmailed)")
_NAMED_CHILD = re.compile(rf"\b(?:[A-Z][a-z]{{2,}}|{YEAR})(?: \w+){{0,3}} (?:{_TELLS}|{_HARMED})\b")
# An adult in it: then the harm is another's doing than a pupil's, the report's own only where its kind is theirs
_ADULT = re.compile(r"\b(?:mr|mrs|miss|ms|mx|dr|sir)\b\.?|"
                    rf"\b(?:{MUM}|{DAD}|{STEP_PARENT}|{GRANDPARENT}|{AUNT_UNCLE}|{CARER}|parent|teacher|coach|tutor|"
                    r"man|woman|adult|stranger|boyfriend|girlfriend|neighbour)s?\b")
_ADULTS_KINDS = frozenset(("parent_post", "staff_conduct", "other"))


def same_incident(text: str, fields: Mapping[str, str]) -> bool:
    """Typed words that tell more of the incident the report holds (`fields`, its answers), not another concern:
    they are about the report's child (a pronoun the report uses for them), bring in no other child, and tell no harm
    of another kind (a kind other than the report's, or an adult's doing in a report of a pupil's)."""
    said = plain(text)
    report = " ".join(fields.get(part, "") for part in ("affected", "what", "disclosure")).lower()
    pointed = [p for p, pattern in _CHILD_AS_OBJECT.items() if pattern.search(said)]
    if len(pointed) != 1:  # none, or both a him and a her: two children, or nobody's
        return False
    # a report that calls its child only the other ("him" everywhere, never "her") is about another child
    said_of = {p for p, pattern in _REPORT_SAYS.items() if pattern.search(report)}
    if said_of and pointed[0] not in said_of:
        return False
    if _NEW_CHILD.search(said) or _NAMED_CHILD.search(text.replace("\u2019", "'")):
        return False
    kind = fields.get("category", "")
    if _ADULT.search(said) and kind not in _ADULTS_KINDS:
        return False
    return all(named in (kind, "other") for named in kinds_named(text))
