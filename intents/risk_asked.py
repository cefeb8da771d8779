"""Risks to a child asked of, with no harm done yet: a child in contact online with someone older ("what if a child
talks to an older boy online?", "what should i do if a pupil is chatting to an adult on roblox", "is it ok if a year 6
is messaging a 16 year old"), a stranger contacting a child ("what if a man keeps messaging a pupil online"), and a
parent or member of staff drunk where children are ("what if a parent is drunk at parents evening").

`risk_told` reads these told, and leaves a rule or a condition asked alone; asked, they were "not covered", or B.1's
answer on staff befriending pupils, with no report offered. A teacher who asks "what if…" of a child talking to an
adult on roblox may well be asking about the child in front of them, and a Designated Safeguarding Lead reads it as
possible grooming: read here, the report is offered first and the question still answered (`understanding`); nothing
here begins a report. Not family or a friend ("her cousin", "his older brother"), a member of staff's contact (B.1's
to answer: "what if a teacher messages a pupil"), drink at an adults' do, nor a parent's drunken photos of a night
out. Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.risk_told import CHILD, CONTACT, ONLINE, adult_drunk_named, in_contact_with_someone_older

# Someone older in words `risk_told` wants an article for, or not knowing them: "gaming with adults", "chats to grown
# ups", "talking to strangers", "people he doesnt know", "someone they met online"
_OLDER_BARE = (r"(?:adults|grown ?ups|strangers|older (?:people|ones|teens|teenagers|lads|men|guys)|"
               r"(?:people|someone|somebody|a person|men|a man|a boy|boys|a girl|girls) (?:they|he|she|i|we)? ?"
               r"(?:dont|don t|do not|doesnt|doesn t|does not|didnt|did not) (?:really )?know|"
               r"(?:someone|somebody|a person|people|a boy|a girl|a man) (?:they|he|she) (?:met|meet|found) "
               r"(?:on ?line|on (?:a |the )?(?:game|app|internet|\w+)))")
_CONTACT_BARE = compiled(rf"\b{CHILD}\b(?: \w+){{0,6}}? {CONTACT}\b(?: \w+){{0,4}}? {_OLDER_BARE}\b")
# A stranger or an adult with no part in the school messaging or adding a child ("what if a man keeps messaging a pupil
# online", "what if an adult is messaging a child on snapchat"); a member of staff's contact is B.1's to answer
_STRANGER = (r"(?:(?:a|an|some|this|the) (?:(?:strange|unknown|random|older|grown|creepy) )?(?:man|men|guy|bloke|adult|"
             r"grown ?up|stranger|teenager|teen|person)|"
             # a parent, who is no stranger, or a coach or tutor from outside, contacting a child not their own ("what
             # if a parent adds a child from class on facebook") is as an adult volunteer doing so is; their own child
             # is no CHILD word's
             r"(?:a|an|one of the|some|this|the) (?:(?:\w+ )?(?:parents?|mums?|mams?|moms?|dads?|carers?|"
             r"step ?(?:mum|dad)s?|mothers?|fathers?|coach(?:es)?|tutors?|instructors?|club leaders?))|"
             r"someone (?:much )?older|someone (?:they|he|she) (?:dont|do not|"
             r"doesnt|does not) know|someone|somebody|(?:an?|some) older (?:boys?|lads?|girls?|kids?|students?|teens?)|"
             r"(?:an?|some) (?:\d{2}|[a-z]+teen) (?:year old|yr old|yo))")
_MESSAGES = (r"(?:messag|dm|text|snapchat|snapp|whatsapp|facetim|chatt|add|follow|video call|groom)"
             r"(?:ed|ing|s|es|d)?(?: (?:with|to))?")
_STRANGER_CONTACTS = compiled(
    rf"\b{_STRANGER}\b(?: \w+){{0,3}}? (?:is |was |keeps |has |been |had |starts |started )*{_MESSAGES} "
    rf"(?:(?:a|an|the|my|our|one of (?:the|my|our)|some) (?:\w+ ){{0,2}}?)?{CHILD}\b")
# A parent's own drunken pictures of a night out are no child's risk
_DRUNK_PICTURES = compiled(r"\bdrunk(?:en)? (?:photos?|pics?|pictures?|videos?|selfies?|posts?|snaps?|stories)\b")


def older_contact_asked(words: str) -> bool:
    """The (plain) words put a child in contact online with someone older or a stranger, asked of or told."""
    return (in_contact_with_someone_older(words)
            or (_CONTACT_BARE.search(words) is not None and ONLINE.search(words) is not None)
            or _STRANGER_CONTACTS.search(words) is not None)


def drunk_asked(words: str) -> bool:
    """The (plain) words name a parent, a carer or a member of staff drunk, asked of or told, not at an adults' do."""
    return adult_drunk_named(words) and _DRUNK_PICTURES.search(words) is None


def risk_asked(words: str) -> bool:
    """A risk to a child asked of ("what if a child talks to an older boy online?"): the report is offered first."""
    return older_contact_asked(words) or drunk_asked(words)
