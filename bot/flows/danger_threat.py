"""Threats told at "Is a child in immediate danger?" that `danger_told`'s presence patterns miss: harm said to be
coming ("she said he'll kill her", "dad will hurt her when she gets home"), an adult come to take a child or
kicking off in school now ("stepdad just turned up and wants to take her", "the dad is kicking off at reception"), an
adult drunk at collection, the police on their way, a man at the gate now with no verb; and dangers that may come,
read as not sure ("he said he'd come back at 3", "she's home alone"). Review revL listed each as asked again: a
teacher telling a threat was made to answer twice while the minutes the alert is for went by.
"""

from __future__ import annotations

import re

_WHO = (r"(?:he|she|they|dad|father|mum|mother|stepdad|step dad|stepmum|step mum|uncle|man|woman|stranger|guy|bloke|"
        r"boyfriend|girlfriend|partner|ex|parent|carer|brother|someone|somebody|person)")
_CHILD = r"(?:her|him|them|the (?:child|kid|boy|girl|pupil)|(?:his|her|their) (?:son|daughter|child|kids?))"
# Harm said to come: "he'll kill her", "dad is going to hurt her", "he threatened to hit him"
FUTURE_HARM = re.compile(
    rf"\b{_WHO}(?:'ll|ll| will| would|'d| is going to| s going to|'s going to| is gonna|'s gonna| gonna)\s+"
    rf"(?:really\s+)?(?:kill|hurt|hit|beat|batter|harm|stab|smack|punch|strangle)\s+{_CHILD}\b|"
    rf"\b{_WHO}\s+(?:has\s+)?threaten(?:ed|ing|s)\s+to\s+(?:kill|hurt|hit|beat|batter|harm|stab|take)\s+{_CHILD}\b")
# An adult come for a child now: "stepdad just turned up and wants to take her", "he's here and wants to take him"
_ARRIVED = (r"(?:turned up|turning up|arrived|showed up|shown up|come in|walked in|is here|'s here|s here|"
            r"at (?:the )?(?:reception|gate|door|office|front desk)|in reception|outside)")
ARRIVED_TO_TAKE = re.compile(
    rf"\b{_WHO}\b[\w' ]{{0,30}}?\b{_ARRIVED}\b[\w' ,]{{0,30}}?\b(?:wants?|wanting|trying|tries)\s+to\s+"
    rf"(?:take|collect|grab|snatch|get)\s+{_CHILD}")
# An adult kicking off in school now: "the dad is kicking off at reception", "a parent is shouting in the playground"
ADULT_KICKING_OFF = re.compile(
    rf"\b{_WHO}(?:'s|s| is| are)\s+(?:\w+\s+){{0,2}}?(?:kicking off|going mad|screaming|shouting|swearing|raging|"
    r"being (?:aggressive|violent|threatening)|threatening (?:staff|people|us|everyone))\s+"
    r"(?:\w+\s+){0,2}?(?:at|in|outside)\s+(?:the\s+)?(?:reception|office|gate|gates|door|playground|car ?park|"
    r"classroom|hall|school)\b")
# An adult unfit to take a child, there to collect: "mum's here to collect and she's drunk"
DRUNK_COLLECTING = re.compile(
    r"\b(?:here|arrived|turned up|at the gate|to collect|collecting|pick(?:ing)? (?:her|him|them) up)\b.*"
    r"\b(?:drunk|high|off (?:his|her|their) face|wasted|intoxicated|smells? of (?:alcohol|drink|booze))\b|"
    r"\b(?:drunk|high|wasted|intoxicated)\b.*\b(?:to collect|collecting|pick(?:ing)? (?:her|him|them) up)\b")
POLICE_COMING = re.compile(r"\b(?:police|ambulance|paramedics)\s+(?:are|is|'re|re|s|'s)\s+(?:on (?:their|the|its) "
                           r"way|coming|here|on site|outside)\b")
# "man at the gate now": an adult at the school's edge now, with no verb
AT_THE_GATE_NOW = re.compile(
    r"\b(?:a|the|some|that|this)?\s*(?:man|stranger|woman|guy|bloke)\s+(?:still\s+)?(?:at|by|outside|near)\s+"
    r"(?:the\s+|our\s+)?(?:school\s+)?(?:gates?|door|fence|railings|car ?park|school)\s+(?:\w+\s+){0,2}?"
    r"(?:now|right now|still|again)\b")
# A child terrified of going with whoever collects them today: "dad is picking her up at 3:15 and she's terrified"
SCARED_OF_COLLECTION = re.compile(
    r"\b(?:pick(?:ing)? (?:her|him|them) up|collect(?:ing)? (?:her|him|them)|tak(?:e|ing) (?:her|him|them) home|"
    r"going home)\b.*\b(?:terrified|scared|frightened|petrified|afraid)(?:\s*$|\s+(?:of\s+(?:him|them|going|being|"
    r"his|their|dad|mum|stepdad|step dad|uncle|her\s+(?:dad|mum|stepdad|step dad|uncle|boyfriend))|to go)\b)")
TOLD_NOW = (FUTURE_HARM, SCARED_OF_COLLECTION, ARRIVED_TO_TAKE, ADULT_KICKING_OFF, DRUNK_COLLECTING, POLICE_COMING,
            AT_THE_GATE_NOW)

# Dangers that may come, read as not sure: "he said he'd come back at 3", "she's home alone"
MAY_COME = re.compile(
    rf"\b{_WHO}(?:'ll|ll| will|'d| would| is going to|'s going to| is gonna| gonna)\s+(?:be\s+)?"
    r"(?:come back|be back|coming back|return)\b|"
    rf"\b{_WHO}\s+(?:has\s+)?threaten(?:ed|ing|s)\s+to\s+(?:come back|return|turn up)\b|"
    r"\b(?:home alone|alone at home|on (?:her|his|their) own at home|(?:is|s|'s|be|been) left alone)\b")
# Told of the past: "he said he'd kill her last year" is a threat once made, no danger now by these words alone
# (and a plan made: "dad turned up to take her for tea as arranged")
PAST = re.compile(r"\b(?:last (?:week|month|year|term|summer|christmas|night)|ago|years? back|used to|before|"
                  r"as (?:planned|arranged|agreed))\b")
