"""Threats told at "Is a child in immediate danger?" that `danger_told`'s presence patterns miss: harm said to be
coming ("she said he'll kill her", "dad will hurt her when she gets home"), an adult come to take a child or
kicking off in school now ("stepdad just turned up and wants to take her", "the dad is kicking off at reception"), an
adult drunk at collection, the police on their way, a man at the gate now with no verb; and dangers that may come,
read as not sure ("he said he'd come back at 3", "she's home alone"). Review revL listed each as asked again: a
teacher telling a threat was made to answer twice while the minutes the alert is for went by.
"""

from __future__ import annotations

import re

from bot.flows.danger_adults import ADULT_NEVER_A_PUPIL
from bot.flows.danger_adults import PERSON as _WHO
from bot.flows.danger_harm_acts import CRUEL_ACTS

# "her" as the child, not "her foot" or "her phone" ("mum will hurt her foot if she jumps" raised an URGENT alert)
_CHILD = (r"(?:him|them|her(?=\s*$|\s+(?:now|tonight|today|again|when|if|after|at|and|or|but|so|because|cos|for|too|"
          r"badly|home|away|abroad|out|from|off|back|with|in|on|to)\b)|the (?:child|kid|boy|girl|pupil)|"
          r"(?:his|her|their) (?:son|daughter|child|kids?|mum|mother))\b")
# "mum will kill him if he gets another detention": the everyday idiom, not a threat (a threat to silence a child,
# "he'll kill her if she tells", is still one). Only of killing: "her dad will hit her for the detention" is no idiom
# (helper danger11: it was asked again), and only a joke makes it none
_JOKING = r"\b(?:lol|haha\w*|jk|joking)\b"
_IDIOM = re.compile(r"\b(?:lol|haha\w*|jk|joking|detention|homework|lost (?:his|her|their)|told off|finds out he|"
                    r"finds out she|if (?:he|she) knew)\b")
# Harm said to come: "he'll kill her", "dad is going to hurt her", "he threatened to hit him"
FUTURE_HARM = re.compile(
    # ("hed": he'd typed without its apostrophe, helper danger15)
    rf"\b{_WHO}(?:'ll|ll| will| would|'d|d| is going to| s going to|'s going to| is gonna|'s gonna| gonna)\s+"
    rf"(?:really\s+)?(?:kill\s+{_CHILD}(?!.*{_IDIOM.pattern})|(?:hurt|hit|beat|batter|harm|stab|smack|punch|"
    rf"strangle)\s+{_CHILD}(?!.*{_JOKING})|{CRUEL_ACTS}(?!.*{_JOKING}))|"  # (`danger_harm_acts`, helper danger12)
    rf"\b{_WHO}(?:'s|s| is| has| was)?\s+(?:been\s+)?threaten(?:ed|ing|s)\s+to\s+"
    rf"(?:(?:kill|hurt|hit|beat|batter|harm|stab|take)\s+{_CHILD}|{CRUEL_ACTS})")
# A child to be taken for good, said to come: "dad says he'll take her and we'll never see her again", "mum says she's
# taking him abroad and not bringing him back". A threat of abduction (not "he'll take her to the park")
# (not back till a date, nor "for good" alone: "…not bringing her back till september", "…out of school for good,
# moving house" are a holiday in term time and a move)
_FOR_GOOD = (r"(?:never see (?:her|him|them|the (?:child|kids?)) again|(?:won'?t|wont|will not|never|not) (?:be )?"
             r"(?:bring(?:ing)?|brought|coming|come|send(?:ing)?|giv(?:e|ing)) (?:(?:her|him|them) )?back"
             r"(?!\s+(?:till|until|before|for|in|after|on|by|at|from)\b)|away for good|"
             r"(?:no one|nobody|we|you|they)(?:'ll|ll| will| would|'d| can| could)? (?:never|not|n't) "
             r"(?:be able to )?find (?:her|him|them))")
TAKEN_FOR_GOOD = re.compile(
    rf"\b{_WHO}(?:'ll|ll| will| would|'d| is going to|'s going to| s going to| is gonna|'s gonna| gonna|'s|s| is| are)"
    rf"\s+(?:(?:just|really|actually)\s+)?(?:take|taking|snatch|snatching|keep|keeping|run off with|running off with|"
    rf"disappear with|disappearing with)\s+{_CHILD}(?=.*\b{_FOR_GOOD})")  # (its never or not no not of the threat)
# Someone, never he or she (the pupil as often), banging on the school's door now: "someone is banging on the front
# door" tells someone trying to get in, as "someone is trying to get in" does
BANGING_ON_THE_DOOR = re.compile(
    rf"\b(?:{ADULT_NEVER_A_PUPIL}(?:'s|s| is| are)|there(?:'s|s| is| are) (?:someone|somebody|(?:a|an|some) \w+))\s+"
    r"(?:still\s+|now\s+)?(?:banging|hammering|pounding|kicking|thumping)\s+(?:on|at)\s+(?:the\s+|our\s+)?"
    r"(?:(?:front|main|school|office|reception|back|side|classroom)\s+)?(?:doors?|windows?|gates?)\b")
# An adult come for a child now: "stepdad just turned up and wants to take her", "he's here and wants to take him"
_ARRIVED = (r"(?:turned up|turning up|arrived|showed up|shown up|come in|walked in|is here|'s here|s here|"
            r"at (?:the )?(?:reception|gate|door|office|front desk)|in reception|outside)")
ARRIVED_TO_TAKE = re.compile(
    rf"\b{_WHO}\b[\w' ]{{0,30}}?\b{_ARRIVED}\b[\w' ,]{{0,30}}?\b(?:wants?|wanting|trying|tries)\s+to\s+"
    rf"(?:take|collect|grab|snatch|get)\s+{_CHILD}")
# An adult kicking off in school now: "the dad is kicking off at reception", "a parent is shouting in the playground"
ADULT_KICKING_OFF = re.compile(
    rf"\b{ADULT_NEVER_A_PUPIL}(?:'s|s| is| are)\s+(?:\w+\s+){{0,2}}?(?:kicking off|going mad|screaming|shouting|"
    r"swearing|raging|"
    r"being (?:aggressive|violent|threatening)|threatening (?:staff|people|us|everyone))\s+"
    r"(?:\w+\s+){0,2}?(?:at|in|outside)\s+(?:the\s+)?(?:school\s+)?(?:reception|office|gate|gates|door|playground|"
    r"car ?park|classroom|hall|school)\b(?!.*\b(?:sports day|cheer\w*|match|assembly|concert|show|play)\b)")
# An adult unfit to take a child, there to collect: "mum's here to collect and she's drunk"
# ("drunk" not as in "she's drunk her milk and mum is here to collect")
_UNFIT = (r"(?:drunk(?!\s+(?:a|an|the|her|his|their|my|some|all|it|too much (?:coffee|water|juice)|\w+ (?:coffee|tea|"
          r"milk|water|juice))\b)|high(?!\s+(?:up|marks?|on sugar|five|school|score))|"
          r"off (?:his|her|their) face|wasted|intoxicated|"
          r"smell(?:s|ing)? of (?:alcohol|drink|booze|weed|cannabis)|slurring)")
# (and "come to pick up", "at pickup": "mums come to pick up and shes drunk" was asked again, helper danger6)
_COLLECT = (r"(?:to collect|collecting|pick(?:ing)? (?:(?:her|him|them) )?up|pickup|tak(?:e|ing) (?:her|him|them) "
            r"home|(?:come|came|here) (?:to (?:get|fetch)|for) (?:her|him|them))")
DRUNK_COLLECTING = re.compile(
    rf"\b(?:here|arrived|turned up|at the gate|{_COLLECT})\b.*\b{_UNFIT}|\b{_UNFIT}.*\b{_COLLECT}\b|"
    rf"\b{_UNFIT}\b.*\b(?:at|by) the (?:gate|door|reception|office)\b")
# (not a visit planned: "the police are coming in to do a talk", "police are coming on thursday for assembly")
POLICE_COMING = re.compile(r"\b(?:police|ambulance|paramedics)(?:\s+(?:are|is|'re|re|s|'s))?\s+(?:on (?:their|the|its) "
                           r"way|coming|here|on site|outside)\b(?!.*\b(?:talk|assembly|visit\w*|demo\w*|drill|"
                           r"speed|parking|monday|tuesday|wednesday|thursday|friday|tomorrow|next|term)\b)")
# "man at the gate now": an adult at the school's edge now, with no verb
AT_THE_GATE_NOW = re.compile(
    r"\b(?:a|the|some|that|this)?\s*(?:man|stranger|woman|guy|bloke)\s+(?:still\s+)?(?:at|by|outside|near)\s+"
    r"(?:the\s+|our\s+)?(?:school\s+)?(?:gates?|door|fence|railings|car ?park|school)\s+(?:\w+\s+){0,2}?"
    r"(?:now|right now|still|again)\b(?!\s+(?:is|was|it's|its)\s+(?:just\s+)?(?:her|his|their|the|a|an|my|our)\b)")
# A child terrified of going with whoever collects them today: "dad is picking her up at 3:15 and she's terrified"
SCARED_OF_COLLECTION = re.compile(
    r"\b(?:pick(?:ing)? (?:her|him|them) up|collect(?:ing)? (?:her|him|them)|tak(?:e|ing) (?:her|him|them) home|"
    r"going home)\b.*\b(?:terrified|scared|frightened|petrified|afraid)(?:\s*$|\s+(?:of\s+(?:him|them|"
    r"going (?:home|with)|being (?:alone|with|taken|at home)|"
    r"his|their|dad|mum|stepdad|step dad|uncle|her\s+(?:dad|mum|stepdad|step dad|uncle|boyfriend))|to go)\b)")
TOLD_NOW = (FUTURE_HARM, TAKEN_FOR_GOOD, SCARED_OF_COLLECTION, ARRIVED_TO_TAKE, ADULT_KICKING_OFF, BANGING_ON_THE_DOOR,
            DRUNK_COLLECTING, POLICE_COMING, AT_THE_GATE_NOW)

# Dangers that may come, read as not sure: "he said he'd come back at 3", "she's home alone". Coming back only as told
# by the one feared and for nothing else ("he said he'd come back for his coat", "mum will be back at 3" raised an
# URGENT alert); home alone not the film, nor left alone by bullies, nor a few minutes till nan gets in
_SAID = r"(?:said|says|saying|told (?:her|him|them|us|me)|warned|texted|messaged|threatened)\s+(?:that\s+)?"
_WHEN_BACK = r"(?:at \S+|tonight|later|today|tomorrow|after school|at home time|at pick ?up|again|soon)"
MAY_COME = re.compile(
    rf"\b{_SAID}{_WHO}(?:'ll|ll| will|'d| would| is going to|'s going to| is gonna| gonna|'s|s| is)\s+(?:be\s+)?"
    rf"(?:come back|be back|coming back|return)(?:\s+{_WHEN_BACK})*(?:\s+(?:for|to get|to take|and get|"
    rf"and take|to find|and find)\s+{_CHILD})?(?:\s+{_WHEN_BACK})*(?=\s*$|\s+(?:and|but|so|she|he|they)\b)|"
    rf"\b{_WHO}(?:'s|s| is| has)?\s+(?:been\s+)?threaten(?:ed|ing|s)\s+to\s+(?:come back|return|turn up)\b|"
    r"(?<!watched )(?<!watch )(?<!watching )\b(?:home alone|alone at home|on (?:her|his|their) own at home|"
    r"left (?:alone|on (?:her|his|their) own) (?:at home|in the house|in the flat|overnight|all night|tonight)|"
    r"empty (?:house|flat|home))\b"
    r"(?!\s+(?:film|movie))(?!.*\b(?:till|until) (?:\w+ ){1,2}(?:gets?|comes?) (?:in|home|back)\b)|"
    # FGM or a forced marriage said to come: the DSL acts before the holiday, not after
    r"\b(?:fgm|(?:going to|gonna|will|to) be (?:cut|circumcised)|forced (?:to )?marr\w*|(?:taken|sent|going|flown) "
    r"(?:abroad|away|to \w+) (?:to|for) (?:get |be )?(?:married|marry|a wedding|cut|cutting))\b")
# Told of the past: "he said he'd kill her last year" is a threat once made, no danger now by these words alone
# (and a plan made: "dad turned up to take her for tea as arranged")
PAST = re.compile(r"\b(?:last (?:week|month|year|term|summer|christmas|night)|ago|years? back|used to|before|"
                  r"as (?:planned|arranged|agreed))\b")
