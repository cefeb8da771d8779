"""Harm to a child told without a blow or a doer the other readings want: touching told of a child in the passive ("a
child said she was touched"), neglect ("her mum forgets to feed her", "same dirty clothes all week", "no coat in
winter"), an adult photographing children they are not responsible for ("a man was taking photos of the kids over the
fence"), and a carer drunk, high or smelling of drink collecting or driving children ("a mum smelt of alcohol at pick up
and drove off with the kids").

Each was answered only "not covered" and its words logged. Read here: the harm net (`understanding`) offers the report
first on any of them, and told as a child said it ("a girl said…", "he told me…") a report is begun, doubtfully
(`reports.judge_report`), as a child's words are a disclosure. Not what only sounds so: "touched by the story", "mum
forgot to pack her lunch", "the photographer was taking photos of the kids at sports day", "a parent was filming the
nativity", "dad smelt of bonfire smoke". Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.home_conflict import LAUGHING, SAID, SAID_VERB
from intents.pre_checked import PreChecked
from intents.rule_words import (
    AUNT_UNCLE,
    CARER,
    DAD,
    GRANDPARENT,
    HYPOTHETICAL,
    MUM,
    SIBLING,
    STEP_PARENT,
    WIDER_FAMILY,
)
from intents.year_groups import YEARS

_CHILD_WORD = (r"(?:child|children|kids?|boys?|girls?|pupils?|students?|little ones?|toddlers?|bab(?:y|ies)|"
               rf"sons?|daughters?|brothers?|sisters?|{YEARS})")
# Touched or hurt, of someone: said with nothing after it, by a person, or where or how ("she was touched", "he got
# hurt by his uncle", "was touched down there"); not by a thing or a kindness ("touched by the story", "hurt by what
# he said"), nor hurt at play ("got hurt at football")
_PERSON = (r"(?:(?:a|an|the|his|her|their|my|mums?|dads?|some|another|older|this|that) )*(?:\w+ )?"
           rf"(?:m[ae]n|wom[ae]n|lady|bloke|guy|stranger|someone|somebody|adult|person|{MUM}|{DAD}|step ?\w+|"
           rf"{CARER}|{SIBLING}|{WIDER_FAMILY}|aunt\w*|boyfriend|girlfriend|partner|neighbour|friend|boys?|girls?|lads?|"
           r"kids?|teenagers?|teens?)")
_WHERE = (r"at (?:home|night|bedtime|(?:his|her|their|a|the) (?:house|flat|dads|mums|nans|grans))|"
          r"in (?:the|her|his|their) (?:bed|bedroom|bath|shower|toilets?|car|house|flat)|down there|"
          r"inappropriately|on (?:her|his|their) (?:bottom|bum|privates|private parts|chest|boobs|willy|front)")
_PASSIVE_TOUCHED = compiled(
    r"\b(?<!\bi )(?<!\bwe )(?<!\byou )(?:(?:he|she|they|hes|shes|theyve|shed|hed|theyd) |"
    r"(?:was|were|been|being|got|gets|is|are) )"
    r"(?:(?:was|were|been|being|got|gets|is|are|had|has|have|getting) )?"
    rf"(?:(?:touched|molested|interfered with)(?=$| (?:by {_PERSON}|{_WHERE}|there|again|when|while|last night|"
    r"at the weekend|over the weekend|yesterday)\b)"
    rf"|(?:hurt|harmed)(?=$| (?:by {_PERSON}|{_WHERE})\b))")
# Shut outside with the night, the cold or the length of it said, or nothing after; made to wait or stand outside only
# with the night or the cold: "miss shut him outside for talking", "she made them stand outside", "made them wait
# outside while i set up" are a classroom's, not a home's
_NIGHT_OR_COLD = r"(?:at night|all night|overnight|in the (?:cold|rain|dark|snow|garden)|for hours)"
_LEFT_OUT = rf"(?=$| (?:{_NIGHT_OR_COLD}|when|till|until|and)\b)"
# A child shut out of the house, or in a shed, told in the active of whoever does it
_SHUT_OUT = (
    r"(?:shut|shuts|shutting|lock|locks|locked|locking) (?:her|him|them|me) "
    rf"(?:(?:outside|out){_LEFT_OUT}|"
    r"out of the (?:house|flat|home)|in the (?:garden|shed|yard|cold|dark|cellar|coal shed))|"
    r"(?:put|puts|putting|leave|leaves|left|leaving|kick|kicks|kicked|kicking|throw|throws|threw|throwing) "
    r"(?:her|him|them|me) out(?:side)? (?:at night|all night|overnight|in the (?:cold|rain|dark|snow)|for the night)|"
    r"(?:make|makes|made|making) (?:her|him|them|me) (?:sleep outside(?! (?:the|a|an|his|her|their|our|my|"
    r"class|school|room|shop)\b)|"
    rf"(?:sleep|stay|wait|stand) (?:outside(?= {_NIGHT_OR_COLD}\b)|out in the (?:garden|cold|rain|dark)"
    r"(?! for (?:the |a )?(?:bus|taxi|lift|coach|train))|in the (?:garden|shed|cold|dark)))|"
    r"(?:wont|doesnt|does not|didnt|did not|never) lets? (?:her|him|them|me) (?:back )?(?:in|inside|into the (?:house|"
    r"flat))(?=$| (?:at night|all night|until|till|when)\b)")
# Neglect: not fed by whoever should, no food at home, left alone at home, the same dirty clothes day after day, no
# coat in winter; not a lunch forgotten ("mum forgot to pack her lunch") nor a pet ("forgot to feed the fish")
_NEGLECT = compiled(
    r"\b(?:(?:forgets|forgot|forgetting|forget) to feed (?:her|him|them|me)\b|"
    r"(?<!\bi )(?<!\bwe )(?<!\byou )(?:doesnt|does not|didnt|did not|dont|do not|never|wont|cant|cannot|hasnt|"
    r"havent|not) (?:\w+ )?"
    r"(?:feed|feeds|fed) (?:her|him|them|me)\b|"
    # told in the passive ("one of them said they dont get fed at home", "he never gets fed properly"), not fed up
    r"(?<!\bi )(?<!\bwe )(?<!\byou )(?:doesnt|does not|didnt|did not|dont|do not|never|not|isnt|arent|wasnt|werent|"
    r"hasnt|havent|hadnt) (?:always |really |properly |ever |even |often )?(?:get|gets|getting|got|been|being|be) "
    r"(?:properly |enough |much |regularly )?fed\b(?! up\b)|"
    r"(?<!\bi )(?<!\bwe )(?<!\byou )(?:doesnt|dont|never|cant|does not|do not) (?:get|gets|have|has) (?:any |enough )?"
    r"(?:food|breakfast|tea|dinner|meals?) (?:at home|in the house|at weekends|at the weekend)|"
    r"(?:nothing|no food|never any food) (?:to eat )?(?:at home|in the (?:house|flat|fridge|cupboards?))|"
    r"(?:hasnt|havent|hadnt|didnt|not) (?:had|have|eaten|got) (?:anything|any food|breakfast|dinner|tea)(?: to eat)? "
    r"(?:since|for (?:days|two days|three days|ages)|all weekend|at home)|"
    r"left (?:alone|on (?:his|her|their) own) (?:at home|in the (?:house|flat))|left (?:at )?home alone|"
    r"(?:same|dirty|smelly|filthy|unwashed) (?:dirty |smelly |filthy |unwashed )?clothes "
    r"(?:every day|all week|for (?:days|a week|weeks)|again|day after day)|"
    r"(?:same (?:dirty|smelly|filthy|unwashed) clothes)|"
    r"(?:no|without a|hasnt got a|hasnt a|doesnt have a|does not have a|never has a|never had a) (?:winter )?coat "
    r"(?:\w+ ){0,3}?(?:in (?:the )?(?:winter|snow|cold|freezing|rain)|and its (?:freezing|snowing|cold))|"
    r"(?:no|without a) (?:winter )?coat in winter|"
    # shut out of the house or in a shed, at night or in the cold ("mums boyfriend shuts him outside at night", "nan
    # locks her in the shed when shes naughty", "makes him sleep outside"); not oneself ("mum locked herself out"), an
    # account ("locked him out of teams") nor a room at school ("shut them outside the hall")
    rf"{_SHUT_OUT})\b")
# An adult not responsible for the children photographing or filming them, by who they are or from where ("a man",
# "someone", "over the fence", "through the railings", "from a car"); not the school's photographer, a parent at the
# nativity nor a dad at sports day
_STRANGER = (r"(?:(?:a|an|some|this|that|the same|one) (?:\w+ )?(?:m[ae]n|wom[ae]n|lady|ladies|bloke|guy|stranger|"
             r"adult|person|people|teenager|teens?|driver)|someone|somebody|a car|a van)")
_SHOOTS = (r"(?:taking|took|takes|take|snapping|snapped|getting) (?:photos|pictures|pics|photographs|videos?|footage|"
           r"a (?:photo|picture|pic|video))|film(?:ing|ed|s)?|record(?:ing|ed|s)?|photograph(?:ing|ed|s)?|"
           r"pointing (?:a|his|her|their) (?:phone|camera) at")
# not their own ("a woman was filming her son")
_OF_CHILDREN = (r"(?:(?: of| at)? (?!(?:his|her|their) )(?:(?:the|our|some|two|a|a few|a group of|my|other) )?"
                rf"(?:\w+ )?{_CHILD_WORD}|(?: of)? (?:them|him|me|us|her(?! (?:own )?(?:\w+ )?{_CHILD_WORD}\b)))")
_FROM_OUTSIDE = (r"(?:over|through|from|at|outside|by|behind|near|across) (?:the |a |his |her |their )?(?:school )?"
                 r"(?:fence|gates?|railings|hedge|wall|window|car|van|road|street|park|playground fence|field edge)|"
                 r"in the park|from outside|from across the road")
_PHOTOGRAPHED = compiled(
    rf"\b(?:{_STRANGER}(?: \w+){{0,3}}? (?:{_SHOOTS}){_OF_CHILDREN}"
    rf"|(?:{_SHOOTS}){_OF_CHILDREN}(?: \w+){{0,3}}? (?:{_FROM_OUTSIDE}))\b")
# A carer drunk, high or smelling of drink or weed, with children in their charge: at pick up, collecting, driving
# not the speaker's own ("my mum was always tipsy at christmas lol")
_CARER = (r"(?<!\bmy )(?<!\bour )(?:(?:a|an|the|his|her|their|one|this|that) )?"
          # the family's words from the one vocabulary, so "grandmother" or "mammy" drunk at pick up is read as
          # "grandma" or "mum" is (review revAV)
          rf"(?:\w+ )?(?<!\bmy )(?<!\bour )(?:(?:{MUM}|{DAD})s?|parents?|{CARER}|{STEP_PARENT}|{GRANDPARENT}|"
          rf"{AUNT_UNCLE}|aunt\w*|childminder|boyfriend|girlfriend|partner)")
_INTOXICATED = (r"(?:drunk|tipsy|wasted|hammered|smashed|plastered|pissed|high(?! (?:fiv\w*|five\w*|up|vis\w*|school))|"
                r"stoned|off (?:his|her|their) face|"
                r"out of it|under the influence|slurring|staggering|(?:smelt|smelled|smells|smelling|stank|stinks|"
                r"stinking|reeked|reeking|reeks) (?:\w+ )?(?:of )?(?:alcohol|drink|booze|beer|wine|cider|vodka|"
                r"spirits|lager|weed|cannabis|skunk|pot|dope)|(?:has |have |had )?been drinking|over the limit|"
                r"had (?:a few|too many|a skinful))")
_IN_CHARGE = (r"(?:pick ?up|picking (?:\w+ )?up|picked (?:\w+ )?up|picks (?:\w+ )?up|collect\w*|drop ?off|"
              r"dropping (?:\w+ )?off|"
              r"school run|home time|behind the wheel|in charge of|looking after|"
              r"(?:drove|drive|drives|driving|took|take|takes|taking)(?: (?:off|away|home|them|him|her))*(?: with)? "
              rf"(?:them|him|her|us|me|(?:a|an|the|her|his|their) (?:\w+ )?{_CHILD_WORD})|"
              # a child sent home with them ("should i let a child go home with a parent who smells of drink")
              r"(?:go|goes|going|went|sent|send|sending|leave|leaves|leaving|left) (?:home )?with|"
              rf"with (?:the|her|his|their) (?:\w+ )?{_CHILD_WORD})")
# Every reading of a carer drunk or high holds one of these: looked for first, as most messages hold none
_INTOXICATION = compiled(rf"\b(?:{_INTOXICATED}|drunk|tipsy|stoned|hammered|wasted|intoxicated)")
_CARER_INTOXICATED = PreChecked(compiled(rf"\b{_CARER}(?: \w+){{0,3}}? {_INTOXICATED}\b"), _INTOXICATION)
# or drunk or high at home, or as a habit ("her mum is always drunk", "dad gets drunk every night")
_HOME_OR_HABIT = compiled(r"\b(?:always|every (?:night|day|weekend)|most (?:nights|days)|all the time|at home|"
                          r"in the (?:house|flat))\b")
_UNDER_INFLUENCE = PreChecked(compiled(
    rf"\b{_CARER}(?: \w+){{0,4}}? {_INTOXICATED}\b(?=.*\b{_IN_CHARGE}\b)"
    rf"|\b{_IN_CHARGE}\b(?: \w+){{0,4}}? {_CARER}(?: \w+){{0,3}}? {_INTOXICATED}\b"
    # or between them, the carer told again by a pronoun or not ("a parent turns up to collect drunk", "a dad came to
    # pick up and he was clearly drunk")
    rf"|\b{_CARER}(?: \w+){{0,4}}? {_IN_CHARGE}\b(?: \w+){{0,4}}? (?:(?:he|she|they|hes|shes|theyre)(?: \w+){{0,3}}? )?"
    rf"{_INTOXICATED}\b"
    # named after the word for their state ("a drunk parent taking a child home")
    rf"|\b(?:drunk|drunken|tipsy|stoned|hammered|wasted|intoxicated) {_CARER}\b(?=.*\b{_IN_CHARGE}\b)"),
    _INTOXICATION)
def danger_at_the_gate(words: str) -> bool:
    """The (plain) message tells of a carer drunk or high with children in their charge, or an adult not responsible
    for them photographing children, asked as a "what if" or not ("what if a parent smells of alcohol at pick up?",
    "can i stop a drunk parent taking a child home?"): a danger that may be at the gate as it is asked, so the report is
    offered first whatever the question."""
    return any(p.search(words) for p in (_UNDER_INFLUENCE, _PHOTOGRAPHED))


def care_concern(words: str) -> bool:
    """The (plain) message tells of a child touched or hurt (told in the passive), neglected, photographed by an adult
    not responsible for them, or in the charge of a carer drunk or high, or whose carer is so at home or as a habit;
    not a "what if"."""
    if HYPOTHETICAL.match(words):
        return False
    if _CARER_INTOXICATED.search(words) and _HOME_OR_HABIT.search(words):
        return True
    return any(p.search(words) for p in (_PASSIVE_TOUCHED, _NEGLECT, _PHOTOGRAPHED, _UNDER_INFLUENCE))


# A child's own words quoted straight after the telling ("she said my mum is always drunk", "he told me my dad never
# feeds me"): the "my" is the child's. Not the speaker's family telling it ("my sister said my mum was drunk at
# christmas"), whose "my" is the speaker's.
_QUOTED_MY = compiled(rf"\b(?P<said>{SAID_VERB}(?: that)?) (?:my|our)\b")
_OWN_SAYER = compiled(rf"\b(?:my|our) (?:own )?(?:{SIBLING}|husband|hubby|wife|partner|{MUM}|{DAD}|{STEP_PARENT}|"
                      rf"{GRANDPARENT}|son|daughter|kids?|children|boyfriend|girlfriend|friend|"
                      rf"fella|other half|oh|{AUNT_UNCLE}|cousin|family)$")


def _as_reported(words: str) -> str:
    """The (plain) words with a child's quoted "my" as reported speech ("she said their mum is always drunk"), so the
    carer is read as the child's."""
    return _QUOTED_MY.sub(lambda m: m.group(0) if _OWN_SAYER.search(words[:m.start()].rstrip())
                          else f"{m.group('said')} their", words)


def care_concern_said(words: str) -> bool:
    """A care concern (`care_concern`) told as someone said it, or a carer drunk or high anywhere so told ("she said
    mum was drunk again"), the child's quoted "my" as theirs ("she said my mum is always drunk"): a disclosure passed
    on."""
    if not SAID.search(words):
        return False
    reported = _as_reported(words)
    if care_concern(reported):
        return True
    # a carer drunk anywhere, told as said; by a quoted "my" not with a laugh ("she said my mum was drunk at the
    # christmas party lol" may be a colleague's mum)
    return not HYPOTHETICAL.match(words) and bool(
        _CARER_INTOXICATED.search(words)
        or (reported != words and not LAUGHING.search(words) and _CARER_INTOXICATED.search(reported)))
