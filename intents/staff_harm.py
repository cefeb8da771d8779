"""Harm done to a member of staff by a parent, a carer, a pupil or another person, and the games that only sound so.

A blow, a bite, spitting, stalking or a threat done to the speaker ("me", "us") or a colleague ("my TA", "a
colleague") by someone named by what they are ("a parent", "a yr6 boy", "one of the dads", "a man") is something
the Headteacher must hear of, and its words are not for the question log. The report model, taught mostly on harm to
children, was unsure of "a parent slapped me in the car park" (0.15) and "a yr6 boy hit me at lunch" (0.40), and the
rules for harm told by name (`harm_told.TOLD_BY_NAME`) knew neither a parent as the doer nor a car park as the place.
A game lost ("year 6 beat me at rounders", "year 3 smashed me at dodgeball") harms no one, however sure the model,
which weighed the year group and "me". Works on `plain` text (lower case, no punctuation).
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.incidents import thrown_at
from intents.rule_words import (
    AUNT_UNCLE,
    CARER,
    DAD,
    GATE_TIME,
    GRANDPARENT,
    HYPOTHETICAL,
    MUM,
    SCHOOL_GROUNDS,
    SIBLING,
    STAFF_POSTS,
    STEP_PARENT,
    WIDER_FAMILY,
    rest_of,
)
from intents.year_groups import YEARS

# Someone by what they are: an adult about the school or a child, with or without a word for them before ("a yr6
# boy", "one of my y6 boys", "a reception child", "parent slapped me"), and where they are from ("a boy from year 5").
_YEAR = YEARS
_ADULT_KIND = (rf"(?:parents?|parnets?|prents?|(?:{MUM}|{DAD}|{STEP_PARENT}|{CARER}|{GRANDPARENT}|{AUNT_UNCLE})s?|"
               r"grand\w+|nans?|grans?|aunt\w*|m[ae]n|wom[ae]n|lady|ladies|bloke|guy|stranger)")
_KIND = rf"(?:{_ADULT_KIND}|pupils?|child|children|kids?|boys?|girls?|lads?|students?|teens?|teenagers?|{_YEAR})"
_FROM = rf"(?: (?:from|in) (?:{_YEAR}|\d[a-z]|reception|nursery|(?:my|our|the same|her|his) class))?"
_WHOEVER = (r"(?:(?:a|an|the|this|that|some|two|three|another|one of (?:the|my|our|his|her)) )?"
            r"(?:(?!me\b|us\b)\w+ ){0,2}?")
_DOER = rf"{_WHOEVER}{_KIND}{_FROM}"
SOMEONE = _DOER  # also who asks to connect (intents/request_asked.py)
# An adult about the school, not a child: a parent's push at the gate is an assault the Headteacher must hear of, a
# reception child's push in the line a matter for the class
ADULT = rf"{_WHOEVER}{_ADULT_KIND}{_FROM}"
# Who are not an adult about the school for all their "man" or "mum": the speaker's own family ("my mum was waiting
# outside my house", "my dad keeps ringing me"; not "my year 6 parents", a class's), or someone at the door for their
# trade ("the gas man came to my house"). Matched against the adult as ADULT found them.
OWN_FAMILY = compiled(rf"(?:(?:my|our) (?:own )?(?:{MUM}|{DAD}|parents|{STEP_PARENT}|{GRANDPARENT}|{AUNT_UNCLE})|"
                      r"me and)\b")
AT_THE_DOOR = compiled(r"\b(?:gas|post|delivery|window|milk|bin|meter|electric|electricity|boiler|parcel|courier|"
                       r"removal|repair|sky|bt|dpd|amazon)\b")
# Told as it is told: an opening word of when or a sigh, and how the doing went ("has just", "keeps", "was")
# A busy preamble first ("quick one - a mum shoved my ta", "sorry to bother you but a dad pushed me at the gate")
_PREAMBLE = (r"(?:(?:quick one|quick q|quick question|fyi|heads up|just so you know|just to let you know|"
             r"sorry to bother (?:you|u)(?: but)?|not sure if this is anything but|hi|hiya|hello|morning) )?")
_OPENING = (rf"{_PREAMBLE}(?:(?:so|um+|erm+|omg|ugh+|today|earlier|just now|this morning|yesterday|last night|"
            r"at lunch) )?")
_DOING = (r"(?: (?:has|have|had|just|keeps?|kept|is|was|were|been|always|then|also|actually|literally|deliberately|"
          r"repeatedly|again|suddenly|still|on)){0,3}")
# The member of staff harmed: the speaker or a colleague
_STAFF = (r"(?:me|us|"
          # the head, the caretaker: one member of staff by their post ("a parent assaulted the head")
          rf"the (?:head|headteacher|head teacher|deputy|deputy head|dsl|class teacher|ta|{STAFF_POSTS})|"
          r"my (?:ta|tas|colleagues?|co teacher|partner teacher|deputy|head|mentor|trainee|student teacher|midday|"
          rf"{STAFF_POSTS})|(?:a|another|our) (?:colleague|member of staff|staff member|teacher|ta|{STAFF_POSTS})|"
          r"one of (?:my|our|the) (?:colleagues|tas|staff|teachers))")
STAFF = _STAFF  # also who is intimidated (intents/staff_intimidated.py)
# What is done to them: a blow to them or a part of them ("bit my arm", "pulled my hair"), spitting, something thrown
# at them (not a ball), an attack, stalking and following home, turning up at their home, a threat. "Beat" only with
# "up", "hurt" and "push" not at all (a feeling, a nudge: "a parent really hurt me", "pushed me for an answer").
_BLOW = (r"(?:hit|hits|hitting|slap\w*|smack\w*|punch\w*|kick\w*|head ?butt\w*|elbow\w*|bit|bites|biting|"
         r"scratch(?:ed|es|ing)?|shov(?:e|ed|es|ing)|thump\w*|whack\w*|wallop\w*|strangl\w*|chok(?:e|ed|es|ing)|"
         r"throttl\w*|stabb?(?:ed|ing|s)?|attack\w*|assault\w*|grabb?(?:ed|ing|s)?(?= (?:\w+ )?\w+ by the| my)|"
         r"beat(?:s|en)?(?= \w+ (?:\w+ )?up\b))")
_PART = (r"(?:face|head|arms?|hands?|fingers?|legs?|shins?|stomach|tummy|back|neck|throat|hair|eyes?|nose|mouth|"
         r"chest|ribs|ears?|cheeks?|wrists?)")
_DONE = (rf"(?:{_BLOW} (?:{_STAFF}|my {_PART})|spat (?:at|on|in) (?:{_STAFF}|my face)|spit(?:s|ting)? (?:at|on) "
         rf"{_STAFF}|pull(?:ed|s|ing)? my hair|{thrown_at(_STAFF)}|stalk\w* {_STAFF}|"
         rf"follow(?:ed|s|ing)? {_STAFF} (?:home|back home|to (?:my|our|the|her|his) (?:car|house|home|flat|door|bus))|"
         r"turn(?:ed|s|ing)? up at (?:my|our) (?:house|home|flat|door)|"
         # a threat of harm, not of a complaint ("threatened to report me")
         r"threaten\w* (?:to (?:hit|hurt|kill|stab|punch|kick|slap|beat|batter|smash|burn|shoot|attack|harm|deck|"
         r"knock|sort|get|do) )?"
         rf"{_STAFF}|"
         # a push that floors or pins them ("pushed me over at the gate"), not a push for an answer
         rf"push(?:ed|es|ing)? {_STAFF} (?:over|down|to the (?:ground|floor)|into (?:a|the) \w+|up against))")
# What may follow: where, when, how and with what, then the end or the telling going on; not an idiom ("hit me up",
# "hit me with a load of questions", "grabbed me to ask"), a game ("at dodgeball", "in the spelling test") or what
# makes it a knock ("by accident", "and said sorry").
_GAMES = (r"(?:chess|draughts|cards|uno|rounders|football|footy|dodgeball|dodge ball|tag|tig|rugby|netball|cricket|"
          r"tennis|table tennis|badminton|hockey|basketball|volleyball|race|races|quiz|game|games|match|fortnite|"
          r"spelling|test|tables|times tables|bingo|pool|darts|connect 4|musical chairs|british bulldog|"
          r"stuck in the mud)")
# What a class does well at besides a game ("year 6 smashed their targets"): not a place, so not in _GAMES, which a
# place after a blow must not name ("a parent punched me by the goals at sports day" is harm where it happened)
_DONE_WELL_AT = rf"(?:{_GAMES}|targets?|goals?|results|scores?|sats|mocks|exams?)"
_WEAPON = (r"(?:bag|handbag|belt|stick|shoe|book|bottle|phone|keys?|chair|pencil|pen|ruler|scissors|fist|fists|"
           r"umbrella|brick|stone|rock|cup|mug|door|lunchbox|water bottle|car|trolley|buggy|pram|scooter|bike|hand)")
_PLACE_OR_TIME = (r"(?:(?:at|in|on|during|after|before|outside|inside|near|by|behind|round|around|across|over|into|"
                  rf"against|onto|through|down|up against|from) (?!(?:\w+ ){{0,2}}?{_GAMES}\b)(?:\w+ ){{0,3}}?\w+|"
                  rf"with (?:a|an|the|his|her|their|my|some) (?:\w+ )?{_WEAPON}|online|today|yesterday|tonight|earlier|"
                  r"(?:this|last|on) (?:morning|afternoon|evening|night|week|monday|tuesday|wednesday|thursday|friday)|"
                  r"just now|"
                  r"again|twice|hard|really hard|on purpose|for no reason)")
_ACCIDENT = (r"(?!.*\b(?:by accident|accident\w*|not on purpose|(?:said|says|say) sorry|apologi[sz]\w*|didnt mean|"
             r"did not mean)\b)")
_GOES_ON = (r"(?=$| (?:and|but|so|because|cos|when|while|then|he|she|they|i|we|x|please|pls|urgent|help|what|who|"
            r"now|still|not sure|is this|should i|do i|can i)\b)")
# Something done first may come before it ("cornered me in the car park and grabbed my arm")
_FIRST = rf"(?:\w+ (?:me|us)(?: {_PLACE_OR_TIME})* and (?:then )?)?"
HARM_TO_STAFF = compiled(rf"^{_ACCIDENT}{_OPENING}{_DOER}{_DOING} {_FIRST}{_DONE}(?: {_PLACE_OR_TIME})*{_GOES_ON}")
# Done to them, by whom ("my ta got punched by a parent", "a colleague was assaulted by a dad at pick up")
_HARMED = (r"(?:hit|slapped|smacked|punched|kicked|headbutted|head butted|bitten|scratched|spat (?:at|on)|attacked|"
           r"assaulted|stalked|strangled|choked|stabbed|threatened|beaten up)")
STAFF_HARMED_BY = compiled(rf"^{_ACCIDENT}{_OPENING}{_STAFF} (?:was|were|got|has been|have been|had been|is being|"
                           rf"keeps getting|been)(?: (?:just|also|again|repeatedly))? {_HARMED} by {_DOER}"
                           rf"(?: {_PLACE_OR_TIME})*{_GOES_ON}")


# A push, or hands laid hold of, by an adult, on a member of staff at school ("a dad pushed me at the gate", "one of the
# mums pushed my ta at drop off", "a parent grabbed hold of me in the car park"): read by the harm net only, as
# the report offered first, not begun, since a push may be a jostle. Then where at school or when, or nothing: not
# "pushed me for an answer", "pushed me to apply", "pushed me on the dates", "grabbed me at pick up to ask…".
_SCHOOL_PLACE = (rf"(?:{SCHOOL_GROUNDS}|{GATE_TIME}|school|office|reception|hall|"
                 r"cloakroom|foyer|lobby|staffroom|library|toilets?|lift|"
                 r"classroom|corridor|door|doors|doorway|entrance|exit|front|steps|stairs|line|queue|pavement|path|"
                 r"road|street|fence|nursery|canteen|lunch|parents evening|meeting|assembly|nativity|sports day|fete|"
                 r"fayre|disco|wall|floor|ground|car|cars)")
_AT_SCHOOL = (r"(?:in front of (?:\w+ ){0,2}?\w+|(?:at|in|on|by|near|outside|inside|behind|across|into|against|"
              r"through|up against|during|after|before|round|around) (?:(?:the|our|my|a|their|this|that|his|her) )?"
              r"(?:\w+ ){0,2}?"
              rf"{_SCHOOL_PLACE}|out of (?:the|her|his|their) way|aside|away|back|hard|today|yesterday|tonight|"
              r"earlier|just now|again|twice|(?:this|last) (?:morning|afternoon|evening|night|week))")
_PUSHED = compiled(rf"^{_ACCIDENT}{_OPENING}{ADULT}{_DOING} "
                   r"(?:push(?:ed|es|ing)?|pushd|pused|grabb?(?:ed|ing|s)? hold of) "
                   rf"{_STAFF}(?: {_AT_SCHOOL})*{_GOES_ON}")
# The same told the other way round ("my ta was pushed by a parent", "i got shoved by a mum at drop off")
_PUSHED_BY = compiled(rf"^{_ACCIDENT}{_OPENING}(?:{_STAFF}|i) (?:was|were|got|has been|have been|had been|been)"
                      r"(?: (?:just|also|again|repeatedly|deliberately))? (?:pushed|shoved|barged into|grabbed|"
                      rf"grabbed hold of|manhandled) by {ADULT}(?: {_AT_SCHOOL})*{_GOES_ON}")


def pushes_staff(words: str) -> bool:
    """The (plain) message tells of an adult pushing, or laying hold of, a member of staff at school ("a dad pushed
    me at the gate", "a mum pushed the TA in the playground", "my ta was pushed by a parent"), or asks what to do after
    telling it."""
    if (opener := _OPENER.match(words)) is not None and _pushed(words[opener.end():]):
        return True
    return not HYPOTHETICAL.match(words) and _pushed(words)


def _pushed(words: str) -> bool:
    return bool(_PUSHED.match(words) or _PUSHED_BY.match(words))


# A cry for help or a question of what to do, put before the telling ("what should i do now? a parent slapped me in
# the car park", "help, a dad pushed me over at the gate"): the telling after it is read as if it opened the message.
# What follows must be the telling itself, so "what should i do if a parent slaps me" is still asked of the policy.
_OPENER = compiled(r"^(?:(?:so|um+|erm+|ok|okay|right) )?(?:what (?:should|do|shall|can|must) (?:i|we) do"
                   r"(?: now| next| here| about (?:this|it))?|what now|what next|who do i tell|who should i tell|"
                   r"help(?: me)?|please help|advice(?: please| needed)?|urgent|not sure what to do|"
                   r"i dont know what to do|dont know what to do)(?: (?:please|pls|help|urgently|asap))* "
                   # a condition is not a telling (the doer's free words would take "if a" before "parent")
                   r"(?!(?:if|when|whenever|whether|once|unless|in case|say|suppose|about|with|for)\b)")


def names_harm_to_staff(words: str) -> bool:
    """The (plain) message tells of a member of staff, the speaker or a colleague, harmed, stalked or threatened by
    someone named by what they are ("a parent slapped me in the car park", "my ta got punched by a parent")."""
    if (opener := _OPENER.match(words)) is not None:
        told = words[opener.end():]
        if _tells_harm_to_staff(told):
            return True
    # "if a parent hit me…", "can a pupil kick me…?" ask the policy
    return not HYPOTHETICAL.match(words) and _tells_harm_to_staff(words)


def _tells_harm_to_staff(words: str) -> bool:
    return bool(HARM_TO_STAFF.match(words) or STAFF_HARMED_BY.match(words))


# A game lost, told as the staffroom tells it ("year 6 beat me at rounders", "the year 6s thrashed me at dodgeball",
# "a girl in year 2 beat me at a race on sports day"): "beat", "smashed" or "thrashed" the speaker at or in a game.
_LOST = compiled(rf"\b(?:beat|beats|beaten|thrash\w*|smash\w*|destroy\w*|hammer\w*|batter\w*|whup\w*|crush\w*|"
                 r"trounc\w*|annihilat\w*|demolish\w*|slaughter\w*|murder\w*|kill\w*|wipe\w* the floor with) (?:me|us)"
                 rf" (?:at|in) (?:a |an |the |our |their |this |that )?(?:\w+ ){{0,2}}?{_GAMES}\b"
                 # lost, told the other way round ("i got beaten at chess by a year 2"), or a test or a game done
                 # well ("my class smashed their times tables test")
                 rf"|\b(?:got|get|gets|getting|was|were|been|am|are) (?:(?:so|well|totally|properly|absolutely) )?"
                 rf"(?:beaten|thrashed|smashed|hammered|battered|whupped|crushed|trounced|annihilated|demolished|"
                 rf"slaughtered|murdered|destroyed) (?:at|in) (?:a |an |the |our |their |this |that )?(?:\w+ ){{0,2}}?"
                 rf"{_GAMES}\b(?: by (?:a |an |the |one of (?:my|our|the) )?(?:\w+ ){{0,2}}?\w+)?"
                 rf"|\b(?:smash\w*|ace[ds]?|acing|nail\w*|crush\w*|beat|beats|bossed|boss\w*) (?:their|there|the|our|"
                 rf"its|that|this|his|her|my|your) (?:\w+ ){{0,2}}?{_DONE_WELL_AT}\b"
                 # not a thing named by its game smashed on someone ("smashed the game console over his head")
                 rf"(?!(?: \w+){{0,2}} (?:over|on|onto|into|across|against|round|at) (?:his|her|their|my|your|the) "
                 rf"{_PART}\b)")
# Done well at whatever it was ("year 6 killed it at the concert", "she smashed it in her observation"): "it" done at
# an event, a test or a game named, or told with a laugh or when alone, never bare ("he smashed it" may be a thing).
# Not at a place or a person ("killed it in front of him", "at home with a hammer", "smashed it at her"), and told
# with a laugh or when alone, not of someone at home or as a child told it ("her step dad killed it today", "ruby said
# her dad killed it"): a pet killed before a child, a thing thrown, which main read as harm.
_DID_IT = (r"\b(?:kill(?:ed|s|ing)|smash(?:ed|es|ing)|nail(?:ed|s|ing)|ace[ds]|acing|boss(?:ed|es|ing)|"
           r"rock(?:ed|s|ing)|own(?:ed|s|ing)|slay(?:ed|s|ing)?) it")
_EVENT = (rf"(?:{_DONE_WELL_AT}|concert|assembly|assemblies|nativity|show|talent show|play|performance|panto|"
          r"production|observation|obs|interview|meeting|presentation|lesson|training|inset|ofsted|inspection|"
          r"sports day|fete|fair|bake sale|disco|parents evening|open evening|residential|trip|competition|"
          r"final|gala|festival|recital|choir|audition)")
_DONE_IT_AT = compiled(rf"{_DID_IT} (?:at|in|on|during) (?:(?:a|an|the|our|their|his|her|my|your|this|that|today s|"
                       rf"last night s) )?(?:\w+ ){{0,2}}?{_EVENT}\b")
_DONE_IT_WHEN = compiled(rf"{_DID_IT}(?: (?:again|today|tonight|yesterday|this (?:morning|afternoon|week|term|year)|"
                         r"last night|lol|haha\w*|tbh|x+|as usual))+")
_AT_HOME_OR_TOLD = compiled(rf"\b(?:said|says|told|tells|saying|disclos\w*|{MUM}|{DAD}|step ?\w+|{CARER}|{SIBLING}|"
                            rf"{WIDER_FAMILY}|aunt\w*|boyfriend|girlfriend|partner)\b")


def game_lost(words: str) -> str | None:
    """What else the (plain) message says, when it tells of the speaker beaten at a game ("year 6 beat me at
    rounders": ""); None when it does not."""
    found = _LOST.search(words) or _DONE_IT_AT.search(words)
    if found is None:
        found = _DONE_IT_WHEN.search(words)
        if found is None or _AT_HOME_OR_TOLD.search(words, 0, found.start()):
            return None
    return rest_of(words, _doer_start(words, found.start()), found.end())


def _doer_start(words: str, verb: int) -> int:
    """Where the clause of the game lost begins: after the last "and", "but" or comma-less joint before its verb, so
    "jake hit sam and year 6 beat me at rounders" keeps "jake hit sam"."""
    joint = max(words.rfind(f" {j} ", 0, verb) for j in ("and", "but", "so", "then"))
    return joint + 1 if joint >= 0 else 0
