"""Word patterns the report rules share: `intent_rules`, which tells a report from a question, and `harm_told`, which
takes harm told by name and sets a turn of phrase aside (and `staff_harm`). Pattern text, to be built into their
patterns, except HYPOTHETICAL, which is searched on its own, and `rest_of`, what is left once a turn of phrase is cut
out. Works on `plain` text (lower case, no punctuation)."""

from __future__ import annotations

from intents.alternation import compiled

# A question about what would happen or what is done, not a telling ("what if a post threatens a pupil?")
HYPOTHETICAL = compiled(
    r"^(?:what if|what happens|what should|what would|what does|what do|can|could|should|is it|is there|are we|"
    r"are staff|am i|do|does|would|will|may|might|when|if|how does|how do parents|is|are|which|who deals|who is|"
    r"say|lets say|suppose|supposing|imagine|hypothetically|in theory|theoretically|"
    # "what sanctions does the e-safety policy set out for a pupil who bullies…?" asks the rule, tells no incident
    r"what(?:s| is| are)?(?: the)? (?:sanctions?|punishments?|consequences?|penalt(?:y|ies)|disciplinary))\b"
)
# Words that make a message's content harmful ("nasty", "abusive", "nudes", "scared")
HARMFUL = (
    r"(?:nasty|abusive|abuse|threat|threats|threatening|horrible|vile|rude|offensive|racist|homophobic|sexual|"
    r"explicit|nudes?|inappropriate|indecent|fake|lies|rumou?rs|mean|unkind|hurtful|hateful|disgusting|"
    r"intimidating|harassing|bullying|sexist|violent|private|personal|naked|liar|lying|false|untrue|inaccurate|"
    r"misleading|scared|frightened|terrified|distressed|unsafe|scary|porn\w*|graphic|adult)"
)
# A harmful event, as a report names it in a word ("bullied", "groomed", "threats", "at risk")
HARM_EVENT = (
    r"(?:bullied|bullying|harassed|harassment|groomed|grooming|abuse|abused|abusive|threatened|threats?|nudes?|"
    r"racist|explicit|indecent|inappropriate|unsafe|danger|at risk)"
)
# Who a child lives with or is looked after by, spelled once (helper kin1): a child's parents, step-parents and carers,
# brothers and sisters, the wider family, a parent's partner. Eight readers had each written "nan", "grandad",
# "step dad" and "mums boyfriend" their own way, so a form one took ("nana", "mammy", "step mom") the others missed.
# Each part is an alternation without a group, to be built into a reader's own group (`rf"(?:{MUM}|{DAD})"`), in
# `plain` text ("mum's" is "mum", "step-dad" "step dad") or as typed ("step-dad"); which parts a reader takes, and what
# it adds of its own (a babysitter, a lodger, "his older brother"), is said there.
MUM = r"mum|mummy|mam|mom|mammy|mother"
DAD = r"dad|daddy|father"
STEP_PARENT = r"step[ -]?(?:mum|dad|mom|mother|father)"
# Who looks after a child in a parent's place
CARER = r"carers?|foster (?:carers?|parents?|mum|dad)|guardians?"
SIBLING = r"brothers?|sisters?"
GRANDPARENT = (r"nan|nana|nanna|nanny|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|"
               r"grandparents?")
AUNT_UNCLE = r"aunt|auntie|aunty|uncle"
# The wider family: grandparents, aunts and uncles, cousins
WIDER_FAMILY = rf"{GRANDPARENT}|{AUNT_UNCLE}|cousin"
# A parent's partner, in `plain` text ("mum's boyfriend" is "mum boyfriend", "mums boyfriend" as often typed)
PARENTS_PARTNER = r"(?:mum|mums|mummy|mummys|dad|dads|daddy|daddys) (?:boyfriend|girlfriend|partner)"
# The school day's times and places, spelled once (helper day1): "at break", "dinner time", "at pick up", "in the
# playground". A dozen readers (where a scene is set, where a pupil's scrap is let off, when harm was today) each wrote
# "breaktime", "lunch ?time" or "home time" their own way, so a form one took ("dinner time", "hometime") another
# missed. Alternations without a group, in `plain` text, to be built into a reader's own group; which parts a reader
# takes, and what it adds (a lesson, "the gate", a club), is said there.
# A break named with "time", which is a time said alone ("breaktime", "dinner time", "play time")
BREAK_TIME = r"(?:break|lunch|dinner|play) ?time"
# A break as it follows "at" ("at break", "at lunch", "at dinner time"): not "at play" nor "at dinner", which are as
# often a game or a meal at home
BREAK = rf"{BREAK_TIME}|break|lunch"
# The ends of the school day at the gate, when parents are there: "at pick up", "drop off", "home time"
GATE_TIME = r"pick ?up|drop ?off|home ?time"
# Earlier in the day the message is typed: "this morning", "earlier on", "today"
EARLIER_TODAY = r"this morning|this afternoon|earlier(?: today| on)?|today"
# The school's open ground, where a pupil is at break and a parent at the gate: "in the playground", "on the field",
# "at the gates", "in the car park"
SCHOOL_GROUNDS = r"playground|yard|field|gates?|car ?park"
# A laugh typed as a word: a reaction alone (`intent_rules`), and a quarrel told with one (`harm_told`)
LAUGH = r"(?:lol+|lols|lmao|lmfao|rofl|haha\w*|hehe\w*|ha ha(?: ha)*|jk)"
# Members of staff by their post, besides a teacher, a TA and the head (whom each list names its own way): the school
# business manager, the office and site managers, the caretaker, the cleaners, the receptionist, the bursar, the
# lunchtime and midday supervisors, the dinner ladies, the SENCO, an HLTA or LSA. One list, so a post read as staff
# where harm is done to them is read so where they throw, are thrown at, or are befriended.
STAFF_POSTS = (r"(?:(?:school )?business managers?|bursars?|office managers?|site managers?|caretakers?|cleaners?|"
               r"receptionists?|(?:lunchtime|midday) supervisors?|dinner lad(?:y|ies)|sencos?|hltas?|lsas?|"
               r"teaching assistants?)")
# Unease about someone, as staff tell it ("a creepy dad", "he's a bit weird", "it makes me uncomfortable", "I'm
# scared"), not about the asker's own act ("would it be weird to accept", "odd if I ignore it")
UNEASE = (r"(?:creepy|creep|creeps|creeped out|creeping me out|weird|weirdo|odd|strange|uncomfortable|uneasy|unnerv\w*|"
          r"on edge|scared|scary|frightened|frightening|afraid|intimidat\w*|freak\w*(?: me)? out|unsafe|not safe)"
          r"(?! (?:to|if|for me|that i|not to)\b)")
# A household's own pair, told without "her" or "his" as staff pass it on ("mum and dad had a fight over money again",
# "mum and her boyfriend", "his dads partner"): domestic conflict a child lives with, not "two mums" or "the dads" over
# a rota. One list for the fight that harms (intents/harm_told.py) and rows at home (intents/home_conflict.py).
_PARENT = rf"(?:{MUM}|{DAD}|{STEP_PARENT})"
HOUSEHOLD = (rf"(?:{_PARENT} and (?:(?:his|her|their) )?(?:{_PARENT}|boyfriend|girlfriend|partner|husband|wife|"
             rf"{WIDER_FAMILY})|(?:his|her|their|mums|dads) (?:boyfriend|girlfriend|partner|husband|wife))")
# What a parent threatens that is a complaint, the law or a move of school, not harm, after a threat word ("threatening
# to complain to ofsted", "threatened to report me to the governors", "threatening legal action", "threatened to pull
# his kids out"): a threat of harm, or with none named ("really threatening at the gate", "threatened me"), is still one
_AUTHORITY = (r"(?:(?:the )?(?:ofsted|governors?|head|headteacher|council|la|local authority|trust|ceo|dfe|ombudsman|"
              r"police|papers?|local paper|press|news|board|top)|court|(?:a|his|her|their|the) (?:solicitor|lawyer)s?|"
              r"(?:his|her|their|the) mp|social media|facebook)")
COMPLAINT = (
    r"(?:(?: to)? (?:complain|make a (?:formal )?complaint|put in a (?:formal )?complaint|"
    r"report (?:me|us|him|her|them|it|this|that|the school|the teacher|(?:my|the|his|her) (?:ta|head|class teacher))|"
    rf"(?:go|going|write|complain|report (?:\w+ )?) to {_AUTHORITY}|(?:email|ring|phone|call|contact) {_AUTHORITY}|"
    r"(?:go|going) (?:over|above) (?:my|our|the|his|her) heads?|sue|take legal action|escalate|go public|"
    rf"take (?:us|me|it|this|the school|her|him|them|the matter) (?:to {_AUTHORITY}|further|higher)|"
    r"(?:pull|take|move|withdraw|remove) (?:(?:his|her|their) \w+|him|her|them)(?: out| away)?"
    r"(?: (?:of|from) (?:the |our |this )?(?:school|class))?|"
    r"(?:get|have) (?:me|us|her|him) (?:sacked|fired|struck off)|leave (?:a )?bad reviews?)"
    r"|(?: with)? (?:legal action|court action|solicitors?|lawyers?|a complaint|complaints|ofsted))\b")
# Harm done or threatened to someone, or a child left or driven at risk, told beside a look-alike each veto cuts out
# ("threatened to complain and then punched the ta", "grabbed her purse and left the baby in the car", "picked up the
# bag and swung it at her son"): cut out, the look-alike leaves words whose subject is gone ("a parent and then punched
# the ta"), which no reading of who did what to whom can take for harm, so the words themselves are looked for
HARM_BESIDE = (
    r"\b(?:punch\w*|kick\w*|slap\w*|smack\w*|hit|hits|hitting|thump\w*|whack\w*|spat|spit\w*|push\w*|shov\w*|"
    r"swung|swing\w*|thr[eo]w\w*|chuck\w*|hurl\w*|headbutt\w*|bit|bite|bites|biting|chok\w*|strangl\w*|stab\w*|"
    r"slash\w*|attack\w*|assault\w*|hurt\w*|harm\w*|injur\w*|kill\w*|burn\w*|lash\w*|lung\w*|rammed|ram|"
    r"aggressi\w*|violen\w*|abus\w*|intimidat\w*|menac\w*|hostile|threat\w*|scar(?:ed|ing|y)|frighten\w*|"
    r"terrif\w*|drag\w*|shook|shak(?:e|es|ing)|yank\w*|pinch\w*|squeez\w*|twist\w*|touch\w*|grop\w*|"
    r"drunk|drink\w*|high on|stoned|alcohol|smell\w* of|alone|unattended|on (?:his|her|their) own|locked|"
    r"(?:at|into|over|towards?) (?:him|her|them|me|us|(?:a|an|the|my|his|her|their|one of the) (?:\w+ )?"
    r"(?:child|children|kids?|sons?|daughters?|bab(?:y|ies)|toddlers?|boys?|girls?|pupils?|ta|teachers?|head|staff|"
    r"colleagues?|mum|dad|wife|husband|partner))|"
    r"(?:left|leaves|leaving|leave|forgot|forgets) (?:the|a|an|her|his|their|my) (?:\w+ )?(?:child|children|kids?|"
    r"sons?|daughters?|bab(?:y|ies)|toddlers?|boys?|girls?))\b")
# Things a person carries, picks up or grabs on the way out ("grabbed her bag", "snatched his phone"): a thing, not the
# one harmed, after a possessive
THINGS = (r"(?:(?:own|new|old|school|little|big|car|book|water|lunch|pe|reading|gym|shopping|house|front door) )?"
          r"(?:bags?|handbag|purse|wallet|coat|jacket|keys|phone|mobile|stuff|things|lunch|lunchbox|bottle|drink|"
          r"coffee|cup|mug|umbrella|brolly|scooter|bike|car|glasses|sunglasses|shoes|trainers|hat|scarf|gloves|"
          r"books?|folder|letter|cards?|tablet|ipad|laptop|charger|pram|buggy|trolley|shopping|tickets?|money|change|"
          r"cigarettes|vape|paperwork)")
# In danger, told of someone ("jo is at risk", "she isnt safe")
IN_DANGER = r"(?:at risk|in danger|unsafe|not safe)"
BE = r"(?:is|are|may be|might be|could be|seems?|feels?)"
NOT_SAFE = r" (?:isnt|arent|is not|are not|may not be|might not be|doesnt feel|dont feel) safe"
# A first word that is not a child's name: a question, an instruction, a kind of people in general, nor an activity
# ("discussing self harm in pshe")
NOT_A_NAME = (r"(?:how|what|when|where|who|whom|whose|why|which|does|do|did|is|are|was|were|can|could|should|would|"
              r"will|shall|may|might|must|has|have|had|if|any|about|re|on|in|at|for|with|to|from|of|by|and|or|not|no|"
              r"the|a|an|our|my|your|their|his|her|its|this|that|these|those|some|all|every|each|staff|teachers?|pupils?|"
              r"children|child|kids?|students?|parents?|people|someone|somebody|anyone|everyone|policy|safeguarding|"
              r"signs?|support|help|advice|guidance|training|spot|recognise|recognize|prevent|report|respond|tell|"
              r"explain|define|online|tiktok|instagram|insta|snapchat|youtube|facebook|whatsapp|content|posts?|videos?|"
              r"\w+ing)")
# What may follow harm told of a child by name: the end, or the telling going on ("again", "at home", "and…"), not a
# topic ("kooth self harm advice", "pshe self harm unit", "roblox suicidal memes").
AFTER_NAME = (r"(?=$| (?:again|today|yesterday|tonight|last night|this (?:morning|afternoon|week)|"
              r"at (?:home|school|the weekend)|and|but|so|since|because|for|until|with|he|she|they|i|we|x|please|"
              r"urgent|help|what|who|now|still|too)\b)")
# After a blow to someone, what makes it a turn of phrase: "hit me up", "hit me with a load of questions", "hit him
# with a barrage of emails", "hit us with a surprise observation"
NOT_A_BLOW = (r"(?! up\b| with (?:(?:a|an|the|so many|so much|loads of|lots of|some|more|another|his|her|their|this|"
              r"that) )?(?:\w+ ){0,2}?(?:questions?|emails?|complaints?|requests?|barrage|load|loads|lots|ton|tons|"
              r"list|bunch|stream|flurry|news|ideas?|surprise|deadline|observation|demands?|messages?|texts?|"
              r"paperwork|jobs?|tasks?|work|queries|query|forms?|letters?|bills?|fines?|invoices?)\b)")

# What joins a clause to one cut out beside it ("year 6 beat me at rounders and jake punched sam")
_JOINT = r"(?:and|but|so|then|also|plus|cos|because)"
_JOINTS_AT_ENDS = compiled(rf"^(?:{_JOINT} )+|(?: {_JOINT})+$")


def rest_of(words: str, start: int, end: int) -> str:
    """What else the (plain) message says once `words[start:end]` (a turn of phrase) is cut out, without the words
    that joined the two: the rules for harm told by name read a message from its first word, which "and" would be."""
    return _JOINTS_AT_ENDS.sub("", f"{words[:start]} {words[end:]}".strip())
