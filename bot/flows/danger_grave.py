"""Grave acts told at "Is a child in immediate danger?", whoever does them (helper danger15): "no he strangled him",
"no he put a knife to her throat", "no one of the year 6 boys choked him in the toilets" were plain Nos, since harm
beside a no was read as urgent only when an adult did it ("he" may be a pupil). Strangling, choking, a hand round the
throat, a knife held to someone, stabbing, burning, suffocating, sexual assault, a child knocked out: a Designated
Safeguarding Lead acts on these now whoever did them, a pupil to another too, so beside a no they are the urgent Not
sure (`read_danger`), and on a report's summary a risk the report may not have (`risk_told`).

Only an act done to a person ("him", "her", "them", a child named or described), told as done (a threat, "he said
he'd strangle him", is `danger_threat`'s); not an object or a game ("choked on his lunch", "the knife for the cake",
"burnt the toast", "strangled the weeds", "stabbed him in fortnite"), nor denied ("he never choked him").
"""

from __future__ import annotations

import re

from bot.flows.harm_words import (
    BURN,
    CHOKE,
    MOLEST,
    RAPE,
    SCALD,
    SEXUALLY_ASSAULT,
    SMOTHER,
    STAB,
    STRANGLE,
    SUFFOCATE,
    THROTTLE,
    alt,
)
from bot.flows.people_named import NOT_A_NAME

# The one harmed: a pronoun, "her" not before her own thing ("burnt her toast"), a child described, or a name
_BODY_OR_THING = (r"(?:own|a|an|some|the|fork|knife|pencil|pen|sausage|"
                  r"hand|hands|finger|fingers|arm|arms|leg|legs|foot|feet|toast|dinner|tea|food|lunch|"
                  r"breakfast|sandwich|cake|pizza|chips|hair|phone|toy|toys|drawing|picture|book|homework|work|"
                  r"tongue|mouth|lip|lips|throat|way|words|tears|self)")
_DESCRIBED = (r"(?:(?:the|a|an|another|other|one|his|her|their|my|our|that|this|some|two|\w+'s)\s+)"
              r"(?:\S+\s+){0,3}?(?:child|children|boy|boys|girl|girls|kid|kids|pupil|pupils|lad|friend|friends|"
              r"brother|sister|cousin|classmate|mate|baby|toddler|son|daughter|student|one|sibling|twin)\b")
_PERSON = rf"(?:him\b|them\b|her\b(?!\s+{_BODY_OR_THING}\b)|{_DESCRIBED})"
# ...or a name after the act, not a word that makes it no act on anyone ("choked up", "choked back tears")
# (only what people_named's `NOT_A_NAME` and the endings below do not already say: a word after the verb, a self,
# a thing choked or burnt; a list, not a rule, as the answer comes lower case and a name is told by no form of its own)
_NOT_A_NAME = (r"(?:up|back|down|on|out|off|a|an|to|at|with|by|me|us|you|myself|himself|herself|themselves|itself|"
               r"yourself|weeds?|plants?|vines?|chicken|turkey|engine|motor|toast|cake|food|dinner|paper|rubbish|wood|"
               r"grass|candle|cd|dvd|anyone|last|after|before|while|so|because|cos|again|too|for|very|hard|over|about|"
               r"tears)")
# (review revAN: a word not on that list was read as a name, "choked loads", "choked under pressure", "choked tbh";
# people_named's words that are never a name too, and a word of manner or time by its ending, are none)
_NAMED = (rf"(?!{_NOT_A_NAME}\b|(?:{'|'.join(sorted(NOT_A_NAME))})\b|[a-z]+(?:ly|ing)\b|(?:loads|lots|tbh|twice|once|"
          r"during|under|slightly|bit|massively|big|time|times|he|she|they|we|i|gutted|upset|emotional)\b)"
          r"[a-z]+\b")
# Grave whatever was used, with the one harmed straight after (a name too)
# (the verbs `harm_words` spells, told done or doing; "strangld" as typed)
_STRANGLED = alt(alt(STRANGLE.done, STRANGLE.does, STRANGLE.doing, "strangld"),
                 *(alt(verb.done, verb.does, verb.doing) for verb in (THROTTLE, CHOKE, SUFFOCATE, SMOTHER, STAB, RAPE,
                                                                      MOLEST, SEXUALLY_ASSAULT)))
_BURNT = alt(BURN.done, BURN.does, BURN.doing, alt(SCALD.done, SCALD.does, SCALD.doing), "set fire to")
# A grip round the throat or neck, a knife or a weapon held to or used on someone, knocked out
_THROAT = r"(?:(?:his|her|their|the|\w+'s)\s+)?(?:throat|neck|windpipe)"
_WEAPON = (r"(?:(?:a|an|his|her|their|the|some|my|kitchen|big)\s+){1,2}?(?:\w+\s+)?(?:knife|knives|blade|razor|"
           r"machete|gun|scissors|screwdriver|broken bottle|hammer|weapon|lighter|iron)\b")
# ...a poke with a pencil or a fork is no stabbing a DSL acts on now
_POKED = (r"(?!\s+(?:\S+\s+){0,3}?with\s+(?:a|an|his|her|their|the|my)\s+"
          r"(?:pencil|pen|finger|fork|crayon|ruler|pin)s?\b)")
_PASSIVE = (alt(*(verb.done for verb in (STRANGLE, THROTTLE, STAB, RAPE, MOLEST, SMOTHER, SUFFOCATE, SEXUALLY_ASSAULT)),
                r"(?:knocked|beaten|punched)\s+(?:unconscious|senseless|out cold)") + r"\b")
_BY_SOMEONE = (rf"by\s+(?:{_DESCRIBED}|(?:a|an|his|her|their|the|some|one)\s+(?:\w+\s+)?"
               r"(?:man|woman|adult|lad|boy|girl|person))")
_DONE_OTHER_WAYS = (
    rf"\b(?:was|were|got|been|being|is|gets)\s+(?:\w+\s+)?(?:{_PASSIVE}|"
    rf"{alt(CHOKE.done, STRANGLE.done, BURN.done, SCALD.done)}\s+"
    rf"{_BY_SOMEONE}|{alt(BURN.done, SCALD.done)}\s+with\s+(?:a|an|his|her|their|the|some)\s+(?:\w+\s+)?"
    r"(?:cigarette|lighter|"
    r"iron|kettle|match|matches|poker|hot\s+\w+|boiling\s+water))|"
    rf"\b(?:tried|tries|trying|try|attempted)\s+to\s+"
    + alt(*(verb.do for verb in (STRANGLE, CHOKE, THROTTLE, STAB, SMOTHER, SUFFOCATE)), "drown", RAPE.do)
    + rf"\s+{_PERSON}|"
    rf"\bdrown(?:ed|s|ing)?\s+{_PERSON}(?!\s+(?:in|with)\s+(?:kisses|love|hugs|cuddles|attention|praise|questions))|"
    r"\bset\s+(?:fire\s+to\s+(?:him|her|them|(?:his|her|their)\s+(?:hair|clothes|jumper|coat|top|dress|shirt|face))|"
    r"(?:him|her|them|(?:his|her|their)\s+(?:hair|clothes|jumper|coat|top|dress|shirt))\s+(?:on\s+fire|alight))\b|"
    r"\b(?:held|holds|holding|pushed|pushes|kept|forced|shoved|put)\s+(?:him|her|them|(?:his|her|their)\s+(?:head|face))"
    r"\s+under\s+(?:the\s+)?water\b|"
    r"\b(?:put|puts|held|holds|holding|pressed|presses|pushed|pushes|forced)\s+(?:a|the|his|her|their)\s+(?:plastic\s+)?"
    r"(?:pillow|cushion|bag|carrier bag)\s+(?:over|on)\s+(?:his|her|their|the\s+\w+)\s+(?:face|head|mouth|nose)\b|"
    r"\b(?:knelt|kneeled|kneeling|kneels|stood|stamped|stamps|sat|squeezed|squeezes|squeezing|gripped|grips)\s+"
    r"(?:on\s+)?(?:his|her|their)\s+(?:neck|throat|windpipe)\b")
_GRAVE = re.compile(
    rf"\b(?:{_STRANGLED}\s+(?:{_PERSON}|{_NAMED}){_POKED}(?!\s+(?:with|in)\s+(?:kisses|love|hugs|cuddles|attention|"
    r"affection|cream|lotion|compliments|presents|gifts|praise|questions))|"
    rf"{_BURNT}\s+{_PERSON}(?!\s+(?:a|an|some)\s+(?:new\s+)?(?:cd|dvd|disc|copy|mix|playlist)s?\b)|"
    # (written other ways, review revAN: passive, tried, fire set to hair, a head under water, a pillow over a face)
    rf"{_DONE_OTHER_WAYS}|"
    rf"(?:grab\w*|had|has|held|holds?|holding|got|pinn\w*|squeez\w*|gripp?\w*)\s+(?:{_PERSON}|{_NAMED})\s+"
    rf"(?:\S+\s+){{0,2}}?(?:by|round|around)\s+{_THROAT}|"
    rf"(?:put|puts|had|has|got|wrapped|wraps|squeezed|squeezes|pressed|presses|held|holds)\s+(?:his|her|their|both|"
    rf"a)\s+(?:\w+\s+)?(?:hands?|arms?|fingers?|belt|rope|cord|lead|scarf|tie)\s+(?:tight\w*\s+)?(?:round|around|on|"
    rf"over|across)\s+{_THROAT}(?!.*\b(?:hug\w*|cuddl\w*|kiss\w*|selfie|photo)\b)|"
    rf"(?:put|puts|held|holds|holding|pressed|presses|pointed|points|pulled|pulls)\s+{_WEAPON}\s+(?:to|at|on|against|"
    rf"up to)\s+(?:{_PERSON}|{_THROAT}|(?:his|her|their)\s+(?:head|face|chest|neck|throat|stomach|back))|"
    rf"(?:attacked|went for|came at|threatened|cut|hit|hurt|slashed|{STAB.done}|{BURN.done})\s+"
    rf"(?:{_PERSON}|{_NAMED})\s+"
    rf"with\s+{_WEAPON}|"
    rf"knock(?:ed|s)\s+(?:{_PERSON}|{_NAMED})\s+(?:out\b(?!\s+of\b)|unconscious|senseless|out cold)|"
    r"knocked (?:unconscious|out cold)|"
    rf"touched\s+{_PERSON}\s+(?:(?:inappropriately|sexually|down there|there)\b|(?:on|between)\s+(?:his|her|their)\s+"
    r"(?:privates|private parts|private|bum|bottom|chest|boobs|breasts|legs|willy|penis|vagina))|"
    rf"made\s+{_PERSON}\s+touch\s+(?:his|her|their)\s+(?:privates|private parts|willy|penis)|sexual(?:ly)? assault\w*)")
# Not done: denied just before ("he never choked him", "didn't stab her")
_NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bnt|\bnever|\bno longer|\b(?:did|does|do|wo|is|was|has|have|had|were|are|ca|"
                         r"could|would)nt)\s+(?:\w+\s+){0,2}$")
# A game, a show or a pretence, not the act: "stabbed him in fortnite", "pretended to strangle him", "a toy knife"
_GAMES = r"(?:fortnite|minecraft|roblox|xbox|playstation|ps\d|call of duty|cod|gta|online game)"
_SHOWS = r"(?:game|games|play|drama|role ?play|video|film|movie|story|dream)"
# ...a toy weapon, not any plastic or rubber thing ("put a plastic bag over her head" is grave)
_TOY_WEAPON = (r"(?:toy|plastic|nerf|foam|rubber|fake|cardboard|pretend)\s+(?:\w+\s+)?(?:knife|knives|sword|swords|gun|"
               r"guns|weapon|blade|dagger|scissors|axe|bat)")
# (not "as a joke" or "for a laugh": "no he strangled him as a joke" is a grave act a DSL does not let off as banter,
# review revAQ)
_PRETENDED = (rf"(?:pretend\w*|play ?fight\w*|in (?:the |a )?{_SHOWS}|{_GAMES}|lightsaber|on screen|acting|"
              rf"{_TOY_WEAPON})\b")
_PRETEND = re.compile(rf"\b{_PRETENDED}")
# After "stabbed" or "shot": what makes it no stabbing of anyone (helper danger16: "no he stabbed him with a nerf gun",
# "no they stabbed at the answers" were urgent at the question, no risk on the summary). A toy or a game in the same
# few words, as above; a guess, food or a screen stabbed at; a thing stabbed, or a fork into one; a finger on a pin.
# Only things listed are let off: a word not listed after the stab ("stabbed the man", "stabbed sam") is someone.
_A_THING_STABBED = (r"(?:answers?|questions?|quiz|test|sheet|worksheet|paper|page|guess|food|dinner|lunch|tea|plate|"
                    r"meal|potato(?:es)?|sausages?|peas|beans|chips|meat|pie|apple|orange|cake|sandwich|straw|carton|"
                    r"screen|keyboard|keys|buttons?|remote|phone|ipad|tablet|map|balloon|pumpkin|ground|mud|air|ice|"
                    r"cushion|pillow|sofa|table|desk|tree|wood|basket|hoop|goal|net|ball)")
_ONE_OF = r"(?:the|a|an|his|her|their|my|our|some)"
# ...a word between it and the thing stabbed that is no place or time ("stabbed her cheese sandwich"; "the boy stabbed
# her at lunch with a compass" is her stabbed, review revAQ)
_NOT_WHERE = r"(?!(?:at|in|on|during|after|before|by|with|near|outside|over|through|into)\b)"
# ...and a thing's word straight after that begins what they were doing, not the thing ("got stabbed ice skating",
# "stabbed her tree climbing", review revAQ)
_NOT_DOING = r"(?!\s+\w+ing\b)"
_ON_A_PIN = (r"(?:finger|thumb|hand|foot|toe)s?\s+on\s+(?:a|an|the|some)\s+(?:\w+\s+)?(?:pin|needle|nail|thorn|compass|"
             r"pencil|splinter|drawing pin)s?\b")
# ...only a toy used for it, or a game or a show it was in, told with it ("stabbed him with a nerf gun", "…in the back
# in fortnite"), not a game told after ("stabbed him then went home to play fortnite"). A show is "the" or "a" one,
# the last of what is said of it: "in the play area", "in the games room", "in a game of dare" are places and games a
# real stabbing is told in, "in games" and "in drama" lessons; a video is as often a real stabbing filmed (review
# revAQ). A joke, a laugh or a pretence is no toy: "he stabbed him with a pen as a joke" is a stabbing, one a DSL
# does not let off as "just a joke" (review revAQ).
_SHOWN = r"(?:game|games|play|drama|role ?play|film|movie|story|dream)"
_SAID_OF_IT_ENDS = (r"(?=\s*$|\s+(?:and|but|so|then|lol|haha|again|yesterday|today|earlier|last|this|at|on|with|when|"
                    r"while|though|tho|he|she|they|we|i|it|its|was|is|too)\b)")
_TOY_OR_GAME_AFTER = (rf"(?:\s+\S+){{0,4}}?\s+(?:(?:with|using)\s+(?:\S+\s+){{0,2}}?{_TOY_WEAPON}\b|"
                      rf"(?:in|on)\s+(?:the|a)\s+{_SHOWN}{_SAID_OF_IT_ENDS}|(?:in|on)\s+(?:the\s+)?{_GAMES}\b)")
# ...and stabbed at a guess, food or a screen, the last of what is said of it ("stabbed at the answers", "…at his food
# angrily"; not a place, "stabbed at the food bank")
_STABBED_AT = (r"(?:answers?|questions?|quiz|sheet|worksheet|guess|food|plate|potato(?:es)?|sausages?|peas|beans|chips|"
               r"meat|screen|keyboard|keys|buttons?|remote)(?=\s*$|\s+(?:and|but|so|then|with|lol|again|angrily|like)\b)")
# (straight after the verb: "stabbed at the answers", "stabbed the potato"; after the one stabbed, "stabbed him at the
# table", "…her at lunch", only a toy or a game, or the thing the "her" of "stabbed her sandwich" was before)
NOT_A_STABBING = (rf"(?!{_TOY_OR_GAME_AFTER}|"
                  rf"\s+at\s+(?:{_ONE_OF}|it|its)\s+(?:\w+\s+)?{_STABBED_AT}|"
                  rf"\s+{_ONE_OF}\s+(?:{_NOT_WHERE}\w+\s+)?{_A_THING_STABBED}\b|\s+{_A_THING_STABBED}\b{_NOT_DOING}|"
                  r"(?:\s+(?:his|her|their|my))?\s+(?:fork|pencil|pen|compass|knife|straw)s?\s+(?:into|in|through)\s+"
                  rf"{_ONE_OF}\s+(?:\w+\s+)?{_A_THING_STABBED}\b|"
                  rf"(?:\s+(?:his|her|their|my))?\s+(?:own\s+)?{_ON_A_PIN})")
NOT_A_STABBING_OF = (rf"(?!{_TOY_OR_GAME_AFTER}|\s+{_A_THING_STABBED}\b{_NOT_DOING}|"
                     r"\s+(?:fork|pencil|pen|compass|knife|straw)s?\s+(?:into|in|through)\s+"
                     rf"{_ONE_OF}\s+(?:\w+\s+)?{_A_THING_STABBED}\b|"
                     rf"\s+(?:own\s+)?{_ON_A_PIN})")


def grave_act_told(said: str) -> bool:
    """Whether words (lower case, punctuation gone) tell one of the grave acts above done to someone, by anyone."""
    if _PRETEND.search(said):
        return False
    return any(not _NOT_BEFORE.search(said[:m.start()]) for m in _GRAVE.finditer(said))


# The same, for `risk_told` to read on a report's summary
GRAVE_ACT = _GRAVE


# A pupil described by their year ("a boy in year 6") is who, not when: `told_of_the_past` reads "in year 6" as a time
_OF_A_YEAR = re.compile(r"\b(?:boys?|girls?|kids?|pupils?|lads?|child|children|someone|somebody|one|ones|students?)\s+"
                        r"(?:in|from)\s+(?:year|yr|y)\s*\d+\b")


def who_of_a_year_taken_out(said: str) -> str:
    """The words with a pupil's year taken out of who they are, for the past to be read in what is left."""
    return _OF_A_YEAR.sub(" ", said)
