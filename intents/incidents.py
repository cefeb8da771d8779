"""Recognises a message that describes a safeguarding incident happening now, however it is phrased.

Staff rarely write "I want to report": they write "Y5 boy sharing rude pictures of a classmate in a group chat"
or "there's a video going round year 6". Such a message names a harm *and* a concrete actor or event. A rules
question ("can parents post photos of other children?") or a bare topic ("cyberbullying outside school") names
no actor or event, so it stays a policy question. Works on `plain` text (lower case, no punctuation).
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.rule_words import (
    BREAK,
    CARER,
    COMPLAINT,
    DAD,
    GATE_TIME,
    HARM_BESIDE,
    MUM,
    NOT_A_BLOW,
    NOT_A_NAME,
    PARENTS_PARTNER,
    SIBLING,
    STEP_PARENT,
    THINGS,
    WIDER_FAMILY,
)
from intents.year_groups import YEAR, YEARS

# What is done to a child's body, said of someone in particular (also by name: harm_told.TOLD_BY_NAME)
HURTS = (r"hit|hits|hitting|smack\w*|slap\w*|punch\w*|kick\w*|hurts?|hurting|touch(?:es|ed|ing)?|strangl\w*|"
          r"chok\w*|beat|beats|beating|burn(?:s|t|ed)?")
_ONE_HARMED = r"(?:her|him|them|em|me)"
# "her" as the owner of a thing, not the one harmed ("mum grabbed her bag and left", "dad kicked her scooter")
_HER_THING = rf"her(?! {THINGS}\b)"


# Harm in shapes other than a verb and the one harmed, said of `whom` (a pattern): something thrown at them (not what
# a game or a look throws: "threw the ball at him"), a beating given (not a slap on the back), held or pinned down.
def thrown_at(whom: str) -> str:
    return (r"(?:threw|throws|throwing|chucked|chucks|hurled|hurls|lobbed) (?:a|an|the|his|her|their|my|some) "
            r"(?!(?:\w+ )?(?:balls?|football|frisbee|beanbags?|pillows?|snowballs?|sponges?|look|glance|smile|wink|"
            rf"kiss|question|party|tantrum|wobbly|idea)\b)(?:\w+ )?\w+ at {whom}")


def gave_a_beating(whom: str) -> str:
    return (rf"(?:gave|gives|give|giving) {whom} (?:a )?(?:(?:good|proper|real|right|bad) )?"
            r"(?:beating|hiding|thrashing|kicking|slap|smack|punch|whack|wallop|belting|black eye|bloody nose|"
            r"fat lip)\b(?! on the back\b)")


def held_down(whom: str) -> str:
    return rf"(?:hold|holds|held|holding|pin|pins|pinned|pinning) {whom} down"


# Harm to a child's body by someone in particular (part of HARM, below, which also wants an actor or event)
_HARMED_BY = (
    rf"(?:{MUM}|{DAD}|step ?\w+|{CARER}|{SIBLING}|{WIDER_FAMILY}|aunt\w*|boyfriend|girlfriend|partner|man|adult|"
    rf"someone|somebody) (?:\w+ )?(?:{HURTS}) "
    rf"(?:{_HER_THING}|him|them|me)\b{NOT_A_BLOW}")
# Someone named by who they are to the child harming them, told with nothing else ("mum hit him", "grandad touching
# her", "mums been hitting him"): the telling names its actor itself. Only people a child lives with or is looked
# after by, not "someone" or "a man" ("someone hit him with a ball", "can a man hit him?"), nor "partner" ("my
# partner hit me up"); not a game or an idiom ("beat him at chess", "hit me up", "hit him with a ball")
HARMED_BY_SOMEONE = compiled(
    # (a brother or sister, not the plural: "her brothers hit her" would be a doubtful report instead of the report
    # with the question beside it that the rest reads it as)
    rf"\b(?:{MUM}|{DAD}|mums|dads|step ?\w+|{CARER}|foster \w+|brother|sister|{WIDER_FAMILY}|aunt\w*|boyfriend|"
    rf"girlfriend|fella|coach|neighbour) (?:\w+ ){{0,2}}(?:(?:{HURTS}|grab\w*|pinch\w*) "
    rf"(?:{_HER_THING}|him|them|em|me)\b"
    # "at" is a game's ("beat him at chess"), but not the hour or the place harm is told of ("touches her at night")
    rf"{NOT_A_BLOW}"
    r"(?! at\b(?! (?:night|bedtime|home|the weekends?|weekends)\b)| with (?:a|the) (?:ball|paintbrush|pencil)\b|"
    r" in (?:football|pe|a race|the race)\b)"
    # or harm in other shapes: "threw a plate at him", "gave him a beating", "held her down"
    rf"|(?:{thrown_at(_ONE_HARMED)}|{gave_a_beating(_ONE_HARMED)}|{held_down(_ONE_HARMED)})\b)")
# What makes it a safeguarding matter: harm to a child or an adult, sexual content, exposure, deception.
HARM = compiled(
    r"\b(?:"
    + "|".join((
        r"nudes?|naked|sexual\w*|explicit|indecent|rude (?:pictures?|photos?|pics?|images?|videos?|messages?)",
        r"inappropriate (?:pictures?|photos?|pics?|images?|videos?|messages?|content|sites?|stuff)",
        r"groom\w*|blackmail\w*|sextort\w*|self ?harm\w*|suicid\w*|deep ?fakes?|porn\w*|adult (?:site|content)",
        r"fake (?:account|profile|page)s?|pretending to be|impersonat\w+|hack\w*|catfish\w*",
        r"bull(?:y|ied|ies|ying)|picked on|picking on|calling (?:\w+ ){0,2}names|name calling|trolled|trolling",
        r"harass\w*|intimidat\w+|threat\w*|abus\w+|hate|hateful|racist|homophobic|nasty|horrible|vile|cruel",
        r"stranger|an adult (?:she|he|they) met|meet up|secret account|home address|full names?|looked after child",
        r"liar|thief|rating the|pushed over|beaten up|fight|in the bath|scared|frightened|in tears|crying",
        r"(?:asked|told|made) (?:her|him|them) to send|late at night",
        # harm to a child's body, by someone in particular ("her dad hits her"; "was slapped by his step mum", "hurt at
        # home"): not a result ("hit her reading target", "beat her personal best"), an accident ("hit by a football")
        # or an idiom ("hit send", "touch base", "kick off", "it really touched me")
        _HARMED_BY,
        r"(?:was|were|been|being|gets?|got|getting) (?:hit|smacked|slapped|punched|kicked|touched|beaten|"
        # where on the body may come before by whom ("kicked in the stomach by older boys")
        r"strangled|choked|burnt|burned|hurt)(?: (?:in|on|across) the \w+)? "
        r"(?:at home|if|when|every|by (?:(?:his|her|their|my|a|an|the|another|"
        r"older|her mums?|his mums?|her dads?|his dads?) )?(?:\w+ )?"
        rf"(?:{MUM}|{DAD}|step ?\w+|{CARER}|{SIBLING}|{WIDER_FAMILY}|aunt\w*|boyfriend|girlfriend|partner|man|adult|"
        r"someone|pupils?|boys?|girls?|child|kids?|classmates?))",
        # where falls bruise (knees, elbows, shins) is an accident's; elsewhere on the body, a question to ask
        r"bruis(?:es|ed|ing) (?:on|all over|up|to|round|around)"
        r"(?! (?:her|his|their|a|both) (?:knees?|elbows?|shins?)\b)"
        r"|marks on (?:her|his|their) "
        r"(?:arms?|legs?|neck|face|back|body|wrists?|hands?|skin|tummy|bottom)",
        # an adult messaging or filming children is the concern, whatever the words
        r"messag\w* (?:a|an|one of (?:our|my|the)) (?:\w+ ){0,2}(?:pupil|child|girl|boy|student|kid)s?",
        r"(?:film|record|photograph|livestream)\w* (?:\w+ ){0,3}(?:kids|children|pupils|school gate|playground)",
    ))
    + r")\b"
)
# Someone in particular, or something that happened: the difference between an incident and a topic.
ACTOR_OR_EVENT = compiled(
    r"\b(?:"
    + "|".join((
        r"(?:a|an|one of (?:the|my|our)|my|our|some|two|three|this|that|the same|another|older|her|his)"
        r" (?:\w+ )?(?:pupils?|child|children|kids?|girls?|boys?|students?|parents?|mums?|dads?|colleagues?|"
        r"teachers?|ta|tas|member of staff|man|woman|adult|stranger|boyfriend|brother|sister|classmates?|"
        rf"head|headteacher|{YEARS})",
        rf"{YEAR} (?:whatsapp|group|chat|class|snapchat)",
        rf"{YEARS} (?:boy|girl|child|kid|pupil|student)s?|kids in (?:my|year|y)|\d[a-z] |in my class",
        r"there (?:a|an|some|is|are)|just (?:seen|had|found|got|been)|today|last night|this morning|yesterday",
        r"going round|got a screenshot|i overheard|i saw|ive seen|i have seen|i found|i was shown|was sent",
        r"being (?:shared|sent|posted|circulated|passed round|spread)",
        r"is being|are being|has been|have been|keeps|kept|says (?:a|an|that|her|his)|disclosure|disclosed",
    ))
    + r")\b"
)


# A harm word that names what a policy, a lesson or a campaign is about, not harm done ("a parent asked if the school
# has a policy on bullying", "our anti bullying week", "the grooming training was good")
_TOPIC_BEFORE = compiled(
    r"(?:\b(?:polic(?:y|ies)|procedures?|training|guidance|lessons?|assembl(?:y|ies)|workshops?|talks?|leaflets?|"
    r"posters?|units?|resources?|advice|information|info|rules?|sessions?|curriculum|course|module|approach|stance|"
    r"statement|strategy) (?:on|about|for|around|regarding|re|covering|against|tackling|to (?:tackle|prevent|stop)) "
    r"(?:\w+ ){0,2}|\banti ?"
    # and a fight that is a game ("a pillow fight at the residential", "a snowball fight on the field")
    r"|\b(?:pillow|snowball|water|food|paint|foam|nerf|play|pretend|mock|sword|lightsaber|bun|custard pie) )$")
_TOPIC_AFTER = compiled(
    r" (?:polic(?:y|ies)|procedures?|training|guidance|lessons?|assembl(?:y|ies)|workshops?|talks?|leaflets?|"
    r"posters?|units?|resources?|awareness|week|day|month|prevention|curriculum|ambassadors?|charter|survey|"
    r"questionnaire|course|module|lead|register|statistics|stats)\b"
    # a fight watched on television
    r"| on (?:the )?(?:telly|tv|television)\b")


# A threat of a complaint, of the law or of moving school, not of harm ("threatening to complain to ofsted")
_THREAT_WORD = compiled(r"\bthreat\w*(?: to)?$")
_COMPLAINT = compiled(COMPLAINT)
# Harm told beside a look-alike a reading cuts out (harm_told's vetoes use it too)
HARM_TOLD_BESIDE = compiled(HARM_BESIDE)


def names_a_topic(words: str, start: int, end: int) -> bool:
    """`words[start:end]`, a harm word, names what a policy, a lesson or a campaign is about, a fight that is a game or
    on television, or a threat of a complaint with no harm told beside it."""
    return bool(_TOPIC_BEFORE.search(words, 0, start) or _TOPIC_AFTER.match(words, end)
                or _only_a_complaint_threatened(words, start, end))


def _only_a_complaint_threatened(words: str, start: int, end: int) -> bool:
    """The threat word at `words[start:end]` is of a complaint, and nothing else told harms anyone ("threatened to
    complain and then punched the ta" is still an incident, as the threat and the blow together read)."""
    if not _THREAT_WORD.search(words, start, end) or (complaint := _COMPLAINT.match(words, end)) is None:
        return False
    return not HARM_TOLD_BESIDE.search(f"{words[:start]} {words[complaint.end():]}")


def describes_incident(words: str) -> bool:
    """The (plain) message names a harm, not only as what a policy or a lesson is about, and someone or something in
    particular."""
    return (any(not names_a_topic(words, m.start(), m.end()) for m in HARM.finditer(words))
            and bool(ACTOR_OR_EVENT.search(words)))


# Harm named as done to someone, word by word, for a message the matcher answers as out of scope: a safety net
# under the report rules, which want a shape ("in the playground he bit her" falls between them). Broad, but each
# harm wants its person beside it, so a policy question about a topic ("what if a parent posts abuse?", "can I post
# photos of the school play?", "who do I tell about bruising?") is none: a blow or a burn with the one it is done to
# ("bit her", "kicked the boy"), sexual touching ("touched her at night"), harm done to them ("was punched"); an
# injury told ("has bruises", "a black eye", "cigarette burns"); sexual abuse by its words; neglect ("left home
# alone", "locked him out"); a threat to kill or hurt. A turn of phrase is understanding.py's to rule out
# (harm_told.harm_only_in_turns_of_phrase: "chickenpox hit him", "slapped him on the back").
_BLOWS = (r"hit|hits|hitting|smack\w*|slap\w*|punch\w*|kick\w*|beat|beats|beating|burn|burns|burnt|burned|burning|"
          r"(?<!\ba )bit|bite|bites|biting|strangl\w*|chok\w*|throttl\w*|stab\w*|headbutt\w*|whip\w*|shak(?:e|es|ing)|"
          r"shook|shov\w*|push(?:ed|es|ing)?|pinch\w*|scratch\w*|grabb?\w*|drag\w*|thump\w*|whack\w*|belt(?:ed|ing)|"
          r"hurt|hurts|hurting|injur\w*|abus(?:es|ed|ing)")
_WHOM = (r"(?:him|her|them|me(?! and (?:i|we) (?!fell|was hurt|got hurt|cried|bled)\w+)|"
         r"(?:a|the|another|his|her|their|my|our) (?:\w+ )?(?:child|kid|boy|girl|pupil|baby|son|daughter|brother|"
         r"sister|toddler))")
_WHEN_WHERE = (r"at (?:night|home|bedtime)|in (?:bed|the (?:bath|shower|bedroom|night))|"
               r"(?:last|this|every|most|some) (?:night|nights|week|weekend|day|days|morning)|yesterday|today")
# What may follow a blow: the end, the telling going on, where on the body, with what, how hard, which way; not "hit
# her target", "beat them at chess", "hit me up", "kicked him off the team", "hit me with a great idea".
_AFTER_BLOW = (r"(?=$| (?:and|so|until|till|when|while|because|again|every|hard|really|badly|"
               rf"{_WHEN_WHERE}|with (?:a|an|his|her|their|the) (?:\w+ )?(?:belt|stick|shoe|slipper|knife|cigarette|"
               r"lighter|cable|wire|lead|cord|hanger|spoon|ruler|bat|pole|pipe|hammer|bottle|cane|whip|rope|pan|plug|"
               r"iron|kettle|fist|fists|hand|foot)|(?:in|on|across|round|around|over|by) (?:the|his|her|their|my) "
               r"(?:face|head|stomach|tummy|belly|eyes?|mouth|nose|neck|throat|ribs|arms?|legs?|ears?|hair|cheeks?|"
               r"privates|chest|collar|wrists?|shoulders?|hood|jumper|coat)|down|up against|into|onto|against|"
               # where or when it was seen, the telling ending there or going on ("a parent hit a child at the gate",
               # "…at pick up and walked off"): not "at chess", a game, nor "grabbed me at pick up to ask about…"
               r"(?:at (?:the )?(?:school )?gates?|"
               rf"at (?:{GATE_TIME}|collection|{BREAK}|the school|school)|"
               r"in (?:the )?(?:playground|car ?park|street|road|"
               r"corridor|classroom|hall|office|reception|lesson|class|car|shop)|on the (?:playground|field|street|"
               r"way (?:home|to school|out|in))|outside (?:the )?(?:school|gates?|office|classroom|shop)|in front of "
               r"(?:everyone|everybody|me|us|the (?:class|kids|children|other \w+|parents))|after school|before "
               r"school|this (?:morning|afternoon|evening))(?=$| (?:and|so|then|again|while|when|because|today|"
               r"yesterday|this|last|in front|hard|really)\b))\b)")
_PASSIVE_BE = r"(?:was|were|been|being|got|gets|get|getting|is|are)"
# Where or how long someone is left alone that makes it neglect, whoever tells it
_AWAY_FROM_CARE = (r"(?:at home|in the (?:house|flat|car)|all (?:night|weekend|day)|overnight|for (?:days|hours|the "
                   r"weekend|ages|the night)|while|when (?:mum|dad|she|he|they)|until|till)")
_PASSIVE_HARM = (r"(?:was|were|been|being|got|gets|get|getting|is|are) (?:hit|smacked|slapped|punched|kicked|beaten|"
                 r"burnt|burned|bitten|strangled|choked|stabbed|whipped|caned|shaken|molested|abused|raped|groped|"
                 r"touched (?:up|inappropriately|there)|starved|neglected)\b"
                 # a result ("beaten in the final")
                 r"(?! (?:in|at|on) (?:the )?(?:final|semi \w+|match|game|race|quiz|chess|tournament|league|vote)\b)"
                 r"|being (?:hurt|harmed)"
                 # left alone; not the speaker ("we were left alone to get on with it", "i was left alone with year
                 # 6"), unless at home or for a time ("we were left alone all weekend", as a child says it); nor left
                 # alone to get on with a job
                 r"|(?:(?<!\bi )(?<!\bwe )(?<!\bive )(?<!\bweve )(?<!\bim )(?<!\bstaff )(?<!\bteachers )"
                 rf"{_PASSIVE_BE}|{_PASSIVE_BE}(?= left (?:at )?(?:home )?alone {_AWAY_FROM_CARE}\b))"
                 r" left (?:at )?(?:home )?alone\b(?! to (?:get on|crack on|do (?:it|our|my|the|their|his|her)|work|"
                 r"plan|mark|teach|think|run|manage|finish)\b)")
# Who a child lives with or is looked after by, as staff pass a telling on ("grandad", "her step mum", "mums boyfriend")
_KIN = rf"(?:(?:his|her|their|my) )?(?:(?:{MUM}|{DAD})s?|{STEP_PARENT}|{WIDER_FAMILY}|{CARER}|{PARENTS_PARTNER})"
# A threat told of someone by name or as a child ("jayden said he will kill amy", "says hell stab amy tomorrow", "is
# going to beat up the new boy"): not "kill time", "smash it", "hurt her feelings", "beat the other team"
_OTHER_THAN_A_NAME = (rf"(?:{NOT_A_NAME}|it|us|up|you|u|time|everyone|everybody|myself|yourself|themselves|himself|"
                      r"herself)")
# After a blow, what makes it a turn of phrase or an illness overcome, not a child's name
_NOT_DONE_TO_A_CHILD = (r"(?:off|back|out|away|round|around|over|down|home|cancer|covid|depression|addiction|"
                        r"alcoholism|illness|anxiety|leukaemia|leukemia|sepsis|[a-z]+(?:itis|ness|ism))")
_THREAT_TO_SOMEONE = (
    r"(?:(?:will|ll|hell|shell|theyll|is going to|are going to|was going to|going to|gonna|would|wants? to|"
    r"wanted to|threatened to|threatening to|threatens to) "
    # to a child or a person by pronoun, a blow; to a name, only what is never said of a thing ("hurt morale",
    # "shoot hoops", "kick ass", "punch holes", "burn calories" are)
    rf"(?:(?:kill|stab|shoot|strangle|beat up|batter|punch|kick|smash up|knife) {_WHOM}|"
    rf"(?:kill|stab|strangle|beat up|batter|smash up|knife) (?!{_OTHER_THAN_A_NAME}\b)[a-z]{{2,}})|"
    # hurt or burn, said by a person: "he is going to hurt amy", "she'll burn him"; not "it would hurt morale", "it
    # would hurt him if we left him out", "we will burn them in the bonfire"
    r"(?:(?:he|she|they|hes|shes|theyre) (?:is |are |was |were )?(?:going to|gonna|will|would|wants to)|hell|shell|"
    rf"theyll) (?:hurt|burn) (?:{_WHOM}|(?!{_OTHER_THAN_A_NAME}\b)[a-z]{{2,}}))"
    r"(?=$| (?:if|after|at|on|in|tomorrow|tonight|later|today|when|and|because|cos|next|this|with)\b)"
)
# A child lured, taken or made to do things ("a man tried to get a child into his car", "a stranger offered the kids
# sweets through the fence", "her cousin forces her to do things"): an attempt, or a stranger, not "mum put the kids
# in the car", "can I give the children sweets", "forced her to do her homework"
_CHILDREN = (rf"(?:{_WHOM}|(?:a|an|the|another|his|her|their|my|our) (?:\w+ ){{0,2}}(?:child|kid|boy|girl|pupil)|"
             r"(?:the |some |two |three |a few |a group of )?(?:\w+ ){0,2}(?:kids|children|pupils|boys|girls))")
_STRANGER = r"(?:a|an|some|this|that|the same) (?:\w+ )?(?:man|men|woman|women|stranger|adult|person|bloke|guy|lady)"
_TAKEN_AWAY = (
    r"(?:tried|tries|trying|try|attempted|attempting) to (?:get|grab|take|lure|pull|drag|snatch|entice|coax|bundle|"
    rf"put|push) {_CHILDREN} (?:in|into) (?:his|her|their|a|the) (?:\w+ )?(?:car|van|truck|lorry|house|flat)|"
    rf"(?:abduct\w*|kidnap\w*|lured?|luring) {_CHILDREN}|"
    rf"{_STRANGER} (?:(?:was|is|has been|keeps|kept|tried|tries|trying) (?:to )?)?(?:offer\w*|gave|giving|give|gives|"
    rf"handing out|handed|hand) {_CHILDREN} (?:sweets|money|cigarettes|vapes?|a lift|lifts)|"
    r"forc(?:es|ed|ing|e) (?:him|her|them|me) to (?:do|touch|watch) (?:things|stuff|rude|sexual)"
)
HARM_NAMED = compiled(
    r"\b(?:"
    + "|".join((
        rf"(?:{_BLOWS}) {_WHOM}{_AFTER_BLOW}",
        rf"(?:touch(?:es|ed|ing)?|fondl\w*|grop\w*|molest\w*|feel\w*|felt) {_WHOM}"
        rf"(?=$| (?:up|inappropriately|there|down there|under|over (?:her|his) clothes|and|when|while|"
        rf"{_WHEN_WHERE})\b)",
        _PASSIVE_HARM,
        r"(?:has|had|have|got|with|covered in|seen|saw|noticed) (?:\w+ )?(?:bruises|a black eye|burns|cuts|welts)|"
        r"bruis(?:es|ed|ing) (?:on|all over|to|round|around)|black eye|bleeding|bled|cigarette burns?|"
        r"(?:finger|belt|slap|bite|hand) ?marks",
        r"sexual(?:ly)? (?:abus\w*|assault\w*|touch\w*)|rape|raped|raping|molest\w*|grop(?:ed|ing)|fondl\w*",
        # touching told as a child tells it: a hand inside clothes, "rude things" done to them or made to do
        r"(?:hand|hands|fingers?) (?:down|in|inside|up|under) (?:my|her|his|their) (?:pants|knickers|trousers|"
        r"skirt|shorts|nappy|top|pyjamas|clothes)|(?:does|did|doing|done|makes? (?:me|her|him|them) do|made "
        r"(?:me|her|him|them) do) (?:rude|bad|naughty|horrible|secret|private|funny) things(?! on (?:tiktok|youtube))",
        # neglect: left home alone, not walking home alone; locked out of the house, not out of an account
        r"left (?:\w+ )?(?:at )?home alone|(?:alone|on (?:his|her|their) own) at home(?: overnight| all night| all "
        r"weekend| for)|no food (?:at home|in the house)|no (?:bed|heating|electric\w*) (?:at home|in the house)|"
        # ... told as a child tells it ("she doesnt have a bed at home", "he sleeps on the floor at home")
        r"(?:doesnt|does not|dont|do not|hasnt|has not|havent|have not|never) (?:have|has|got) (?:a |any )?(?:bed|"
        r"food|heating|electric\w*)(?: at home| in the house| to sleep in)|sleep(?:s|ing)? on the floor at home|"
        # not wanting to go home, said of a child who told it ("one of my girls said she doesnt want to go home")
        r"(?:said|says|told me|tells me|keeps saying|kept saying) (?:that )?(?:s?he|they|s?hes|theyre|s?he is|they are)"
        r" (?:doesnt|does not|dont|do not|didnt|did not|wont|will not|(?:really )?(?:doesnt|dont) want to|begging not "
        r"to|refus\w+ to)(?: want to)? go (?:back )?home(?!.*\b(?:fun|love|loves|loved|enjoy\w*|lol|haha|party|"
        r"brilliant|amazing|so good)\b)|"
        r"(?:always|constantly|often) hungry|not (?:being )?fed|"
        r"(?:doesnt|does not|didnt|did not|dont|never) (?:come|comes|get|gets) home (?:for|all) (?:days|nights|"
        r"the weekend|weekend)|"
        # ... not out of an account nor a room of the school kept shut ("we locked them out of the hall till the bell")
        r"neglected|locked (?:him|her|them|me) (?:in|out)\b(?! of (?:\w+ )?(?:account|teams|email|laptop|ipad|"
        r"computer|hall|classroom|class|lesson|building|staffroom|office|gym|library|lab|changing rooms?|playground|"
        r"field|school))|"
        r"locked (?:in|out) (?:of the house|outside|all night|in (?:his|her|their|a|the) (?:room|bedroom|cupboard|"
        r"shed))",
        r"threat\w* to (?:kill|hurt|stab|hit|beat|burn|shoot|punch|kick|harm)|(?:kill|stab|shoot|strangle) "
        r"(?:him|her|them|me|you)\b(?! (?:at|in) (?:chess|fortnite|the game))",
        _THREAT_TO_SOMEONE,
        _TAKEN_AWAY,
        # by whom to a child by name, the doer the one the child lives with or is looked after by ("grandad slapped
        # ruby across the head"): not "dad beat jake at chess", whose "at" no blow is told with, nor a parent
        # kicking off, hitting back or beating an illness ("dad kicked off again", "mum beat cancer")
        rf"{_KIN} (?:\w+ )?(?:{_BLOWS}) (?!{_OTHER_THAN_A_NAME}\b|{_NOT_DONE_TO_A_CHILD}\b)[a-z]{{2,}}{_AFTER_BLOW}",
        # ... or told with no one named, as a teacher passes it on in a few words ("dad hits", "at home mum slaps",
        # "her stepdad hits at home"): the message ends there, so "dad kicks off" or "mum beat cancer" is not it
        rf"{_KIN} (?:always |keeps |still |sometimes |often |just )?(?:hits|hitting|smacks|slaps|punches|kicks|beats|"
        r"hurts|chokes|strangles|whips|belts|thumps|whacks)(?: (?:at home|again|all the time|a lot|every day|every "
        r"night|sometimes|when (?:hes|shes|he is|she is|they are|theyre) (?:drunk|angry|cross)))?$",
        # a threat to oneself told of a child ("mo keeps saying he'll kill himself"); not the speaker's "kill myself"
        r"(?:kill|hang|harm|starve|stab) (?:him|her|them)sel(?:f|ves)\b(?! (?:laughing|off)\b)",
    ))
    + r")\b"
)


def names_harm(words: str) -> bool:
    """The (plain) message names harm done to a child or a person: a blow, sexual touching, an injury, neglect or a
    threat (`HARM_NAMED`), however it is told."""
    return bool(HARM_NAMED.search(words))
