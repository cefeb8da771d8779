"""Violence the harm net reads besides a blow to a child: something thrown, smashed or swung at a person, and adults
fighting at school or where children see it.

"he smashed the test tube into her face", "dad threw the ball hard at his head", "he flung a book at her face": the
blow is a thing, and the one it hits a body part, which `incidents.HARM_NAMED` (a blow and its person side by side)
does not read. "a mum punched another mum in the playground", "two parents were fighting by the gate and the kids
saw it": harm between adults, which the report model, taught on harm to children, and the rules, which want a child,
left "not covered" with their words logged; a child who sees violence is a safeguarding matter. Adults fighting away
from school with no child in the telling ("my neighbours had a punch-up last night", "two blokes fighting in the
pub") are left alone: a parent or carer in it, a place at school, or children watching makes it the school's.
Works on `plain` text (lower case, no punctuation; "mum's" is "mum").
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.rule_words import (
    CARER,
    DAD,
    GATE_TIME,
    GRANDPARENT,
    MUM,
    NOT_A_NAME,
    PARENTS_PARTNER,
    SCHOOL_GROUNDS,
    STAFF_POSTS,
    STEP_PARENT,
)
from intents.year_groups import YEAR_GROUP

# Where on the body a thing lands ("into her face", "at his head", "on her fingers")
_BODY = (r"(?:face|head|eyes?|mouth|nose|teeth|neck|throat|back|stomach|tummy|belly|chest|ribs|arms?|legs?|hands?|"
         r"fingers?|ears?|cheeks?|lips?|jaw|knees?|shins?|skull|forehead|privates|body)")
# Something sent through the air or brought down on someone: not being sick, a party, a look, a tantrum
_AIM = (r"(?:threw|throws|throwing|thrown|chucked|chucks|chucking|hurled|hurls|hurling|lobbed|lobs|lobbing|flung|"
        r"flings|flinging|smashed|smashes|smashing|slammed|slams|slamming|bashed|bashes|bashing|whacked|whacks|"
        r"whacking|swung|swings|swinging|rammed|rams|ramming|jabbed|jabs|jabbing)")
# What is thrown: not a turn of phrase ("a party", "a look", "a tantrum", "it in the test"), and at a person, not what
# a game throws ("snowballs at each other", "the ball to him"; a ball at a head is another matter: below)
_NOT_A_MISSILE = (r"(?:party|parties|look|looks|glance|smile|wink|kiss|kisses|question|questions|tantrum|wobbly|"
                  r"wobbler|fit|strop|idea|ideas|shade|sickie|compliments?|curveball|curve ball|spanner|it|them|"
                  r"this|that|everything|up|out|down|off|away|back|round|over|together|in|me|us|him|her|them|you|u|"
                  r"each|everyone|one)")
_PLAYFUL = r"(?:balls?|football|frisbee|beanbags?|pillows?|snowballs?|sponges?|water balloons?|confetti|paper planes?)"
_MISSILE = (rf"(?:(?:a|an|the|his|her|their|my|some|two|three|a few|loads of|lots of|a pair of) )?"
            rf"(?!(?:\w+ )?{_NOT_A_MISSILE}\b)(?:\w+ ){{0,2}}?\w+")
_HOW_HARD = r"(?: (?:really |so |very )?hard| straight| right| full pelt| deliberately| on purpose)?"
# A person, by pronoun, by what they are, or by name (not a word a question or a thing opens with)
_PERSON_KIND = (r"(?:child|children|kids?|boys?|girls?|pupils?|students?|baby|toddler|sons?|daughters?|brothers?|"
                r"sisters?|teachers?|tas?|mums?|dads?|parents?|m[ae]n|wom[ae]n|lady|dinner lady|"
                rf"{YEAR_GROUP}|(?:little|younger|small|big|older|new) ones|infants|"
                r"juniors|"
                # staff by their post ("threw a chair at the receptionist")
                rf"{STAFF_POSTS}|head ?teachers?|head|deputy(?: head)?|office staff|members? of staff|staff|"
                r"coach|sir)")
_PERSON = (rf"(?:him|her|them|me|us|em|(?:a|an|the|another|his|her|their|my|our|some|two|one of the|one of my) "
           rf"(?:\w+ ){{0,2}}?{_PERSON_KIND}|(?!(?:{NOT_A_NAME}|each|one|another|it|us|you|u|everyone|everybody|"
           rf"window|wall|door|car|bus|fence|floor|ground|board|goal|net|target|lunch\w*|break\w*|play\w*|dinner\w*|"
           rf"tea|school|home|night|work|church|assembly|random|will|first|last|least|all|once|times?|speed|"
           rf"rounders|football|netball|dodgeball|cricket|athletics|pe|games?|tennis|hockey|rugby|basketball|golf|"
           rf"bowling|darts|training|practice|club|camp|the)\b)"
           rf"[a-z]{{2,}})")
# Then the end, or the telling going on: not "a party at her house"
_GOES_ON = (r"(?=$| (?:and|but|so|then|because|cos|when|while|in|on|at|across|from|during|after|before|outside|near|"
            r"by|today|yesterday|this|last|again|hard|x|he|she|they|it|who|which|with|for no reason|on purpose)\b)")
_AIMED = (
    # at a body part, whatever the thing, a ball too ("dad threw the ball hard at his head")
    rf"{_AIM} {_MISSILE}{_HOW_HARD} (?:at|into|in|on|onto|over|across|against) (?:his|her|their|my|your|the|a|an|"
    rf"another|one of the) (?:\w+ ){{0,2}}?{_BODY}{_GOES_ON}|"
    # at a body part told with the one's name ("at harry's face", plain: "at harry face")
    rf"{_AIM} {_MISSILE}{_HOW_HARD} (?:at|into|in|on|onto|across|against) (?!{NOT_A_NAME}\b)[a-z]{{2,}} {_BODY}"
    rf"{_GOES_ON}|"
    # at a person, a thing no game throws ("she threw a chair at him", "a boy threw a stone at a year 2 child")
    rf"{_AIM} (?!(?:\w+ )?(?:\w+ )?{_PLAYFUL}\b){_MISSILE}{_HOW_HARD} at {_PERSON}{_GOES_ON}|"
    rf"(?:threw|throws|throwing|swung|swings|swinging|aimed|took|takes|taking) (?:a )?(?:punch|swing|kick|"
    rf"headbutt) at {_PERSON}{_GOES_ON}|"
    # someone's head or face brought down on something ("slammed his head against the wall")
    rf"(?:smashed|smashes|smashing|slammed|slams|slamming|rammed|rams|bashed|bashes|shoved|shoves|pushed|pushes|"
    rf"forced|held|holds|dunked) (?:his|her|their|my|(?!{NOT_A_NAME}\b)[a-z]{{2,}}) (?:head|face) "
    rf"(?:into|against|onto|on|under|through|down)\b"
)

# Adults as the school knows them: a parent or carer, by any word for one ("one of the dads", "jayden mum")
_CARER = (rf"(?:parents?|parnets?|(?:{MUM}|{DAD}|{STEP_PARENT}|{CARER}|{GRANDPARENT})s?|{PARENTS_PARTNER}|"
          r"grand(?:ad|dad|pa|ma|mother|father|parent)s?|nans?|grans?)")
_ADULT = (rf"(?:{_CARER}|m[ae]n|wom[ae]n|lady|ladies|blokes?|guys?|adults?|grown ups?|strangers?|neighbou?rs?|"
          r"husband|wife|partner|boyfriend|girlfriend|teenagers?|uncles?|aunt\w*)")
_SOMEONE = r"(?:(?:a|an|the|this|that|some|two|three|another|one|other|one of the|his|her|their) )?(?:\w+ ){0,2}?"
_BLOW = (r"(?:hit|hits|hitting|punch\w*|slap\w*|smack\w*|kick\w*|head ?butt\w*|thump\w*|whack\w*|wallop\w*|"
         r"strangl\w*|chok(?:e|ed|es|ing)|throttl\w*|stabb?(?:ed|ing|s)?|glass(?:ed|ing)|deck(?:ed|ing)|floored|"
         r"attack\w*|assault\w*|bit|bites|biting|shov(?:e|ed|es|ing)|battered|spat at|went for|goes for|laid into|"
         r"set about|beat up|beating up|knocked out|knocked down|pushed over|pushed down|threw a punch at|swung at|"
         r"grabbed (?:\w+ )?by the (?:hair|throat|neck))")
# What may follow a blow or a fight: the end, or the telling going on
_GOING_ON = (r"and|but|so|then|because|cos|in|at|on|by|near|outside|inside|behind|during|before|after|while|whilst|"
             r"when|with|across|round|around|today|yesterday|tonight|this|last|earlier|just now|again|hard|really|"
             r"right|in front|x|up|down|to the")
_AFTER = rf"(?=$| (?:{_GOING_ON}|over)\b)"
# After a fight, not "over", which tells what is fought over ("the mums were fighting over who makes the costumes",
# "fighting over the last sausage roll"), a quarrel more often than blows
_AFTER_FIGHT = rf"(?=$| (?:{_GOING_ON})\b)"
# Fighting told of adults together ("two dads had a fight", "parents fighting in the playground", "a fight broke
# out between two mums"); not a cause fought for ("parents fighting the closure")
_FIGHT = (r"(?:fight|fights|fighting|fought|brawl\w*|scrap|scrapping|punch up|punch ups|scuffle\w*|came to blows|"
          r"coming to blows|come to blows|hitting each other|punching each other|kicking each other)")
_ADULTS_TOGETHER = (rf"(?:(?:two|three|some|a couple of|a group of|a few|the|these|those|a load of) )?(?:\w+ )?"
                    rf"{_ADULT}(?: and (?:a|an|another|the|his|her|their) (?:\w+ )?{_ADULT})?")
_BE = (r"(?: (?:were|was|are|is|been|have been|had been|has been|got|get|started|start|ended up|had|having|have|"
       r"got into|getting into|a|an|in|actually|physically|properly|literally|just)){0,3}")
_FIGHTING = (rf"{_ADULTS_TOGETHER}{_BE} {_FIGHT}{_AFTER_FIGHT}|"
             rf"{_FIGHT} (?:broke out |kicked off |started )?(?:between|with|among|amongst) {_SOMEONE}{_ADULT}\b")
# An adult by title and name ("mrs smith"), as staff name a parent
_TITLED = r"(?:mr|mrs|ms|miss|dr) [a-z]+"
_ADULT_HARMED = (rf"(?:{_SOMEONE}{_ADULT}|{_TITLED}) (?:{_BLOW} (?:{_SOMEONE}{_ADULT}|{_TITLED}){_AFTER}|"
                 # the one harmed between ("pushed another mum over", "grabbed a dad by the throat")
                 rf"(?:push(?:ed|es|ing)?|shov(?:e|ed|es|ing)|knock(?:ed|s|ing)?) {_SOMEONE}{_ADULT} "
                 rf"(?:over|down|to the (?:ground|floor))|grabb?(?:ed|ing|s)? {_SOMEONE}{_ADULT} by the "
                 r"(?:hair|throat|neck|collar|arm|coat|hood))")
_BETWEEN_ADULTS = compiled(rf"\b(?:{_ADULT_HARMED}|{_FIGHTING})")
# What makes it the school's: a parent or carer in it, a place at school, or children who saw it
# A place is where it happened, so told with a word for where or when: "so tired for class today" after the staff's
# own neighbours fighting is not one. Nor is "my yard" or "their yard", a home's, which the school grounds' "yard"
# (rule_words.SCHOOL_GROUNDS) would take: "my neighbours were fighting in their yard" is no concern of the school's.
_SCHOOL_S = compiled(
    rf"\b(?:{_CARER}|(?:in|at|on|by|near|outside|inside|behind|round|around|across|into|through|during|after|before|"
    r"from|to|over|up|down) (?!(?:my|a|their) yard\b)(?:the |our |my |this |that |a |their )?(?:school )?"
    rf"(?:{SCHOOL_GROUNDS}|{GATE_TIME}|school|office|reception|hall|classroom|nursery|assembly|nativity|"
    r"sports day|fete|fayre|disco|parents evening|class)"
    r"|in front of|(?:kids|children|child|pupils|class|son|daughter|boys?|girls?|little ones|baby)"
    r"(?: (?:were|was|all|had|could|have|has|did))? (?:watch\w*|saw|see|seen|seeing|witness\w*|there|present|"
    r"looking on|screaming|crying|heard|hear|scared|upset))\b"
)
# A bone broken by someone else, told by the pronouns ("he broke her arm"; "she broke her arm" is a fall's)
_BROKEN = (rf"(?:he|dad|mum|(?:his|her) (?:dad|mum|brother|sister)|"
           rf"^(?!(?:{NOT_A_NAME}|she|i|they|we|you)\b)[a-z]{{2,}})"
           r"(?: (?:has|had|just|then|nearly|actually))? (?:broke|fractured|snapped|dislocated|bust) (?:her|their|my) "
           r"(?:arm|leg|wrist|nose|jaw|finger|fingers|ribs|collar ?bone|ankle|cheek ?bone|tooth|teeth)\b|"
           r"(?:she|(?:his|her) (?:mum|sister)) (?:broke|fractured|snapped|dislocated|bust) (?:his|their|my) "
           r"(?:arm|leg|wrist|nose|jaw|finger|fingers|ribs|collar ?bone|ankle|cheek ?bone|tooth|teeth)\b")
VIOLENCE = compiled(rf"\b(?:{_AIMED}|{_BROKEN})")


# A word one of them needs, searched first: the harm net runs on every answered question, most name none of these,
# and the patterns above, tried at every word, would cost more than the rest of the harm net together
_VIOLENT_WORD = compiled(
    r"\b(?:thr[eo]w\w*|chuck\w*|hurl\w*|lob\w*|fl[ui]ng\w*|smash\w*|slam\w*|bash\w*|whack\w*|sw[ui]ng\w*|ram|rams|"
    r"rammed|ramming|jab\w*|shov\w*|push\w*|forced|held|holds|dunked|broke|fractured|snapped|dislocated|bust|hit\w*|"
    r"punch\w*|slap\w*|smack\w*|kick\w*|head ?butt\w*|thump\w*|wallop\w*|strangl\w*|chok\w*|throttl\w*|stab\w*|"
    r"glass\w*|deck\w*|floored|attack\w*|assault\w*|bit|bites|biting|spat|went for|goes for|laid into|"
    r"set about|beat\w*|batter\w*|knock\w*|grab\w*|fight\w*|fought|brawl\w*|scrap\w*|scuffl\w*|blows|each other)\b")


def names_violence(words: str) -> bool:
    """The (plain) message tells of something thrown, smashed or swung at a person, or of adults hitting or fighting
    one another where it is the school's business: a parent or carer in it, a place at school, children watching."""
    if not _VIOLENT_WORD.search(words):
        return False
    return bool(VIOLENCE.search(words)) or (bool(_BETWEEN_ADULTS.search(words)) and bool(_SCHOOL_S.search(words)))
