"""Harm to a child told as happening now at "Is a child in immediate danger?", which `danger_told`'s presence and
threat patterns miss (helper danger4 listed each as asked again): a child hurt or in physical danger ("she's been hit
by a car", "he's been stabbed", "she can't breathe", "he's having a seizure", "she's on the roof", "he swallowed
pills"), a child meeting someone met online or gone with a stranger ("she's meeting a man she met online tonight",
"she got into a car with a stranger"), others hurting a child now ("they're hitting him in the playground now"), and
an adult there beside a threat told of them ("it's her stepdad at the gate, he's the one who hits her", "the lady at
the gate is threatening to take her"). A Designated Safeguarding Lead reads each as a Yes: asking again costs the
minutes the alert is for.

Only the present, and a past with no time said ("he swallowed pills" is pills in him now): a past time ("he had a
seizure last year", "they hit him yesterday") or the child said fine now ("she was hit by a car but she's fine now")
tells of no danger now, and is asked again as before. Ordinary knocks ("hit by a ball", "stabbed with a pencil", "she
had a nosebleed") and a child's own medicine ("she's taken her tablets") are not read so.

Read as the urgent Not sure rather than a Yes: others hurting a child with no word of now or where ("they're hitting
him": what happens, or what is happening? a DSL would ask, and not wait for the answer, as for self-harm in
`danger_unsafe`), and someone's own claim to be family ("the man at the gate says he's her uncle"): whoever says so is
still unknown, and the teacher cannot vouch for him, so it cannot be a no; the claim may be true, so it is not a yes.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.flows.danger_adults import ADULT
from bot.flows.danger_body import BODY_DANGER
from bot.flows.danger_care import done_for_care
from bot.flows.danger_child import CHILD
from bot.flows.danger_earlier import EARLIER_TIME
from bot.flows.danger_grave import NOT_A_STABBING, NOT_A_STABBING_OF
from bot.flows.danger_harm_acts import BEING_DONE, CRUEL_ACTS
from bot.flows.danger_harmless import harmless_cause
from bot.flows.danger_kin import KIN
from bot.flows.danger_unsafe import NOT_A_STATE
from bot.flows.harm_words import STAB
from intents.rule_words import CARER, DAD, GRANDPARENT, MUM, SCHOOL_GROUNDS, SIBLING, STEP_PARENT

HarmNow = Literal["hurt", "other"]

_BE = r"(?:'s|s|'re|re| is| are| has| have|'ve)?"
# (or only may be: "he could be having a seizure", "she might have swallowed pills"; `danger_told` reads the could as
# the urgent not sure)
_BE_OR_MAY = rf"(?:{_BE}(?:\s+(?:might|may|could|must)(?:\s+(?:be|have))?)?)"
_ADV = r"(?:(?:just|now|still|also|actually|really|currently)\s+)*"
# The child as object, not "her phone" or "her bag" ("they're hitting her" vs "they're kicking her bag")
_OBJECT = (r"(?:him|them|her(?!\s+(?:phone|bag|ball|book|coat|door|hand|tablet|ipad|things|stuff|pencil|case|hat|"
           r"water|lunch|drink|chair|desk|tray)\b)|(?:a|the) (?:\w+ ){0,2}(?:boy|girl|child|kid|pupil|little one)|"
           rf"(?:his|her|their) (?:{SIBLING}|son|daughter))\b")
_VEHICLE = r"(?:car|van|bus|lorry|truck|motorbike|motorcycle|moped|vehicle|train|tram|taxi)"
_TOXIC = (r"(?:pills|tablets|paracetamol|ibuprofen|painkillers|drugs|bleach|poison|weed ?killer|anti ?freeze|"
          r"(?:button )?batter(?:y|ies)|magnets?|washing (?:tablets|pods|capsules)|detergent|(?:too much|a lot of|lots "
          r"of|loads of|all (?:of )?(?:the|her|his|their)) (?:medicine|medication|calpol|pills|tablets))")
# What makes a child hurt or in physical danger now (category "hurt")
_HURT = re.compile(
    # hit by a car; stabbed (not with a pencil), or shot (not with a nerf gun, nor in a game); badly hurt
    rf"\b{CHILD}{_BE}\s+{_ADV}(?:been\s+|got\s+|gotten\s+|was\s+|were\s+)?{_ADV}(?:badly\s+)?"
    rf"(?:(?:hit|knocked (?:down|over)|run over|ran over|struck)\s+by\s+(?:a|an|the|some)\s+(?:\w+\s+)?{_VEHICLE}|"
    r"run over\b|knocked (?:down|over) by\b|"
    rf"(?:{STAB.done}|shot)(?!\s+(?:with|by)\s+(?:a|an|the|his|her|their|my|some)?\s*(?:\w+\s+)?(?:pencil|pen|compass|pin|"
    r"fork|ruler|stick|nerf|water|bb|toy)\b)(?!\s+(?:in|on)\s+(?:fortnite|the game|a game|roblox|minecraft|call of "
    rf"duty|cod)\b){NOT_A_STABBING}|"
    r"(?:badly|seriously|really badly|very badly) (?:hurt|injured|burnt|burned|beaten))\b|"
    rf"\b(?:a|the) {_VEHICLE} (?:has |'s |just )*(?:(?:hit|knocked (?:down|over)|run over|ran over) {_OBJECT}|"
    r"knocked (?:him|her|them) (?:down|over))|"
    rf"\b(?:someone|somebody|a man|he|she|they)(?: has|'s| have|'ve)? (?:just )?(?:{STAB.done}|shot) (?:him|her|them)\b"
    rf"{NOT_A_STABBING_OF}|"
    # breathing, seizures, choking: happening now
    rf"\b{CHILD}\s*(?:can'?t|cannot|can not|is struggling to|'s struggling to|s struggling to|struggling to|"
    r"is unable to|'s unable to)\s+(?:really\s+)?breathe\b|"
    rf"\b{CHILD}{_BE_OR_MAY}\s+{_ADV}(?:having|had|got)\s+(?:an?\s+)?(?:bad\s+|severe\s+|big\s+)?"
    r"(?:seizure|fit|asthma attack|allergic reaction|anaphylactic (?:shock|reaction)|anaphylaxis|heart attack|"
    r"convulsions?|hypo)\b|"
    rf"\b{CHILD}{_BE}\s+{_ADV}(?:fitting|choking|drowning(?! in\b)|seizing|convulsing|turning blue|going blue|"
    r"unresponsive|not responding(?! to\b)|not moving(?! (?:house|home|schools?|class(?:es)?|away|up|on|to|seats?)\b)|"
    r"knocked out|losing (?:a lot of |lots of |loads of )?blood|in anaphylactic shock)\b|"
    r"\b(?:isn'?t|is not|won'?t|wont|will not|can'?t|cannot|stopped) (?:moving|responding|breathing|wake up|"
    r"waking up|be woken)"
    r"(?! (?:house|home|schools?|class(?:es)?|away|up|on|to|seats?|her|his|their|my|our|for|in|early)\b)|"
    # high up, or fallen from there
    rf"\b{CHILD}{_BE}\s+{_ADV}(?:(?:up|stood|standing|sitting|sat|climbing|climbed|gone|got|out)\s+)*"
    r"(?:on|onto|on to|up on|on top of)\s+(?:the|a|our|her|his|their)\s+(?:school\s+|\w+\s+)?(?:roof|window ?ledge|"
    r"ledge|balcony railings?|scaffolding)\b|"
    rf"\b{CHILD}{_BE}\s+{_ADV}(?:fallen|fell)\s+(?:off|from|out of)\s+(?:the|a|our|her|his|their)\s+(?:\w+\s+)?"
    r"(?:roof|window|balcony|ledge|scaffolding)\b|"
    # swallowed or taken something poisonous (not her own tablets)
    rf"\b{CHILD}{_BE_OR_MAY}\s+{_ADV}(?:swallowed|taken|took|eaten|ate|drunk|drank|had)\s+(?:(?:some|a|an|the|a few|"
    r"several|some of|all of|a few of|a handful of|a bottle of|a packet of|a box of|a load of|loads of|lots of|"
    r"a lot of|all (?:of )?the|"
    rf"(?:(?:her|his|their) )?(?:{MUM}|{DAD}|{STEP_PARENT}|{GRANDPARENT}|{CARER}|parents)'?s?'?)\s+)*"
    rf"{_TOXIC}")
# A child meeting someone met online, now or soon ("she's meeting a man she met online tonight")
_APPS = (r"(?:the internet|internet|snapchat|snap|tiktok|instagram|insta|fortnite|roblox|discord|whatsapp|facebook|"
         r"minecraft|xbox|playstation|ps\d|a game|an app|the app|a website|games?|social media|youtube|kik|omegle|"
         r"twitch|an online game)")
_ONLINE = (rf"(?:(?:who|that)\s+)?(?:(?:she|he|they)(?:'s|s| has| have|'ve)?\s+(?:met|been talking to|been chatting "
           rf"to|been messaging|talks to|chats to|speaks to|knows)\s+)?(?:online|on {_APPS}|from (?:online|{_APPS})|"
           rf"off {_APPS})")
_MET_ONLINE = (r"(?:(?:a|an|some|this|that|the|her|his|their)\s+)?(?:(?:older|grown up|adult)\s+)?(?:man|woman|guy|"
               r"bloke|adult|person|someone|somebody|boy|girl|lad|teenager|\d+ ?(?:year|yr) old|friend|boyfriend|"
               rf"girlfriend|him|her|them)\s+{_ONLINE}(?!\s+\w+'s\b)|"
               r"(?:(?:a|an|some|this|that|the|her|his|their)\s+)?(?:stranger|online (?:boy|girl)?friend|"
               r"(?:boy|girl)?friend (?:from|off) online)\b(?!'s)")
_MEETING = re.compile(
    rf"\b{CHILD}(?:{_BE}|\s+(?:might|may|could|will|would)(?:\s+be)?|'ll(?:\s+be)?)\s+{_ADV}"
    r"(?:(?:going|gonna|planning|arranged|arranging|due|about|off|supposed|meant|sneaking out|sneaking off)\s+"
    r"(?:to\s+)?)?(?:meet|meeting|see|seeing|go and meet|go and see|go to meet)\s+(?:up\s+with\s+)?"
    rf"(?:{_MET_ONLINE})")  # (grouped: its alternatives alone matched "a talk on stranger danger", an URGENT alert)
# A child gone with a stranger ("she got into a car with a stranger", "he's gone off with a man we don't know")
_UNKNOWN = (r"(?:(?:a|an|some)\s+)?(?:strangers?\b|(?:man|woman|lady|guy|bloke|person|adult|someone|somebody|men|"
            r"people)\s+(?:(?:that|who)\s+)?(?:(?:she|he|they|we|i)\s+(?:don'?t|doesn'?t|didn'?t|dont|doesnt|didnt|"
            r"do not|does not|did not)\s+know|(?:nobody|no one|noone|none of us)\s+(?:knows?|recogni[sz]es)|"
            r"(?:we|she|he|they|i)(?:'ve| have| has)?\s+never\s+(?:seen|met)|from online|off the internet|"
            r"(?:she|he|they)\s+met\s+online)|unknown (?:man|woman|adult|person|male|female|car|van))")
_GONE = re.compile(
    rf"\b{CHILD}{_BE}\s+{_ADV}(?:been\s+)?(?:gone off|went off|run off|ran off|left|gone|went|driven off|drove off|"
    r"walked off|got (?:in|into)(?: (?:a|the) (?:car|van|taxi))?|getting (?:in|into)(?: (?:a|the) (?:car|van|taxi))?|"
    r"taken|picked up|collected|being taken|leaving|walking off|going off)\s+(?:with|by)\s+"
    rf"{_UNKNOWN}|\b{CHILD}{_BE}\s+{_ADV}(?:got|gone|getting)\s+(?:in|into)\s+(?:a|the)\s+strangers?'?s?\s+"
    r"(?:car|van)\b")
# Others hurting a child ("they're hitting him in the playground now"); a Yes with a word of now or where (a few
# words before the pupils, not any number: "the the the …" to 4,000 characters took most of a second, helper danger18)
_HURTERS = (rf"(?:they|he|she|{ADULT}s?|(?:(?:the|a group of|a gang of|a load of|loads of|a bunch of|two|three|four|"
            r"some|other|the older|older|big|bigger)\s+){1,4}(?:\w+\s+)?(?:boys|girls|kids|children|pupils|lads|"
            r"teenagers|students|year \d+s|y\d+s)|the year \d+s|year \d+s)")
_HURTING = re.compile(
    rf"\b{_HURTERS}(?:'re|re| are|'s|s| is)\s+(?:still\s+|now\s+|all\s+|really\s+)*(?:hitting|beating up|"
    r"beating(?!\s+\S+\s+at\b)|kicking|punching|attacking|hurting|strangling|choking|stamping on|jumping on|"
    r"battering|slapping|throwing (?:stones|rocks|things|bricks) at|dragging|pinning down|holding down|ganging up on|"
    rf"fighting)\s+(?:up\s+)?{_OBJECT}|"
    # (held down, helper danger12: "they're holding him down in the playground" was asked again)
    rf"\b{_HURTERS}(?:'re|re| are|'s|s| is)\s+(?:still\s+|now\s+|all\s+|really\s+)*(?:holding|pinning)\s+"
    rf"{_OBJECT}\s+down\b")
_NOW_OR_WHERE = re.compile(
    r"\b(?:now|right now|rn|at the moment|atm|currently|as we speak|as i type|this minute|still)\b|"
    r"\b(?:in|on|at|behind|outside|by|near)\s+(?:the\s+)?"
    rf"(?:{SCHOOL_GROUNDS}|toilets?|loos?|corridor|cloakroom|classroom|class|hall|changing rooms?|park|street|road|"
    r"bus stop|bus|lane|alley|woods|garden|house)\b")
# An adult there, named by who they are, beside a threat ("it's her stepdad at the gate, he's the one who hits her")
_PLACE = (r"(?:(?:at|by|near|in)\s+(?:the\s+|our\s+)?(?:school\s+|front\s+|main\s+)?(?:gates?|door|doors|reception|"
          r"office|playground|car ?park|fence|front desk)|outside(?:\s+(?:the\s+|our\s+)?(?:school|gates?|door|house|"
          r"home|class))?)")
_IT_IS_THERE = re.compile(
    rf"\b(?:it's|it is|its|that's|thats)\s+(?:(?:her|his|their|the|a|an|my|our)\s+)?(?:{KIN}|{ADULT})\s+"
    r"(?:(?:from|who)(?:\s+[\w']+){1,3}?\s+)?(?:who's\s+|who is\s+|that's\s+)?"
    rf"(?:still\s+|now\s+)?{_PLACE}\b")
_THREATENING_THERE = re.compile(
    rf"\b{ADULT}\s+(?:(?:who(?:'s| is)|that(?:'s| is))\s+)?(?:still\s+|now\s+)?{_PLACE}(?:\s+(?:now|still))?"
    r"(?:'s|s| is| are)\s+(?:still\s+|now\s+|just\s+)?(?:(?:threatening|demanding|insisting on|trying)\s+(?:to\s+)?"
    r"(?:take|taking|grab|grabbing|snatch|snatching|hurt|hurting|hit|hitting|kill|killing|harm|get hold of|collect|"
    rf"collecting|stab|beat)\s+{_OBJECT}|"
    rf"threatening\s+(?:{_OBJECT}|staff|us|people|everyone|the (?:teachers?|office)))")
# Someone's own claim to be family, or the one to collect ("the man at the gate says he's her uncle")
_CLAIMED_KIN = re.compile(
    r"\b(?:man|woman|lady|guy|bloke|stranger|person|someone|somebody|adult)\b[\w' ]{0,40}?\b(?:says|said|saying|"
    r"claims|claimed|claiming|reckons|is telling us|told us|told me|telling us|telling everyone|insists|insisting)\s+"
    rf"(?:that\s+)?(?:(?:he|she|they)(?:'s|s|'re| is| are| was)\s+|(?:he|she|they) (?:is|are) |to be\s+)"
    rf"(?:(?:her|his|their|the child's|the boy's|the girl's)\s+{KIN}|(?:here\s+)?(?:to collect|collecting|"
    rf"picking (?:her|him|them) up)|(?:her|his|their) (?:lift|{CARER}|childminder))\b")
# Where harm told in the passive is done: at home, or at a parent's or family's ("at his dad's", "at her nan's house";
# helper danger17, read by `danger_disclosed`: "Jack is being hit at his dad's" was asked again at the question)
AT_HOME = (r"(?:(?:again|too|as well|a lot|sometimes)\s+)?(?:by\s+(?:someone|somebody|an adult)\s+)?"
           r"(?:at home\b|(?:at|in)\s+(?:(?:his|her|their|the)\s+)?"
           rf"(?:{KIN})(?:'s|s)(?:\s+(?:house|home|flat|place))?\b)")
# ...so a child "being hit at home" is what goes on at home, a disclosure, not an attack now: read as "Jack is being
# hit at home" is (helper danger18: "he is being hit at home" raised the alert at once on the summary), unless told
# as now ("…at home right now"); who does it may come first (helper danger19: "he is being hit by his dad at home"
# still raised the alert at once on the summary, where "…at home by his dad" asked)
_AT_HOME_AFTER = re.compile(rf"\s+(?:by\s+(?:(?:her|his|their|the|a|an|my|our)\s+)?(?:{KIN}|{ADULT}|mum's boyfriend|"
                            rf"mums boyfriend|someone|somebody)\s+)?{AT_HOME}")
_TOLD_AS_NOW = re.compile(r"\b(?:now|right now|rn|at the moment|atm|currently|as we speak|this minute)\b")
# Acts against a child just done or going on (review revR listed each as asked again): an adult's blow "just"
# struck, a child being attacked, snatched, someone on the way to take one or trying to get one into a car, a child
# threatening to jump; with a past time, a game or a parent beside them, asked again as before
_WHO = rf"(?:(?:her|his|their|the|a|an|some)\s+)?(?:{KIN}|{ADULT}|someone|somebody|a stranger|the stranger)"
_BLOW = r"(?:hit|slapped|punched|kicked|smacked|thumped|strangled|choked|shook|shaken|dragged|attacked|beat|beaten)"
_ACTS = re.compile(
    # a blow just struck by an adult (not "just hit the ball": a child as object)
    rf"\b{_WHO}(?:\s+has\s+|'s\s+|s\s+|\s+)just\s+{_BLOW}\s+(?:up\s+)?{_OBJECT}|"
    rf"\b{_WHO}(?:\s+has\s+|'s\s+|s\s+|\s+)just\s+{CRUEL_ACTS}|"  # (any act of `danger_harm_acts`, helper danger12)
    # being attacked now (not beaten at a game)
    rf"\b{CHILD}{_BE}\s+(?:still\s+|now\s+)?(?:being|getting)\s+(?:beaten(?: up)?(?!\s+at\b)|battered|attacked|"
    rf"hit(?!\s+(?:by|with)\s+(?:a|the)\s+ball)|kicked|punched|strangled|choked|{STAB.done}|assaulted|dragged|jumped|"
    rf"mugged|{BEING_DONE})\b(?P<being_done>)|"
    # snatched, or on the way to take a child (grabbed only by someone who is not family: a mum takes her child's hand)
    rf"\b{_WHO}(?:\s+has\s+|'s\s+|s\s+|\s+)(?:just\s+)?(?:snatched|abducted|kidnapped|taken off with)\s+{_OBJECT}|"
    r"\b(?:(?:the|a|an|some)\s+)?(?:man|woman|lady|guy|bloke|someone|somebody|stranger|person)(?:\s+has\s+|'s\s+|s\s+|\s+)(?:just\s+)?"
    rf"grabbed\s+{_OBJECT}|"
    rf"\b{_WHO}(?:'s|s| is)\s+on\s+(?:his|her|their)\s+way\s+(?:\w+\s+){{0,4}}?to\s+(?:take|snatch|grab|get|hurt)\s+"
    rf"{_OBJECT}|"
    # trying to get a child into a car
    rf"\b{_WHO}(?:'s|s| is)\s+(?:still\s+|now\s+)?trying\s+to\s+(?:get|pull|drag|lure|push|take|bundle)\s+{_OBJECT}\s+"
    r"(?:into|in)\s+(?:a|the|his|her|their)\s+(?:car|van)\b|"
    # a child threatening to harm themselves or run
    rf"\b{CHILD}{_BE}\s+(?:still\s+|now\s+)?threatening\s+to\s+(?:jump|kill (?:him|her|them)sel(?:f|ves)|"
    r"hurt (?:him|her|them)sel(?:f|ves)|run (?:off|away)|throw (?:him|her|them)sel(?:f|ves))\b")
# A child run from school ("he ran out the gate", "she's legged it out of school"); not with a parent, nor at home time
_LEFT_SCHOOL = re.compile(
    rf"\b{CHILD}{_BE}\s+(?:just\s+)?(?:ran|run|legged it|bolted|escaped|absconded)\s+"
    r"(?:off\s+out\s+(?:of\s+)?|out\s+(?:of\s+)?|off\s+)(?:the\s+)?(?:school\s+)?(?:gates?|building|school|site|"
    r"grounds)\b|"
    rf"\b{CHILD}{_BE}\s+(?:just\s+)?(?:left|gone off|walked off)\s+(?:the\s+)?(?:school\s+)?"
    r"(?:site|grounds|premises)\b")
_LEFT_SAFELY = re.compile(
    rf"\bwith\s+(?:his|her|their)\s+{KIN}\b|\bhome ?time\b|\bend of (?:the )?day\b|"
    r"\bto (?:get|fetch|pick up)\b|\bpicked up\b|\bcollected\b|\bback\b|\bfound\b|\breturned\b|\bsafe\b")
# A past time ("he had a seizure last year"), but not minutes ago ("he was hit by a car five minutes ago" is now)
_RECENT = re.compile(r"\b(?:(?:a few|a couple of|\d+|one|two|three|five|ten|fifteen|twenty|thirty) (?:minutes?|mins?)|"
                     r"a minute|moments|seconds) ago\b")
_PAST_TIME = re.compile(
    r"\b(?:yesterday|last (?:week|night|month|year|term|time|summer|christmas|easter|weekend|friday|monday|tuesday|"
    r"wednesday|thursday|saturday|sunday)|ago|earlier|this morning|years? back|used to|in the past|previously|once|"
    r"before (?:half term|christmas|easter|the holidays|summer|the summer)|when (?:s?he|they) (?:was|were) "
    r"(?:little|younger|small|a baby|in \w+|\d+)|as a (?:baby|toddler)|"
    # (not the child's class, a present verb after it: "Jack B in Year 3 is being hit at home", helper danger17)
    r"in (?:year|yr) \d+(?!\d)(?!\s+(?:too\s+|also\s+)?(?:is|are|gets|keeps|has been|have been|s)\b)|"
    r"at nursery|in nursery|at (?:her|his|their) (?:old|last|previous) school|"
    r"before(?=\s*$|\s+(?:now|too|as well|and|but|so|then)\b))\b")
# The child said fine now ("she was hit by a car but she's fine now", "he's ok now")
_FINE_NOW = re.compile(
    r"\b(?:(?:s?he|they)(?:'s|s|'re| is| are)\s+(?:fine|ok|okay|alright|all right|better|recovered|back to normal)|"
    r"(?:fine|ok|okay|alright|better) now)\b")
# A not just before ("i don't think she's on the roof", "it isn't that he's been stabbed"), but not a state said not
# to be, which tells the harm after it ("no he's not fine, he can't breathe" was a plain No: `NOT_A_STATE`)
_NOT_BEFORE = re.compile(rf"(?:\bnot|n't|\bnt|\bnever|\bno longer)\s+(?:{NOT_A_STATE}\w+\s+){{0,2}}$")


def told_of_the_past(said: str) -> bool:
    """Whether words tell a past time, not minutes ago ("yesterday", "last year"; "five minutes ago" is now)."""
    # ("a while back": `danger_earlier`)
    return _PAST_TIME.search(_RECENT.sub(" ", said)) is not None or EARLIER_TIME.search(said) is not None


def words_before(said: str, end: int, count: int = 5) -> str:
    """The last `count` words (and the spaces after them) before `end`: all a not-just-before pattern can reach
    (`_NOT_BEFORE`: "no longer" and two words), read without copying the whole text before each match (helper
    danger18: an answer of one word repeated to 4,000 characters was re-read at every match)."""
    start = end
    for _ in range(count):
        while start > 0 and said[start - 1].isspace():
            start -= 1
        while start > 0 and not said[start - 1].isspace():
            start -= 1
    return said[start:end]


def _not_before(said: str, at: int) -> bool:
    return _NOT_BEFORE.search(words_before(said, at)) is not None


def _found(pattern: re.Pattern[str], said: str) -> bool:
    return any(not _not_before(said, m.start()) for m in pattern.finditer(said))


def _act_found(said: str) -> bool:
    # (not a child just woken, or caught before the road: "dad's just shook him awake", helper danger14)
    now = _TOLD_AS_NOW.search(said) is not None
    return any(not _not_before(said, m.start()) and not done_for_care(said, m.start(), m.end())
               and (now or m.group("being_done") is None or not _AT_HOME_AFTER.match(said, m.end()))
               for m in _ACTS.finditer(said))


def hurt_told(said: str) -> bool:
    """Whether words tell a child hurt or in physical danger, at any time (`harm_now` reads whether it is now)."""
    # (a sign with its harmless cause, "his lips are blue from the cold", is none: `danger_harmless`)
    return _found(_HURT, said) or any(not _not_before(said, m.start()) and not harmless_cause(said, m)
                                      for m in BODY_DANGER.finditer(said))


def said_fine_now(said: str) -> bool:
    """Whether the child is said fine now ("…but she's fine now")."""
    return _FINE_NOW.search(said) is not None


def harm_now(said: str, threat: bool) -> HarmNow | None:
    """Harm to a child told as now in words (lower case, punctuation gone): "hurt" (hurt or in physical danger:
    a danger now even with the teacher beside them), "other" (met online, gone with a stranger, being hurt now, or
    an adult there beside a threat, `threat`, told of them), or None."""
    if _FINE_NOW.search(said) is None and not told_of_the_past(said) and hurt_told(said):
        return "hurt"
    if not told_of_the_past(said) and (_found(_MEETING, said) or _found(_GONE, said) or _act_found(said)
                            or (_found(_LEFT_SCHOOL, said) and _LEFT_SAFELY.search(said) is None)
                            or (_found(_HURTING, said) and _NOW_OR_WHERE.search(said) is not None)):
        return "other"
    # (the past of what they did is no past of where they are: "it's her stepdad at the gate, he hit her last year")
    return "other" if (threat and _found(_IT_IS_THERE, said)) or _found(_THREATENING_THERE, said) else None


def outside_harm(said: str) -> str:
    """The words with a child gone with someone "we don't know" taken out, for `danger_told` to read a doubt in what
    is left: that don't know is who the man is, not whether the child is in danger."""
    return _GONE.sub(" ", said)


def harm_may_be_now(said: str) -> bool:
    """Others hurting a child told with no word of now or where ("they're hitting him"), or someone's own claim to be
    family ("the man at the gate says he's her uncle"): the urgent not sure."""
    return not told_of_the_past(said) and (_found(_HURTING, said) or _found(_CLAIMED_KIN, said))
