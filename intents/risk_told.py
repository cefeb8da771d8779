"""Risks to a child told with no harm done yet: a child in contact online with someone older ("a y5 girl sends pics to
an older boy on snap, can we do anything?", "a y6 girl in my class is talking to a 16 year old on roblox"), an adult
not responsible for children watching, following or approaching them ("a man in a van was watching them from the
road"), and a parent or member of staff drunk ("great assembly, though one of the dads was clearly drunk").

Each was answered from B.1, or "not covered", with no report offered: nothing in them is a blow, a touch or neglect,
which the other harm readings look for, yet a Designated Safeguarding Lead reads the first as possible grooming and
the others as a risk to the children there. Read here, the report is offered first (`understanding`), the question
still answered; no report is begun that the report rules would not begin. Not family or a friend ("her cousin on
roblox", "his older brother"), an adult watching a match or a parked van, the speaker's own family, nor drink at an
adults' do ("so drunk at the staff party lol"). Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.pre_checked import PreChecked
from intents.rule_words import AUNT_UNCLE, CARER, DAD, GRANDPARENT, HYPOTHETICAL, MUM, SCHOOL_GROUNDS, STEP_PARENT
from intents.year_groups import YEARS

# A child not the speaker's: "a y5 girl", "one of my year 6s", "a boy in my class"
CHILD = (rf"(?:girls?|boys?|child|children|kids?|pupils?|students?|{YEARS}|"
          r"one of (?:my|our|the) (?:class|\w+s))")
# Contact that is kept up or sent: talking, messaging, sending pictures, playing with, meeting
CONTACT = (r"(?:sends?|sending|sent|talk(?:s|ing|ed)? (?:to|with)|chat(?:s|ting|ted)? (?:to|with)|messag(?:es|ing|ed)|"
            r"texts?|texting|texted|dm(?:s|ing|ed|d)?|snapchat(?:s|ting|ted)?|snapp(?:ing|ed)|facetim(?:es|ing|ed)|"
            r"video call(?:s|ing|ed)?|call(?:s|ing|ed)|plays? (?:\w+ )?with|playing (?:\w+ )?with|gam(?:es|ing) with|"
            r"add(?:s|ed)|follows?|following|followed|friends with|in (?:contact|touch) with|"
            r"speak(?:s|ing)? (?:to|with)|spoke (?:to|with)|meets?|meeting|met(?: up with)?)")
# Someone older, by age or by word, not a relative ("her older brother", "his 16 year old cousin")
_NOT_KIN = r"(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bmy )(?<!\bour )"
_OLDER = (rf"{_NOT_KIN}(?:(?:much |a lot |way )?older|grown ?up|adult) (?:boys?|girls?|lads?|m[ae]n|wom[ae]n|guys?|"
          r"persons?|people|kids?|teens?|teenagers?|students?|pupils?|children)|"
          rf"{_NOT_KIN}(?:\d{{2}}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty\w*) ?"
          r"(?:year olds?|yr olds?|yos?|y o)(?! (?:brother|sister|cousin|sibling)s?\b)|"
          r"(?:an?|some) (?:teenagers?|teens?|adults?|grown ?ups?|m[ae]n|strangers?)\b|"
          r"someone (?:much )?older|someone (?:in|from) (?:year|yr|y) ?(?:8|9|10|11|12|13|secondary|high school|"
          r"college)|(?:an?|some) (?:boys?|girls?|lads?) (?:in|from) (?:year|yr|y) ?(?:8|9|10|11|12|13)\b|"
          r"(?:an?|some) (?:secondary|high school|college|sixth form) (?:boys?|girls?|lads?|students?|kids?)")
# Online, or contact only online can be: pictures sent, messages, a platform or a game
ONLINE = compiled(r"\b(?:on ?line|internet|snap\w*|roblox|fortnite|minecraft|tiktok|tik tok|insta\w*|whatsapp|"
                   r"discord|xbox|playstation|ps\d|game|games|gaming|apps?|chat|youtube|twitch|facebook|fb|messenger|"
                   r"kik|omegle|phone|ipad|tablet|headset|pics?|photos?|pictures?|selfies?|videos?|nudes?|dm\w*|"
                   r"messag\w*|text\w*|facetim\w*|video call\w*)\b")
_OLDER_CONTACT = compiled(rf"\b{CHILD}\b(?: \w+){{0,6}}? {CONTACT}\b(?: \w+){{0,4}}? (?:{_OLDER})\b")

# An adult not responsible for the children, by who they are ("a man", "some teenagers", "a man in a van"), watching,
# following, approaching or hanging about them; not a parent, a teacher or the lollipop man
_STRANGER = (r"(?:(?:a|an|some|this|that|the same|one|two) (?:(?:strange|odd|weird|unknown|random|creepy|suspicious|"
             r"older|young|old|scruffy|tall|hooded) )?(?:m[ae]n|wom[ae]n|lady|ladies|bloke|guy|stranger|person|people|"
             r"teenagers?|teens|driver|lads)|someone|somebody|a car|a van)")
_WATCHES = (r"(?:watch(?:ing|ed|es)?|star(?:ing|ed|es) at|look(?:ing|ed|s) at|eyeing|follow(?:ing|ed|s)?|"
            r"approach(?:ing|ed|es)?|tr(?:ied|ying|ies) to (?:talk|speak|chat|get|grab|lure|take|entice|give) (?:to )?|"
            r"offer(?:ed|ing|s)? (?:\w+ ){0,2}?(?:sweets|a lift|lifts|money|a ride)|beckon(?:ing|ed|s)?|"
            r"wav(?:ed|ing|es) at|call(?:ed|ing|s) (?:out )?to|photograph\w*)")
_WATCHED = (rf"(?:(?:the |our |some |two |a few |a group of |my )?(?:\w+ )?{CHILD}|them|him|her|us|"
            r"(?:the |our )?(?:playground|school gates?|school field|infant gate|juniors? gate|classroom window))")
_HANGS_ABOUT = (r"(?:loiter(?:ing|ed|s)?|lurk(?:ing|ed|s)?|hang(?:ing|s)? (?:around|about|round)|hung (?:around|about|"
                r"round))(?: (?:near|by|at|outside|around|round|on|in))? (?:the |our )?"
                rf"(?:school|{SCHOOL_GROUNDS}|school fence|fence|railings|infant gate|juniors? gate|toilets)")
_WATCHED_BY_STRANGER = compiled(
    rf"\b{_STRANGER}(?: \w+){{0,5}}? (?:{_WATCHES}) {_WATCHED}\b|\b{_STRANGER}(?: \w+){{0,5}}? {_HANGS_ABOUT}\b")

# A parent or carer, or a member of staff, drunk or high (the speaker's own family is theirs to tell)
_ADULT = (r"(?<!\bmy )(?<!\bour )(?:(?:a|an|the|one|this|that|another|one of the|two of the|some of the|two) )?"
          rf"(?:\w+ )?(?<!\bmy )(?<!\bour )(?:(?:{MUM}|{DAD}|{STEP_PARENT}|{CARER}|{GRANDPARENT}|{AUNT_UNCLE})s?|"
          r"parents?|boyfriend|girlfriend|childminder|teachers?|"
          r"tas|ta|teaching assistants?|caretaker|dinner lad(?:y|ies)|midday\w*|lunchtime supervisor|coach|"
          r"volunteers?|helpers?|member of staff|members of staff|staff|colleague|supply|head|headteacher|"
          r"mr \w+|mrs \w+|miss \w+|ms \w+)")
_DRUNK = (r"(?:drunk(?! (?:on|with) (?:power|sugar|excitement|love|happiness|success|joy|adrenaline|life)\b)|"
          r"tipsy|wasted|hammered|"
          r"plastered|pissed|stoned|high on \w+|off (?:his|her|their) face|under the influence|slurring|staggering|"
          r"(?:smelt|smelled|smells|smelling|stank|stinks|stinking|reeked|reeking|reeks) (?:\w+ )?(?:of )?"
          r"(?:alcohol|drink|booze|beer|wine|cider|vodka|gin|spirits|lager|weed|cannabis|skunk)|"
          r"(?:has |had )?been drinking|over the limit)")
# (looked for only where one of its drink words is: most messages hold none)
_ADULT_DRUNK = PreChecked(compiled(rf"\b{_ADULT}(?: \w+){{0,6}}? {_DRUNK}|\b(?:drunk|drunken|tipsy|stoned) {_ADULT}\b"),
                          compiled(rf"\b(?:{_DRUNK}|drunk|tipsy|stoned)"))
# Drink where adults drink, or told as a joke: no child in their care
_ADULTS_DO = compiled(r"\b(?:(?:christmas|xmas|staff|leavers|leaving|retirement|works|office|end of term|summer|pta|"
                      r"birthday|hen|stag|engagement|new years?) (?:party|parties|do|meal|night|night out|"
                      r"drinks|social|quiz)|pub|bar|wedding|club|clubbing|night out|quiz night|music festival|holiday|"
                      r"lol|lmao|haha\w*)\b")


def in_contact_with_someone_older(words: str) -> bool:
    """The (plain) words put a child in contact online with someone older than them, not a relative, told or asked."""
    return _OLDER_CONTACT.search(words) is not None and ONLINE.search(words) is not None


def older_contact_online(words: str) -> bool:
    """The (plain) message tells of a child in contact online with someone older than them, not a relative, not a
    rule or a condition asked."""
    return not HYPOTHETICAL.match(words) and in_contact_with_someone_older(words)


def adult_drunk_named(words: str) -> bool:
    """The (plain) words name a parent, a carer or a member of staff drunk or high, not at an adults' do nor in jest,
    told or asked."""
    return _ADULT_DRUNK.search(words) is not None and _ADULTS_DO.search(words) is None


def watched_by_stranger(words: str) -> bool:
    """The (plain) message tells of, or asks of, an adult not responsible for the children watching, following,
    approaching or hanging about them: a danger that may be at the gate as it is asked, like a stranger photographing
    them (`care_told.danger_at_the_gate`)."""
    return _WATCHED_BY_STRANGER.search(words) is not None


def adult_drunk(words: str) -> bool:
    """The (plain) message tells of a parent, a carer or a member of staff drunk or high, not at an adults' do nor in
    jest, and not a rule or a condition asked."""
    return not HYPOTHETICAL.match(words) and adult_drunk_named(words)


def risk_told(words: str) -> bool:
    """A risk to a child told (or a stranger's asked of): the report is offered first."""
    return older_contact_online(words) or watched_by_stranger(words) or adult_drunk(words)
