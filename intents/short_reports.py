"""A concern opened in a chat line of a few words, which neither the report rules nor the model take for one.

Staff in Slack open a concern the way they would lean round a door: "worried bout jayden", "dsl pls", "have a
concern", "incident at lunch", "poppy not herself", "kid scared to go home", "dad turned up drunk at pick up", "ta
shouting at kids", "mum messaging me abuse late at night". The model learned whole sentences and weighs such a line as
a search; `terse_told` reads a person and something done online. Missing a disclosure is the costly error, so a line
this short that asks nothing and says one of these is read as perhaps a report (`reports.judge_report`): doubtful, so
a line the policy answers as a question is answered with the report offered first, and one it does not is begun with
the way back. Works on `plain` text (lower case, no punctuation); whether the line asked is the caller's text's.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.rule_words import NOT_A_NAME, STAFF_POSTS
from intents.year_groups import YEAR

# More words than this is a sentence, which the rules and the model read well enough
MOST_WORDS = 10

# Anything that asks: a question word or an auxiliary opening the line, or a rule or a supposition anywhere
# ("worried about ofsted, what do we do", "can a parent film the nativity", "concern if a child…")
_ASKS = compiled(
    r"^(?:(?:so|and|but|just|quick q\w*) )?(?:can|could|should|shall|may|might|must|do|does|did|is|are|am|was|were|"
    r"what|whats|how|who|whos|when|where|why|which|would|will|any|anyone|anybody|is there|are there)\b|"
    r"\b(?:allowed|permitted|ok|okay|policy|policies|rules?|guidance|procedure|process|training|form|forms|template|"
    r"what if|if (?:a|an|one|someone|somebody|my|our|the|i|we|you)|whether|hypothetical\w*|in general|generally)\b"
)

_CHILD_WORD = (rf"(?:child|children|kid|kids|kiddo|pupil|pupils|student|students|girl|girls|boy|boys|lad|lads|"
               rf"little one|toddler|{YEAR}s?|reception(?: child| kid)?|nursery child|lac|son|daughter)")
# One of ours, or a name: a word that is no name of a thing or a time ("worried about ofsted", "about tomorrow")
_NOT_A_CHILDS_NAME = (rf"(?:{NOT_A_NAME}|me|us|you|him|them|it|work|ofsted|sats|marking|workload|pay|money|tomorrow|"
                      r"today|tonight|monday|tuesday|wednesday|thursday|friday|weekend|data|results|observation|"
                      r"inspection|deadline|deadlines|reports?|trip|trips|cover|budget|staffing|time|timings?|"
                      r"behaviour|attendance|numbers|progress|phonics|maths|english|reading|writing|science|"
                      r"assessment|assessments|planning|lessons?|class|classes|group|groups|everything|things|stuff|"
                      r"that|this|these|those|weather|traffic|parking|heating|wifi|internet|laptop|printer|computer|"
                      r"email|emails|system|ipad|ipads|website|building|roof|car|exam|exams|test|tests|job|interview|"
                      r"appraisal|mortgage|rent|health|covid|flu|sickness|absence|holiday|leave|contract|hours|"
                      r"nativity|play|concert|assembly|christmas|easter|summer|sports|football|swimming|residential|"
                      r"visit|meeting|governors?|head|boss|colleague|colleagues|teacher|teachers|ta|tas|mum|dad|"
                      r"parents?|family|dog|cat|myself|ourselves|everyone|everybody|anyone|nothing|something|"
                      r"him|her|them|all|both|tomorrows?|next|last|new|old|mine|yours|ours|his|hers)")
_NAME = rf"(?!{_NOT_A_CHILDS_NAME}\b)[a-z]{{3,}}"
_ONE_CHILD = (rf"(?:(?:a|an|the|one|one of (?:my|our|the)|my|our|this|that|another|little|new) )?(?:\w+ ){{0,2}}?"
              rf"{_CHILD_WORD}\b")

# Worry or concern said of a child in particular ("worried bout jayden", "concerned about ruby in y2", "keep an eye on
# mason pls"): a name followed by nothing, a year group, or the telling going on
_AFTER = r"(?=$| (?:in|from|y\d|yr|year|again|today|pls|please|plz|asap|urgent|x|he|she|they|tbh|atm|now|still|too)\b)"
_WORRY = compiled(
    r"^(?:(?:im|i am|i m|am|really|bit|a bit|a little|quite|very|so|v|rather|slightly|getting|still|also|just|"
    r"def|defo|seriously) )*(?:worried|concerned|worrying|anxious|uneasy|worry|concern|concerns|worries)"
    r" (?:about|bout|abt|re|for|over|regarding|with|around) "
    rf"(?:{_ONE_CHILD}|{_NAME}{_AFTER})|"
    rf"^(?:(?:can you|pls|please|plz|could you|can we) )?keep an eye on (?:{_ONE_CHILD}|{_NAME}{_AFTER})"
)
_SEEMING = (r"(?:(?:is|has been|been|seems|seemed|looks|looked|was|really|very|so|v|bit|a bit|quite|just|always|"
            r"still|getting|more|and|quiet|quieter|sad|low|down|upset|clingy|tired|off|all week|lately) )*")
_SIGNS = (r"(?:withdrawn|tearful|teary|in tears|crying|distressed|frightened|terrified|scared|petrified|anxious|"
          r"flinch\w*|self harming|cutting (?:herself|himself|themselves)|starving|losing weight|lost weight)")
# A child in particular not their usual self, told as signs ("poppy not herself", "charlie quiet and tearful all week",
# "y3 girl very withdrawn")
_UNLIKE_THEMSELVES = compiled(
    rf"^(?:{_ONE_CHILD}|{_NAME})(?: (?:in|from) (?:{YEAR}\w*|\d[a-z]|my class|reception|nursery))? "
    rf"{_SEEMING}(?:not (?:herself|himself|themselves)|{_SIGNS})\b|"
    # "not right", "not eating" only of a child by a word for them: a name may be a thing's ("printer not right")
    rf"^{_ONE_CHILD}(?: (?:in|from) (?:{YEAR}\w*|\d[a-z]|my class|reception|nursery))? "
    rf"{_SEEMING}not (?:right|ok|okay|eating|sleeping|safe)\b"
)
# Asking for the safeguarding lead, or saying there is a concern to pass on, with nothing asked ("need dsl", "dsl
# pls", "need to speak to dsl asap", "have a concern", "need to pass something on", "a child told me something
# worrying")
_DSL = r"(?:dsl|ddsl|dsls|designated (?:safeguarding )?lead|safeguarding lead|safeguarding team|safeguarding officer)"
_FOR_THE_DSL = compiled(
    rf"^(?:(?:i|we) )?(?:need|want|needs|must|have to|got to|gotta|looking for|trying to (?:get|find|reach))"
    r"(?: to (?:speak|talk|see|get|find|grab|reach|contact|catch)(?: (?:to|with|hold of))?)? (?:the |a |our )?"
    rf"{_DSL}\b|"
    rf"^(?:the )?{_DSL}(?: (?:pls|please|plz|asap|urgently|urgent|now|needed|required|anyone|free|around|about))+$|"
    r"^(?:(?:i|we) )?(?:have|got|ive got|i have got|have got|with|there is|theres|there s) (?:a|an|some|one)? ?"
    r"(?:(?:small|quick|slight|serious|possible|potential|bit of a|real|genuine|safeguarding|welfare|cp|child "
    r"protection) )*(?:concern|concerns|worry|worries|disclosure|allegation)\b(?! (?:about|re|over|with|regarding) "
    r"(?:the |my |our )?(?:pay|money|workload|marking|ofsted|timetable|rota|hours|contract|heating|wifi|printer|"
    r"parking|trip|budget|data|email|laptop|website|building|cover)\b)|"
    r"^(?:(?:i|we) )?(?:need|needs|want|have|got|must|gotta) to (?:pass|log|flag|report|record|raise|share|"
    r"escalate|write up|cpoms) (?:something|sth|smth|a concern|an incident|a disclosure|this|it)\b|"
    rf"^(?:{_ONE_CHILD}|{_NAME}) (?:has )?(?:told|tld|said to|disclosed to) me (?:something|sth|smth|stuff)\b|"
    rf"^(?:an |one )?allegations? (?:against|about|re|involving) (?:a |an |the |one of (?:our|the|my) |my |our )?"
    rf"(?:\w+ )?(?:member of staff|staff member|staff|colleague|teacher|ta|supply|volunteer|coach|{STAFF_POSTS}|"
    r"mr \w+|mrs \w+|miss \w+|ms \w+)\b|"
    r"^(?:staff|staff conduct|prevent|radicali[sz]ation|fgm|cse|cce|county lines|neglect|abuse|self harm|"
    r"domestic abuse|domestic violence|dv|welfare|cp|child protection|lado) (?:concern|concerns|worry|issue|referral)"
    r"\b"
)
# An incident at a time or place of the school day, told ("incident at lunch", "an incident on the yard"), not one
# with a thing ("incident with the printer") nor its paperwork ("incident form")
_INCIDENT = compiled(
    r"^(?:(?:there was|theres been|there has been|there s been|we had|had|just had|big|serious|nasty|worrying|"
    r"another) )*(?:an? )?(?:\w+ )?incident (?:at|on|in|during|involving|between|today|yesterday|this|earlier|last|"
    r"after|before|with (?:a |an |one of (?:my|our|the) )?(?:\w+ )?(?:child|kid|pupil|boy|girl|parent|mum|dad|y\d))\b"
    r"(?!.* (?:printer|laptop|computer|ipad|wifi|website|email|photocopier|boiler|heating|car|bus|coach|minibus|"
    r"report|form|log|book)\b)"
)
# A child in particular at risk, told in a phrase the harm rules want a whole sentence for ("child left home alone
# overnight", "child missing from home", "kid scared to go home", "child with a black eye", "kid says hes running
# drugs for older boys", "child on dark web at home", "kid in y3 playing gta at home"); by a word for them, as a
# name may be a thing's ("laptop went missing")
_AT_RISK = compiled(
    rf"^{_ONE_CHILD}(?: (?:in|from) (?:{YEAR}\w*|\d[a-z]|my class|reception|nursery))?(?: \w+){{0,3}}? "
    r"(?:(?:was|been|being|got|gets|is|keeps being) )?(?:"
    r"left (?:home |at home )?(?:alone|on (?:his|her|their) own)|home alone|"
    r"(?:went|gone|going|goes|is|was|reported|been) missing|missing (?:from|since|overnight|all night|again)|"
    r"(?:scared|afraid|frightened|terrified|petrified|refus\w+|refuses|not wanting|doesnt want|does not want|"
    r"dont want|didnt want|wont|won t) (?:to )?(?:go|going) home|"
    r"(?:with|has|had|got|came in with|turned up with|showing) (?:a |an )?(?:black eye|bruis\w*|burns?|cuts|"
    r"marks?|welts?|bite marks?|injur\w*)|"
    r"(?:running|selling|dealing|carrying|holding|moving) (?:drugs|weed|parcels|packages)|county lines|"
    r"(?:on|using|searching|searching for|searched|searched for|looking at|looking for|watching|watches|found on) "
    r"(?:the )?(?:dark ?web|porn\w*|"
    r"adult sites?|onlyfans)|"
    r"(?:playing|plays|allowed|lets? \w+ play) (?:\w+ )?(?:gta|grand theft auto|call of duty|cod|18 rated|"
    r"18 games|18s games|18 certificate|horror games)|"
    r"(?:carrying|brought|bringing|has|had|with) (?:a )?(?:knife|knives|blade|weapon)|"
    r"(?:smells? of|smelling of|stinks of) (?:weed|alcohol|drink|booze|smoke|urine|wee)|"
    r"(?:not|hasnt|hasn t|not been) (?:fed|eaten|eating)|no food at home|sleeping rough)\b"
)
# An adult in charge of a child, or a member of staff, drunk, high or smelling of drink at school or collecting
# ("dad turned up drunk at pick up", "mum high at collection", "teacher drunk at school", "staff member smelling of
# alcohol"), not at a party
_ADULT = (rf"(?:mum|mam|mom|mummy|dad|daddy|parent|carer|step ?(?:mum|dad)|nan|gran|grandad|grandma|uncle|aunt\w*|"
          rf"(?:mums|dads|parents) (?:partner|boyfriend|girlfriend)|boyfriend|partner|teacher|ta|supply(?: teacher)?|"
          rf"staff(?: member)?|member of staff|colleague|coach|volunteer|driver|{STAFF_POSTS}|"
          r"mr \w+|mrs \w+|miss \w+|ms \w+)")
_IMPAIRED = compiled(
    rf"\b{_ADULT}\b(?: \w+){{0,3}}? (?:(?:was|is|seemed|looked|turned up|came|arrived|rocked up|showed up|"
    r"appeared) )*(?:drunk|high|stoned|smashed|wasted|off (?:his|her|their|their) face|under the influence|"
    r"intoxicated|tipsy)\b(?: \w+)* (?:at|for|on|in|during) (?:the )?(?:pick ?ups?|collection|drop ?offs?|home time|"
    r"hometime|the gate|gate|school|work|class|parents evening|the door|reception|the office)\b|"
    rf"\b{_ADULT}\b(?: \w+){{0,3}}? (?:smelling|smelled|smelt|smells|stinking|stank|reeking|reeked|reeks) of "
    r"(?:alcohol|drink|booze|beer|wine|weed|cannabis|spirits)\b"
)
# A member of staff harsh with children, or alone with one out of sight ("ta shouting at kids", "dinner lady grabbed a
# kid by the arm", "colleague alone with a child in a cupboard"); not cheering or calling them on
_STAFF = (rf"(?:teacher|teachers|ta|tas|teaching assistant|supply(?: teacher)?|staff(?: member)?|member of staff|"
          rf"colleague|coach|volunteer|dinner ?lad(?:y|ies)|dinner staff|midday|play leader|{STAFF_POSTS}|"
          r"mr \w+|mrs \w+|miss \w+|ms \w+|sir)")
_HARSH = compiled(
    rf"\b{_STAFF}\b(?: \w+){{0,2}}? (?:(?:keeps|kept|always|again|really|just|was|is|been) )*"
    r"(?:(?:shout\w*|scream\w*|yell\w*|swear\w*|swore|snapp\w*) at|"
    r"(?:grabb\w*|grabs|yank\w*|dragg\w*|drags|shov\w*|push\w*|shook|shak\w*|pinch\w*|slapp\w*|slaps|smack\w*|"
    r"hit|hits|hitting|kick\w*|rough with|rough handl\w*|manhandl\w*|restrain\w*|humiliat\w*|belittl\w*|mock\w*)|"
    r"alone with|in a (?:locked |dark )?(?:cupboard|room|toilet) with)"
    rf" (?:(?:a|an|the|one|one of (?:my|our|the)|my|our|this|that|some|two|2) )?(?:\w+ )?{_CHILD_WORD}\b"
    r"(?!.*\bto (?:stop|save|catch|help|keep|run|go|come|line|hurry|get|look|watch|be careful|cheer|tidy|sit)\b)"
)
# A parent or carer's hostility towards the speaker or the school, told ("mum messaging me abuse late at night",
# "parent keeps commenting about me on the school page", "parent made a post naming me as a bully", "mum ranting about
# school on tiktok", "lies about the school on local fb page by a mum")
_PARENT = (r"(?:mum|mums|mam|mom|mummy|dad|dads|daddy|parent|parents|carer|carers|step ?(?:mum|dad)|nan|gran|grandad|"
           r"grandma|grandparent|grandparents|uncle|aunt\w*|family|families|mother|father)")
_AT_US = r"(?:me|us|the school|school|our school|staff|the head|head|my ta|my class|miss \w+|mr \w+|mrs \w+|ms \w+)"
_HOSTILE_TO_US = compiled(
    rf"\b{_PARENT}\b(?: \w+){{0,3}}? (?:(?:keeps|kept|always|again|still|now|has|have|been|is|are|was|just) )*(?:"
    rf"(?:messag\w*|text\w*|emailing|emailed|dming|dmd|ringing|calling|sending) (?:\w+ )?{_AT_US} (?:\w+ )?"
    r"(?:abuse|abusive|threats?|threatening|nasty|vile|horrible|insults?|swearing)|"
    rf"(?:comment\w*|post\w*|writ\w*|wrote|rant\w*|moan\w*|kick\w* off|going off|gone off|ranting) "
    rf"(?:about|abt|on|at|re) {_AT_US}\b|"
    rf"(?:made|making|put|putting|wrote|writing|shared|sharing) (?:a |an )?(?:post|video|vid|tiktok|comment|status) "
    rf"(?:naming|about|abt|calling|accusing|slagging|attacking) {_AT_US}\b|"
    rf"(?:naming|named|calling|called|accusing|accused) {_AT_US} (?:as )?(?:a |an )?\w+)"
    r"(?!.*\b(?:lovely|great|brilliant|amazing|thank\w*|kind|nice|praise|praising|well done)\b)|"
    rf"^(?:lies|rumou?rs|abuse|threats|nasty (?:posts?|comments?)) (?:about|abt|re|on|against) (?:\w+ ){{0,6}}?"
    rf"(?:by|from) (?:a |an |one |the |some )?{_PARENT}\b"
)
_READINGS = (_WORRY, _UNLIKE_THEMSELVES, _FOR_THE_DSL, _INCIDENT, _AT_RISK, _IMPAIRED, _HARSH, _HOSTILE_TO_US)


def short_concern(text: str, words: str) -> bool:
    """A chat line of a few words (`words` plain, `text` as typed) that asks nothing and opens a concern: worry about a
    child in particular, a call for the safeguarding lead, an incident in the school day, a child at risk, an adult
    drunk in charge of children, a member of staff harsh with them, or a parent's hostility towards the school."""
    if not words or len(words.split()) > MOST_WORDS or text.rstrip().endswith("?") or _ASKS.search(words):
        return False
    return any(reading.search(words) for reading in _READINGS)
