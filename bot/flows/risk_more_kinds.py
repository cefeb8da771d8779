"""More kinds of grave risk told on a report's summary (`risk_told`): neglect ("he hasn't eaten since friday", "she's
been left home alone all week"), a child missing ("she's run away", "nobody knows where he is"), a weapon ("he brought
a knife in") and sexual harm told plainly ("her uncle had sex with her", "he asked her to send nudes"). Review of
helper summary4 found each asked "Which part?" like a correction on a report whose danger answer was No.

Harmless look-alikes tell none: "he ran away from the ball in PE", "knife and fork", "he hasn't eaten his lunch",
"his phone went missing", "she's been missing lessons", "sex education". Words are as `bare_words.plain` leaves them
(lower case, apostrophes gone).
"""

from __future__ import annotations

import re

from bot.flows.danger_grave import NOT_A_STABBING, NOT_A_STABBING_OF
from bot.flows.harm_words import STAB, alt
from bot.flows.people_named import is_a_listed_thing
from intents.rule_words import CARER, DAD, GRANDPARENT, MUM, STEP_PARENT

_DAYS = (r"(?:since (?!breakfast|lunch|this morning|morning|dinner)\w+|"
         r"for (?:\w+ )?(?:days?|the (?:whole )?(?:weekend|week)|a (?:day|week))|all (?:day|night|weekend|week))")
# A thing that can go missing that is no child: "his phone went missing"
_THING = (r"(?:phone|ipad|tablet|laptop|money|bag|coat|book|books|homework|keys?|bike|shoes?|kit|lunch|it|this|that|"
          r"messages?|photos?|pictures?|posts?|evidence|screenshots?|account|file|files|work|jumper|wallet|purse)")
_WEAPON = r"(?:(?:big|real|kitchen|large|flick|stanley) )?(?:knife|knives|blade|machete|gun|firearm|weapon)s?\b"
_PICTURES = r"(?:photos?|pictures?|pics?|images?|selfies?)"
# Left out of a chat, a call or a game, not a child missing: "she went missing from the group chat" (review revAA:
# it asked the danger question again, and "he is missing from the chat" raised the URGENT alert at once)
_FROM_ONLINE = (r" from (?:(?:the|our|his|her|their|a|that|this|class|school) )?(?:\w+ ){0,2}(?:group ?chats?|chats?|"
                r"groups?|calls?|games?|servers?|teams?|squads?|photos?|pictures?|videos?|lists?|streams?)\b")

KINDS: dict[str, re.Pattern[str]] = {
    "neglect": re.compile(
        r"\b(?:hasnt|has not|havent|have not|hadnt|had not|didnt|did not|not) (?:had (?:anything|any food|"
        r"a (?:meal|proper meal)) to eat|eat(?:en)?(?: anything| properly| a (?:proper )?meal)?|had (?:any )?food) "
        rf"{_DAYS}|"
        r"\b(?:nothing|no food) to eat (?:at|in the) (?:home|house)|\bno food (?:at|in the) (?:home|house)\b|"
        r"\b(?:always|constantly) (?:hungry|starving)\b|\b(?:hungry|starving) all the time\b|"
        r"(?<!watched )(?<!watch )(?<!watching )\bhome alone (?:all|for|every|overnight|since|again|while|most)\b|"
        r"\bleft (?:home alone|alone at home|on (?:his|her|their) own(?: at home)?|alone) "
        rf"(?:{_DAYS}|overnight|every (?:night|weekend)|again|at night)|"
        r"\b(?:left|leaves|leave) (?:him|her|them) (?:home )?alone (?:at home|overnight|all|for|every)|"
        r"\bno(?: ?one|body) (?:at home )?(?:to look after|looking after|feeds|feeding|to feed) (?:him|her|them)\b|"
        r"\b(?:sleeping|sleeps|slept) (?:in (?:a|the) car|on the streets?|rough)\b"),
    "missing": re.compile(
        r"\b(?:has|had|s|have|is|are|hes|shes|theyve|theyre|hed|shed|just|keeps?|kept|threatened to|"
        r"threatening to|going to|gonna|wants? to|shell|hell|theyll|will|might|would) "
        # not away from a thing ("ran away from the ball"), only from home, care or school
        r"(?:run|ran|running) (?:away|off)\b(?! (?:from|with) (?!home|care|school|foster|the (?:house|home|school|"
        r"unit|site)|(?:a|an|her|his) (?:man|woman|older|adult|stranger|boyfriend|girlfriend))| (?:with|to) (?:it|the)|"
        r" (?:a|an|the|some|copies|copy|more|his|her|their)\b)|"
        r"\b(?:ran|run) away (?:from (?:home|care|school|foster)|again|last night|overnight|yesterday|"
        r"at the weekend)\b|"
        r"\bmissing from (?:home|care|school)\b|"
        r"\b(?:he|she|they|hes|shes|theyre) (?:is |are |has been |have been |been )?missing\b(?! (?:lessons?|class|"
        r"school|break|lunch|out|his|her|their|the|a|an|some|from (?:lessons?|class|lunch))\b)"
        rf"(?!{_FROM_ONLINE})|"
        rf"\b(?:no ?one|nobody|noone|we dont|we do not|they dont|(?:{MUM}|{DAD}) doesnt|(?:her|his|their) "
        rf"(?:{MUM}|{DAD}|{STEP_PARENT}|parents?|{CARER}|family) (?:dont|doesnt|do not|does not)) knows? where "
        r"(?:he|she|they) (?:is|are|went|has gone|have gone|s|re|was)\b|"
        r"\b(?:hasnt|has not|havent|have not) (?:come|came) (?:back )?home\b|"
        r"\b(?:didnt|did not|never) (?:come|came|go|went) (?:back )?home\b|"
        r"\b(?:hasnt|has not|havent|have not|not) been (?:back )?home(?: (?:since|for|all|last night|overnight)\b|"
        r"\s*$)|"
        r"\b(?:hasnt|has not|havent|have not) been seen since\b|"
        # gone off with an adult, whoever tells it ("she ran off with an older man")
        r"\b(?:ran|run|running|gone|went|left) (?:off|away) with (?:a|an|some|this|that|her|his) (?:much )?"
        r"(?:older |grown up |adult )?(?:man|men|woman|adult|stranger|boyfriend|girlfriend)\b|"
        r"\b(?:cant|cannot|can not|couldnt) find (?:him|her|them) (?:anywhere|since)\b"),
    "weapon": re.compile(
        r"\b(?:brought|brings|bringing|bring|carrying|carries|carry|had|has|got|pulled|pulled out|waving|holding|"
        r"threatened \w+ with|threatening \w+ with|came at \w+ with|hid|hides|hiding) "
        rf"(?:a |an |his |her |their |the |some )?{_WEAPON}"
        # cutlery, emoji and games are no weapon
        r"(?! (?:and fork|emoji|icon|crime|talk|amnesty|sticker|game|skin|in (?:a|the) game|"
        r"(?:in|on) (?:fortnite|roblox|minecraft|cod|call of duty|gta)))"
        rf"|\bfound (?:a|an) {_WEAPON} (?:in|on) (?:him|her|them|his|her|their)\b"
        # (not with a toy or in a game, as the danger answer reads it: "stabbed him with a nerf gun", helper danger16)
        rf"|\b(?:stab|{STAB.done}|{STAB.doing}) (?:him|her|them|someone|somebody|me|you)\b{NOT_A_STABBING_OF}"
        # told of the child ("he was stabbed", "she was threatened with a knife")
        rf"|\b(?:was|were|been|got|get|gets|is|are|being) (?:{alt(STAB.done)}\b{NOT_A_STABBING}|"
        rf"(?:threatened|attacked|cut) with "
        rf"(?:a |an |his |her |their |the )?{_WEAPON}(?! (?:emoji|icon|sticker|game|skin)))"),
    "sexual": re.compile(
        r"\b(?:had|has|having|have|made (?:him|her|them) have|forced (?:him|her|them) to have) sex with\b|"
        r"\b(?:send|sent|sending|asked (?:him|her|them) for|asking (?:him|her|them) for|shared|sharing|share) "
        rf"(?:him |her |them )?(?:a |some )?(?:nudes?\b|nude {_PICTURES}|naked {_PICTURES})|"
        r"\bsext\w*|\bsexual (?:messages?|photos?|pictures?|images?|videos?|comments?|chat)\b|"
        r"\bnudes of (?:him|her|them)\b|\bgroom(?:ed|ing|s)? (?:him|her|them)\b|\b(?:being|been|was|is) groomed\b|"
        r"\bsexual things\b|\b(?:exposed|flashed) (?:himself|herself|themselves)\b|\bblow ?job\b"),
}
# "Sam has gone missing", never "his phone has gone missing": the words before read for a thing
_GONE_MISSING = re.compile(r"\b(?:gone|went|been reported|reported|go|goes) missing\b")
_THING_BEFORE = re.compile(rf"\b{_THING}\b")
_BEFORE = 3  # words before "gone missing" read for a thing


# What comes between who went missing and "gone missing" ("the wifi has just gone missing")
_BETWEEN = frozenset({"has", "have", "had", "s", "just", "now", "also", "all", "then", "since"})


def _gone_missing(said: str) -> bool:
    return any((_subject(said[:m.start()]) in _SOMEONE
                or (not _THING_BEFORE.search(" ".join(said[:m.start()].split()[-_BEFORE:]))
                    and not is_a_listed_thing(_subject(said[:m.start()]))))
               and not re.match(_FROM_ONLINE, said[m.end():])
               for m in _GONE_MISSING.finditer(said))


# Someone, straight before "went missing": wins over a thing a few words back ("after lunch she went missing" was
# read as lunch gone missing, and no risk)
_SOMEONE = frozenset({"she", "he", "they", "child", "boy", "girl", "pupil", "student", "kid", "son", "daughter"})


def _subject(before: str) -> str:
    """The word before a verb, past "has", "just" and the like: "wifi" of "the wifi has just"."""
    words = [w for w in before.split() if w not in _BETWEEN]
    return words[-1] if words else ""


# "Sam is missing", "Sam's been missing since lunch": the word before read for a child, as a child is called or by a
# name of the report's own child (review revAA: each was asked "Which part?"); never "the date is missing"
_IS_MISSING = re.compile(r"\b(\w+) (?:is|was|are|were|has been|have been|had been|s been|been|is still|is now) "
                         r"missing\b(?! (?:lessons?|class|classes|school|break|lunch|out|his|her|their|the|a|an|some|"
                         r"pe|games|maths|english|assembly|clubs?|homework|work|meals?|breakfast|it|them|him|her|you|me|"
                         r"us|days|sessions?|from (?:lessons?|class|lunch))\b)")
_CHILD = frozenset({"child", "children", "boy", "girl", "pupil", "student", "kid", "kids", "son", "daughter", "sister",
                    "brother", "baby", "toddler"})


def _child_missing(said: str, names: frozenset[str]) -> bool:
    return any((m.group(1) in _CHILD or m.group(1) in names or m.group(1).removesuffix("s") in names)
               and not re.match(_FROM_ONLINE, said[m.end():]) for m in _IS_MISSING.finditer(said))


# "she ran away", "Jake ran away", told bare (review revAA: asked "Which part?"); never away from a thing ("he ran away
# from the ball"), and never "ran off" bare, which is a child leaving a lesson or the line ("he ran off at lunch")
_RAN_AWAY = re.compile(r"\b(\w+) ran away\b(?! from (?!home|care|school|foster|the (?:house|home|school|unit|site)\b)"
                       r"| with (?:it|the)\b| (?:a|an|the|some|copies|copy|more|his|her|their)\b)")
# not "they" nor "and": "they hit him and ran away" is who did it getting away
_WHO_RAN = frozenset({"he", "she", "also"})


def _ran_away(said: str, names: frozenset[str]) -> bool:
    return any(m.group(1) in _WHO_RAN | _CHILD | names for m in _RAN_AWAY.finditer(said))


# A parent or carer missing ("Mum is missing", "her dad's been missing since friday", "his foster carers ran away"):
# a child perhaps left with no one to care for them, which a DSL wants asked about (the danger question), never read
# as a correction of the report (review revAD: "Mum is missing" was asked "Which part?"); never staff ("the teacher
# is missing"), nor a parent missing something ("Mum is missing his reading record", "…parents evening")
# (one word, as `_IS_MISSING` and `_RAN_AWAY` take it: "stepdad", not "step dad")
_CARER = re.compile(rf"(?:{MUM}|{DAD}|{STEP_PARENT}|parents?|{CARER}|{GRANDPARENT})")


def carer_missing(said: str) -> bool:
    """Words (as `plain` leaves them) telling a child's parent or carer is missing or ran away."""
    def carer(word: str) -> bool:
        return any(_CARER.fullmatch(w) for w in (word, word.removesuffix("s")))  # "dads been missing"
    return (any(carer(m.group(1)) and not re.match(rf"{_FROM_ONLINE}| (?:parents|meetings?|appointments?)\b",
                                                  said[m.end():])
                for m in _IS_MISSING.finditer(said))
            or any(carer(m.group(1)) for m in _RAN_AWAY.finditer(said)))


def more_kinds_named(said: str, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The kinds above that words (as `plain` leaves them) tell: "neglect", "missing", "weapon", "sexual". `names`:
    the report's child's names, lower case ("sam"), and any name the words give (`people_named.names_given`), for
    "Sam is missing" and "Ellie ran away"."""
    found = {kind for kind, pattern in KINDS.items() if pattern.search(said)}
    if _gone_missing(said) or _child_missing(said, names) or _ran_away(said, names):
        found.add("missing")
    return frozenset(found)
