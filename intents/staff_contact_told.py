"""A member of staff in contact with pupils on their own accounts, told as staff tell it: "a TA is following pupils on
tiktok", "our ta gave a y10 her personal snapchat", "the pe teacher follows some of the year 11s on instagram", "the
coach is messaging a y10 on snapchat".

Told, these were offered the report (a doubtful report answered as B.1's question, or harm named) with the Designated
Safeguarding Lead's route alone, while the same contact begun as a report ("our cover teacher added a pupil on
snapchat") is sent the way B.1's concerns go, the route for a concern about staff. `staff_contact_asked` reads only the
asked ("what if the head is messaging a pupil?"). This reading only says whose conduct an offer is about; it never
offers or begins a report itself (`understanding` asks it of an answer that already offers one). Not asked as a rule
or a condition ("can a ta follow pupils on tiktok", "what if a teacher adds a pupil"), not a pupil following a member
of staff, nor staff following pupils' parents or the school's own account. Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.rule_words import HYPOTHETICAL
from intents.staff_towards_child import STAFF
from intents.year_groups import YEARS

_SEEN = (r"(?: (?:has|have|had|is|was|were|been|keeps|kept|always|often|just|also|even|apparently|now|still|"
         r"secretly|privately|started|starting|actually|definitely|caught|seen|spotted))*")
# Some pupils, however many: "pupils", "a y10", "loads of y9 girls", "three of my year 8s", "some of the year 11s"
_HOW_MANY = (r"(?:(?:a|an|the|some|our|my|several|many|two|three|four|a few|loads of|lots of|a lot of|a load of|"
             r"one of|some of|most of|half of|all of|a couple of|(?:two|three|four|five|\d+) of)"
             r"(?: (?:the|our|my|his|her|their))? )?")
# A pupil's family: "a lot of pupils parents", "a y10 girls mum", whom the school's staff may well know
# ... or someone who speaks for one ("in contact with a y9 boys social worker")
_FAMILY = (r"(?:parents?|mums?|mams?|moms?|dads?|families|family|carers?|grans?|nans?|brothers?|sisters?|"
           r"(?:social|key|family support) workers?|foster (?:carers?|parents?)|doctors?|gp|camhs|therapists?)")
_PUPIL_WORD = r"(?:pupils?|child(?:ren)?|kids?|girls?|boys?|students?|lads?|teens?|tutees?|sixth formers?)"
_PUPILS = (rf"(?:{_HOW_MANY}(?!(?:ex|former|old)\b)(?:\w+ ){{0,2}}?(?:{_PUPIL_WORD}|{YEARS})\b"
           # one of a class the teller or the colleague has ("one of my class", "someone in his tutor group")
           r"|(?:one of|someone in|somebody in|a (?:kid|child|pupil|girl|boy|student) in) (?:my|our|his|her|their|the) "
           r"(?:class|form|tutor group|set|team))"
           rf"(?!(?: {_PUPIL_WORD})? {_FAMILY}\b)")
# Their accounts: followed, added or friended, messaged, or given a member of staff's own number or account
_ONLINE = (r"(?:fol+o?w(?:s|ing|in|ed)?|add(?:s|ing|ed)|friend(?:s|ing|ed)|(?:is |are )?friends with|"
           r"messag(?:es|ing|ed)|msg(?:s|ing|d|ed)?|text(?:s|ing|ed)|dm(?:s|ing|ed|d)?|pm(?:s|ing|ed|d)?|"
           r"inbox(?:es|ing|ed)|snapchat(?:s|ting|ted)?|snapp(?:ing|ed)|whatsapp(?:s|ing|ed)?|facetim(?:es|ing|ed)|"
           r"chatting (?:to|with)|(?:is |are |been )?in (?:contact|touch) with|"
           # "sending msgs to y8 boy", "sent private messages to a pupil"
           r"(?:send(?:s|ing)?|sent) (?:(?:private|personal|direct|late night|loads of|lots of|a lot of|a few|some|"
           r"long|funny|kisses in|x+) )*(?:messages?|msgs?|texts?|dms?|pms?|snaps?|voice notes?|voice messages?) to)")
_ACCOUNT = (r"(?:(?:personal|private|own|home|mobile|phone) )*"
            r"(?:number|mobile|phone number|snapchat|snap|insta(?:gram)?|tiktok|tik tok|facebook|fb|whatsapp|account|"
            r"email|e mail|gamertag|discord)")
_GIVEN = (rf"(?:(?:gave|gives|giving|given|sent|sends|handed) {_PUPILS} (?:his|her|their|a|an) {_ACCOUNT}\b|"
          # the account first: "gave his number to a y7 boy", "gives out her snap to year 10s"
          rf"(?:give|gave|gives|giving|given|sent|sends|handed|passed|shared|shares|sharing)(?: out)? "
          rf"(?:his|her|their) {_ACCOUNT}(?: details)? (?:out )?to {_PUPILS})")
# Meeting pupils away from school: "is meeting a y9 boy outside school", "met up with a year 10 girl at the weekend"
# One pupil alone: a coach meeting "the y9 boys at the park" for training is a team's practice
_ONE_PUPIL = (rf"(?:a|an|one of (?:my|our|the|his|her|their)|this|that)(?: \w+){{0,2}}? (?:{_PUPIL_WORD}|{YEARS})\b"
              rf"(?!(?: {_PUPIL_WORD})? {_FAMILY}\b)")
_MET = (rf"(?:meet(?:s|ing)?|met)(?: up)?(?: with)? {_ONE_PUPIL}(?: \w+){{0,3}}? (?:outside (?:of )?school|"
        r"out of school|away from school|at the weekends?|at weekends|on (?:the )?weekends?|in town|in the park|"
        r"at the park|at (?:his|her|their) (?:house|flat|home|place)|in (?:his|her|their) car)\b"
        r"(?! (?:for|to) (?:training|practice|a match|the match|a fixture|the fixture|a game|the game)\b)")
# a meeting planned ("arranged to meet a year 8 boy in town")
_PLANNED = r"(?:arrang|plann|agre|offer)(?:ed|es|e|s|ing)? to"
_ARRANGED = compiled(rf"\b{_PLANNED} (?:meet|see)\b")
# where they work may come between ("a teacher at our school follows…")
_AT = r"(?: (?:at|from|in) (?:our|my|this|the) \w+(?: school)?)?"
_TOLD = compiled(rf"\b(?P<who>{STAFF}){_AT}{_SEEN} "
                 rf"(?:{_ONLINE} {_PUPILS}|{_GIVEN}|(?P<planned>{_PLANNED} )?(?P<met>{_MET}))")
# A meeting by chance ("met a y10 girl outside school by chance at tesco", "bumped into her in town") is no contact
# the policy asks about; unless it was planned
_BY_CHANCE = compiled(r"\b(?:by (?:chance|accident|coincidence)|accidentally|coincidentally|unexpectedly|happened to|"
                      r"bump(?:ed|s|ing)? into|ran into|run(?:s|ning)? into|came across|out shopping|doing (?:the|her|"
                      r"his|their|my) shopping)\b")
# Told by the pupil, who is then her, him or them ("my tutee said a supply teacher has been inboxing her", "a y5 pupil
# said mr b messages them"), or the "me" of their own words ("a y8 girl said the coach dms me"): not her mum or his
# friend, nor a "me" messaged about something ("the ta messaged me about his reading": the teller, by a colleague)
_TELLS = (r"(?:has |had |have )?(?:said|says|told (?:me|us|her|him|them)|tells (?:me|us)|disclosed|mentioned|reported|"
          r"let slip|admitted)(?: to (?:me|us))?(?: that)?")
_PUPIL_TOLD = rf"{_PUPILS} {_TELLS}"
# A "me" sent something for the teller to use ("texted me her mum's number", plain: "me her mum number"), or so the
# teller could pass it on ("messaged me so i could pass it on"): a colleague's message to the teller, not the pupil's
_FOR_THE_TELLER = (rf"(?:his|her|their|the|a) (?:\w+ )?{_FAMILY}s?\b|"
                   r"so (?:that )?i (?:could |can |would |might |'?d )?(?:pass|forward|share|print|"
                   rf"(?:let|tell|inform|update|contact|ring|call|phone) (?:(?:his|her|their|the) (?:\w+ )?{_FAMILY}|"
                   r"the (?:office|dsl|head|school|class|team)))\b|to pass (?:it |this |that )?on\b")
_THEM = (r"(?:her|him|them|me(?! (?:about|re|regarding|to (?:say|ask|tell|let|check|see)|back)\b)"
         rf"(?! (?:{_FOR_THE_TELLER})))\b"
         rf"(?! (?:own )?(?:{_FAMILY}|friends?|mates?|boyfriend|girlfriend|brothers?|sisters?)\b)")
_CONTACT = (rf"{_SEEN} (?:{_ONLINE} {_THEM}|"
            rf"(?:gave|gives|given|sent|sends|handed) {_THEM} (?:his|her|their) {_ACCOUNT}\b)")
_TOLD_BY_PUPIL = compiled(rf"\b{_PUPIL_TOLD} (?:(?:\w+ ){{0,3}}?)(?P<who>{STAFF}){_AT}{_CONTACT}")
# ... in the pupil's own words, whose "sir" or "miss" (no name after) is a member of staff and marks whoever tells it,
# "she" or "a girl in 4B", as a pupil: "she told me 'sir adds me on insta'", "he said miss has been snapchatting him";
# right after the telling, so no "she said she will miss texting him"
_TOLD_AS_PUPILS_SAY = compiled(rf"\b{_TELLS} (?P<who>sir|miss){_CONTACT}")
# No longer the school's staff ("a former teacher is messaging pupils", "an ex ta dms a y9"): no concern about a
# colleague's conduct for the Headteacher and the LADO, but an adult outside the school in contact with children,
# the DSL's (the report rules and the harm net read that as they read any adult's)
# (a "40 year old teacher" is of an age, not former)
_FORMER = compiled(r"\b(?:ex|former|formerly|(?<!year )(?<!years )(?<!yr )old|retired|previous|past)\b")
# The school's own systems, which staff are to use with pupils ("messaging pupils on teams about work", "on the school
# app"): no contact on their own accounts
_SCHOOL_SYSTEM = compiled(r"\b(?:on|via|through|over|using|from) (?:the |our |my |his |her |their )?(?:school(?:s)? "
                          r"(?:\w+ )?(?:app|email|e mail|account|platform|system|portal|teams|channel)|teams|"
                          r"microsoft teams|google classroom|classroom|class ?dojo|dojo|seesaw|tapestry|showbie|"
                          r"satchel(?: one)?|show my homework|arbor|parentmail|school ?comms|office 365|outlook|"
                          r"sharepoint)\b")
# ... unless their own accounts are named as well ("on snapchat and teams")
_OWN_ACCOUNT = compiled(r"\b(?:personal|private|snapchat|snap|insta(?:gram)?|tiktok|tik tok|facebook|fb|whatsapp|"
                        r"discord|twitter|x|own (?:number|phone|mobile|account))\b")
# Asked as a rule or a condition: "can a ta follow…", "is it ok if the pe teacher follows…"
_ASKED_OK = compiled(r"^(?:is it|is that|would it be|are) (?:ok|okay|alright|allowed|fine|acceptable)\b")


_STAFF_NAMED = compiled(rf"\b(?P<who>{STAFF})\b")


def former_staff_only(words: str) -> bool:
    """The (plain) words name a member of staff only as one who no longer works there ("ex teacher dms a y9")."""
    named = [m.group("who") for m in _STAFF_NAMED.finditer(words)]
    return bool(named) and all(_FORMER.search(who) is not None for who in named)


def met_by_chance(words: str) -> bool:
    """The (plain) words tell of a meeting by chance ("bumped into", "by chance at tesco"), and none arranged."""
    return _BY_CHANCE.search(words) is not None and _ARRANGED.search(words) is None


def staff_contact_told(words: str) -> bool:
    """The (plain) words tell of a member of staff following, adding, messaging or giving their own number or account
    to pupils; not asked as a rule or a condition, nor on the school's own systems, nor by one who no longer works
    there."""
    told = _TOLD.search(words)
    if told is not None and told.group("met") and not told.group("planned") and met_by_chance(words):
        told = None
    told = told or _TOLD_BY_PUPIL.search(words) or _TOLD_AS_PUPILS_SAY.search(words)
    return (told is not None and _FORMER.search(told.group("who")) is None and HYPOTHETICAL.match(words) is None
            and _ASKED_OK.match(words) is None
            and (_SCHOOL_SYSTEM.search(words) is None or _OWN_ACCOUNT.search(words) is not None))
