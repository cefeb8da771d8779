"""Harm told with nothing else around it, and harm words that harm no one.

Harm to a child told by who did it or by name ("jake hit sam", "liam punched him", "jo at risk") is a report, though
none of `intent_rules`' shapes takes it: TOLD_BY_NAME, which `reports.judge_report` takes doubtfully. A harm word in a
turn of phrase, a knock or what befalls someone ("he pushed her buttons", "she hit her head on the table", "norovirus
hit them again"), or the speaker worn out by a class, a task or a time ("year 6 are killing me today"), harms no one:
`harm_only_in_turns_of_phrase` and `speaker_worn_out`, which the report model's verdict and the harm net
(`understanding`) defer to. Works on `plain` text (lower case, no punctuation).
"""

from __future__ import annotations

import re

from intents.alternation import compiled
from intents.asks_then_tells import told_after_asking
from intents.harm_asked_if_ok import OK_THAT
from intents.home_conflict import LAUGHING, SAID
from intents.incidents import (
    HARM,
    HARM_TOLD_BESIDE,
    HURTS,
    describes_incident,
    gave_a_beating,
    held_down,
    names_harm,
    thrown_at,
)
from intents.intent_rules import tells_what_happened
from intents.rule_words import (
    AFTER_NAME,
    AUNT_UNCLE,
    BE,
    BREAK,
    CARER,
    COMPLAINT,
    DAD,
    GATE_TIME,
    GRANDPARENT,
    HARM_EVENT,
    HARMFUL,
    HOUSEHOLD,
    HYPOTHETICAL,
    IN_DANGER,
    MUM,
    NOT_A_NAME,
    NOT_SAFE,
    SIBLING,
    STAFF_POSTS,
    STEP_PARENT,
    THINGS,
    WIDER_FAMILY,
    rest_of,
)
from intents.violence_told import names_violence
from intents.year_groups import YEAR, YEAR_GROUP, YEAR_WORD, YEARS

# Harm to a child told by name, and nothing else ("jake hit sam", "amy keeps hitting leo", "liam punched him", "jo at
# risk", "maisie isnt safe at home"): the model, which scores "jake hit sam" 0.19, knows few names, and the shapes of
# intent_rules want a child or a family word. Judged a report only doubtfully (reports.judge_report), so one press
# takes it back. The one doing it opens the message (after a telling of it: "i think", "apparently", "mia told me"),
# or a "what if" (a name can be any word, so only there is a word taken for one), and is not a pronoun nor something
# that is not a person ("it hit him hard", "covid hit them", "ofsted hit us", "data at risk"). Names that are also the
# words a question opens with are missed ("may hit him", "will punched her").
# What befalls people, not what someone does to them ("grief hit him hard", "chickenpox hit him", "norovirus hit them
# again"), by its word or by how such words end (an illness or a state: "tonsillitis", "sadness", "unemployment",
# "depression", "pregnancy"; no first name ends so); and a team, as sport tells a result ("arsenal hit them hard last
# night"), though not those that are also names.
_BEFALLS = (r"(?:grief|loss|stress|anxiety|panic|guilt|fear|bereavement|illness|sickness|bug|measles|mumps|asthma|"
            r"hayfever|allergies|tiredness|fatigue|exhaustion|recession|redundancy|debt|bills|rent|prices|"
            r"arsenal|liverpool|everton|spurs|tottenham|villa|wolves|leeds|newcastle|brighton|fulham|brentford|"
            r"palace|forest|burnley|southampton|saints|city|united|rovers|wanderers|albion|celtic|rangers|"
            r"england|scotland|wales|australia|france|germany|spain|italy|brazil|argentina|"
            r"[a-z]*(?:virus|pox|itis|fever|flu|ness|ment|tion|sion|ism)|[a-z]{4,}ancy)")
_NOT_A_DOER = (r"(?:he|she|it|they|we|you|u|me|us|him|them|hes|shes|its|theyre|im|ive|id|youre|one|nobody|noone|"
               r"everybody|ball|covid|corona|ofsted|maths|english|science|reading|phonics|spelling|sats|exams?|tests?|"
               r"homework|work|life|news|results|storm|wind|rain|snow|weather|heat|flu|virus|cold|lockdown|cuts|budget|"
               r"funding|inflation|door|car|bus|van|bike|football|rugby|cricket|netball|tennis|hockey|pe|sports?|"
               r"games?|match|lessons?|school|class|playground|karma|reality|stop|dont|never|always|please|pls|lets|"
               r"just|also|then|there|here|so|but|yet|too|really|again|lol|ok|okay|yes|yeah|maybe|whoever|data|files?|"
               r"laptops?|ipads?|devices?|passwords?|accounts?|reputation|privacy|information|info|photos?|pictures?|"
               r"equipment|website|system|network|wifi|jobs?|trip|contract|everything|nothing|something|anything|"
               r"today|yesterday|tonight|tomorrow|earlier|later|now|mr|mrs|ms|miss|dr|sir|comments?|messages?|trolls?|"
               r"tweets?|gossip|rumou?rs?|words|reviews?|criticism|remarks?|jokes?|memes?|emails?|texts?|dms?|replies|"
               rf"feedback|{_BEFALLS})")
_DOER = (rf"(?!(?:{NOT_A_NAME}|{_NOT_A_DOER})\b)[a-z]{{2,}}(?: [a-z]\b)?"
         rf"(?: (?:in|from) (?:\d[a-z]|{YEAR}))?")
# Someone in particular by what they are, not by name ("the boy next door", "an older boy", "some year 6 girls"), who
# may also be the one harmed ("he hit another child"); as the doer not after a "what if": "if a child hits another
# child" asks the policy.
_KIND_OF_CHILD = (rf"(?:(?:older|bigger|big|little|younger|new|teenage|{YEAR}|local|same|other) )?"
                  r"(?:boys?|girls?|lads?|m[ae]n|wom[ae]n|kids?|child(?:ren)?|pupils?|students?|teens?|teenagers?|"
                  r"older ones|big ones)"
                  r"(?: (?:next door|over the road|across the road|down the road|upstairs|downstairs|"
                  rf"in (?:{YEAR}|reception|\d[a-z]|(?:my|his|her|their|the same) class)|"
                  rf"from (?:{YEAR}|next door|over the road|down the road|the estate|secondary)|"
                  r"(?:at|from|in) the (?:park|shops?|bus stop|station|pool|swimming pool|club|church|mosque|"
                  r"youth club|rec|corner shop|takeaway|chippy)))?")
_PEOPLE = rf"(?:the|a|an|another|some|two|three|these|those|this|that|one of the) {_KIND_OF_CHILD}"
# The one it is done to: a pronoun or a name ("me" too, a child's words or the teacher's: "jake kicked me", though not
# hurt or touched, which said of "me" are as often feelings, "kate hurt me", "it really touched me"), a child by what
# they are to someone ("his sister", "another child"), not what a game, a result or an idiom hits ("hit the ball",
# "kicked it in", "hit her reading target", "hit me up", "hit send", "touch base", "kick off", "hurt himself in pe").
_NOT_A_CHILD = (r"(?:up|off|out|down|over|back|through|away|around|round|it|its|me|us|you|u|his|the|a|an|my|your|"
                r"our|their|this|that|some|all|every|each|one|two|both|everyone|everybody|someone|somebody|anyone|nobody|"
                r"himself|herself|themselves|myself|itself|yourself|ourselves|send|reply|enter|delete|save|refresh|"
                r"snooze|submit|post|play|pause|record|targets?|base|balls?|bullseye|jackpot|six|four|wall|ground|floor|"
                r"roof|road|door|buttons?|like|follow|block|mute|share|net|goal|bar|crossbar|line|finish|screen|nail|"
                r"bottom|top|peak|rock|mark|level|score|air|hay|sack|books|gym|shops|town|bucket|bed|lights|brakes|"
                r"keys?|deadline|headlines|spot|home|school|on|in|at|with|to|for|by|and|or|so|\w+ing)")
_FAMILY = (r"(?:(?:little|baby|younger|older|big|twin|step ?) ?)?(?:"
           rf"{SIBLING}|siblings?|cousins?|friends?|{MUM}|{DAD}|sons?|daughters?|{GRANDPARENT}|child|kids?|baby)")
_CHILD = (rf"(?:him|her|them|em|(?:his|her|their|my) {_FAMILY}|{_PEOPLE}|"
          rf"(?!{_NOT_A_CHILD}\b)[a-z]{{2,}}(?: [a-z]\b)?)")
_HARMS = (rf"(?!beat\b|beats\b|beating\b)(?:{HURTS}|grab\w*|pinch\w*|bit|bite|bites|biting|scratch(?:ed|es|ing)?|"
          r"push(?:ed|es|ing)?|shov(?:e|ed|es|ing)|stabb?(?:ed|ing|s)?|headbutt\w*|throttl\w*)")
# Where on the body: "touched her privates" said of anyone (of oneself it is as much a concern in a primary school),
# "hit her face" only where "his" or "her" is not the doer's own ("she hit her head" is a knock, "he hit her head"
# is not).
_PRIVATE = (r"(?:privates|private parts?|bum|bottom|boobs|breasts?|chest|crotch|groin|willy|penis|vagina|fanny|"
            r"front bottom|down there)")
_BODY = (rf"(?:face|head|stomach|tummy|belly|back|eyes?|mouth|nose|neck|throat|ribs|arms?|legs?|hands?|ears?|hair|"
         rf"cheeks?|lips?|jaw|knees?|shins?|balls|nuts|{_PRIVATE})")
# What may follow the one harmed, any number of times: where on the body, held by what, with what, how often, when,
# where, which way, how hard; "jake hit sam with a ball in pe", "in the quiz", "about the rota" are none of these.
_HOW = (
    rf" (?:(?:in|on|across|round|around|over|to|between) (?:the|his|her|their|my) {_BODY}"
    r"|by (?:the|his|her|their|my) (?:neck|throat|hair|arms?|wrists?|collar|ears?|hood|coat|jumper|shirt|top|bag|"
    r"hands?|legs?|face|head)"
    r"|with (?:a|an|his|her|their|the|my|some) (?:(?:wooden|metal|plastic|closed|big|heavy|hot|leather) )?"
    r"(?:belt|stick|shoe|slipper|knife|scissors|chair|brick|stone|rock|fists?|cable|wire|lead|cord|charger|hanger|"
    r"spoon|ruler|bat|pole|pipe|hammer|bottle|cane|whip|rope|pan|plug|hose|broom|mop|remote|phone|compass|pencil|"
    r"pen|hand|foot|feet|knee|elbow|head|keys?|buckle|iron|glass|cup|mug|plate|fork|cigarette|lighter|candle|"
    r"kettle|lit match|hot spoon)"
    r"|(?:until|till|so hard) (?:it|she|he|they|(?:his|her|their) \w+) (?:bled|was bleeding|cried|screamed|"
    r"passed out|bruised|couldnt breathe|could not breathe)"
    r"|as (?:a )?punishment|for (?:the|a|the whole|two|three|several|\d+) (?:weekend|night|nights|days?|week|hours?)"
    r"|once|twice|(?:two|three|four|five|six|several|many|\d+) times|again(?: and again)?|over and over(?: again)?|"
    r"(?:every|each) (?:day|night|week|morning|evening|time|weekend)|most (?:days|nights|weeks|mornings|weekends)|"
    r"all the time|a lot|loads|lots|repeatedly|constantly|regularly|daily|sometimes|often|"
    r"today|yesterday|tonight|last (?:night|week|weekend|term|year|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|this (?:morning|afternoon|week|weekend)|(?:over|at) the weekend|earlier|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:before|after) school|"
    rf"at (?:home|school|lunch\w*|play\w*|break\w*|{GATE_TIME}|the gate|the park|church|mosque|(?:his|her|their|"
    r"my) (?:house|flat|dads|mums|nans|grans))|"
    r"in (?:the )?(?:playground|toilets?|loos?|class(?:room)?|corridor|line|cloakroom|hall|lunch hall|dinner hall|"
    r"changing rooms?|park|street|car|house|bedroom|kitchen|garden|lesson|assembly|queue|lift|bath|shower|"
    rf"{YEAR}|reception|\d[a-z])|"
    r"on the (?:way (?:home|to school)|bus|field|playground|stairs|school run|street|walk home)|"
    r"(?:down|up|into|against|onto|off|out of|through) (?:the|a|his|her|their|my) (?:stairs|steps|wall|floor|ground|"
    r"door|table|desk|radiator|fence|lockers?|road|window|pond|pool|bush|nettles|climbing frame|slide|swings?|bench|"
    r"chair|stage|bike|scooter|trampoline|bed|car|bus|wheelchair)|to the (?:floor|ground)|over|down|"
    r"hard|really hard|so hard|very hard|for no reason|on purpose|deliberately)"
)
# Then the end, or the telling going on ("and she's crying", "but", "when…", "he says"): not a purpose, a topic or a
# result that makes it ordinary ("grabbed me to ask", "about the rota", "by telling the head", "and i got the job").
_GOES_ON = (r"(?=$| (?:and|but|so|since|because|cos|when|while|he|she|they|i|we|x|please|pls|urgent|help|what|who|"
            r"now|still|too|apparently|allegedly|(?:after|before|as) (?:he|she|they|i|we|that)|"
            r"and (?:then|now|she|he|they|it|is|was|has|had|left|made|said)|not sure|is this|should i|do i|can i)\b)")
_TOLD_ON = rf"(?:{_HOW})*" + _GOES_ON
# "Me" after a push or a grab is as often a nudge or a word ("sarah pushed me and i got the job", "jane grabbed me at
# lunch"): the telling goes on only with harm to me ("and i fell"), not with what i then did.
_ME_TOLD_ON = (rf"(?:{_HOW})*"
               r"(?! and (?:i|we)\b(?! (?:fell|was hurt|got hurt|hurt|cried|bled|banged|hit|couldnt|could not)\b))"
               + _GOES_ON)
# A slap on the back is praise and a stab in the back a betrayal, unless with something.
_IDIOM = r"(?!(?:slap|pat)\w* \w+ on the back\b|stabb?\w* \w+ in the back\b(?! with\b))"
# "what if jake hit sam?" as "what if mum hit him?" (incidents.HARMED_BY_SOMEONE, searched anywhere): doubtful, so a
# "what if" the policy answers is answered, with the report offered first.
_SUPPOSING = (r"(?:what if|if|say|suppose|supposing|imagine|what happens if|what (?:do|should|would) (?:i|we) do if)"
              r" ")
# Told as told ("i think", "apparently", "mia told me", "sam says"), or seen being done ("saw jake hit sam", "i
# watched him kick her")
_TELLING = (r"(?:(?:(?:i|we) (?:think|thought|believe|heard|hear|reckon|suspect|was told|were told|(?:have|ve) been "
            r"told|just found out|found out|know)|apparently|allegedly|reportedly|"
            rf"(?:{_DOER}|he|she|they|(?:his|her|their) {_FAMILY}|{_PEOPLE}) (?:has |had |just )?"
            r"(?:told me|tells me|told us|tells us|says|said|is saying|was saying|reckons|claims|claimed))"
            r"(?: that)? )?")
_SEEN = r"(?:(?:i )?(?:saw|seen|watched|caught) )?"
# By a name, or two ("jake and tom hit sam"), by "he", "she" or "they", or someone by what they are
_DOERS = rf"(?:{_DOER}(?: and {_DOER})?|he|she|they)"
# Keeping on or having done it ("amy keeps hitting leo", "tom has been kicking her", "jake just hit sam")
_DOING = (r"(?: (?:keeps?|kept|on|has|have|had|is|was|been|just|always|still|also|again|then|really|actually|"
          r"repeatedly|constantly|apparently|allegedly|did|does|sometimes|often|got|gets)){0,3}")
# Neglect or cruelty told of someone (the harm word a rule above wants is missing): made to sit in a cold bath, go
# without food; left home alone, or on their own overnight (not "left home", which is leaving it).
_CRUEL_PUNISHMENT = (rf"(?:made|makes|make|making) {_CHILD} (?:\w+ ){{0,4}}?(?:(?:a |the )?(?:cold|freezing) "
                     r"(?:bath|shower|water)|outside all night|in the (?:cold|dark|shed|cupboard)|"
                     r"without (?:food|dinner|tea|breakfast|lunch|eating|water))")
_LEFT_ALONE = (rf"(?:(?:left|leaves|leave|leaving) (?!home\b){_CHILD}|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bis )|"
               r"(?<=\bare )|(?<=\bgot )|(?<=\bgets )|(?<=\bbeen )|(?<=\bbeing ))left)"
               r" (?:(?:at )?home alone|alone at home|(?:alone|on (?:his|her|their) own) "
               r"(?:at home|overnight|all night|all weekend|at night))")
_DONE = (rf"{_IDIOM}(?:{_HARMS} {_CHILD}{_TOLD_ON}|(?!hurt|touch){_HARMS} me{_ME_TOLD_ON}|"
         rf"(?:touch\w*|felt|feel\w*) (?:{_CHILD}|me) up{_TOLD_ON}|"
         rf"(?:touch\w*|grab\w*|pinch\w*|feel\w*|felt|kick\w*|hit\w*|punch\w*|squeez\w*|rubb\w*) "
         rf"(?:his|her|their|my) {_PRIVATE}{_TOLD_ON}|"
         rf"beat(?:s|ing)? (?:{_CHILD} up|up {_CHILD}){_TOLD_ON}|"
         rf"(?:{thrown_at(_CHILD)}|{gave_a_beating(_CHILD)}|{held_down(_CHILD)}|{_CRUEL_PUNISHMENT}|{_LEFT_ALONE})"
         rf"{_TOLD_ON})")
# Someone else's body, the doer's word for it not their own ("he hit her face", "she kicked his legs")
_CROSSED = rf"(?:he{_DOING} {_HARMS} her|she{_DOING} {_HARMS} his) {_BODY}{_TOLD_ON}"
# Done to them, by whom ("jayden was punched by kyle", "she got kicked by an older boy")
_HARMED = (r"(?:hit|smacked|slapped|punched|kicked|hurt|touched|strangled|choked|beaten(?: up)?|bitten|scratched|"
           r"pushed|shoved|grabbed|pinched|stabbed|headbutted|throttled|burnt|burned)")
_BY_WHOM = rf"(?:{_DOER}|him|her|them|(?:his|her|their) {_FAMILY}|{_PEOPLE})"
_PASSIVE = (rf"(?:{_DOER}|he|she|they|{_PEOPLE}) (?:was|were|got|gets|has been|have been|had been|is being|"
            rf"keeps getting|been|is|are)(?: (?:being|just|also|again|repeatedly|always))? {_HARMED} by {_BY_WHOM}"
            + _TOLD_ON)
_NAME_HARMS = (rf"^(?:{_SUPPOSING}{_SEEN}{_DOERS}{_DOING} {_DONE}|{_SUPPOSING}{_PASSIVE}|"
               rf"{_TELLING}{_SEEN}(?:{_DOERS}|{_PEOPLE}){_DOING} {_DONE}|{_TELLING}{_PASSIVE}|{_TELLING}{_CROSSED})")
# "jo at risk", "maisie isnt safe at home", "leo might be in danger": not a condition ("if jo is at risk", as
# _NOT_TOLD), the risk of something else ("at risk of missing the trip") nor a topic ("jo at risk register").
_NAME_AT_RISK = (rf"^{_DOER}(?:(?: {BE})? {IN_DANGER}|{NOT_SAFE})"
                 r"(?: (?:of|from) (?:harm|abuse|exploitation|being (?:harmed|abused|groomed|exploited|hurt)))?"
                 + AFTER_NAME)
TOLD_BY_NAME = compiled(f"{_NAME_HARMS}|{_NAME_AT_RISK}")


# Whoever it may be, nothing is worn out by them here: a person's word as one of a thing's ("her marking", "the boys
# football") keeps the telling the model's
_PERSONISH = (r"(?:he|she|they|him|his|her|their|them|i|you|someone|somebody|anyone|boys?|girls?|lads?|m[ae]n|"
              rf"wom[ae]n|(?:{MUM}|{DAD})s?|parents?|{CARER}|teachers?|tas?|child|kids?|pupils?|students?|"
              rf"head|heads|headteacher|deputy|{STAFF_POSTS}|dsl|colleagues?|staff|governors?|inspectors?|"
              rf"(?:{AUNT_UNCLE})s?|aunt\w*|{SIBLING}|{GRANDPARENT}|step\w*|boyfriend|girlfriend|partner|family|friends?|"
              r"neighbou?rs?|mr|mrs|ms|miss|sir|dr)")
# Which way a thing went, towards someone or not ("into her face", "through the window")
_TOWARDS = r"(?:into|at|over|on|onto|across|against|in|through)"
_NOT_TOWARDS = rf"(?!{_TOWARDS}\b)"
# A harm word in a turn of phrase, a knock or what befalls someone, not harm done to anyone: "pushed her buttons", "hit
# send", "touched on e-safety", "kicked him out of the reading group", a slap on the back, "she hit her head on the
# door frame", "choked on his lunch", "norovirus hit them again". The report model,
# which weighs "he", "she" and a harm word, takes some of these for reports doubtfully (reports.judge_report).
# A fall and what it hurt ("tripped over her laces and hurt her wrist"); a push before it is still harm, and so is
# tripping someone ("an older boy tripped her and she cut her head", "he got tripped up"): "tripped" only as one's own
# stumble, followed by where, how or what came of it
_FALL = (r"(?:(?<!\bgot )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )tripped(?= (?:on|over|up|and|then|in|at|"
         r"into|onto|off|down|while|whilst|when|during|running|playing|outside|backwards|again|going|coming|getting)\b)"
         r"|fell|slipped|stumbled)(?: \w+){0,4}? (?:and |then )?(?:hurt|grazed|cut|sprained|twisted|bruised|"
         r"broke|banged|bumped|scraped|bashed) (?:his|her|my|their) (?:wrists?|ankles?|knees?|elbows?|arms?|legs?|"
         r"hands?|fingers?|toes?|head|nose|back|shins?|foot|chin)\b")
_FALL_TOLD = compiled(rf"\b{_FALL}")
# A thing damaged, by the weather or anyone ("the storm smashed the greenhouse", "someone broke the fence"): not a
# person, a body, nor a thing brought down on one ("smashed the test tube into her face")
_DAMAGED = (rf"(?:smash|broke|break|damag|destroy|wreck|vandalis|vandaliz|flatten|uproot|shatter|crack|blew|blow|"
            rf"blown)\w* (?:down |over |in |off )?"
            rf"(?:the|a|an|our|some|two|three|all the|all our|part of the|half the|one of the) "
            rf"(?!(?:\w+ ){{0,2}}?(?:{_BODY}|{_PERSONISH})\b)(?:{_NOT_TOWARDS}\w+ ){{0,2}}?{_NOT_TOWARDS}\w+\b"
            rf"(?!(?: \w+)?(?: (?:really |so |very )?hard| straight| right)? {_TOWARDS} "
            rf"(?:his|her|their|my|him|me|them|someone|somebody|(?:a|an|the|another) (?:\w+ ){{0,2}}?{_BODY}"
            rf"(?=$| (?:and|but|so|then|with|when|while|in|on|at|today|yesterday|this|last|outside|during|x)\b))\b)")
_DAMAGE_TOLD = compiled(rf"\b{_DAMAGED}")
# A thing grabbed, snatched or picked up ("mum grabbed her bag and left", "dad grabbed his keys and drove off")
_GRABBED_THING = (r"(?:grab\w*|snatch\w*|pick\w* up|picked up|swip\w*) "
                  rf"(?:(?:his|her|their|my|our|the|a|an|some) )?{THINGS}\b(?! (?:at|into|in|on|onto|across) "
                  r"(?:him|her|them|me|us|his|her|their|my|the \w+s? (?:face|head))\b)")
_GRAB_TOLD = compiled(rf"\b{_GRABBED_THING}")
# Who smashed it, when it is a parent, a partner or family, or "he" or "she" of a telling ("dad smashed the house up
# again last night", "mums boyfriend smashed the tv", "her dad broke the door down"): violence at home, not a thing
# for the caretaker, so the report model's word stands
_DAMAGER = compiled(
    rf"\b(?:he|she|they|(?:{DAD}|{MUM})s?|parents?|{CARER}|(?:{STEP_PARENT})s?|"
    rf"boyfriend|girlfriend|partner|husband|wife|fiancee?|{AUNT_UNCLE}|aunt\w*|brother|sister|cousin|{GRANDPARENT})"
    r"(?: (?:has|had|just|then|s|also|always|again|completely|totally|kept|keeps|went and))? $")


def _damaged_by_family(words: str) -> bool:
    # only the words just before each thing damaged are looked at, so a long message costs no more than a short one
    return any(_DAMAGER.search(words, max(0, m.start() - 40), m.start()) for m in _DAMAGE_TOLD.finditer(words))
# A fight on a screen or in a story ("tom and jerry were fighting on the telly", "jack and jill had a fight in the
# nursery rhyme"), whoever the two are
_ON_A_SCREEN = (r"(?:fight|fights|fighting|fought|scrap\w*|squabbl\w*|argu\w+)(?: \w+){0,3}? (?:on (?:the )?(?:telly|"
                r"tv|television|netflix|youtube|iplayer|news)|in (?:the|a|that|this|an) (?:film|movie|cartoon|"
                r"programme|program|episode|book|story|nursery rhyme|rhyme|panto|trailer))\b")
_SCREEN_FIGHTS = compiled(rf"\b{_ON_A_SCREEN}")
_TURN_OF_PHRASE = compiled(
    r"\b(?:"
    + "|".join((
        r"push\w* (?:his|her|my|their|your|our) buttons",
        _ON_A_SCREEN,
        # the speaker left alone with a class or a job ("i was left alone with year 6 all afternoon"), not at home
        r"(?:i|we|ive|weve|im)(?: (?:was|were|been|got|get|am|are|just|always|often|again))* left (?:on (?:my|our) own|"
        r"alone)\b(?! (?:at home|in the (?:house|flat)|overnight|all (?:night|weekend))\b)",
        r"hit\w* (?:send|reply(?: all)?|enter|delete|save|refresh|submit|post|return|snooze)\b",
        r"touch\w* (?:(?:up)?on|base|wood)\b(?! (?:her|his|my|their|your|him|me)\b)",
        # a feeling stirred by a story, an assembly, a card ("the story touched her", "the card from the class touched
        # her"); nothing else between, lest "read her a story then touched her" be one
        r"(?:story|stories|film|book|poem|song|assembly|speech|letter|card|video|play|performance|gesture|kindness|"
        r"message|words|tribute|service)(?: (?:from|by|about|of|for)(?: \w+){1,3}?)? (?:really |so |deeply |truly )?"
        r"touched (?:her|him|them|me|us)\b",
        r"kick\w* \w+ out of (?:the|a|his|her|their|my|our) (?:\w+ )?"
        r"(?:group|team|club|chat|game|squad|choir|band|channel|server|lesson|class|meeting)s?\b",
        r"(?:slap|pat)\w* \w+ on the back\b|stabb?\w* \w+ in the back\b(?! with\b)",
        r"chok\w* on\b(?! (?:him|her|them|me)\b)",
        # a knock in a corridor or a queue ("a boy knocked into me and said sorry"), not a blow
        r"(?:knock|bump|bang|crash|walk|walked|ran|run|bash)\w* into (?:me|us|him|her|them)\b",
        # a ball a game sends somewhere ("kicked his football into our garden"), not at someone
        r"(?:kick|hit|threw|throw|chuck|boot|whack|smash)\w* (?:a|the|his|her|their|my|our|its) (?:\w+ )?"
        r"(?:ball|football|rugby ball|tennis ball|frisbee|shuttlecock)s?\b(?! at\b)"
        # nor at a face or a head, however hard ("threw the ball hard at his head", "kicked the ball into her face")
        rf"(?!(?: (?:really |so |very )?hard| straight| right)? (?:at|into|in|on|onto|over|across|against) "
        rf"(?:his|her|their|my|the) {_BODY}\b)",
        _DAMAGED,
        # a fight that is a game, or a cause fought ("a water fight on the field", "parents fighting the closure")
        r"(?:pillow|snowball|water|food|paint|foam|nerf|play|pretend|mock|sword|lightsaber|bun|custard pie) fights?\b",
        r"fight(?:s|ing)? (?:for|against|the (?:closure|decision|plans?|cuts?|council|proposals?|changes?|case|fire|"
        r"urge|cold|flu|bug|system))\b",
        _FALL,
    ))
    + rf")|^{_BEFALLS} (?:has |have |had |just |really )?(?:hit|hits|struck)\b"
    # a knock, once, to one's own body, told by the pronoun that is its owner: "she hit her head on the table", not
    # "he hit her head on the table", "jake hit her head on…" (whose "her" may be someone else's) nor "she keeps
    # banging her head on the wall" and "she banged her head on the wall" (a concern as often as a knock)
    + r"|^(?:he(?: just| accidentally)? (?:hit|banged|bumped|knocked) his|she(?: just| accidentally)? (?:hit|banged|"
    r"bumped|knocked) her|i(?: just| accidentally)? (?:hit|banged|bumped|knocked) my|they(?: just| accidentally)? "
    r"(?:hit|banged|bumped|knocked) their) (?:head|knee|elbow|shin|nose|toe|hand|arm|leg)s? on (?:the|a|his|her|their|"
    r"my)\b(?! wall\b)"
)
_HARM_WORD = compiled(rf"\b(?:{_HARMS}|{HARMFUL}|{HARM_EVENT}|bruis\w*|injur\w*|blood\w*|bleed\w*|crying|cried)\b")

# The speaker worn out by a class, a task, a time or a thing, as the staffroom says it: "year 6 are killing me today",
# "report writing is beating me up this week", "this week has battered me", "ofsted will be the death of us". The
# report model weighs the year group (read as "pupil") and "me", and put "year 6 are killing me today" at 0.65, sure;
# but no child or adult is harmed. The one doing it is a class or year group as a whole, a task or a state
# ("marking", "moderation", "assessment"), a time, an event or a thing; not a person, whom a blow or a threat to "me"
# may well be ("a year 6 boy hit me", "a parent punched me", "he said he'd kill me"). A class or year group only wears
# one out, kills or destroys: "year 6 battered me" may be a blow, "this week battered me" is not.
_GROUP = (r"(?:(?:my|our|the|this|these|those|that|all (?:my|our|the)) )?"
          rf"(?:(?:{YEAR_WORD} ?(?:\d{{1,2}}|one|two|three|four|five|six)|\d[a-z]|key stage (?:1|2|one|two)|ks ?[12])s?"
          r"(?: (?:class(?:es)?|lot|kids|children|pupils|ones))?|reception|nursery|eyfs|class(?:es)?(?: \d+)?|lot|kids|"
          r"children|pupils|students|little ones)")
_THING = (rf"(?:(?:the|this|that|these|those|my|our|all (?:the|this|that|these)|all|so much|too much|the whole) )?"
          rf"(?:(?!{_PERSONISH}\b)[a-z0-9]+ ){{0,2}}?"
          # a task or a state ("marking", "moderation", "assessment"; not "-ence", whose Florence and Terence are names)
          r"(?:[a-z]+(?:ing|tion|sion|ment|ness)|attendance|performance|maintenance|conference|evidence|science|"
          r"week|weeks|term|terms|month|day|days|morning|mornings|afternoon|afternoons|evening|night|year|weekend|"
          r"holidays?|christmas|easter|summer|winter|monday|tuesday|wednesday|thursday|friday|mondays|fridays|today|"
          r"tonight|yesterday|job|work|workload|paperwork|admin|emails?|data|data drop|reports?|sats|mocks|tests?|"
          r"exams?|spag|phonics|homework|plans?|timetable|curriculum|cover|duty|duties|play|playtime|lunch|lunchtime|"
          r"assembl(?:y|ies)|meetings?|inset|cpd|ofsted|deep dives?|book looks?|learning walks?|obs|lessons?|"
          r"rehearsals?|nativity|concert|sports day|trips?|residential|parents evening|open evening|disco|fayre|fair|"
          r"behaviou?r|noise|photocopier|printer|laminator|whiteboard|board|computer|laptop|ipad|projector|wifi|"
          r"internet|system|arbor|sims|cpoms|tapestry|dojo|website|app|policy|scheme|council|trust|government|dfe|"
          r"heat|cold|weather|rain|snow|wind|traffic|commute|hangover|cough|flu|bug|virus|headache|migraine|shoes|"
          r"heels|chair|stairs|glitter|radiator|heating|boiler|coffee|"
          r"(?<=\bmy )(?:back|feet|knees?|legs|hips?|neck|shoulders?|throat|voice|eyes|ankles?|wrists?|teeth|tooth|"
          r"stomach|tummy|sinuses))")
# Between the one doing it and what it does: "is", "has been", "will be", "is going to", "absolutely", "nearly"
_WEARING = (r"(?: (?:is|are|r|was|were|has|have|had|been|will|would|could|gonna|going to|be|being|just|really|"
            r"actually|absolutely|totally|completely|properly|literally|honestly|genuinely|slowly|nearly|almost|"
            r"officially|seriously|well|truly|utterly|proper|so+|always|still|already|again|quite|basically|"
            r"kind of|kinda|sort of|a bit)){0,4}")
# What any of them does to the speaker: kills, destroys, breaks, wears out, does one's head in, drives one mad (the
# commonest words also as thumbed: "kiling", "killd", "murdring", "batterd")
_WEARS_OUT = (r"(?:kil+(?:s|ing?|e?d)?|m[eu]rd[ea]?r(?:s|ing?|e?d)?|destroy|destroys|"
              r"destroying|destroyed|slaughter\w*|annihilat\w*|tortur\w*|crucif\w*|break|breaks|breaking|broke|broken|"
              r"wreck|wrecks|wrecking|wrecked|exhaust\w*|drain|drains|draining|drained|knacker\w*|shatter\w*) (?:me|us)"
              r"|(?:finish|finishes|finishing|finished) (?:me|us) off|(?:wear|wears|wearing|wore|worn) (?:me|us) "
              r"(?:out|down)|(?:wipe|wipes|wiping|wiped) (?:me|us) out|(?:do|does|doing|did|done) (?:me|us) in|"
              r"(?:do|does|doing|did|done) (?:my|our) (?:head|heads|nut|nuts|brain) in|"
              r"(?:drive|drives|driving|drove|driven|send|sends|sending|sent) (?:me|us) (?:mad|crazy|insane|nuts|"
              r"bonkers|potty|loopy|round the (?:bend|twist)|up the wall|over the edge|to drink|to an early grave)|"
              r"(?:run|runs|running|ran) (?:me|us) ragged|(?:eat|eats|eating|ate|eaten) (?:me|us) alive|"
              r"the (?:death|end) of (?:me|us)")
# What only a thing, a task or a time does to the speaker as a turn of phrase: beats one up, batters, hammers,
# kicks one's butt, hits one like a truck, knocks one for six, floors one
_BATTERS = (r"(?:beat|beats|beating|beaten) (?:me|us)(?: up)?|(?:bat+e?r(?:s|ing?|e?d)?|hammer|hammers|"
            r"hammering|hammered|pummel\w*|thrash\w*|bash\w*) (?:me|us)|(?:kick|kicks|kicking|kicked) (?:my|our) "
            r"(?:butts?|arse|ass|backside|bum|behind)|(?:hit|hits|hitting) (?:me|us) (?:hard|like a (?:truck|train|"
            r"bus|ton of bricks|brick wall))|(?:knock|knocks|knocking|knocked) (?:me|us) (?:out|sideways|for six|flat)|"
            r"(?:flatten|flattens|flattening|flattened|floor|floors|flooring|floored) (?:me|us)")
# Opening the message, or after a word that opens a clause or sighs ("honestly", "tbh", "ugh", "and")
_OPENS = (r"(?:^|\b(?:and|but|so|cos|coz|because|honestly|tbh|ngl|omg|god|gosh|jeez|ugh+|argh+|urgh+|lol|haha|"
          r"seriously|swear|reckon|think|telling you|wow|phew|sigh|oh|oof|man|well|today|yeah|yep|literally|like) )")
_WORN_OUT = compiled(rf"{_OPENS}(?:{_GROUP}{_WEARING} (?:{_WEARS_OUT})"
                     rf"|{_THING}{_WEARING} (?:{_WEARS_OUT}|{_BATTERS}))\b")
# Only when and where it wears one out, and a sigh ("in year 6", "this week", "at lunch", "lol"): nothing told, though
# the report model, which takes a bare "year 6" for a search it is doubtful of, would judge it so
_WHEN_OR_WHERE = compiled(
    r"(?: ?(?:today|tonight|yesterday|again|already|lately|still|now|as usual|all (?:day|week|term)|every day|"
    r"(?:this|last|all|the whole) (?:morning|afternoon|week|weekend|term|half term|year|day|month)|"
    r"on (?:a )?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)|"
    rf"(?:at|in|on|after|before|during|with) (?:the |my |our |this |these )?(?:{YEARS}|\d[a-z]|reception|"
    rf"class(?:room)?|{BREAK}|play|assembly|school|work|hall|pe|maths|english|phonics|"
    r"the moment)|lol|haha|tbh|ngl|honestly|x+|ugh+|omg|ffs|seriously|literally|"
    r"and its only (?:monday|tuesday|wednesday|thursday|friday)))*"
)
# Left besides the speaker worn out, none of it may be harm: not a blow, a threat, harm to oneself, a death nor a weapon
_DEADLY = compiled(r"\b(?:kill\w*|murder\w*|stab\w*|die|dies|dying|died|dead|death|suicid\w*|knife|knives|guns?|"
                   r"weapons?|belt|stick|cane|whip|bat|hammer|cable|wire|cord|hanger|slipper|fists?|pipe|bottle|brick)\b")


def speaker_worn_out(words: str) -> str | None:
    """What else the (plain) message says, when it tells of the speaker worn out by a class, a task, a time or a thing
    ("year 6 are killing me today": "today") and that is no harm; None when it does not, or the rest is harm."""
    found = _WORN_OUT.search(words)
    if found is None:
        return None
    rest = rest_of(words, found.start(), found.end())
    if _WHEN_OR_WHERE.fullmatch(rest):
        return ""
    if (_HARM_WORD.search(rest) or _DEADLY.search(rest) or HARM.search(rest) or names_harm(rest)
            or tells_what_happened(rest)):
        return None
    return rest


# A fight that is a quarrel or a squabble, not blows: over a thing ("two mums had a fight over the bake sale rota", "the
# kids were fighting over the last cookie"), or told with a laugh ("two dads had a fight at the gate lol"), with no
# blow, injury, weapon, fear or harm of any other kind told beside it. The incident rule read "fight" beside "two
# mums" as harm and began a report, sure; the staffroom says it of a row. Not a fight over a child, custody or who has
# them ("mum and dad were fighting over who gets the kids"), which is a family's.
_FIGHT_WORD = r"(?:fight|fights|fighting|fought|scrap|scraps|scrapping|squabbl\w*|punch up)"
_FIGHTS = compiled(rf"\b{_FIGHT_WORD}\b")
# A child word is the thing fought over only where it ends the phrase ("over the kids", "…again"): followed by a noun it
# names the thing's owner or kind ("about the kids party", "the kids disco tickets"), which is a thing
_PHRASE_ENDER = (r"(?:and|but|or|so|then|at|in|on|again|today|yesterday|tonight|lol|haha\w*|this|last|every|all|"
                 r"after|before|when|while|because|cos|x|now|still|too|outside|by|with|from|since|for|anymore|though|"
                 r"apparently|he|she|they|it|i|we|who|which|that|if|as)")
_ENDS_PHRASE = rf"(?=$| {_PHRASE_ENDER}\b)"
_NOT_A_THING = (r"(?!(?:(?:the|a|an|his|her|their|my|our|who|whose|which) )?(?:\w+ )?(?:(?:child|children|kids?|sons?|"
                rf"daughters?|boys?|girls?|baby|babies){_ENDS_PHRASE}|(?:custody|contact|access|him|her|them|me|us|gets|"
                r"has|have|takes|picks|looks)\b))")
_OVER_A_THING = compiled(
    rf"\b{_FIGHT_WORD} (?:(?:with each other|with (?:him|her|them)|again|today|yesterday|earlier) )?(?:over|about) "
    + _NOT_A_THING)
# The thing fought over, up to where the telling goes on: "about the kids party" in "…had a fight about the kids party
# lol"; cut out, the children in it are not the ones fighting
_THE_THING = compiled(rf"(?:(?!{_PHRASE_ENDER}\b)\w+(?: |$)){{1,4}}")
_CHILDREN = compiled(r"\b(?:child|children|kids?|boys?|girls?|pupils?|students?|lads?|sons?|daughters?|toddlers?|"
                     rf"{YEAR_GROUP}|class|infants|juniors)\b")
# Someone hurt ("got a nosebleed", "was winded", "has a split lip")
_INJURED = (r"(?:blood\w*|bleed\w*|bled|nose ?bleeds?|injur\w*|hurt\w*|bruis\w*|broken|broke|black eye|cut|cuts|"
            r"split lip|fat lip|swollen|swelling|graze[ds]?|scratch(?:es|ed)|bitten|winded|concuss\w*|knocked out|"
            r"first aid|ice pack|limp\w*|ambulance|hospital|a&e)")
# A fight as a row or blows, not a fight for something ("mum and dad had to fight for his ehcp", "fighting off a cold")
_A_ROW = compiled(rf"\b{_FIGHT_WORD}\b(?! (?:for|to|off|against|through|back|on|it)\b)")
# Said to be harmless ("lol nobody hurt just loud")
_NO_ONE_HURT = compiled(r"\b(?:nobody|no one|noone|none of them|neither of them)(?: was| were| got)? "
                        r"(?:hurt|injured)\b")
_INJURED_OR_HOUSEHOLD = compiled(rf"\b(?:{_INJURED}|{HOUSEHOLD})\b")
_HURT = compiled(rf"\b(?:{_INJURED}|{HOUSEHOLD}|"
                 r"police|crying|cried|tears|scared|frightened|terrified|upset|in front of|watch\w*|saw|witness\w*|"
                 # a family's quarrel told to or of a child ("her mum and dad were fighting over money"), a disclosure
                 rf"at home|(?:her|his|their|my) (?:{MUM}|{DAD}|parents|{STEP_PARENT}|step ?\w+|{GRANDPARENT}|"
                 rf"{SIBLING})|told me|told us|said|says|disclos\w*)\b")


def fight_that_harms(words: str) -> bool:
    """The (plain) message tells of a fight in which someone was hurt ("…lol and ella got a nosebleed"), or between a
    child's household ("mum and dad had a fight about the car"): never only "not covered", whatever the model says."""
    # not a hurt told of the thing fought over ("fighting over the broken pencil")
    told = _without_things_fought_over(words)
    return bool(_A_ROW.search(words) and _INJURED_OR_HOUSEHOLD.search(_NO_ONE_HURT.sub(" ", told)))


# Two named by their first names, as pupils are ("ollie and sam had a fight lol"), doing the fighting; not "mr smith and
# mrs jones", "me and sam", nor a household's pair, read as one above
_BEFORE_FIGHT = (r"(?: (?:had|have|has|were|was|are|is|got|get|gets|keep|keeps|kept|started|start|been|just|always|"
                 r"a|an|into|in|having|proper|massive|big|huge|little|bit|of|another|real|right|properly|actually|"
                 r"physically|ended|up|getting|again|really)){0,5}")
_NAMED_PAIR = compiled(rf"^{_TELLING}{_DOER} and {_DOER}{_BEFORE_FIGHT} {_FIGHT_WORD}\b")


def _without_things_fought_over(words: str) -> str:
    """The words with each thing fought over cut out ("…had a fight about the kids party lol": "…had a fight about
    lol"), so what is said of the thing (its children, a "broken pencil") is not said of the fighters."""
    told = words
    for over in reversed(list(_OVER_A_THING.finditer(words))):
        thing = _THE_THING.match(words, over.end())
        if thing is not None:
            told = f"{told[:thing.start()]} {told[thing.end():]}"
    return told


def among_children(words: str) -> bool:
    """The message names children, or two by first name fighting (a quarrel among them, however lightly told, may still
    have hurt one); not children only in the thing fought over ("two mums had a fight about the kids party lol")."""
    return bool(_CHILDREN.search(_without_things_fought_over(words)) or _NAMED_PAIR.match(words))


def named_pair_fight(words: str) -> bool:
    """The (plain) message tells of two by first name fighting ("ollie and sam had a fight"), as pupils are named: never
    only "not covered", as "two boys had a fight" is not, since a child may have been hurt."""
    return not HYPOTHETICAL.match(words) and bool(_NAMED_PAIR.match(words))


def fights_only_on_a_screen(words: str) -> bool:
    """Every fight the (plain) message tells of is on a screen or in a story ("harry and draco had a fight in the film
    lol"): no one's quarrel, let alone a scuffle to offer the report for."""
    screens = [m.span() for m in _SCREEN_FIGHTS.finditer(words)]
    return bool(screens) and all(any(a <= m.start() < b for a, b in screens) for m in _FIGHTS.finditer(words))


def only_a_quarrel(words: str) -> bool:
    """The (plain) message tells of a fight that is a quarrel over a thing, or told with a laugh, and of nothing that
    harms anyone ("two mums had a fight over the bake sale rota lol")."""
    fights = list(_FIGHTS.finditer(words))
    if not fights or _HURT.search(words):
        return False
    over = {m.start() for m in _OVER_A_THING.finditer(words)}
    # children fighting over a thing come to blows as often as not ("two year 6 boys had a fight over a football"):
    # theirs is a quarrel only told with a laugh
    if not LAUGHING.search(words) and (any(m.start() not in over for m in fights) or among_children(words)):
        return False
    rest = _FIGHTS.sub(" ", words)
    return not (_HARM_WORD.search(rest) or _DEADLY.search(rest) or HARM.search(rest) or names_harm(rest)
                or names_violence(rest))


# A threat of a complaint, of the law or of moving school ("threatened to report me to ofsted", "threatening legal
# action"), and any threat word at all
COMPLAINT_THREATENED = compiled(rf"\bthreat\w*{COMPLAINT}")
_THREAT = compiled(r"\bthreat\w*")


def complaint_threatened(words: str) -> str | None:
    """What else the (plain) message says, once each threat of a complaint, the law or a move of school is cut out
    ("a dad threatened to report me to ofsted": "a dad"), when it has one and no other threat; None otherwise. A
    parent's grievance is no harm, however sure the report model, which weighed "threatened" and "report" (0.85); what
    else is told is judged on its own ("…and has now posted his EHCP on facebook"). None with harm told beside it."""
    if not COMPLAINT_THREATENED.search(words):
        return None
    rest = " ".join(COMPLAINT_THREATENED.sub(" ", words).split())
    # another threat, or harm told beside it ("…to report me to the police for grabbing her son", an allegation)
    return None if _THREAT.search(rest) or _HARM_WORD.search(rest) or names_harm(rest) or harm_beside(rest) else rest


# A household's quarrel told with a laugh: the pair unpossessed or the speaker's own ("mum and dad argued about which
# film to watch lol", "my mum and dad had a fight about the holiday lol", "my parents argued all the way to cornwall
# haha"), not a child's ("her mum and dad…"), nor passed on as someone said it
_FAMILY_ROW = (r"(?:fight|fights|fighting|fought|rows?|rowing|rowed|argu\w+|bicker\w*|squabbl\w*|fell out|falling out|"
               r"fall out|falls out|tiff|ding dong|domestic|(?:shouting|yelling|screaming) at each other)")
_FAMILY = compiled(rf"\b(?:(?P<whose>his|her|their|my|our) )?(?:{HOUSEHOLD}|parents|folks)\b"
                   # or the speaker with their own ("me and my sister", "my husband and i")
                   rf"|\b(?:me and (?P<own>my) (?:\w+ )?|(?P<mine>my) )(?:{SIBLING}|husband|hubby|wife|partner|"
                   rf"{MUM}|{DAD}|{GRANDPARENT}|other half|oh|fella|boyfriend|girlfriend|sis|bro)(?: and (?:i|me))?\b")
_FAMILY_QUARREL_OVER = compiled(rf"\b{_FAMILY_ROW}(?: \w+){{0,3}}? (?:over|about) (?P<thing>{_NOT_A_THING}\w+)")
# What a household's quarrel being over makes it no joke, however told
_SERIOUS = compiled(r"\b(?:money|debts?|bills|rent|drugs?|drink\w*|alcohol|booze|police|affair|cheating|divorc\w*|"
                    r"custody|contact|social services|benefits|court|violence|knife|weapon)\b")
_FAMILY_ROW_TOLD = compiled(rf"\b{_FAMILY_ROW}\b")


def family_quarrel_in_jest(words: str) -> bool:
    """The (plain) message tells, with a laugh, of a household's quarrel over a trivial thing, the household the
    speaker's own or unpossessed ("mum and dad argued about which film to watch lol"), and of nothing that harms: the
    teacher's own family, however the report model or the incident rule took "mum and dad" and "fight". Not a child's
    household ("her mum and dad…"), one passed on ("he said…"), a quarrel over money, drink or custody, nor an
    unpossessed household's with no thing named ("mum and dad had a fight lol")."""
    family = _FAMILY.search(words)
    if family is None or not _FAMILY_ROW_TOLD.search(words) or not LAUGHING.search(words) or SAID.search(words):
        return False
    whose = family.group("whose") or family.group("own") or family.group("mine")
    if whose not in (None, "my", "our") or _A_CHILDS_FAMILY.search(words):
        return False
    over = _FAMILY_QUARREL_OVER.search(words)
    if _SERIOUS.search(words) or (over is None and whose is None and not _TRIP.search(words)):
        return False
    rest = _FAMILY_ROW_TOLD.sub(" ", words)
    return not (_HURT_BESIDES_FAMILY.search(rest) or _THROWN_OR_SMASHED.search(rest) or _harm_left(rest))


# Someone else's household named anywhere ("…with her mum and dad")
_A_CHILDS_FAMILY = compiled(rf"\b(?:his|her|their) (?:{MUM}|{DAD}|parents|step ?\w+|{WIDER_FAMILY}|{CARER}|"
                            r"boyfriend|girlfriend|partner)\b")
# Violence in a row, whatever else is said of it ("…lol and dad threw a plate", "slammed her against the door")
_THROWN_OR_SMASHED = compiled(r"\b(?:threw|throw\w*|chuck\w*|hurl\w*|smash\w*|broke|break\w*|hit|hits|hitting|"
                              r"punch\w*|slap\w*|kick\w*|push\w*|shov\w*|grabb?\w*|thump\w*|whack\w*|slamm?\w*|"
                              r"locked|knife|knives|blood\w*)\b")


def harm_beside(rest: str) -> bool:
    """Words left once a look-alike is cut out still tell of harm done or threatened to someone, or a child left or
    at risk (rule_words.HARM_BESIDE): the look-alike's veto does not stand."""
    return bool(HARM_TOLD_BESIDE.search(rest))


def _harm_left(rest: str) -> bool:
    """What the look-alike vetoes (a quarrel in jest, a thing grabbed) all ask of the words left once the look-alike
    is cut out: any harm word, deadly word, blow or harm named, or harm told beside it."""
    return bool(_HARM_WORD.search(rest) or _DEADLY.search(rest) or HARM.search(rest) or names_harm(rest)
                or names_violence(rest) or harm_beside(rest))


# A quarrel the length of a journey ("argued all the way to cornwall")
_TRIP = compiled(r"\ball the way (?:to|home|there|back)\b")
# What makes a quarrel more than one, bar the household itself (_HURT's other words)
_HURT_BESIDES_FAMILY = compiled(rf"\b(?:{_INJURED}|police|crying|cried|tears|scared|frightened|terrified|upset|"
                                r"in front of|witness\w*|disclos\w*)\b")

# Someone in general, not in particular: "a child", "a teacher", "pupils", "anyone"
_IN_GENERAL = compiled(r"\b(?:(?:a|any|another) (?:child|pupil|kid|student|teacher|member of staff|parent|colleague|"
                       r"adult|sibling)|children|pupils|kids|students|someone|somebody|anyone)\b")


# "what should i do, a year 3 boy threw a chair at me": the question asked, then the case told after a stop, a comma
# or a question mark; the raw text, as plain() drops the stop
_ASKS_THEN_TELLS = compiled(
    r"^\W*(?:(?:hi|hello|hiya|help|ok|so|right|um|sorry)\W+)*(?:what|who) (?:should|do|shall|can|would|must) "
    r"(?:i|we) (?:do|tell|report (?:this|it)(?: to)?|speak to|go to)(?: now)? ?[,.?!:;-]+ *[a-z0-9]",
    flags=re.IGNORECASE)


# Told as having happened, for all "a parent" in it: "my colleague said a parent threw a drink at her…, should she tell
# the dsl?"
_TOLD_AS_HAPPENED = compiled(r"\b(?:told me|told us|said|says|saw|seen|yesterday|today|this morning|this afternoon|"
                             r"last night|last week|just now|earlier)\b")


def asks_in_general(text: str, words: str) -> bool:
    """`text` (plain: `words`) asks what is done when harm happens, rather than telling of harm done: a "what if",
    "should I…", "what do I do…" question (`HYPOTHETICAL`), or a question mark and someone in general ("who do I tell
    if a child has bruises?"; not "who do I tell if a parent hit me", nor the same asked of "he" or "my TA"). The
    policy owner should see such a question, so the harm net (`understanding`) leaves it alone. Asked, then a case
    told, with a stop between or none ("what should i do a dad pushed me at the gate"), is a telling."""
    if _ASKS_THEN_TELLS.match(text) or told_after_asking(words) is not None or OK_THAT.match(words):
        return False
    return bool(HYPOTHETICAL.match(words)) or (text.rstrip().endswith("?") and bool(_IN_GENERAL.search(words))
                                               and not _TOLD_AS_HAPPENED.search(words))


def harm_only_in_turns_of_phrase(words: str) -> bool:
    """Every harm word of the (plain) message is in a turn of phrase, a knock or what befalls someone, or the speaker
    is worn out by a class, a task or a time: none is harm done to a child."""
    if speaker_worn_out(words) is not None:
        return True
    if not _TURN_OF_PHRASE.search(words):
        return False
    # a blow, a throw or a fight told beside a game or a thing damaged ("a water fight got out of hand and dad held
    # jacks head under the water", "dad smashed the house up"): that harm is no turn of phrase
    if names_violence(words) or _damaged_by_family(words):
        return False
    return not _HARM_WORD.search(_TURN_OF_PHRASE.sub(" ", words)) and not describes_incident(words)


def only_things_damaged(words: str) -> bool:
    """The (plain) message tells of a thing damaged and of no harm to anyone ("the wind smashed a window in the year 2
    classroom last night"): for the caretaker, however sure the report model, which weighed the year group, "last
    night" and "smashed" (0.62)."""
    return bool(_DAMAGE_TOLD.search(words)) and not _damaged_by_family(words) and harm_only_in_turns_of_phrase(words)


def only_a_thing_grabbed(words: str) -> bool:
    """The (plain) message tells of a thing grabbed or picked up and of no harm to anyone ("mum grabbed her bag and
    left"): however sure the report model, which weighed "mum", "grabbed" and "her" (0.60). Not with the thing thrown
    or smashed, or anyone dragged, shaken or hit beside it ("snatched her phone and threw it at her")."""
    if not _GRAB_TOLD.search(words):
        return False
    rest = _GRAB_TOLD.sub(" ", words)
    return not (_THROWN_OR_SMASHED.search(rest) or _HANDLED_ROUGHLY.search(rest) or _harm_left(rest))


_HANDLED_ROUGHLY = compiled(r"\b(?:drag\w*|shook|shak(?:e|es|ing)|yank\w*|pull\w*|pinch\w*|squeez\w*|twist\w*|"
                            r"scream\w*|shout\w*|yell\w*|swore|swear\w*)\b")


def hurt_in_a_fall(words: str) -> bool:
    """The (plain) message tells of a child hurt in a fall at play and of no other harm ("he tripped on the step and
    hurt his ankle at lunch"): an accident for the first aid book, however sure the report model, which weighed
    "he", "hurt" and "at lunch" (0.69)."""
    return bool(_FALL_TOLD.search(words)) and harm_only_in_turns_of_phrase(words)
