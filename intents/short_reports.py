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
from intents.harm_readings import names_any_harm
from intents.harm_told import harm_only_in_turns_of_phrase, hurt_in_a_fall
from intents.line_frames import after_the_scene
from intents.rule_words import (
    AUNT_UNCLE,
    CARER,
    DAD,
    GRANDPARENT,
    MUM,
    NOT_A_BLOW,
    NOT_A_NAME,
    PARENTS_PARTNER,
    SCHOOL_GROUNDS,
    STAFF_POSTS,
    STEP_PARENT,
    WIDER_FAMILY,
)
from intents.school_things import THING_MISSING
from intents.staff_conduct import staff_crosses_line
from intents.staff_towards_child import treats_child_harshly
from intents.year_groups import YEAR

# More words than this is a sentence, which the rules and the model read well enough; past TERSE_WORDS only the
# readings anchored on what a concern says are read, and only in a line that asks nothing anywhere in it
MOST_WORDS = 16
TERSE_WORDS = 10
# A line this short ending in "?" with no word that asks is a telling its writer is unsure of
TENTATIVE_WORDS = 8

# Anything that asks: a question word or an auxiliary opening the line, or a rule or a supposition anywhere
# ("worried about ofsted, what do we do", "can a parent film the nativity", "concern if a child…")
_ASKS = compiled(
    r"^(?:(?:so|and|but|just|quick q\w*) )?(?:can|could|should|shall|may|might|must|do|does|did|is|are|am|was|were|"
    r"what|whats|how|who|whos|when|where|why|which|would|will|any|anyone|anybody|is there|are there|"
    # asked as a bidding ("define county lines", "explain cuckooing"): a term asked of, not harm told
    r"define|explain|definition of|meaning of|tell me about)\b|"
    r"\b(?:(?<!\bnot )(?<!\bisnt )(?<!\bno longer )allowed|"
    r"permitted|ok|okay|policy|policies|rules?|guidance|procedure|process|training|form|forms|template|"
    r"(?<!skipping )(?<!skipped )(?<!missing )(?<!bunking )lesson|(?<!skipping )(?<!skipped )"
    r"(?<!missing )(?<!bunking )lessons|assembly|pshe|rse|unit|topic|planning|resources?|scheme|workshop|lists?|"
    r"agenda|login|log in|"
    # a talk or session given on a subject ("county lines talk for y6 parents", "knife crime session for y6")
    r"(?:talk|talks|session|sessions|course|presentation|briefing|webinar)(?= (?:for|on|about|with|this|next)\b|$)|"
    r"password|meeting(?! up)|minutes|review|advice|legal|removal|"
    r"(?:where|when|who|how|which|what)$|"
    r"what if|if (?:a|an|one|someone|somebody|my|our|the|i|we|you)|whether|hypothetical\w*|in general|generally)\b"
)

# A question asked inside a longer line ("…in ict, will the filter catch it", "…on fb what will school do")
_ASKS_INSIDE = compiled(
    r"\b(?:will|would|can|could|should|shall|do|does|did|what|how|who|where|why|whether|is|are)"
    r" (?:the |a |an |this |that )?(?:school|we|i|you|they|it|he|she|staff|filter|anyone|someone|this|that|there)\b"
)
# A question word anywhere, or a word of asking ("ok", "allowed" and the rest are _ASKS')
_QUESTION_WORD = compiled(r"\b(?:what|whats|how|who|whos|when|where|why|which|whether|can|could|should|would|will|"
                          r"do|does|did|is|are|am|was|were|shall|may|might|must|any|anyone|right|true|normal|real|"
                          r"safe|fine|yes|no|or|else)\b")
# What a child mislays, missing ("missing child's reading book", "missing kids water bottle"): no child missing
_THINGS_MISSED = (r"(?:tooth|teeth|kit|book|books|coat|coats|jumper|homework|work|lesson|lunch|reading|letter|form|"
                  r"money|shoe|shoes|bag|bottle|register|glasses|hat|gloves|scarf|uniform|pe kit|lunchbox|trainers|"
                  r"planner)")
_CHILD_WORD = (rf"(?:child|children|kid|kids|kiddo|pupil|pupils|student|students|girl|girls|boy|boys|lad|lads|"
               rf"little ones?|toddler|{YEAR}s?|reception(?: child| kid)?|nursery child|lac|son|daughter|twins|"
               rf"siblings)")
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
                      r"her|all|both|tomorrows?|next|last|new|old|mine|yours|ours|his|hers)")
_NAME = rf"(?!{_NOT_A_CHILDS_NAME}\b)[a-z]{{3,}}"
_ONE_CHILD = (rf"(?:(?:a|an|the|one|one of (?:my|our|the)|my|our|this|that|another|little|new) )?(?:\w+ ){{0,2}}?"
              rf"{_CHILD_WORD}\b")

# Worry or concern said of a child in particular ("worried bout jayden", "concerned about ruby in y2", "keep an eye on
# mason pls"): a name followed by nothing, a year group, or the telling going on
_AFTER = (r"(?=$| (?:in|from|y\d|yr|year|again|today|pls|please|plz|asap|urgent|x|he|she|they|tbh|atm|now|still|too|"
          r"re|about|because|cos|coz|bc|as|since|and|but|his|her|their|at home|home|tired|hungry|quiet|upset|sad|"
          r"crying|withdrawn|angry|thin|scared|off|worse)\b)")
# ... not a year group's business ("so anxious about the y6 data drop", "worried about the y4 trip")
_NOT_THEIR_BUSINESS = (r"(?! (?:\w+ )?(?:data|trip|trips|sats|results|reports?|timetable|assembly|play|"
                       r"nativity|residential|concert|parents evening|mocks|exams?|tests?|coursework|display|"
                       r"performance|photos?|rota|cover|planning|moderation|books|marking|intervention|sports day|"
                       r"swimming)\b)")
_WORRY = compiled(
    r"^(?:(?:im|i am|i m|am|really|bit|a bit|a little|quite|very|so|v|rather|slightly|getting|still|also|just|"
    r"def|defo|seriously) )*(?:worried|concerned|worrying|anxious|uneasy|worry|concern|concerns|worries)"
    r" (?:about|bout|abt|re|for|over|regarding|with|around) "
    rf"(?:{_ONE_CHILD}{_NOT_THEIR_BUSINESS}|{_NAME}{_AFTER})|"
    rf"^(?:(?:can you|pls|please|plz|could you|can we) )?keep an eye on (?:{_ONE_CHILD}|{_NAME}{_AFTER})|"
    rf"^something(?: (?:is|s))? (?:up|wrong|not right|off|going on) (?:with|re|for) (?:{_ONE_CHILD}|{_NAME}{_AFTER})"
)
_SEEMING = (r"(?:(?:is|has been|been|seems|seemed|looks|looked|was|really|very|so|v|bit|a bit|quite|just|always|"
            r"still|getting|more|and|quiet|quieter|sad|low|down|upset|clingy|tired|off|all week|lately) )*")
# ... not of what any child may fear ("kid scared of the dark on residential", "very anxious about the spelling test")
_NOT_OF_EVERYDAY = (r"(?! (?:of|about|before|for) (?:the |a |an |her |his |their )?(?:\w+ )?(?:dark|spiders?|dogs?|"
                    r"thunder|storms?|tests?|sats|exams?|spelling|swimming|residential|trip|play|nativity|assembly|show|"
                    r"performance|heights|water|injection|jab|dentist)\b)")
_SIGNS = (r"(?:withdrawn|tearful|teary|in tears|crying|distressed|frightened|terrified|scared|petrified|anxious|"
          r"flinch\w*|self harming|cutting (?:herself|himself|themselves)|starving|losing weight|lost weight)")
# A child in particular not their usual self, told as signs ("poppy not herself", "charlie quiet and tearful all week",
# "y3 girl very withdrawn")
_UNLIKE_THEMSELVES = compiled(
    rf"^(?:{_ONE_CHILD}|{_NAME})(?: (?:in|from) (?:{YEAR}\w*|\d[a-z]|my class|reception|nursery))? "
    rf"{_SEEMING}(?:not (?:herself|himself|themselves)|{_SIGNS}\b{_NOT_OF_EVERYDAY})\b|"
    # "not right", "not eating" only of a child by a word for them: a name may be a thing's ("printer not right")
    rf"^{_ONE_CHILD}(?: (?:in|from) (?:{YEAR}\w*|\d[a-z]|my class|reception|nursery))? "
    rf"{_SEEMING}not (?:right|ok|okay|eating|sleeping|safe)\b"
)
# Asking for the safeguarding lead, or saying there is a concern to pass on, with nothing asked ("need dsl", "dsl
# pls", "need to speak to dsl asap", "have a concern", "need to pass something on", "a child told me something
# worrying")
_DSL = r"(?:dsl|ddsl|dsls|designated (?:safeguarding )?lead|safeguarding lead|safeguarding team|safeguarding officer)"
# The school's business, which a concern or a word with the DSL may be about ("have a concern about the timetable",
# "need to speak to dsl about the rota")
_ABOUT_BUSINESS = (r"(?! (?:about|re|over|with|regarding) (?:the |my |our )?(?:pay|money|workload|marking|ofsted|"
                   r"timetable|rotas?|duty|duties|hours|contract|heating|wifi|printer|parking|trip|budget|data|email|"
                   r"laptop|website|building|cover|meeting|training|course|forms?|paperwork|dates?|diary|room)\b)")
_FOR_THE_DSL = compiled(
    rf"^(?:(?:i|we) )?(?:need|want|needs|must|have to|got to|gotta|looking for|trying to (?:get|find|reach))"
    r"(?: to (?:speak|talk|see|get|find|grab|reach|contact|catch)(?: (?:to|with|hold of))?)? (?:the |a |our )?"
    rf"{_DSL}\b{_ABOUT_BUSINESS}|"
    rf"^(?:the )?{_DSL}(?: (?:pls|please|plz|asap|urgently|urgent|now|needed|required|anyone|free|around|about))+$|"
    r"^(?:(?:i|we) )?(?:have|got|ive got|i have got|have got|with|there is|theres|there s) (?:a|an|some|one)? ?"
    r"(?:(?:small|quick|slight|serious|possible|potential|bit of a|real|genuine|safeguarding|welfare|cp|child "
    r"protection) )*(?:concern|concerns|worry|worries|disclosure|allegation)\b"
    rf"{_ABOUT_BUSINESS}|"
    r"^(?:(?:i|we) )?(?:need|needs|want|have|got|must|gotta) to (?:pass|log|flag|report|record|raise|share|"
    r"escalate|write up|cpoms) (?:something|sth|smth|a concern|an incident|a disclosure|this|it)\b|"
    rf"^(?:{_ONE_CHILD}|{_NAME}) (?:has )?(?:told|tld|said to|disclosed to) me (?:something|sth|smth|stuff)\b|"
    rf"^(?:an |one )?allegations? (?:against|about|re|involving) (?:a |an |the |one of (?:our|the|my) |my |our )?"
    rf"(?:\w+ )?(?:member of staff|staff member|staff|colleague|teacher|ta|supply|volunteer|coach|{STAFF_POSTS}|"
    r"mr \w+|mrs \w+|miss \w+|ms \w+)\b|"
    r"^(?:staff|staff conduct|prevent|radicali[sz]ation|fgm|cse|cce|county lines|neglect|abuse|self harm|"
    r"domestic abuse|domestic violence|dv|welfare|cp|child protection|lado|sg|safeguarding) "
    r"(?:concern|concerns|worry|issue|referral|one|thing|matter)\b|"
    r"^(?:quick|small|urgent|another|a|an|one more|new) (?:safeguarding|sg|cp|welfare|child protection) "
    r"(?:one|thing|issue|matter|concern|for you)\b|"
    r"^(?:(?:cpoms|my concern|concern|log|note|msg|message|info|another one|one|something|this one|one more|"
    rf"another) )?(?:for|to) (?:the |our )?{_DSL}\b|"
    # the recording system named alone or with the concern, not its own fault ("cpoms down again")
    r"^cpoms\b(?! (?:is |s |keeps )?(?:down|not working|wont|won t|isnt|broken|slow|crashed|playing up|logged|login|"
    r"log in|password|access|update|training)\b)|"
    r"^(?:possible|poss|suspected|suspect|potential|likely|signs of|evidence of) (?:neglect|abuse|grooming|cse|cce|"
    r"fgm|self harm|radicali[sz]ation|exploitation|domestic abuse|dv|county lines|sexual abuse|physical abuse)\b"
)
# An incident at a time or place of the school day, told ("incident at lunch", "an incident on the yard"), not one
# with a thing ("incident with the printer") nor its paperwork ("incident form")
_INCIDENT = compiled(
    r"^(?:(?:there was|theres been|there has been|there s been|we had|had|just had|big|serious|nasty|worrying|"
    r"another) )*(?:an? )?(?:\w+ )?incident (?:at|on|in|during|involving|between|today|yesterday|this|earlier|last|"
    r"after|before|with (?:a |an |one of (?:my|our|the) )?(?:\w+ )?(?:child|kid|pupil|boy|girl|parent|mum|dad|y\d))\b"
    r"(?!.* (?:printer|laptop|computer|ipad|wifi|website|email|photocopier|boiler|heating|car|bus|coach|minibus|"
    r"report|form|log|book|kettle|tables?|chairs?|furniture|equipment|fridge|microwave|projector|smartboard|"
    r"whiteboard|lift|lights?|leak|flood|spill|boiler|pipes?)\b)"
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
    r"marks?|welts?|bite marks?|injur\w*)"
    r"(?!.*\b(?:from|in|at|during|playing) (?:the |a )?(?:football|rugby|netball|hockey|pe|sports?|games|tag|tig|"
    r"fall|falling|tripping|climbing frame|swimming)\b)(?! on (?:his |her |their |the )?(?:knees?|shins?|elbows?)\b)|"
    r"(?:running|selling|dealing|carrying|holding|moving) (?:drugs|weed|parcels|packages|vapes|cigarettes)|"
    r"county lines|"
    # a child who may be pregnant ("y8 lass thinks she might be pregnant")
    r"(?:\w+ ){0,2}?pregnant|"
    r"(?:on|using|searching|searching for|searched|searched for|looking at|looking for|watching|watches|found on) "
    r"(?:the )?(?:dark ?web|porn\w*|"
    r"adult sites?|onlyfans)|"
    r"(?:playing|plays|allowed|lets? \w+ play) (?:\w+ )?(?:gta|grand theft auto|call of duty|cod|18 rated|"
    r"18 games|18s games|18 certificate|horror games)|"
    r"(?:carrying|brought|bringing|has|had|with) (?:a |an )?(?:knife|knives|blade|weapon|machete|zombie knife|"
    r"flick knife|lock knife|knuckle ?duster|bb gun|air rifle|gun|axe)|"
    r"(?:smells? of|smelling of|stinks of) (?:weed|alcohol|drink|booze|smoke|urine|wee)|"
    r"(?:not|hasnt|hasn t|not been) (?:fed|eaten|eating)|no food at home|sleeping rough|"
    r"not (?:been )?seen (?:since|for)|not (?:been )?(?:collected|picked up)|(?:ran|run|running|gone|went) "
    r"(?:out|off|away)\b(?! (?:of (?:time|paper|glue|pens)|with (?:the|a) (?:ball|pen)))|absconded|escaped|"
    r"(?:went|gone|left|taken|collected) (?:home )?(?:with|by) (?:a |the |an )?(?:wrong|unknown|strange|"
    r"unauthori[sz]ed)|(?:unwashed|filthy|smelly|smells(?! of\b)|stinks(?! of\b)|same clothes)|"
    r"(?:on|known to) (?:the )?police (?:radar|list)|(?:police|social services|social worker|cp team) "
    r"(?:involved|called|came|rang|visited))\b|"
    # what calls about a child say: the police or social care came or rang about them ("police came in about a y5")
    r"^(?:the )?(?:police|social services|social care|social worker|cp team|lado|childrens services|cs) "
    rf"(?:came|come|called|rang|phoned|emailed|visited|turned up|here|in)(?: \w+)?(?: (?:about|re|for|regarding))? "
    rf"{_ONE_CHILD}|"
    # neglect seen, its signs told before the child ("same clothes all week, smells, y2")
    r"^(?:same clothes|unwashed|filthy|smelly|no breakfast|no lunch|no coat|hungry|starving)(?: \w+){0,6}? "
    rf"{_ONE_CHILD}$|"
    # a stranger photographing or filming where the children are ("random man at the gate taking photos", "drone
    # over the playground filming")
    r"^(?=.*\b(?:gate|gates|playground|yard|field|fence|school|kids|children|pupils|class|y\d|park)\b)"
    r"(?!.*\b(?:fair|fete|concert|play|nativity|sports day|assembly|show|match|gala|disco|trip|performance|event|"
    r"display|photographer|photo day|open day)\b).*"
    r"\b(?:man|men|woman|bloke|guy|stranger|strangers|someone|somebody|random \w+|drone|car|van|adult|teen\w*) "
    r"(?:\w+ ){0,5}?(?:taking (?:photos|pics|pictures|videos|vids|footage)|filming|photographing|recording|"
    r"videoing)\b|"
    # hostility named in messages to a child ("homophobic msgs y6", "racist comments to a y4")
    r"\b(?:racist|homophobic|transphobic|sexist|sexual|nasty|vile|threatening|abusive|hateful|explicit) "
    r"(?:msgs?|messages?|comments?|texts?|names|abuse|remarks|slurs?|pics?|images?|videos?|vids?)\b"
    rf"(?= (?:(?:to|at|about|from|in|on) )?(?:\w+ )?{_ONE_CHILD})"
)
# A child by name showing what neglect or drink leaves ("freya came in hungry again", "jacob smells of weed every
# morning"): a few signs a thing seldom shows, so a name may lead
_NAMED_NEGLECTED = compiled(
    rf"^{_NAME}(?: (?:in|from) (?:{YEAR}\w*|\d[a-z]|my class|reception|nursery))? "
    r"(?:(?:has|is|was|keeps|kept|always|often|still|again|came|comes|coming|arrived|arrives|turned up|turns up|in) )*"
    r"(?:hungry|starving|unwashed|(?:smells?|smelling|stinks|stinking|reeks|reeking) of (?:weed|cannabis|alcohol|"
    r"booze|drink|smoke|urine|wee)|in the same clothes)\b"
)
# A child seen going off in a car with someone older ("saw a y9 getting into a car with an older lad after school")
_DRIVEN_OFF = compiled(
    rf"\b{_ONE_CHILD} (?:\w+ )?(?:getting|got|get|gets|climbing|climbed|jumping|jumped) (?:into|in) "
    r"(?:a |an |the )?(?:car|van|taxi)s? (?:with|driven by) (?:a |an |some )?(?:older|unknown|strange|adult|grown|"
    r"random|(?:1[89]|[2-9]\d) ?(?:yo|year old|yr old))\b|"
    # ... or into one car after another ("a y9 keeps leaving at lunch and getting into different cars")
    rf"\b{_ONE_CHILD} (?:\w+ ){{0,8}}?(?:getting|gets|got|climbing) (?:into|in) (?:different|strangers|unknown|"
    r"random|older \w+ s|mens|men s) (?:cars|vans)\b"
)
# A child harmed again and again by the same others, the way bullying off-screen is told ("a y10 keeps getting pushed
# down the stairs by the same group", "y3 boy gets tripped up every day"), and care a parent keeps from a child ("mum
# won't take her to the dentist")
_AGAIN_AND_AGAIN = compiled(
    rf"^{_ONE_CHILD}(?: (?:in|from) (?:{YEAR}\w*|\d[a-z]|my class|reception|nursery))? (?:\w+ )?"
    r"(?:keeps|kept|keep|always|constantly|still|gets|is always|is being|has been|been) (?:getting |being )?"
    r"(?:pushed|shoved|tripped|kicked|hit|spat (?:at|on)|called names|picked on|laughed at|ganged up on|cornered|"
    r"threatened|robbed|mugged|jumped)\b|"
    r"\b(?:wont|won t|will not|refuses? to|refused to|doesnt|does not|never|didnt) take (?:him|her|them|the child|"
    r"the kids?|\w+) to (?:the )?(?:dentist|doctors?|gp|hospital|optician|a e|clinic)\b|"
    r"\b(?:toothache|tooth ache|ear ache|earache|infection|rash) for (?:weeks|months|ages)\b"
)
# A case told as a question of whether it is all right ("is it normal that kayla in y7 has a 19 year old boyfriend"):
# someone in particular and a sign of harm, told, not a rule asked after ("is it ok for a child to…")
_CASE_ASKED = compiled(
    r"^is (?:it|this|that) (?:ok|okay|normal|alright|all right|right|fine|acceptable|appropriate|legal) that "
    rf"(?:{_NAME} s |{_NAME} |(?:my|our|one of (?:my|our)|this|that|a|the) (?:\w+ )?{_CHILD_WORD}\b)"
)
# A child lost, or a stranger on the site ("missing child", "man in the playground", "intruder on site"), not a visitor
# with work there ("man fixing the boiler in the hall")
_ON_SITE = compiled(
    rf"^missing {_CHILD_WORD}\b(?!(?: s)? (?:\w+ ){{0,2}}?{_THINGS_MISSED}\b)|^(?:an? )?intruders?\b|"
    r"^(?:an? )?(?:stranger|strangers|man|men|woman|unknown (?:adult|man|woman|person|people)|adult|teens?|teenagers?|"
    r"random \w+|older (?:lads|boys|men|man))(?: \w+)? (?:in|on|at|near|by|round|around|outside|inside|hanging "
    r"(?:round|around)|climbing|lurking) (?:the |our )?"
    rf"(?:{SCHOOL_GROUNDS}|site|school|grounds|toilets|fence|building|corridor|classroom|nursery|reception|"
    r"cloakroom|changing rooms?)\b"
    r"(?!.*\b(?:fix\w*|deliver\w*|contractor|builders?|window cleaner|repair\w*|parents evening|meeting|"
    r"collect\w*|picking (?:up|\w+ up)|pick up|pickup)\b)"
)
# A concern followed up by who it is about ("quick one re alfie", "update on jayden - worse")
_FOLLOW_UP = compiled(
    r"^(?:quick one|quick update|update|an update|following up|follow up|more|another one|news|worse|further) "
    rf"(?:re|on|about|for|regarding|with) (?:{_ONE_CHILD}|{_NAME}{_AFTER})"
)
# An adult in charge of a child, or a member of staff, drunk, high or smelling of drink at school or collecting
# ("dad turned up drunk at pick up", "mum high at collection", "teacher drunk at school", "staff member smelling of
# alcohol"), not at a party
_ADULT = (rf"(?:{MUM}|{DAD}|parent|{CARER}|{STEP_PARENT}|{WIDER_FAMILY}|aunt\w*|{PARENTS_PARTNER}|"
          rf"parents (?:partner|boyfriend|girlfriend)|boyfriend|partner|teacher|ta|supply(?: teacher)?|"
          rf"staff(?: member)?|member of staff|colleague|coach|volunteer|driver|{STAFF_POSTS}|"
          r"mr \w+|mrs \w+|miss \w+|ms \w+)")
_IMPAIRED = compiled(
    rf"\b{_ADULT}\b(?: \w+){{0,3}}? (?:(?:was|is|seemed|looked|turned up|came|arrived|rocked up|showed up|"
    r"appeared) )*(?:drunk|high|stoned|smashed|wasted|off (?:his|her|their) face|under the influence|"
    r"intoxicated|tipsy)\b(?: \w+)* (?:at|for|on|in|during) (?:the )?(?:pick ?ups?|collection|drop ?offs?|home time|"
    r"hometime|the gate|gate|school|work|class|parents evening|the door|reception|the office)\b|"
    rf"\b{_ADULT}\b(?: \w+){{0,3}}? (?:smelling|smelled|smelt|smells|stinking|stank|reeking|reeked|reeks) of "
    r"(?:alcohol|drink|booze|beer|wine|weed|cannabis|spirits)\b|"
    # drink or drugs seen in how they stand and speak, wherever ("a mum was slurring and could barely stand")
    rf"\b{_ADULT}\b(?: \w+){{0,3}}? (?:slurring|slurred|staggering|swaying|(?:could|can) (?:barely|hardly) "
    r"(?:stand|walk)|couldnt (?:stand|walk) (?:up|straight))\b"
)
# A member of staff harsh with children, or alone with one out of sight ("ta shouting at kids", "dinner lady grabbed a
# kid by the arm", "colleague alone with a child in a cupboard"); not cheering or calling them on
_STAFF = (rf"(?:teacher|teachers|ta|tas|teaching assistant|supply(?: teacher)?|staff(?: member)?|member of staff|"
          rf"colleague|coach|volunteer|dinner ?lad(?:y|ies)|dinner staff|midday|play leader|lunch supervisor|"
          rf"lunch staff|sports coach|{STAFF_POSTS}|"
          r"mr \w+|mrs \w+|miss \w+|ms \w+|sir)")
_HARSH = compiled(
    rf"\b{_STAFF}\b(?: \w+){{0,2}}? (?:(?:keeps|kept|always|again|really|just|was|is|been) )*"
    r"(?:(?:shout\w*|scream\w*|yell\w*|swear\w*|swore|snapp\w*) at|"
    r"(?:grabb\w*|grabs|yank\w*|dragg\w*|drags|shov\w*|push\w*|shook|shak\w*|pinch\w*|slapp\w*|slaps|smack\w*|"
    r"hit|hits|hitting|kick\w*|rough with|rough handl\w*|manhandl\w*|restrain\w*|humiliat\w*|belittl\w*|mock\w*)|"
    r"alone with|in a (?:locked |dark )?(?:cupboard|room|toilet) with|kiss\w*|touch\w*|hug\w* (?:\w+ )?(?:a lot|loads)|"
    r"(?:meets?|meeting|met|met up with|meets up with|seeing) (?:up with )?(?:an? )?ex)"
    rf" (?:(?:a|an|the|one|one of (?:my|our|the)|my|our|this|that|some|two|2) )?(?:\w+ )?{_CHILD_WORD}\b"
    rf"(?!(?: s)? (?:\w+ )?{_THINGS_MISSED}\b)"
    r"(?!.*\bto (?:stop|save|catch|help|keep|run|go|come|line|hurry|get|look|watch|be careful|cheer|tidy|sit)\b)"
)
# ... or taking one home ("staff member took a kid home")
_STAFF_TOOK_HOME = compiled(
    rf"\b{_STAFF}\b(?: \w+){{0,2}}? (?:took|takes|taking|drove|drives|driving|gave|gives|giving|buying|bought|buys)"
    rf"(?: a lift to)? (?:(?:a|an|the|one|my|our|this|that) )?(?:\w+ )?{_CHILD_WORD} (?:"
    r"(?:back )?(?:home|to (?:his|her|their) house)|(?:a |an |some |loads of )?(?:money|cash|gifts?|presents?|phone|"
    r"sweets|vapes?|cigarettes|alcohol|lifts?))\b|"
    # a name called ("dinner lady called a kid a little shit"), not called over or in
    rf"\b{_STAFF}\b(?: \w+){{0,2}}? call(?:ed|s|ing) (?:(?:a|an|the|one|my|our|this|that) )?(?:\w+ )?{_CHILD_WORD} "
    r"(?!(?:over|in|back|up|out|to|for|name|names of|by|on|at|from|into|after)\b)\w+"
)
# ... or looking at pornography at school ("teacher watching porn on school laptop")
_STAFF_PORN = compiled(rf"\b{_STAFF}\b(?: \w+){{0,2}}? (?:watching|watches|watched|looking at|viewing|viewed|"
                       r"searching|searched|downloading|downloaded|showing|showed) (?:for )?porn\w*\b")
# A parent or carer's hostility towards the speaker or the school, told ("mum messaging me abuse late at night",
# "parent keeps commenting about me on the school page", "parent made a post naming me as a bully", "mum ranting about
# school on tiktok", "lies about the school on local fb page by a mum")
_PARENT = (rf"(?:{MUM}|{DAD}|mums|dads|parent|parents|{CARER}|{STEP_PARENT}|{GRANDPARENT}|{AUNT_UNCLE}|aunt\w*|family|"
           r"families)")
_AT_US = (r"(?:me|us|our ta|our head|our \w+ teacher|"
          r"(?:the |our |my )?(?:office |kitchen |lunch |site |new |other )?(?:staff|teachers?|receptionist)|"
          r"the head|head|my ta|my class|miss \w+|mr \w+|mrs \w+|ms \w+|(?:the |our )?school"
          r"(?= (?:on|online|in|again|at|to|all|off|for|and|as|saying|being|is|was|page|group|gate)\b|$))")
_HOSTILE_TO_US = compiled(
    rf"\b{_PARENT}\b(?: \w+){{0,3}}? (?:(?:keeps|kept|always|again|still|now|has|have|been|is|are|was|just) )*(?:"
    rf"(?:messag\w*|text\w*|emailing|emailed|dming|dmd|ringing|calling|sending) (?:\w+ )?{_AT_US} (?:\w+ )?"
    r"(?:abuse|abusive|threats?|threatening|nasty|vile|horrible|insults?|swearing)|"
    rf"(?:comment\w*|post\w*|writ\w*|wrote|rant\w*|moan\w*|kick\w* off|going off|gone off|ranting)"
    rf"(?: (?:on|in) (?:the |a |our |their |her |his )?(?:\w+ ){{0,2}}?(?:page|group|gc|chat|site|fb|facebook|"
    rf"insta\w*|tiktok|twitter|x))? (?:about|abt|on|at|re) {_AT_US}\b|"
    rf"(?:made|making|put|putting|wrote|writing|shared|sharing) (?:a |an )?(?:post|video|vid|tiktok|comment|status) "
    rf"(?:naming|about|abt|calling|accusing|slagging|attacking) {_AT_US}\b|"
    rf"(?:naming|named|calling|called|accusing|accused) {_AT_US} (?:as )?(?:a |an )?"
    r"(?!(?:about|re|on|at|to|back|in|from|for|after|regarding|yesterday|today|tonight|this|last|again|earlier|"
    r"over|up|round|with|before|during)\b)\w+)"
    r"(?!.*\b(?:lovely|great|brilliant|amazing|thank\w*|kind|nice|praise|praising|well done)\b)|"
    rf"^(?:lies|rumou?rs|abuse|threats|nasty (?:posts?|comments?)) (?:about|abt|re|on|against) (?:\w+ ){{0,6}}?"
    rf"(?:by|from) (?:a |an |one |the |some )?{_PARENT}\b"
)
# A parent or carer's aggression towards the speaker or a colleague in person ("mum screaming at me in the
# playground", "dad squared up to mr t at pick up", "parent threatened to smash my face in"), or their hostility
# online said another way ("parents gc spreading lies about mrs o", "parent tagged me in a nasty post", "carer posted
# school is covering up abuse")
_PARENT_AGGRESSION = compiled(
    rf"\b{_PARENT}\b(?: \w+){{0,2}}? (?:(?:keeps|kept|always|again|just|was|is|been|got|getting|went|being) )*(?:"
    rf"(?:screaming|screamed|shouting|shouted|yelling|yelled|swearing|swore|spat|spitting|lunged|kicking off|"
    rf"kicked off|going off|went off|squared up|squaring up) (?:at |to |on )?{_AT_US}\b|"
    r"(?:got|getting|right|up) in (?:my|his|her|their) face|"
    r"threaten\w* (?:to )?(?:\w+ ){0,2}?(?:smash|hit|punch|kill|hurt|batter|sort|get|deck|beat|stab|knock|do)|"
    rf"(?:pushed|shoved|hit|punched|slapped|grabbed|headbutted|attacked|assaulted) {_AT_US}\b{NOT_A_BLOW}"
    # pressed, not struck ("a parent pushed me for an answer", "…on the dates")
    r"(?! (?:for|on|about|re|over|to (?:decide|answer|reply|agree|change|sign|give))\b)|"
    rf"(?:spreading|spread|spreads|started|starting) (?:lies|rumou?rs|gossip|stories) (?:about|abt|re|on) {_AT_US}|"
    rf"(?:ganging up on|ganged up on|picking on|picked on|bullying|bullied|harassing|harassed|trolling|trolled) "
    rf"{_AT_US}\b|tagged {_AT_US} in|(?:reviewed|rated|reported) {_AT_US} (?:on|as)|"
    r"(?:will|\w*ll|gonna|going to|threaten\w* to) (?:post|share|put|leak|publish|expose) "
    r"(?:my|our|his|her|their|\w+s) (?:home )?(?:address|number|details|photos?|pics?|car|reg|house)|"
    rf"(?:filming|filmed|recording|recorded|photographing|photographed|videoing|videoed) {_AT_US}\b|"
    r"(?:left|sent|wrote|posted|put)(?: (?:me|us|miss \w+|mr \w+|mrs \w+))? (?:a |an |another )?(?:really |very )?"
    r"(?:horrible|nasty|abusive|threatening|vile|rude|aggressive|offensive|racist|intimidating) "
    r"(?:voicemail|email|message|msg|letter|note|dm|text|comment|post|review)|"
    rf"(?:making|made|makes|posting|posted) (?:false |untrue |malicious |fake )?(?:allegations?|accusations?|claims?) "
    rf"(?:about|against|that) {_AT_US}\b|"
    r"posted (?:that )?(?:the |our )?(?:school|staff|head|teachers?|we|mr \w+|mrs \w+|miss \w+|ms \w+) "
    r"(?:(?:is|are|was|were|has|have|has been|have been) (?:a |an )?(?:really |so )?(?:liars?|lying|paedo\w*|nonces?|"
    r"useless|racists?|abusive|bull(?:y|ies)|bullying|incompetent|a disgrace|disgrace\w*|covering|hiding|a joke|"
    r"rubbish|awful|vile|creeps?|perverts?|drunk|cruel|failing|hitting|hurting)|cover\w*|hid\w*|lie\w*|abus\w*))"
)
# A call for someone to come at once ("can someone come to y3 asap"), asked, but no question of the policy's
_COME_NOW = compiled(
    r"^(?:can|could|any chance) (?:someone|somebody|anyone|any1|some1|sb|a dsl|the dsl|a member of slt|slt)"
    r"(?: (?:please|pls|plz|can|could))? (?:come|pop|get|run|go|ring|call|phone)(?: \w+){0,4}? "
    r"(?:asap|now|urgently|urgent|right now|quick|"
    r"quickly|immediately)\b"
)
# Who passed the matter on, opening the line ("a parent rang to say", "a mum called in, says", "dinner lady says",
# "the lollipop lady told me"): the readings are about what they passed on, so it is set aside with the opener
_PASSED_ON = compiled(
    r"^(?:(?:a|an|the|one of the|one of our|our|my|another|this) )?(?:\w+ )?"
    rf"(?:{_PARENT}|{_STAFF}|neighbours?|lollipop (?:lady|man)|office|reception|someone|somebody|"
    r"member of the public|police|social worker|school nurse|health visitor|childminder|(?:bus|taxi|coach) driver)"
    r"(?: (?:has|just|also|then))* (?:(?:rang|rung|called|phoned|emailed|messaged|texted|came in|popped in|caught me|"
    r"stopped me|came up to me)(?: (?:in|up|the office|reception|school|me|us|earlier|today|this morning))*"
    r" (?:to say|saying|and said|and says|says|said|to tell (?:me|us)|to let (?:me|us) know|about)|says|said|"
    r"told (?:me|us|the office|reception)|mentioned|reckons|reported)(?: that)? "
)
# Who saw it, opening what they passed on ("she saw", "i noticed", "we heard")
_SEEN = compiled(r"^(?:(?:i|we|she|he|they|someone) )?(?:just )?(?:saw|seen|noticed|spotted|heard|witnessed|caught)"
                 r"(?: that)? (?=(?:a|an|the|two|three|some|one|our|my|this|that) |\w+ (?:in|from) )")
# Signs of neglect or harm listed without a verb beside someone ("KM y5, weight loss, same clothes all week", "R in
# 6C - no coat, no lunch, nits, every day"): one may be a bad day, two together are what a DSL wants to hear
_LISTED_SIGN = compiled(
    r"\b(?:no coat|no lunch|no breakfast|hungry|starving|nits|head lice|lice|same clothes|dirty clothes|"
    r"dirty uniform|smells|smelly|unwashed|weight loss|losing weight|lost weight|stopped eating|not eating|"
    r"long sleeves|exhausted|falling asleep|withdrawn|tearful|bruis\w*|marks|scratches|burns?|late every day|"
    r"gang\w*|cash|new phone|expensive \w+|skipping (?:school|lessons)|older (?:friends|mates|lads)|"
    r"not collected|rotten teeth|toothache|wet (?:himself|herself)|soiled)\b"
)
_SOMEONE_LISTED = compiled(rf"\b(?:{YEAR}s?|\d[a-z])\b")
# What a chat line opens with before its matter ("fyi", "heads up", "quick one"), which the readings are not about
_OPENER = compiled(
    r"^(?:(?:fyi|btw|heads up|quick one|quick q|just|also|ps|update|urgent|hi all|hi|hey|morning|afternoon|sorry|"
    r"erm|um|ok|okay|right|so|re|re:|update on|following up|follow up|"
    # a call asked for first ("pls call when u can - y8 lass…")
    r"(?:pls |please |plz |can you |could you )?(?:call|ring|phone) (?:me )?(?:when (?:u|you) can|when free|asap)?)"
    r"(?: (?:re|on|about|-|for))? )+"
)
# Something a child said, passed on, that tells of home, an adult or harm ("lola told me her uncle does stuff", "mia
# says she sleeps on the floor", "leo says no one feeds him on weekends"); not the day's arrangements ("tom says his
# mum will collect him at 3")
_CHILD_SAID = compiled(
    rf"^(?:{_ONE_CHILD}|{_NAME})(?: (?:in|from) (?:{YEAR}\w*|\d[a-z]|my class|reception|nursery))? "
    r"(?:(?:has|just|also|keeps|kept|then|always) )*(?:says|said|saying|told me|told us|"
    r"told (?:his|her|their|a|the|my) \w+|tells (?:me|us|everyone)|disclosed|mentioned|whispered|wrote|drew)"
    r"(?: (?:me|us))?(?: that)? "
    r"(?=.*\b(?:a man|an adult|a stranger|strange man|older man|no one|nobody|noone|floor|no food|hungry|feeds?|fed|"
    r"hurts?|hurting|(?:hit|hits|hitting) (?:him|her|them|me|his|my|mum|mummy|dad)|"
    r"smack\w*|kick\w*|punch\w*|slap\w*|touch\w*|secret|scared|afraid|frightened|"
    r"police|knife|drunk|drugs|does stuff|does things|private|alone|locked|shouts at|screams at|fighting|bruis\w*|"
    r"belt|burn\w*|weed|naked|sleeps in (?:his|her|their) bed|wants to die|kill (?:himself|herself|themselves)|"
    # the child's own marriage ("says she is getting married in the holidays"), not a family wedding
    r"(?:she|he|they|her|him|them)(?: is| s| are| will be| ll)? (?:getting|get|be|being|going to (?:be|get)) married|"
    r"(?:her|his) (?:husband|wife|fiance\w*)|married off|engaged to|"
    # a threat, a wish not to be, a secret kept with an adult, home feared, in the child's own words ("kian told me
    # i dont want to go home, he'll kill me", "she said i just want to go to sleep and not wake up")
    r"kill\w*|not (?:to )?wake up|special (?:girl|boy|friend)|not to tell|"
    r"(?:dont|don t|do not|doesnt|doesn t|does not) want to go home)\b)"
    r"(?!.*\b(?:collect\w*|pick(?:ing)? (?:him|her|them) up|pay\w*|paid|trip|kit|forgot|money|appointment|dentist|"
    r"doctor|birthday|holiday|party|present|tea|cinema|match|club|ill|sick|poorly|thank\w*|love\w*|proud)\b)"
)
# A child drawn to violence or harm, or telling the world where they are ("ben keeps talking about guns and killing",
# "ruby posted her school on tiktok", "sam shared a fight video in class")
_CHILD_DRAWN = compiled(
    rf"^(?:{_ONE_CHILD}|{_NAME})(?: (?:in|from) (?:{YEAR}\w*|\d[a-z]|my class|reception|nursery))? "
    r"(?:(?:has|just|also|keeps|kept|always|been|is|was) )*(?:"
    r"(?:talking|talks|talked|drawing|draws|drew|writing|writes|wrote|obsessed|going on|searching|searched|joking) "
    r"(?:about|on|for|with) (?:\w+ )?(?:guns?|killing|knives|knife|bombs?|suicide|shooting people|stabb\w*|"
    r"hurting (?:people|someone|himself|herself|themselves)|sex|terroris\w*|isis|hitler|nazis?|porn\w*|"
    # wishing themselves gone ("olivia keeps talking about wanting to disappear")
    r"(?:wanting|wants|want) to (?:disappear|die|be dead|end it|not be here|not exist|not wake up)|dying|"
    r"ending it all|not being here)|"
    # looking up how to end their life ("a y5 was searching how to kill yourself on the class ipad")
    r"(?:searching|searched|looking up|looked up|googling|googled|researching|watching videos on)(?: for| up)? how to "
    r"(?:kill|hang|hurt|cut|poison|overdose) (?:yourself|himself|herself|themselves|myself|your ?self)|"
    r"(?:posted|posts|posting|shared|sharing|shows|showing|put) (?:his|her|their) (?:school|address|location|"
    r"uniform|house|postcode|phone number|number|face|body)|"
    r"(?:posted|posts|posting|shared|sharing|showed|showing|sent|sending|airdropped) (?:a |an |the |some )?"
    r"(?:fight|violent|porn\w*|nude|naked|gore|gory|beheading|rude|sexual|explicit|sick|disgusting) "
    r"(?:video|vid|pic|picture|photo|clip|image|meme)s?|"
    r"(?:sent|sending|sends|posted|posting) (?:a |some )?(?:pics?|photos?|videos?|vids?|selfies?) of "
    r"(?:herself|himself|themselves) to)\b"
)
# Someone from outside watching, waiting for or approaching a child ("teen at the gate asking for y6 girl")
_APPROACHED = compiled(
    r"\b(?:man|men|woman|bloke|guy|stranger|strangers|teen\w*|older (?:boys?|lads?|girls?|men|man|kids?)|adult|"
    r"ex ?pupils?|ex ?students?|former (?:pupils?|students?)|youths|"
    r"someone|somebody|car|van)\b(?: \w+){0,4}? (?:asking (?:for|about|after)|waiting for|hanging (?:round|around)|"
    r"watching|following|followed|talking to|approached|approaching|offering|offered|gave|giving) "
    rf"{_ONE_CHILD}"
)
# A child taken abroad for a wedding or a ceremony ("y5 girl going to pakistan for a long time, mentioned a wedding")
_TAKEN_ABROAD = compiled(
    rf"^(?=.*\b(?:wedding|married|marriage|engaged|husband|cutting|circumcis\w*|ceremony)\b)"
    r"(?=.*\b(?:abroad|overseas|pakistan|bangladesh|india|somalia|nigeria|sudan|egypt|country|back home|long time|"
    rf"months|extended)\b).*\b{_ONE_CHILD}"
)
# A picture of a child the school must never let be shown, posted ("lac child's face on class photo post by a mum")
_UNSHOWABLE = compiled(
    r"^(?=.*\b(?:pics?|photos?|pictures?|face|faces|videos?|vids?|posted|post|image|images)\b)"
    r".*\b(?:lac|looked after (?:child|pupil|kid)|cla|fostered|foster (?:child|kid|pupil)|adopted|"
    r"no (?:photo )?consent|without (?:photo )?consent|no permission|opted out|protected (?:child|pupil|identity))\b"
)
# Someone in particular, as a chat line names them: a child by a word for them or their year group, a member of staff,
# a parent or carer, an adult by title and name, or an outsider ("y5", "our ta", "mum", "mr a", "a man")
_PERSON = (rf"(?:{_CHILD_WORD}|{_STAFF}|{_PARENT}|{_ADULT}|man|men|woman|bloke|guy|stranger|adult|teen\w*|someone|"
           r"somebody|ey|eyfs|cin|cp)")
_SOMEONE = compiled(rf"\b{_PERSON}\b")
_OWN_WORRY = compiled(r"(?:(?:im|i am|i m|a bit|bit|so|really|v|very|quite|bit|just) )*(?:worried|worrying|concerned|"
                      r"anxious|uneasy|worry|concern)\b")
# Someone in particular, by their year group or class or as one of ours ("tommo y6", "my ta", "our y4 boy"): a topic
# asked with a "?" names no one ("allegation against staff?", "cpoms?")
_PARTICULAR = compiled(rf"\b(?:{YEAR}s?|\d[a-z]|(?:my|our|this|that) (?:\w+ )?{_PERSON})\b")
# Words a safeguarding lead reads as a concern whatever else a chat line says: harm, its signs and its aftermath, in a
# line that names someone and asks nothing ("mum turned up shouting, very intimidating", "kid came in with cigarette
# burns", "y5 talking about wanting to die", "child protection plan child absent today", "dad not allowed contact
# turned up at the gate")
_SIGNAL = compiled(
    r"\b(?:aggressi\w*|intimidat\w*|threaten\w*|abusive|abused|assault\w*|attacked|violen\w*|burns|burnt|"
    r"bruis\w*|welts?|bleeding|bloody|wanting to die|wants to die|want to die|suicid\w*|kill (?:himself|herself|"
    r"themselves|myself)|self ?harm\w*|bombs?|weapons?|knife|knives|blade|guns?|court order|injunction|"
    r"not allowed (?:contact|to (?:see|collect|contact|have contact))|no contact order|restraining order|"
    r"child protection|cp plan|on a plan|cin plan|social worker|arrested|prison|indecent|sexual\w*|porn\w*|nudes?|"
    r"naked|groom\w*|exploit\w*|radicali[sz]\w*|extremis\w*|racis\w*|homophob\w*|neglect\w*|unkempt|"
    r"underweight|malnourish\w*|starving|drunk|cocaine|weed|cannabis|missing|abscond\w*|scared|frightened|"
    r"terrified|petrified|disclos\w*|(?:how to )?(?:hang|kill) (?:yourself|himself|herself|themselves|myself)|"
    r"allegation\w*|touched|touching|smack\w*|slapp\w*|punch\w*|strangl\w*|"
    r"chok\w*|hurts? (?:him|her|them|me)|hurting (?:him|her|them|me)|hits (?:him|her|them|me)|blackmail\w*|"
    r"sextort\w*|stalk\w*|harass\w*|troll(?:s|ed|ing|er|ers)?|flash\w*|predator|paedo\w*|nonce|creep\w*|inappropriate\w*|"
    r"fgm|forced marriage|traffick\w*|county lines|gang\w*|sex offender\w*|offenders? register|"
    r"(?:released|out) (?:from|of) prison|"
    # a partner grown up ("a 19 year old boyfriend"), lice left for months
    r"(?:1[89]|[2-9]\d) ?(?:yo|y o|year old|yr old|yrs? old|years old) (?:boyfriend|girlfriend|bf|gf|man|woman)|"
    r"older (?:boyfriend|bf)|grown men|(?:nits|lice) (?:for|since|all|untreated|never))\b"
)
# ... but not an accident, an illness or a game ("y4 hurt his knee in pe", "y6 scared of the sats", "gang of y2s
# playing tig")
_NOT_A_SIGNAL = compiled(
    r"\b(?:fell|fall|falls|tripped|slipped|accident\w*|knee|ankle|nosebleed|bumped|pe|sats|tests?|exams?|"
    r"spiders?|dogs?|the dark|thunder|storm|film|movie|book|story|play|panto|halloween|game|games|tig|tag|"
    r"punch\w* the air|slapp\w* (?:a|an|the|some) (?:\w+ )?(?:stickers?|labels?|notes?|signs?|posters?)|"
    rf"playing|missing {_THINGS_MISSED}|lost|dinosaur\w*|lol|haha|lmao|party|night out|(?:christmas|xmas|staff|"
    r"leaving) do|pub|hen|stag|celebrat\w*|wedding|my (?:mum|dad|mam|nan|gran|grandad|brother|sister|husband|wife|"
    r"partner|son|daughter|kids?|family|uncle|aunt\w*))\b"
)
# People in general, a topic ("abusive comments about staff by parents"), unless someone's own ("our kids")
_GENERAL = compiled(r"(?<!\bour )(?<!\bmy )(?<!\bthe )(?<!\bthese )(?<!\bthose )(?<!\bsome )(?<!\btwo )(?<!\b2 )"
                    r"\b(?:pupils|kids|children|students|staff|teachers|tas|colleagues|parents|mums|dads|carers|adults|"
                    r"strangers|men|teens|teenagers|girls|boys|people|families)\b")
# A topic named by what a post says, opening the line ("racist post by parent", "threatening posts by parents")
_TOPIC = compiled(r"^(?:\w+ )?(?:\w+ )(?:social media )?(?:posts?|comments?|messages?|content|images?|videos?|"
                  r"behaviour|language|material|websites?|sites?|apps?|games?)\b"
                  r"(?! (?:of|about|to|from|on) (?:a|an|our|my|one)\b)")
# Parents in general, the subject of a topic ("parents reporting offensive posts about school"): their hostility is told
# only towards someone in particular ("parents ganging up on mrs s in the class gc")
_PARENTS_IN_GENERAL = compiled(r"^(?:parents|mums|dads|carers|families|grandparents)\b"
                               r"(?! (?:gc|group|chat|whatsapp)\b)")
_SOMEONE_IN_PARTICULAR = compiled(r"\b(?:me|us|my \w+|our \w+|the head|mr \w+|mrs \w+|miss \w+|ms \w+)\b")
# Marks on a child's body where a knock in play seldom leaves them, told in a few words ("lad in 6b - marks on arms",
# "scratches on y8 wrists"), not from a game or a fall
_MARKED = compiled(
    rf"^(?=.*\b{_CHILD_WORD}\b)(?!.*\b(?:fell|fall|tripped|football|rugby|netball|pe|games|playing|cat|dog|"
    r"rabbit|hamster|kitten|puppy)\b).*\b(?:marks?|scratch(?:es)?|cuts|bruis\w*|burns?|welts?|bite marks?) on "
    r"(?:(?:his|her|their|the|both|a) )?(?:\w+ ){0,2}?"
    r"(?:arms?|wrists?|thighs?|neck|back|tummy|stomach|body|inner \w+)\b"
)
# A disclosure or an allegation named at the end of a call for someone ("pls call - disclosure")
_NAMED_AT_END = compiled(r"\b(?:a |an )?(?:disclosure|allegation)(?: (?:today|just now|asap|pls|please|plz|urgent))?$")
_READINGS = (_WORRY, _UNLIKE_THEMSELVES, _FOR_THE_DSL, _INCIDENT, _AT_RISK, _IMPAIRED, _HARSH, _STAFF_TOOK_HOME,
             _STAFF_PORN, _CHILD_SAID, _CHILD_DRAWN, _APPROACHED,
             _TAKEN_ABROAD, _UNSHOWABLE, _ON_SITE, _MARKED, _NAMED_AT_END, _NAMED_NEGLECTED, _DRIVEN_OFF,
             _AGAIN_AND_AGAIN)


def short_concern(text: str, words: str) -> bool:
    """A chat line of a few words (`words` plain, `text` as typed) that asks nothing and opens a concern: worry about a
    child in particular, a call for the safeguarding lead, an incident in the school day, a child at risk, an adult
    drunk in charge of children, a member of staff harsh with them, or a parent's hostility towards the school."""
    # harm words only in turns of phrase ("a parent hit me up on whatsapp", "mia told me kyle hit a home run"); and a
    # member of staff crossing a line or harsh with a child, which the harm net answers with the report offered first
    # and the school's route for a concern about staff ("ta smells of alcohol", "ta seen kissing a y11"), or harm the
    # harm net names and so answers with the report offered first ("a child told me he doesnt want to go home")
    # the scene and who passed it on are no part of the matter, nor of its length (intents/line_frames.py)
    matter = _matter_of(words)
    if (not words or len(matter.split()) > MOST_WORDS or harm_only_in_turns_of_phrase(words)
            or staff_crosses_line(words) or treats_child_harshly(words) or names_any_harm(words)):
        return False
    if _COME_NOW.search(words):
        return True
    if _CASE_ASKED.search(words) and _SIGNAL.search(words):
        return True
    # a few words of telling with a doubting "?" and nothing that asks ("tommo y6 - self harm??", "sid in y4 -
    # bruises?"): unsure of what was seen, not asking the policy, so read as told
    if (text.rstrip().endswith("?") and len(words.split()) <= TENTATIVE_WORDS and not _ASKS.search(words)
            and not _ASKS_INSIDE.search(words) and not _QUESTION_WORD.search(words) and _PARTICULAR.search(words)
            # the speaker's own worry with a "?" asks whether to worry ("worried about the kid in y4?")
            and not _OWN_WORRY.match(words)):
        return short_concern(text.rstrip().rstrip("?!. "), words)
    if text.rstrip().endswith("?") or _ASKS.search(words):
        return False
    long = len(matter.split()) > TERSE_WORDS
    if long and _ASKS_INSIDE.search(words):
        return False
    if _FOLLOW_UP.search(words):
        return True
    words = _OPENER.sub("", words) or words
    if any(reading.search(told) for told in dict.fromkeys((words, matter)) for reading in _READINGS):
        return True
    if len(set(_LISTED_SIGN.findall(matter))) >= 2 and (_SOMEONE.search(matter) or _SOMEONE_LISTED.search(matter)):
        return True
    # a thing gone missing is no child gone missing ("laptop trolley missing from y5")
    if long:
        return False
    if len(words.split()) > TERSE_WORDS:
        words = matter
    if (signal_word(THING_MISSING.sub(" ", words)) and _SOMEONE.search(_GENERAL.sub(" ", words))
            and not _NOT_A_SIGNAL.search(words)
            and not _TOPIC.match(words)
            and not hurt_in_a_fall(words)):
        return True
    return (any(reading.search(words) for reading in (_HOSTILE_TO_US, _PARENT_AGGRESSION))
            and not (_PARENTS_IN_GENERAL.search(words) and not _SOMEONE_IN_PARTICULAR.search(words)))


def _matter_of(words: str) -> str:
    """The (plain) line without its opener, the scene and who passed it on ("fyi at lunch today a parent rang to say a
    y6 ..." -> "a y6 ..."); the line itself if nothing is left."""
    matter = after_the_scene(_OPENER.sub("", words).strip() or words)
    matter = _PASSED_ON.sub("", matter).strip() or matter
    matter = _SEEN.sub("", matter).strip() or matter
    return after_the_scene(matter)


# A telling's length: past it a message is a story, which the narrative rules and the model read
TELLING_WORDS = 25


def only_tells(text: str, words: str) -> bool:
    """The chat line (`text` as typed, `words` plain) tells and asks nothing: no question mark, no word that asks
    opening it or inside it, no rule or supposition, and no longer than a telling."""
    return (bool(words) and "?" not in text and len(words.split()) <= TELLING_WORDS and not _ASKS.search(words)
            and not _ASKS_INSIDE.search(words) and not _ASKS.search(_matter_of(words)))


def signal_word(words: str) -> bool:
    """The (plain) words name harm, its signs or its aftermath, as a safeguarding lead reads them in a chat line."""
    return bool(_SIGNAL.search(words))
