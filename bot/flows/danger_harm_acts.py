"""What an adult does to a child that a Designated Safeguarding Lead reads as harm, at "Is a child in immediate
danger?", listed once (helper danger12): every reading that weighs harm told beside a no, alone, or on a report's
summary takes its words from here.

`HARMS` are the blows and acts read with the child straight after them ("hits her", "locked him", danger1 to
revAE's list, moved here unchanged). `CRUEL_ACTS` are the rest, each with the child or the child's body in it, so a
word with an everyday sense is harm only in its harmful one (revAE and danger11 left each a plain No: "no dad grabbed
him by the throat", "no mum won't feed him", "no he was late so mum made him stand outside in the cold"):

- physical harm: biting, scratching, pinching, scalding, smothering, throttling, a baby shaken, the throat or neck
  gripped, hair or ears pulled, an arm twisted, a child dragged by the hair or upstairs, a pillow held over the face;
- restraint: pinned or held down, tied up, gagged, shut in a cupboard or shed;
- deprivation: not fed, starved, kept from sleep, not let in;
- cruel punishment: made to stand or sleep outside, in the cold or all night, or to kneel on something.

Not harm in their everyday senses: "won't feed him broccoli" (a food after it), "tied his shoelaces", "held his hand",
"pulled her coat on", "shook hands", "twisted his arm to come" (persuaded), "smothered him in kisses", "made him
wait outside the shop". Who does it, and whether a game, a pet or a pupil at break makes it none, is the reader's to
weigh (`danger_disclosed`), as for a hit.
"""

from __future__ import annotations

import re

from bot.flows.danger_home_acts import PUSHES
from bot.flows.harm_words import (
    ABUSE,
    BATTER,
    BEAT,
    BURN,
    CHOKE,
    HIT,
    HURT,
    KICK,
    PUNCH,
    RAPE,
    SCALD,
    SLAP,
    SMACK,
    SMOTHER,
    STRANGLE,
    SUFFOCATE,
    THROTTLE,
    TOUCH,
    alt,
)

# How often or when, between the one doing it and the act ("dad still hits her", "mum has always starved him")
OFTEN = r"(?:(?:still|also|always|sometimes|often|keeps|has|had|was|is|'s|s|just|been|even|regularly|literally)\s+)*"
# The blows and acts read with the child straight after them (the reader says what the child may be: "him", "her"
# not before her own knee, a parent)
# (the verbs `harm_words` spells, in the forms read here: "strangled", not "strangle", which is `_HARMFUL`'s)
HARMS = ("(?:" + "|".join((
    alt(HIT.does, HIT.do, HIT.doing), alt(BEAT.does, BEAT.do, BEAT.doing, BEAT.done), BEAT.do + " (?:up)?",
    alt(HURT.does, HURT.do, HURT.doing), alt(ABUSE.does, ABUSE.done, ABUSE.doing),
    alt(SLAP.does, SLAP.do, SLAP.done, SLAP.doing), alt(PUNCH.does, PUNCH.done, PUNCH.doing, PUNCH.do),
    alt(KICK.does, KICK.done, KICK.doing, KICK.do), alt(SMACK.does, SMACK.done, SMACK.doing, SMACK.do),
    r"thumps?|thumped", alt(STRANGLE.done, STRANGLE.does), alt(CHOKE.does, CHOKE.done, CHOKE.doing),
    alt(BURN.does, BURN.do, BURN.done), alt(TOUCH.does, TOUCH.done, TOUCH.doing), alt(RAPE.does, RAPE.done),
    alt(BATTER.does, BATTER.done),
    r"shakes|shook|locks|locked|belts|belted|whacks?|whacked|wallops?|walloped|thrash(?:es|ed)", PUSHES)) + ")")

# Blows in other words (review revAJ), read with the child after them in `CRUEL_ACTS`
OTHER_BLOWS = (r"(?:boot(?:s|ed)|lamp(?:s|ed)|clout(?:s|ed)|clobber(?:s|ed)|leather(?:s|ed)|deck(?:s|ed)|twat(?:s|ted)|"
               r"wellied|battered)")
# The child as the whole of what is done to: "him", a baby, or "her" with nothing of hers after it ("bit her",
# "bit her sandwich" is not)
_AFTER_HER = (r"\s*$|\s+(?:and|but|so|then|again|when|whenever|because|cos|cause|coz|if|for|as|at|in|on|with|by|"
              r"until|till|up|down|out|off|over|round|around|hard|badly|really|all|every|most|sometimes|often|always|"
              r"last|this|yesterday|today|tonight|too|also|lol|while|whilst|after|before|once|twice|regularly|daily|"
              r"constantly|every|till|til|still|now|even|like|apparently|allegedly|i think|she|he|they|it|its|it's|"
              r"not|no|just|properly|anymore|any more|ever|either|to|from|behind|against|into|onto|under|near|upstairs|"
              r"downstairs|across|along|through|outside)\b")
KID = (r"(?:him|them|her(?=" + _AFTER_HER + r")|the (?:child|boy|girl|kid|pupil|baby|little one)|"
       r"(?:his|her|their) (?:baby|little) (?:brother|sister)|the (?:baby|twins))")
# ...or, before what the child is let, made or given to do, any "her" ("won't let her eat", "made her sleep outside")
_KID_TO = (r"(?:him|them|her|the (?:child|boy|girl|kid|baby|little one)|"
           r"(?:his|her|their) (?:baby|little) (?:brother|sister))")
# ...or the child's own body, said by "his", "her", "their"
_HIS = r"(?:his|her|their|the (?:child|boy|girl|baby)'?s)"
_GRIPPED = r"(?:throat|neck|windpipe|hair|collar|ears?|jaw|face)"

# Acts that are harm with the child as all that follows them
_HARMFUL = (r"(?:bit|bites|bite|biting|bitten|" + alt(SCALD.does, SCALD.done, SCALD.doing, SCALD.do)
            + r"|scratch(?:es|ed|ing)|pinch(?:es|ed|ing)|"
            + "|".join((alt(THROTTLE.does, THROTTLE.done, THROTTLE.doing, THROTTLE.do),
                        alt(SUFFOCATE.does, SUFFOCATE.done, SUFFOCATE.doing, SUFFOCATE.do),
                        alt(SMOTHER.does, SMOTHER.done, SMOTHER.doing, SMOTHER.do)))
            + r"|starv(?:es|ed|ing|e)|" + alt(STRANGLE.doing, STRANGLE.do) + r"|"
            r"spank(?:s|ed|ing)?|whip(?:s|ped|ping)?|canes|caned|caning|headbutt(?:s|ed|ing)?|kneed|kneeing|"
            r"stamp(?:s|ed|ing)? on|knelt on|kneels on|kneeling on|shake|shakes|shook|shaking|shaken|"
            r"tortur(?:es|ed|ing|e)|gag(?:s|ged|ging)?|beating up|beats up|beat up|bash(?:es|ed|ing)?|"
            r"slam(?:s|med|ming)|" + CHOKE.do + ")")
# The same, and blows, on a part of the child's body ("scratched her face", "slapped his face", "bit his arm"); not
# burning or cutting ("mum burnt her hand" is her own, at the oven) nor a head scratched or a back
_ON_THE_BODY = (r"(?:bit|bites|biting|scratch(?:es|ed|ing)|pinch(?:es|ed|ing)|slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|"
                r"smack(?:s|ed|ing)?|whack(?:s|ed|ing)?|thump(?:s|ed|ing)?|squeez(?:es|ed|ing)|claw(?:s|ed|ing)?)\s+"
                rf"{_HIS}\s+(?:face|neck|throat|cheeks?|arms?|legs?|ears?|nose|eyes?|skin|wrists?|chest|tummy|"
                r"stomach|belly|bottom|bum|hands?|fingers?)\b")
# Held down for care, not harm: nails cut, medicine or drops given, a splinter or a tooth out, hair washed (review
# revAJ: "no dad held him down to cut his nails" was the URGENT alert)
_FOR_CARE = (r"(?!\s+(?:(?:so|while|whilst)\s+(?:that\s+)?(?:the\s+)?(?:doctor|nurse|dentist|mum|dad|i|she|he|they|"
             r"we)\s+(?:could|can|\w+ed)\s+|to\s+)(?:cut|trim|clip|give|gave|put|get|take|wash|brush|comb|check|"
             r"clean)\s+(?:(?:him|her|them|out)\s+)?(?:his|her|their|the|a|an|some)\s+(?:\w+\s+)?(?:nails|"
             r"toenails|fingernails|teeth|medicine|meds|medication|calpol|antibiotics|injection|jab|"
             r"inhaler|drops|eye drops|ear drops|cream|plaster|splinter|tooth|nits|temperature|nappy)\b)")
# What makes an act with an everyday sense an unkind one: food refused, the child kept out or in
_FOOD = (r"(?:(?:any|some|more|the|his|her|their|that|those|these|a|an|too much|much|proper|real|fresh|raw|hot|"
         r"spicy|processed)\s+)*(?:broccoli|vegetables|veg|veggies|greens|sweets|chocolate|crisps|junk|fast food|"
         r"takeaways?|mcdonalds|meat|fish|pork|beef|chicken|sugar|dairy|gluten|nuts|eggs?|milk|bread|pasta|rice|"
         r"cheese|fruit|pizza|chips|burgers?|snacks?|treats?|cake|biscuits|fizzy|sauce|food (?:like|such as)|that|"
         r"this|it|them|anything (?:with|containing)|school dinners|packed lunch|baby food|formula|solids|porridge|"
         r"cereal|beans|toast|up|after|before|past|till|until|unless|in (?:front|his|her|their)|upstairs|with a)\b")
# A refusal that is the harm, which the reader must not take for a denial ("won't feed him" is no "not")
REFUSED = (r"(?:won'?t|wont|will not|doesn'?t|doesnt|does not|don'?t|dont|didn'?t|didnt|did not|never|refuses to|"
           r"refused to|refusing to|stopped|isn'?t|is not|wasn'?t|was not|hasn'?t|has not|not)")
# Out in the cold or shut away: a place, or outside (not "outside the shop", only outside the home)
_COLD_PLACE = (r"(?:(?:(?:outside|out)\s+)?(?:(?:in|into)\s+(?:the\s+)?(?:cold|rain|snow|garden|back garden|shed|"
               r"garage|cellar|cupboard|loft|coal shed|dog (?:cage|kennel)|cage|kennel)|"
               r"on\s+the\s+(?:doorstep|balcony|step))|"
               r"(?:outside|out)\s+(?:all night|overnight|for hours|in the dark))\b")
# Sat, kept or waiting somewhere ordinary is a consequence, not harm (helper danger14: "no mum made her sit in the
# garden" was the URGENT alert), unless the words make it cruel: all night, in the cold, without food or a coat
_ORDINARY_SPOT = (r"(?:(?:(?:outside|out)\s+)?(?:in|into)\s+(?:the\s+)?(?:back\s+|front\s+)?(?:garden|yard)|"
                  r"on\s+the\s+(?:bottom\s+)?(?:step|stairs))\b")
_MADE_CRUEL = (r"(?:\s+(?:\S+\s+){0,5}?(?:all night|overnight|all day|for hours|hours|till (?:midnight|dark|late)|"
               r"until (?:midnight|dark|late)|in the (?:cold|rain|snow|dark|freezing)|freezing|locked|"
               r"without\s+(?:any\s+|a\s+|her\s+|his\s+|their\s+)?(?:food|tea|dinner|supper|breakfast|water|drink|coat|"
               r"jacket|shoes|clothes)|in (?:her|his|their) (?:pyjamas|pjs|nightie|underwear|pants|nappy)|barefoot)\b)")
_OUTSIDE_HOME = (r"outside\b(?!\s+(?:the|a|an|his|her|their|my|our|mum's|dad's|school|class|for)\b"
                 r"(?!\s+(?:house|home|flat|front door|back door)\b))")
CRUEL_ACTS = (
    rf"(?:{_HARMFUL}\s+{KID}(?:\s+with\s+(?:a|the|his|her|their)\s+(?:pillow|cushion|plastic bag|bag|blanket|towel|"
    r"belt|cane|stick|wooden spoon|slipper|lead|cable|wire|cigarette|lighter|kettle|iron|boiling water|hot water)\b)?"
    r"(?!\s+(?:with|in)\s+(?:kisses|love|hugs|cuddles|attention|affection|cream|sun ?cream|"
    r"sunscreen|lotion|presents|gifts)|\s+awake\b)|"
    # blows in other words, and a beating given ("dad booted him", "mum lamped her", "gave him a hiding", review
    # revAJ); not booted off a game or out of a group
    rf"{OTHER_BLOWS}\s+{KID}(?!\s+(?:off|out|from|at|in\s+(?:the\s+)?(?:game|match|final)))|"
    rf"(?:gave|gives|give|giving)\s+{_KID_TO}\s+(?:a\s+)?(?:good\s+|proper\s+|real\s+|right\s+)?(?:hiding|"
    r"beating|thrashing|kicking|leathering|belting|walloping|smacking|slapping|clip round the ear|"
    r"black eye|fat lip|bloody nose)\b|"
    # (cheeks pinched are fondness, slapped they are not: review revAJ)
    rf"(?!pinch\w*\s+(?:\S+\s+){{1,2}}?cheeks?\b){_ON_THE_BODY}|"
    # the throat or neck gripped, the hair or ears pulled, an arm twisted, dragged
    rf"grab(?:s|bed|bing)?\s+(?:{KID}\s+(?:by|round|around)\s+(?:the|his|her|their)\s+|{_HIS}\s+){_GRIPPED}\b|"
    rf"(?:put|puts|putting|had|has|got|wrapped|wraps|placed|squeezed)\s+(?:his|her|their|both)\s+(?:\w+\s+)?hands?\s+"
    rf"(?:round|around|on|over|across)\s+{_HIS}\s+(?:neck|throat|mouth)\b|"
    rf"(?:held|holds|holding|hold|put|puts|pressed|presses|pressing)\s+(?:a|the|his|her|their)\s+(?:pillow|cushion|"
    rf"hand|bag|plastic bag|blanket|towel|coat)\s+(?:over|on|against|onto)\s+{_HIS}\s+(?:face|mouth|nose|head)\b|"
    rf"(?:held|holds|holding|hold|put|puts|pushed|pushes|forced|forces|shoved)\s+{_HIS}\s+head\s+(?:under|in|into|"
    r"down)\s+(?:the\s+)?(?:water|bath|sink|toilet)\b|"
    rf"(?:pull(?:s|ed|ing)?|yank(?:s|ed|ing)?|tug(?:s|ged|ging)?)\s+(?:{_HIS}\s+(?:hair|ears?)(?!\s+(?:wax|"
    # (hair done, ear wax: review revAJ)
    r"into\s+(?:a|an|her|his|two)\s|back\s+into\s|up\s+into\s))|{KID}\s+(?:\S+\s+){{0,3}}?"
    r"by\s+(?:the|his|her|their)\s+(?:hair|ears?|neck|collar))\b|"
    rf"twist(?:s|ed|ing)?\s+{_HIS}\s+(?:arms?|wrists?|ears?|fingers?)\b(?!\s+(?:to|into)\b)|"
    rf"drag(?:s|ged|ging)?\s+{KID}\s+(?:(?:\S+\s+){{0,3}}?by\s+(?:the|his|her|their)\s+(?:hair|arms?|ears?|collar|"
    r"neck|legs?|feet|ankles?|hood)|upstairs|downstairs|up the stairs|down the stairs|across the (?:floor|room)|"
    r"along the (?:floor|ground))\b|"
    # restraint
    rf"(?:pin(?:s|ned|ning)?|held|holds|holding|hold)\s+{KID}\s+(?:down\b{_FOR_CARE}|against\s+(?:the|a)\s+(?:wall|floor|door|"
    r"fridge|table)\b|to\s+the\s+(?:floor|ground|wall|bed)\b)|"
    rf"(?:tie(?:s|d)?|tying)\s+{KID}\s+(?:up|to|down)\b|lock(?:s|ed|ing)?\s+{KID}\s+(?:out|in|up)\b|tap(?:es|ed|ing)\s+{_HIS}\s+mouth\b|"
    rf"shut(?:s|ting)?\s+{KID}\s+(?:in\s+(?:the|a|his|her|their)\s+(?:cupboard|shed|cellar|garage|cage|dog cage|"
    r"dark|boot|loft|bathroom)\b|out\b)|"
    # deprivation: food, sleep, home
    rf"{REFUSED}\s+(?:\w+\s+)?(?:feed|feeds|feeding|fed)\s+{KID}(?!\s+{_FOOD})|"
    rf"{REFUSED}\s+(?:\w+\s+)?(?:give|gives|giving|let|lets|letting)\s+{_KID_TO}\s+"
    r"(?:(?:any|have|have any|eat|get)\s+)*"
    r"(?:food|dinner|tea|breakfast|lunch|meals?|anything to (?:eat|drink)|eat|water|a drink)\b(?!\s+(?:after|"
    # (nor a treat or a food named after "eat": "won't let him eat sweets", review revAJ)
    rf"before|till|until|unless|in (?:front|his|her|their)|upstairs)\b)(?!\s+{_FOOD})|"
    rf"{REFUSED}\s+(?:\w+\s+)?(?:let|lets|letting)\s+{_KID_TO}\s+(?:sleep(?!\s+(?:over|round|at|with|in)\b)|back in|"
    r"in the (?:house|flat)|inside|"
    r"come (?:home|back in|inside))\b|"
    rf"(?:keeps?|keeping|kept)\s+{_KID_TO}\s+(?:awake|up)\s+(?:all night|for days|every night)\b|"
    rf"(?:sends?|sent|sending|makes?|made|making)\s+{_KID_TO}\s+(?:to bed\s+)?(?:go\s+)?without\s+(?:any\s+)?(?:food|"
    r"dinner|tea|supper|breakfast|eating|meals?|water)\b|"
    # cruel punishment: out in the cold, all night, kneeling
    rf"(?:made|makes|make|making|forced|forces|force|forcing)\s+{_KID_TO}\s+(?:to\s+)?(?:(?:stand|sleep|stay|live)\s+"
    rf"{_OUTSIDE_HOME}|(?:stand|sleep|live|be)\s+{_COLD_PLACE}|"
    rf"(?:stay|wait|sit)\s+(?:{_ORDINARY_SPOT}{_MADE_CRUEL}|(?!{_ORDINARY_SPOT}){_COLD_PLACE}))|"
    rf"(?:made|makes|make|making|forced|forces|force|forcing)\s+{_KID_TO}\s+(?:to\s+)?kneel\s+on\b|"
    rf"(?:put|puts|putting|leave|left|leaves|leaving|kept|keeps|keeping)\s+{KID}\s+{_COLD_PLACE})")
# The same told of the child ("she's been tied up", "he gets starved by his stepdad"): the reader says by whom
DONE_TO_THE_CHILD = (rf"(?:bitten|{SCALD.done}|{STRANGLE.done}|{CHOKE.done}|{THROTTLE.done}|{SUFFOCATE.done}|"
                     rf"{SMOTHER.done}|starved|pinned down|"
                     r"held down|tied up|shaken|whipped|caned|spanked|headbutted|pinched|scratched|dragged|"
                     r"locked (?:in|out)|shut (?:in|out)|not fed|kept awake)")
# Done to a child there and then, as others are seen doing it ("he's being held down", "she's getting throttled"):
# not bitten or scratched, as often by midges or the class hamster
BEING_DONE = rf"(?:pinned down|held down|tied up|{THROTTLE.done}|{SUFFOCATE.done}|{SMOTHER.done}|shaken)"
_CRUEL = re.compile(rf"\b{CRUEL_ACTS}")
_TOLD = re.compile(rf"\b(?:{CRUEL_ACTS}|{DONE_TO_THE_CHILD}\b)")


def without_cruel_acts(said: str) -> str:
    """The words with every cruel act taken out, for the reader to look for play in the rest: the pillow held over a
    face is no pillow fight, while "…pinned him down in wrestling" is still play."""
    return _CRUEL.sub(" ", said)


def cruel_act_told(said: str) -> bool:
    """Whether words (lower case, punctuation gone) tell one of `CRUEL_ACTS`, or one done to the child
    (`DONE_TO_THE_CHILD`), by anyone: harm a DSL would never clear as an everyday telling-off (`danger_everyday`)."""
    return _TOLD.search(said) is not None


_REFUSAL = re.compile(rf"\b{REFUSED}\s+(?:\w+\s+)?(?:feed|feeds|feeding|fed|give|gives|giving|let|lets|letting)\b")


def refusal_taken_out(harm: str) -> str:
    """A harm found with a refusal that is the harm ("mum won't feed him") taken out, for the reader to look for a
    denial in what is left ("mum doesn't hit him"): the refusal is no "not" of the harm."""
    return _REFUSAL.sub(" ", harm)
