"""A no at "Is a child in immediate danger?" beside a disclosure of harm (review revS): "no she said her dad hit her",
"no shes home with her abuser", "nah but mum hits her". These were a plain No (or asked again with no reading), so
the Designated Safeguarding Lead saw "No" beside a child who has just told of being hit at home, and goes home
tonight. A DSL reads them as the urgent Not sure: the teacher's no is of this minute, the words are of a child who
may be harmed again before anyone reads the report. With a past time told ("...last year") it is asked again, as
`danger_now` asks again of harm said to be past: never a plain No.

Only harm by an adult or family ("her dad hit her", "mum hits her"), or by he or she in the child's own telling ("she
said he hit her"): a pupil hitting another ("no he hit her at break") is no disclosure of harm at home.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.flows.danger_adults import ADULT, IN_CHARGE
from bot.flows.danger_care import done_for_care
from bot.flows.danger_disclosers import AND_THE_CHILD, HOME_ADULTS, SIBLINGS, WHO_DOES, kept_away
from bot.flows.danger_earlier import told_on_a_day_gone
from bot.flows.danger_everyday import PLAY_OR_A_LIFT, PUSHED_OR_PUT, cleared_as_ordinary, over_an_everyday_matter
from bot.flows.danger_harm_acts import (
    CRUEL_ACTS,
    DONE_TO_THE_CHILD,
    HARMS,
    OFTEN,
    OTHER_BLOWS,
    refusal_taken_out,
    without_cruel_acts,
)
from bot.flows.danger_home_acts import (
    OUT_OF_HOME,
    PRONOUN_HARMS_PARENT,
    PUSHED_KINDLY,
    PUT_OUT,
    SHOUTS,
)
from bot.flows.danger_home_harm import (
    AGAINST_A_HARD_THING,
    AT_HOME_ONE,
    DID_IT,
    FEAR,
    FEARED_THEN,
    FLUNG,
    MARK,
    PARENT_HARMED,
    THROWN,
    incident_with,
)
from bot.flows.danger_kin import KIN
from bot.flows.danger_now import AT_HOME, said_fine_now, told_of_the_past
from bot.flows.harm_words import ABUSE, BATTER, BEAT, BURN, HIT, HURT, KICK, PUNCH, SCALD, SLAP, SMACK, TOUCH, alt
from intents.rule_words import BREAK, BREAK_TIME, EARLIER_TODAY

_WHO = (rf"(?:(?:her|his|their|the|a|an|my|our|some)\s+)?(?:{SIBLINGS}|{HOME_ADULTS}|{KIN}|{ADULT}|{IN_CHARGE}|"
        rf"mum's boyfriend|mums boyfriend)|{AT_HOME_ONE}")
_TOLD = r"(?:said|says|told (?:me|us|her teacher|staff)|disclosed|is saying|keeps saying)\s+(?:that\s+)?"
_HARMS = rf"{OFTEN}{HARMS}"
# Another act of the one named told first, then the harm ("dad shouts and hits her", "her stepdad gets drunk and
# hits him", helper danger11: each was asked again or a plain No, the harm read as no one's); "and then" as one joiner
# (review revAE: "…for being late and then hit him" ran out of words on "and")
_AND_THEN = r"(?:(?!(?:but|or|not|never|if|whether)\b)(?![\w']*n't\b)[\w']+\s+){1,6}?(?:and\s+then|and|then)\s+"
# The child as who is harmed, not her own knee ("no she hurt her knee")
_BODY = (r"(?:own|legs?|arms?|knees?|hands?|head|back|foot|feet|ankles?|wrists?|fingers?|toes?|neck|shoulders?|face|"
         r"nose|lips?|elbows?|hips?|chin|eyes?|ears?|tooth|teeth|phone|bag|ball|book|toy|pencil|coat|tablet|ipad|"
         r"feelings|car|bike|hair|toast|dinner|tea|food|breakfast|lunch|clothes|homework|drawing|picture|things|stuff|room|"
         r"letter|shoes|uniform)")
# A thing a child rides in or on is her thing pushed ("no mum pushed her buggy", helper danger18, was urgent) only
# where it went is harmless: sent into a road, down stairs, over, hard, or with the child in it, the child is harmed
# (review revAS: "no her dad pushed her pram into the road" was a plain No)
_RIDDEN = r"(?:buggy|pram|pushchair|stroller|trolley|wheelchair|swing|scooter|chair|sledge)"
_INTO_HARM = (r"\s+(?:\S+\s+){0,4}?(?:over(?!\s+(?:to|here|there)\b)|off|hard|flying|"
              r"(?:into|in to|onto|on to|in front of|under|at|towards?|against)\s+(?:(?:a|an|the|some)\s+)?(?:\w+\s+)?"
              r"(?:road|traffic|wall|window|canal|river|water|pond|lake|sea|pool|fire|ditch)|"
              # (a vehicle, not one she is wheeled onto or into: "…her wheelchair onto the bus")
              r"(?:at|in front of|under|towards?|into the path of)\s+(?:(?:a|an|the|some|oncoming)\s+)?(?:\w+\s+)?"
              r"(?:cars?|bus|buses|van|lorry|lorries|traffic)|"
              r"down\s+(?:the\s+|some\s+)?(?:stairs|steps|hill|bank|slope)|"
              r"(?:while|whilst|when|with)\s+(?:she|he|they|her|him|them|the baby|a baby|the child)\s+(?:\S+\s+){0,2}?"
              r"(?:in|on|inside|sat|sitting|still))\b")
_CHILD = (rf"(?:him|them|her(?!\s+{_BODY}\b)(?!\s+{_RIDDEN}\b(?!{_INTO_HARM}))|"
          r"the (?:child|boy|girl|kid|pupil|baby|little one))\b")
# A push or a tip of the child, or of what she rides in, into harm (a road, stairs, over, at a car): a danger whoever
# did it (helper danger19: "no he pushed her into the road", "no mum tipped her pram over with the baby in" were plain
# Nos, a bare he no pusher and "tipped" no push). The child needs a place of harm straight after, bar a word of how
# hard: a road, traffic, a vehicle, stairs, deep water, off a wall or a bike ("…her bag over the wall" is her thing;
# a pupil's push "over", "off" a swing, "hard" is the playground's, read as "no he hit her" is); a push into a pool or
# out of a car is `PLAY_OR_A_LIFT`'s. A pram or wheelchair she is in reads `_INTO_HARM` whole ("tipped her pram over")
_TIPPED = r"(?:push(?:es|ed)?|shov(?:es|ed|e)|tip(?:s|ped)|knock(?:s|ed))"
_INTO_A_PLACE_OF_HARM = (r"\s+(?:(?:really|so|very|right|straight|just)\s+){0,2}"
                         r"(?:(?:into|in to|onto|on to|in front of|under|towards?|into the path of|at)\s+"
                         r"(?:(?:a|an|the|some|oncoming|busy|main|moving)\s+)?(?:road|traffic|canal|river|lake|sea|fire|"
                         r"ditch|cars?|bus|buses|van|lorry|lorries|train|tram)|"
                         r"down\s+(?:the\s+|some\s+|a\s+)?(?:stairs|steps|hill|bank|slope)|"
                         # (off a height or what she rides through traffic, helper danger20: "no he shoved her off the
                         # wall", "…knocked him off his bike" were Nos; off a swing or a chair is the playground's)
                         r"off\s+(?:(?:the|a|an|his|her|their)\s+)?(?:top\s+of\s+(?:the|a|an)\s+)?(?:\w+\s+)?"
                         r"(?:wall|roof|ledge|balcony|bridge|cliff|bike|bicycle|motorbike|horse|pony|top bunk))\b")
_SENT_INTO_HARM = (rf"{_TIPPED}\s+(?:(?:him|her|them|the (?:child|boy|girl|kid|baby|little one))"
                   rf"{_INTO_A_PLACE_OF_HARM}|"
                   rf"(?:his|her|their|the)\s+{_RIDDEN}(?!{PLAY_OR_A_LIFT}){_INTO_HARM})")
# ...or a parent at home: domestic abuse the child lives with ("no but dad hits mum", helper danger9)
_HARMED = rf"(?:{_CHILD}|{PARENT_HARMED})"
# "They" said with "at home" is the household, its adults ("no they dont feed him at home", "no at home they hit
# her", helper danger13): a plain No before; "they" alone is as often the pupils in a scrap
_HOUSEHOLD = r"(?<=\bat home )they|they(?=\s+(?:\S+\s+){1,6}?at home\b)"
# Harm to an animal or a thing, then the child ("dad kicked the dog and then him", "…hit the cat and her too", "…punched
# the wall then started on him", helper danger14: a plain No, no child after the blow): the child is harmed too
# ...a blow, not a shake, push, touch or lock of a thing ("pushed the swing and then her", "shook the rug and then
# him", review revAK), nor a throw in a game ("threw the stick for the dog and then her")
_NOT_A_BLOW = r"(?!(?:shakes|shook|push\w*|shov\w*|touch\w*|locks|locked|burns?|burnt|burned)\b)"
_PLAYED_WITH = (r"(?!\s+(?:\S+\s+){0,2}?(?:ball|balls|football|stick|frisbee|shuttlecock|puck|beanbag|toy|teddy|bone|"
                r"treats?)\b)")
# ...the blow told of the child with where it landed, what with or how hard ("…then punched her in the face", "…then
# hit her with a belt", "…then kicked her really hard", review revAQ: a plain No), not her own thing ("…then her bag")
_WHERE_OR_HOW_HARD = (r"\s+(?:(?:in|on|across|round|around)\s+(?:the|his|her|their)\s+(?:face|head|stomach|tummy|belly|"
                      r"ribs|back|chest|legs?|arms?|eyes?|mouth|nose|neck|side|ear|jaw|cheek)|"
                      r"with\s+(?:a|an|his|her|the|their|my)\s|(?:really\s+|so\s+|very\s+)?hard)\b")
# ..."them" is the animals when they are named after it ("…and then them, the puppies were fine", helper danger19: the
# urgent Not sure, where "no he kicked the dog" is a No); a brother or sister after "his" or "her" is a child harmed
# ("…hit the cat and then her sister" was a No), read with "her"'s check ("…then her brother came in", "…brother's
# bike")
_NOT_THE_ANIMALS = (r"(?!them\s+(?:\S+\s+){0,3}?(?:puppies|pups|kittens|dogs|cats|animals|pets|rabbits|bunnies|"
                    r"hamsters|guinea pigs|chickens|hens|ducks|birds|horses|ponies|fish|lambs|sheep)\b)")
_FAMILY_TELLS = (rf"(?:{KIN}|{HOME_ADULTS})\s+(?:says|said|reckons|thinks|thought|rang|phoned|called|emailed|"
                 r"messaged|texted|told\s+(?:me|us|staff|school|the school|the office|her teacher|reception))\b")
_SIBLING_HARMED = (r"(?:his|her|their)\s+(?:(?:little|baby|younger|big|older|twin|step|half)\s*)?"
                   r"(?:brothers?|sisters?|siblings?)")
_THEN_THE_CHILD = (rf"(?:{OFTEN}{_NOT_A_BLOW}{HARMS}|{OTHER_BLOWS}|{THROWN}{_PLAYED_WITH}|smash(?:es|ed)|"
                   rf"trash(?:es|ed)|wreck(?:s|ed))\s+(?!{_CHILD})"
                   r"(?:\S+\s+){1,6}?"
                   r"(?:and\s+then|and|then)\s+(?:(?:also|even|he|she|they)\s+)?(?:(?:started|starts|turned|turns|"
                   r"laid|lays|went|goes|moved|set)\s+(?:on|into|for|about|on to|onto)\s+" + _CHILD + r"|(?:on\s+)?"
                   # (the blow said again: "…hit the cat then hit her", helper danger16)
                   + rf"(?:(?:{_NOT_A_BLOW}{HARMS}|{OTHER_BLOWS})\s+)?"
                   # (him or them, whatever follows: "…and then him, mum says…" was a No, the child read only as the
                   # end of what is said, helper danger18; "her" may be whose the next word is: "…then her bag")
                   + _NOT_THE_ANIMALS + r"(?:(?:him|them)\b|(?:" + _CHILD + "|" + _SIBLING_HARMED + r")"
                   + r"(?=\s*$|\s+(?:too|as well|aswell|also|again|and|but|so|then|when|after|last|this|"
                   r"yesterday|today|tonight|at home|lol|"
                   # (or a word no "her" that is whose comes before: "…then her, the neighbour heard it", review revAS)
                   r"the|a|an|my|his|her|their|our|your|i|i'm|im|we|he|she|they|he's|she's|they're|it|it's)\b|"
                   # (or family telling us, a telling of its own whoever's they are: "…then her, mum says he drinks",
                   # helper danger20, a plain No; not her family doing a thing, "…then her mum told him off")
                   + r"\s+" + _FAMILY_TELLS + r"|"
                   + _WHERE_OR_HOW_HARD + ")))")
# A care act (a grip, a pull, a shake) and its purpose, then a blow or a twist of the child or a limb
_CARE_THEN_A_BLOW = (r"(?:grab\w*|pull\w*|yank\w*|tug\w*|drag\w*|held|holds?|holding|snatch\w*|shook|shak\w*)\s+"
                     r"(?:\S+\s+){1,14}?(?:and\s+then|but\s+then|then|and|before)\s+(?:(?:he|she|also|even)\s+)?"
                     rf"(?:{_NOT_A_BLOW}{HARMS}\s+{_CHILD}|{OTHER_BLOWS}\s+{_CHILD}|twist(?:s|ed|ing)?\s+(?:it|{_CHILD}|"
                     r"(?:his|her|their)\s+(?:arms?|wrists?|ears?|fingers?|hands?)\b))")
# An injury told with its cause, an act of an adult on the child ("bruises from where dad grabbed him", "marks where
# mum hit her", "a cut from when her dad threw a mug", helper danger14: asked again or a plain No): any grip or
# throw that leaves a mark is harm; he or she as well, in the child's telling, not at school or in a game
# (not a hand held, nor cheeks pinched: "marks where mum held his hand crossing the road", review revAK)
_MARKING = (r"(?!(?:held|holds?|holding)\s+(?:his|her|their)\s+hands?\b(?!\s+(?:on|in|into|under|against|over|down|"
            r"to)\b)|pinch\w*\s+(?:his|her|their)\s+cheeks?\b)"
            rf"(?:{_HARMS}|grab(?:s|bed|bing)?|grip(?:s|ped|ping)?|squeez(?:es|ed|ing)|pinch(?:es|ed|ing)|"
            r"twist(?:s|ed|ing)|pull(?:s|ed|ing)|yank(?:s|ed|ing)|drag(?:s|ged|ging)|held|holds?|holding|pinn(?:ed|ing)|"
            r"bit|bites|bitten|scratch(?:es|ed)|hurl(?:s|ed)|threw|throws|thrown|chucked|flung|"
            rf"{BURN.done}|{SCALD.does}|{SCALD.done}|slam(?:s|med))")
_BY_WHOM = r"(?:where|when|after|because|cos)\s+"
# ...by he or she, only the child as the whole of it ("where he hit her"), never her own head ("where she hit her head")
_ON_THE_CHILD_ALONE = rf"(?:\S+\s+){{0,4}}?{_CHILD}"
# The parts of the child a mark is told on ("on her arm", "…his left wrist"), read by `_ON_THE_CHILD` and
# `_LEAVES_A_MARK`
_MARKED_PARTS = (r"arms?|legs?|wrists?|neck|throat|face|back|hands?|fingers?|ears?|cheeks?|shoulders?|head|chest|"
                 r"tummy|stomach")
_ON_THE_CHILD = rf"(?:\S+\s+){{0,4}}?(?:{_CHILD}|(?:his|her|their)\s+(?:\w+\s+)?(?:{_MARKED_PARTS})\b|it\b)"
# ...the act that left it (one pattern, read here and by `risk_told` as `MARKING`, review revAK)
_CAUSED = rf"(?:{_MARKING}\s+{_ON_THE_CHILD}|{THROWN}\s+(?:a|an|the|his|her|their|some)\s+)"
# A mark someone leaves on the child, told as their habit or deed ("no mum leaves marks on her", "…left bruises all
# over his back", "dad gave her a split lip": a plain No or asked again, the lead 2026-12-02, where "marks from her
# mum" was already the urgent Not sure): the child or a part of them must end it, not a thing of hers ("leaves the
# marks sheet on her desk", "leaves marks on her homework")
_MARK_LEFT = r"(?:bruis\w*|marks?|cuts?|burns?|welts?|black eyes?|scratch\w*)"
_LEAVES_A_MARK = (r"(?:leaves?|left|leaving)\s+(?:(?:a|the|some|big|lots of|loads of)\s+)?"
                  rf"{_MARK_LEFT}\s+(?:on|all over)\s+"
                  rf"(?:{_CHILD}(?=\s*$|\s+(?:and|but|when|after|every|again|because|cos|at|from|sometimes|too|then|if|"
                  rf"last|yesterday|tonight|most|each|all|now)\b)|(?:his|her|their)\s+(?:\w+\s+)?(?:{_MARKED_PARTS}|body|bum|"
                  r"bottom|thighs?)\b)|"
                  r"(?:gives?|gave|giving)\s+(?:him|her|them)\s+(?:a\s+)?(?:black eyes?|bruises?|"
                  r"(?:fat|split|bust|busted) lip)\b")
# The child harmed, told in the passive with no doer or one at home: "is being hit", "gets beaten", "has been punched"
# (the past too, helper danger18: "she was hit at home" was read as nothing, where "she got hit at home" was harm)
_HARMED_PASSIVE = (r"\b(?:is|are|was|were|get|been|being|gets|getting|got)\s+"
                   r"(?:still\s+|often\s+|regularly\s+|always\s+)?"
                   rf"(?:{HIT.done}|{BEAT.done}(?: up)?|"
                   + alt(HURT.done, ABUSE.done, SLAP.done, PUNCH.done, KICK.done, SMACK.done, TOUCH.done, BURN.done,
                         BATTER.done) + rf"|{DONE_TO_THE_CHILD})")
_DISCLOSED = re.compile(
    # (helper danger11: a push into a pool, a child put out of the car: play or a lift as likely as harm, asked)
    rf"\b(?P<larker>{_WHO})\s+{WHO_DOES}(?:(?:has|had|just|was|always|keeps)\s+)*{PUSHED_OR_PUT}\s+{_CHILD}"
    rf"(?={PLAY_OR_A_LIFT})|"
    # (or any other harm an adult does to a child, with the child in it: `danger_harm_acts`, helper danger12)
    rf"\b(?P<who>{_WHO}|{_HOUSEHOLD})\s+{WHO_DOES}(?:{_AND_THEN})?(?:{_HARMS}\s+(?:up\s+)?{AND_THE_CHILD}{_HARMED}|"
    rf"{OFTEN}{CRUEL_ACTS})|"
    # (helper danger9: something thrown at the child, the child afraid of family, a mark said to be someone's doing)
    rf"\b(?P<thrower>{_WHO})\s+{WHO_DOES}(?:(?:has|had|just|was|always|keeps)\s+)*{THROWN}\s+(?:\S+\s+){{0,4}}?"
    rf"(?:at|onto|on to)\s+{_HARMED}|"  # a parent too ("dad threw a chair at mum", review revAB)
    rf"\b(?:(?P<tipper>{_WHO})|(?P<pusher>he|she|they))\s+{WHO_DOES}(?:(?:has|had|just|was|always|keeps)\s+)*"
    rf"{_SENT_INTO_HARM}|"
    # (by anyone at all, whoever the words say: "a year 6 girl", "her big brother", "one of the older lads", helper
    # danger20: a plain No, the doer no one `_WHO` reads)
    rf"\b(?P<sent>{_SENT_INTO_HARM})|"
    rf"\b(?P<flinger>{_WHO})\s+{WHO_DOES}(?:(?:has|had|just|was|always|keeps)\s+)*{FLUNG}\s+{_CHILD}"
    rf"(?={AGAINST_A_HARD_THING})|"
    rf"\b{FEAR}\s+(?P<feared>{_WHO}){FEARED_THEN}|"
    # (helper danger10: the child put out of the home, shouting, he or she harming a parent: `danger_home_acts`)
    rf"\b(?P<ejector>{_WHO})\s+{WHO_DOES}(?:(?:has|had|just|was|always|keeps)\s+)*{PUT_OUT}\s+{_CHILD}{OUT_OF_HOME}|"
    rf"\b(?P<shouter>{_WHO})\s+{WHO_DOES}(?:(?:still|also|always|sometimes|often|keeps|just|is|'s|s)\s+)*{SHOUTS}\s+"
    rf"{_HARMED}|"
    rf"(?P<pronoun>{PRONOUN_HARMS_PARENT})|"
    rf"{MARK}(?:\s+\S+){{0,8}}?\s+{_TOLD}(?:(?:it was|it's|its)\s+(?P<marker>{_WHO})\b|(?P<doer>{_WHO})\s+{DID_IT})|"
    rf"{MARK}\s+(?:\S+\s+){{0,3}}?(?:from|off|by|because of)\s+(?P<giver>{_WHO})\b(?!'s|s\b)|"
    rf"{MARK}\s+(?:\S+\s+){{0,5}}?{_BY_WHOM}(?:(?P<causer>{_WHO})\s+{OFTEN}{_CAUSED}|(?P<marking_one>he|she|they)\s+{OFTEN}{_MARKING}\s+{_ON_THE_CHILD_ALONE})|"
    rf"\b(?P<beater>{_WHO})\s+{WHO_DOES}{OFTEN}{_THEN_THE_CHILD}|"
    rf"\b(?P<leaver>{_WHO})\s+{WHO_DOES}{OFTEN}{_LEAVES_A_MARK}|"
    # (he, she or they too, helper danger16: a pet or a thing harmed first is rage at home as often as not; a game or
    # school beside it is a pupil's, read as "no he hit her at break" is: a No)
    rf"\b(?P<raging>he|she|they)\s+{OFTEN}{_THEN_THE_CHILD}|"
    # (a blow after a care act, the purpose's words between: "mum grabbed him to stop him running into the road then
    # smacked him", helper danger15: `_AND_THEN` reads six words, so a plain No)
    rf"\b(?P<carer>{_WHO})\s+{WHO_DOES}{OFTEN}{_CARE_THEN_A_BLOW}|"
    # (touched, wherever: "her uncle touched her leg" may be the start of a disclosure of sexual abuse)
    rf"\b(?P<toucher>{_WHO})\s+{WHO_DOES}(?:\w+\s+)?touch(?:es|ed|ing)\s+(?:him|her|them)\b"
    r"(?!\s+(?:hair|hand|hands|shoulder|on (?:the )?(?:shoulder|head|hand|arm))\b)|"
    rf"\b{_TOLD}(?:he|she|they)\s+(?:{_HARMS}\s+(?:up\s+)?{_CHILD}|{OFTEN}{CRUEL_ACTS})|"
    # (harm told done to the child, in `harm_words`' spelling; at home, at a parent's, or by whom)
    rf"{_HARMED_PASSIVE}\s+(?:{AT_HOME}|by\s+(?P<by>{_WHO})\b)|"
    # (the abuser as who the child is with, not "in prison" or "away from her abuser")
    r"\b(?:with|near|sees|seeing|visiting|visits|back to|back with|goes to|going to|lives with|living with)\s+"
    r"(?:(?:her|his|their|the|an?)\s+)?abuser\b|\babuser\s+(?:is|'s|s)\s+(?:at|outside|here|there|coming|picking|"
    r"collecting|home)\b|"
    r"\babusive\s+(?:\w+\s+)?(?:home|house|household|family|relationship|" + KIN + r"|partner|boyfriend)\b|"
    r"\bdomestic (?:abuse|violence)\b|\bdv at home\b")
# A not just before ("no mum doesn't hit her", "no he never hurt her")
_NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bnt|\bnever|\bno longer)\s+(?:\w+\s+){0,2}$")
# ...or no one as the doer of a push read with none named ("no nobody pushed her into the road")
_NO_ONE_BEFORE = re.compile(r"\b(?:nobody|no ?one|no body|none of (?:them|us|the \w+))\s+(?:\w+\s+)?$"
                            # (or "one" first, its no taken off before the words are read: "no one pushed her into
                            # the road", review revAW; not "no one boy pushed her…")
                            r"|^one\s+(?:(?:ever|has|had|actually|really|even)\s+)?$")
_SENT = re.compile(_SENT_INTO_HARM)

# Play, not harm: "his sister hit him with a pillow", "by accident"
# (not "playtime" nor "the playground", the school day's break and its ground, rule_words' BREAK_TIME and
# SCHOOL_GROUNDS: "no her brother pushed her into the road at playtime" was a plain No where "…at break" is urgent)
_PLAY = re.compile(r"\b(?:pillows?|cushions?|toys?|ball|balloon|play(?! ?time\b|grounds?\b)\w*|games?|messing|"
                   r"mucking|accident\w*|by mistake|joking|jokingly|tickl\w*|wrestl\w*|fell|fall\w*|tripped|bikes?|"
                   r"scooter|trampoline|football|rugby|netball|cricket|hockey|snowballs?|pe|tag|"
                   # a parent's game of throwing (review revAB: "no dad threw a frisbee at him" was an URGENT alert)
                   r"frisbees?|sponges?|bean ?bags?|water (?:fight|pistols?|guns?|balloons?)|paddling pool|"
                   r"swimming pool|splash\w*|confetti|"
                   # a blow in a video game ("…and then him in fortnite", helper danger19: the urgent Not sure)
                   r"(?:in|on)\s+(?:the\s+)?(?:fortnite|minecraft|roblox|xbox|playstation|ps\d|call of duty|gta|fifa|"
                   r"switch|online game|the game))\b")

# A brother, sister or cousin at school is as often a pupil in a playground scrap ("no her brother hit her at break")
_SIBLING = re.compile(r"\b(?:(?:step|half) ?)?(?:brothers?|sisters?|cousins?|siblings?)\b")
# Someone not named is at school as often a pupil ("someone kicked him at break", "…in football"): read as a brother or
# sister is, never as the adult a game beside them is asked about
_ANYONE = re.compile(r"(?:(?:a|an|the|some)\s+)?(?:someone|somebody|person)")
_SCHOOL_TIME = (rf"(?:at (?:{BREAK})|{BREAK_TIME}|playground|in class|in pe|"
                r"in (?:the )?lesson|on the field|at school)")
_AT_SCHOOL = re.compile(rf"\b{_SCHOOL_TIME}\b")
# ...but not the time a child or family told at ("…then him, he told me at lunch", "…she mentioned it at break", helper
# danger20: the telling's time read as where the harm was, a pupil's scrap, and a plain No)
_TOLD_AT_SCHOOL = re.compile(r"\b(?:told|tells|said|says|mentioned|disclosed|reported|came to|spoke to|talked to)\s+"
                             r"(?:(?:me|us|staff|him|her|them|it|this|that|about it|(?:his|her|their|the|a) \w+)\s+)?"
                             rf"{_SCHOOL_TIME}\b")


def _harmed_at_school(said: str) -> bool:
    """Whether the words say the harm was at school, its break, lunch or a lesson (not only that it was told then)."""
    return _AT_SCHOOL.search(_TOLD_AT_SCHOOL.sub(" told ", said)) is not None


# Home said of the harm, straight after it or a few words on ("…hits her at home", "…hits her every night at her nan's")
_AT_HOME_AFTER = re.compile(rf"\s+(?:[\w']+\s+){{0,3}}?{AT_HOME}")


# ...where a school's ground or its break is no game: "in the playground", "at playtime" say where or when a push into
# the road began, not that it was play (review revAW: "…her into the road at playtime" was a plain No)
_PLAYGROUND = re.compile(rf"\b(?:playgrounds?|{BREAK_TIME})\b")


def _sent_into_harm(said: str, m: re.Match[str]) -> bool:
    """Whether the disclosure found at `m` is the child pushed into a road, traffic or down stairs, whatever group
    read it ("her brother pushed her into the road" is read first as a blow by family, its place after it)."""
    sent = _SENT.search(said, m.start())
    return sent is not None and sent.start() < m.end()


# A play word as the reason the child is hit, not the hitting being play: "dad hits her when she's playing up", "when
# he's playing games drunk", "mum hits him for messing about" (review revV: each was a plain No)
_REASON_PLAY = re.compile(r"\b(?:play(?:s|ed|ing)? up|(?:when|whenever|if|for|because|cos|cause|after)\s+"
                          r"(?:[\w']+\s+){0,3}?(?:play\w*|games?|messing|mucking|fall\w*|fell)"
                          r"(?:\s+(?:a\s+)?(?:games?|about|around|up))?\b)")


# What follows a verb of harm that makes it none (reading without a no widened these, danger8's own probes): "dad hit
# her up on snapchat" (messaged), "her dad beat her at chess", "kicked him out of the game", "locked him out of the
# xbox", "touched him on the shoulder"
_HIT_UP = re.compile(r"^\s+up\s+(?:on|online|via|over|in)\b")
_BEAT_AT = re.compile(r"^\s+at\s+(?!home\b|school\b|(?:the|his|her|their)\s+(?:house|flat|home)\b)")
_ON_THE = re.compile(r"^\s+on\s+(?:the\s+)?(?:shoulder|head|hand|arm)\b")
_OUT_OF = re.compile(r"^\s+out\s+of\s+(?:(?:the|his|her|their)\s+)?(?:xbox|playstation|ps\d|phone|ipad|tablet|account|"
                     r"games?|computer|laptop|wifi|internet|app|switch|team|group|chat|group chat|club|lesson|class|"
                     r"match)\b")


def _no_harm_after(m: re.Match[str], after: str) -> bool:
    words = m.group().split()
    verb = words[-2] if len(words) > 1 else ""
    return bool((verb == "hit" and _HIT_UP.match(after)) or (verb.startswith("beat") and _BEAT_AT.match(after))
                or (verb.startswith("touch") and _ON_THE.match(after)) or _OUT_OF.match(after)
                or (verb.startswith(("push", "shov")) and PUSHED_KINDLY.match(after)))


# What an adult hit the child with, which a play word names but no game makes harmless: "his uncle hit him with a
# cricket ball" (review of danger7: a plain No, the ball read as play)
_WITH_A_THING = re.compile(r"\bwith\s+(?:a|an|the|his|her|their|my)\s+(?:[\w']+\s+)?(?:balls?|bats?|bikes?|"
                           r"scooters?|toys?)\b")
# A brother or sister said to be younger ("her little brother hits her"): a child, not the adult a no may hide
_YOUNGER = re.compile(r"\b(?:little|younger|baby|small|twin|kid|wee)\s+$")

Disclosed = Literal["urgent", "asked"]
_WHO_GROUPS = ("who", "tipper", "toucher", "by", "thrower", "flinger", "feared", "marker", "doer", "giver", "causer",
               "beater", "carer", "ejector", "shouter", "leaver")
# An incident with family said with nothing of what it was ("no it was an old incident from 2019 with her dad")
_INCIDENT = incident_with(_WHO)


def disclosure_told(said: str) -> Disclosed | None:
    """How a disclosure of harm in words (lower case, punctuation gone) is read: "urgent" (a child harmed by an adult
    or family, not denied: the urgent not sure), "asked" (harm by an adult beside a play word, "dad hit him with a
    pillow", or by a younger brother or sister: asked again, never a plain No, as the teacher knows which it is), or
    None (no disclosure: a pupil at break, play between children, the harm denied)."""
    # (a pillow held over a face is the harm, no pillow fight: play is looked for beside the cruel acts, not in them)
    # (nor is the time a child told at a game: "…she told me at playtime", review revAW)
    unplayed = _REASON_PLAY.sub(" ", without_cruel_acts(_TOLD_AT_SCHOOL.sub(" told ", said)))
    played = _PLAY.search(unplayed) is not None
    # (what an adult hit the child with is no game: only the play words left once it is taken out count for them)
    adult_played = _PLAY.search(_WITH_A_THING.sub(" ", unplayed)) is not None
    readings: set[Disclosed] = set()
    for m in _DISCLOSED.finditer(said):
        told = refusal_taken_out(m.group())  # ("mum won't feed him": that not is the harm, no denial of it)
        if (_NOT_BEFORE.search(said[:m.start()]) or "n't" in told or " not " in told
                or (m.group("sent") and _NO_ONE_BEFORE.search(said[:m.start()]))
                or _no_harm_after(m, said[m.end():]) or kept_away(m.group(), said[m.end():])
                # (a child woken, or caught before the road: everyday care, helper danger14)
                or done_for_care(said, m.start(), m.end())):
            continue
        if m.group("pronoun"):  # "he hits his mum": the child or the dad, which the teacher knows
            if not played:  # (a game beside it is the child's: "no he hits his dad at football", helper danger11)
                readings.add("asked")
            continue
        if m.group("larker"):  # "no mum pushed him into the pool", "…kicked him out of the car": the teacher knows
            readings.add("asked")
            continue
        who = next((m.group(g) for g in _WHO_GROUPS if m.group(g)), "")
        if m.group("feared") and over_an_everyday_matter(said, m.start(), m.end()):
            # "…because he'll be cross about her detention": a telling-off feared, no harm named (helper danger11)
            readings.add("asked")
            continue
        if m.group("shouter"):  # no danger now by itself: asked, unless said ordinary or a telling-off for an
            # everyday matter ("no dad shouted at him for being late", helper danger11)
            if not (cleared_as_ordinary(said, m.start(), m.end()) or over_an_everyday_matter(said, m.start(), m.end())
                    or _SIBLING.search(who) or _ANYONE.fullmatch(who)):
                readings.add("asked")
            continue
        # A push into a road, traffic or down stairs is not the playground's wherever it began, whoever did it ("no a
        # y5 boy pushed her into the road at lunch", "…her brother…", helper danger20: the brother read as a pupil in a
        # scrap, as "no her brother hit her at break" is, and a plain No); nor is the playground a game for it
        sent = _sent_into_harm(said, m)
        # (nor is harm told at home a pupil's for a school time said beside it: "dinner time" is a family's evening
        # meal too, and "no her cousin hits her at home at dinner time" was a plain No)
        at_school = _harmed_at_school(said) and not _AT_HOME_AFTER.match(said, m.end())
        if (m.group("marking_one") or m.group("raging")) and at_school and not sent:
            continue  # ("where he hit her at break": a pupil's)
        sibling = _SIBLING.search(who) is not None
        if (sibling or _ANYONE.fullmatch(who)) and at_school and not sent:  # a pupil
            continue
        # (nor the bike she was knocked off: the place of harm is no game's word)
        in_play = _PLAY.search(_PLAYGROUND.sub(" ", _SENT.sub(" ", unplayed))) is not None if sent else played
        if who and not sibling and not _ANYONE.fullmatch(who):  # an adult: a game beside them is asked about
            readings.add("asked" if (in_play if sent else adult_played) else "urgent")
        elif not in_play:  # a brother or sister (who may be an adult), or he or she in the child's telling
            younger = sibling and _YOUNGER.search(said[:m.start()] + " ") is not None
            readings.add("asked" if younger else "urgent")
    if not readings and any(not (_SIBLING.search(m.group("who")) or _ANYONE.fullmatch(m.group("who")))
                            or not _harmed_at_school(said) for m in _INCIDENT.finditer(said)):
        readings.add("asked")  # (the teacher knows what it was: asked, never a plain No, nor an alert on "incident")
    return "urgent" if "urgent" in readings else "asked" if readings else None


def disclosed_beside_no(said: str) -> bool:
    """Whether words after a no (lower case, punctuation gone) tell a child harmed by an adult, not denied."""
    return disclosure_told(said) is not None


# A time of today, which `told_of_the_past` reads as past: a child hit this morning goes home to it tonight
_TODAY = re.compile(rf"\b(?:{EARLIER_TODAY}|at (?:{BREAK})|on the way (?:in|to school|into school)|before school|"
                    r"last night)\b")


# A day gone said of the harm ("no dad hit her on monday"), as `told_on_a_day_gone` reads the day a child told
_ON_A_DAY_GONE = re.compile(r"\b(?:on|last|over the|at the)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                            r"sunday|weekend)\b")


# A year said of it ("no mum hit dad in 2019"): `told_of_the_past` reads no year
_A_YEAR = re.compile(r"\b(?:in|from|back in|during|since|around)\s+(?:19|20)\d\d\b")


def disclosed_as_past(said: str) -> bool:
    """Whether a disclosure beside a no is told as past (not today or last night) or the child said fine now: asked
    again rather than the urgent not sure."""
    return (told_of_the_past(_TODAY.sub(" ", said)) or told_on_a_day_gone(said) or said_fine_now(said)
            or _ON_A_DAY_GONE.search(said) is not None or _A_YEAR.search(said) is not None)


# Harm after an animal's or a thing's, and an injury's cause, as read here: `risk_told` reads them on the summary
HARMED_AFTER_A_THING = _THEN_THE_CHILD
BLOW_AFTER_CARE = _CARE_THEN_A_BLOW
SENT_INTO_HARM = _SENT_INTO_HARM
MARKING = _CAUSED
LEAVES_A_MARK = _LEAVES_A_MARK  # ("her dad leaves bruises on her")
# Who may harm a child, how, and the child harmed, as read here: `danger_harm_coming` reads them beside a coming
HARM_DOER = _WHO
# The child harmed at home told in the passive, no doer named ("Jack is being hit at home", helper danger17)
HARMED_AT_HOME = rf"{_HARMED_PASSIVE}\s+{AT_HOME}"
# ...as one: a blow and the child, or a cruel act (the child in it), helper danger12
HARMS_A_CHILD = rf"(?:{_HARMS}\s+(?:up\s+)?{_CHILD}|{OFTEN}{CRUEL_ACTS})"
