"""An adult privately contacting a child who is not their own, told and then asked about: "a man on tiktok has been
dming a y5 girl, is that allowed?", "the football coach texts the girls in y6 late at night, can he?", "a dad messaged
my year 6 on insta, is that ok".

Such a message was answered as B.1 (staff and pupils online) or "not covered", with no report offered, because the
question after it made the whole read as one about the rules; a DSL reads it as possible grooming. Read here, the
report is offered first (`understanding`), the question still answered. Not a parent's own child ("a dad messaged his
son"), the class group ("messaged the class whatsapp"), a rule asked ("can a coach message the kids?") nor a condition
("what if a man messages a child?", the harm readings' own). Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.rule_words import HYPOTHETICAL
from intents.year_groups import YEARS

_ADULT = (r"(?:man|men|guy|bloke|adult|stranger|someone|somebody|dad|father|uncle|coach|instructor|tutor|leader|"
          r"teenager|older boy|older lad|\d+ year old|(?:\d{2}|[a-z]+teen) yo|teacher|ta|volunteer)")
_CONTACTS = (r"(?:messag|dm|dming|dmed|dmd|text|snapchat|snapp|whatsapp|facetim|chatt|add|follow|video call|call)"
             r"(?:ed|ing|s|es|d)?")
# a child not their own: "a y5 girl", "my year 6", "some of the girls in y6", "one of our pupils"
_CHILD = (r"(?:(?:a|an|the|my|our|some|one of (?:the|my|our)|some of (?:the|my|our)|two|three) (?:\w+ ){0,2}?)?"
          rf"(?:girls?|boys?|child|children|kids?|pupils?|students?|{YEARS})\b")
# asked, not told: "pe coach here, can i add the kids…", "a coach who wants to message the kids"
_NOT_ASKED = r"(?!(?:can|could|should|may|might|would|will|to|if|whether|when|wants?|wanted)\b)"
_TOLD = compiled(
    rf"\b{_ADULT}\b(?: {_NOT_ASKED}\w+){{0,4}}? (?:has |have |had |is |was |keeps? |been |just |always )*{_CONTACTS} "
    rf"{_CHILD}")


def adult_contacts_child(words: str) -> bool:
    """The (plain) message tells of an adult messaging, adding or following a child not their own, not a rule or a
    condition asked."""
    return not HYPOTHETICAL.match(words) and _TOLD.search(words) is not None
