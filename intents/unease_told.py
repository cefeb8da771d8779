"""Unease told about an adult's contact with the asker: "a creepy dad added me on insta do i accept", "a parent keeps
messaging me on instagram and it makes me uncomfortable", "one of the dads won't leave me alone on facebook".

Asked about, a request to connect from a parent is the policy's question (intents/request_asked.py: "not covered",
B.1 the nearest); but a parent the teacher finds creepy, or who keeps on at them, may be the start of harassment or
grooming of staff, which the Headteacher must hear of. No report rule takes the unease, and the report model, taught
on harm to children, did not take "a creepy dad added me on insta do i accept": it was answered "not covered" with Ask
the Headteacher and its words logged. Read here, the harm net (`understanding`) answers it with the report offered
first and its words kept from the log; a report is never begun by this reading alone. Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.request_asked import CONNECT
from intents.rule_words import HYPOTHETICAL, UNEASE
from intents.staff_harm import ADULT, AT_THE_DOOR, OWN_FAMILY

_DOING = r"(?: (?:has|have|had|just|keeps?|kept|is|was|were|been|always|then|also|now|still|again)){0,3}"
# Contact beyond a request: messages, texts, comments, calls ("keeps messaging me", "dmd me", "commented on my photos")
_MESSAGED = (r"(?:messag(?:e|es|ed|ing)|text(?:s|ed|ing)?|dm(?:s|d|ed|ing)?|email(?:s|ed|ing)?|ring(?:s|ing)?|rang|"
             r"call(?:s|ed|ing)?|phon(?:e|es|ed|ing)|(?:comment(?:s|ed|ing)?|lik(?:e|es|ed|ing)) on|lik(?:e|es|ed|ing)|"
             r"sen(?:t|d|ds|ding)|writ(?:es|ing)|wrote) (?:me|to me|my (?:\w+ )?(?:posts?|photos?|pictures?|pics?|"
             r"account|page|profile|stories|story|phone|number))")
# Who they are told between ("a dad i dont know keeps texting me"), and how they came by the asker's own number first
# ("a parent found my number and keeps ringing me")
_UNKNOWN = (r"(?: (?:who |that )?(?:i|we) (?:dont|do not|didnt|did not|have never|ve never|never|barely|hardly|"
            r"dont even) (?:know|met|seen|recogni[sz]e)(?: (?:before|at all|well|from adam))?)?")
_FOUND_ME = (r"(?: (?:found|got|got hold of|tracked down|looked up|dug up) (?:my|our) "
             r"(?:personal |home |mobile |private )?(?:number|phone number|mobile number|mobile|address|details|"
             r"email)(?: \w+){0,3}? and)?")
_CONTACTED = compiled(rf"\b(?P<who>{ADULT}){_UNKNOWN}{_DOING}{_FOUND_ME}{_DOING} (?:{CONNECT}|{_MESSAGED})")
# Contact that will not stop is unease told without its word ("keeps messaging me", "won't leave me alone")
_KEEPS_AT = r"(?:messag\w*|texting|dming|emailing|ringing|calling|phoning|adding|following|commenting|liking|sending)"
_PERSISTS = compiled(rf"\b(?:(?:keeps?|kept|keeping) (?:on )?(?:{_KEEPS_AT}|requesting)|(?:wont|will not|doesnt|"
                     rf"does not|didnt) (?:leave me alone|stop {_KEEPS_AT})|every (?:day|night|evening)|all the time|"
                     r"constantly|late at night|in the middle of the night)\b")
# "Weird", "odd" and "strange" as often describe a thing as a person ("a weird email about the trip", "odd socks day"):
# unease only beside no school business (below), the stronger words always
_ODDLY = r"(?:weird|odd|strange)\b"
_UNEASY = compiled(rf"\b(?!{_ODDLY}){UNEASE}")
# (as UNEASE reads them, so not of the asker's own act: "is it weird if i accept")
_ODD = compiled(rf"\b(?={UNEASE}){_ODDLY}(?! (?:socks?|sock day|one out|numbers?|jobs?|bits?)\b)")
# Keeping on about school business is a busy parent, not harassment ("a parent keeps emailing me about the spelling
# test", "mums keep messaging me about the christmas fair"): the persistence alone offers no report then
_ABOUT_SCHOOL_BUSINESS = compiled(
    r"\babout (?:(?:the|a|an|our|his|her|their|my|this|that|next|last) )?(?:\w+ ){0,2}?(?:homework|trip|trips|"
    r"spellings?|tests?|reading|phonics|fair|fete|nativity|costumes?|uniform|parents evening|dinners?|lunch\w*|clubs?|"
    r"pta|raffle|sats|reports?|meetings?(?! up)|pick ?up|drop ?off|letters?|payments?|money|books?|kit|pe|sports day|"
    r"assembly|attendance|absences?|party|parties|invites?|bake sale|cake sale|rota|timetable|dates?|forms?|"
    r"consent|permission|residential|swimming|school|class|classes|lessons?|learning|progress|behaviour|targets?)\b")


def uneasy_about_contact(words: str) -> bool:
    """The (plain) message tells of an adult's contact with the asker ("a dad added me", "a parent keeps messaging
    me") with unease about it ("creepy", "uncomfortable", "scared") or contact that will not stop; not a "what if"."""
    if HYPOTHETICAL.match(words) or (found := _CONTACTED.search(words)) is None:
        return False
    # the speaker's own mum ringing at work, the gas man's text, are no one's unease about a parent
    if OWN_FAMILY.match(found.group("who")) or AT_THE_DOOR.search(found.group("who")):
        return False
    if _UNEASY.search(words):
        return True
    return bool((_PERSISTS.search(words) or _ODD.search(words)) and not _ABOUT_SCHOOL_BUSINESS.search(words))
