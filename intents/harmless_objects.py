"""Harm words whose object is no person: "grooming of the school dog", "the exploitation of our wifi by students".

"Groom" and "exploit" are harm words when done to a child, and every harm reading takes them so wherever they stand:
"grooming of the school dog" was begun as a report, "who should I talk to about the exploitation of our wifi by
students?" offered one. Groomed, an animal, hair or a lawn is brushed or tidied; exploited, the wifi, a loophole or a
glitch is used. The message is read with that word put plainly ("brushing", "use"), so whatever else it says
is still read as said ("the man grooming the school dog touched a pupil" keeps its touching). Never where a child or
anyone else stands between the word and its object ("exploitation of kids on the wifi"), and not "abuse" of an
animal, which a Designated Safeguarding Lead would want to hear of.
"""

from __future__ import annotations

import re

from intents.alternation import compiled

# Someone, whom the word may be done to, between it and the thing: then it is read as written
_PERSON = (r"(?:pupils?|child\w*|kids?|girls?|boys?|students?|young|teen\w*|y\d+s?|year|yr|learners?|people|person|"
           r"him|her|them|someone|somebody|victims?|vulnerable|son|daughter|nephew|niece|men|man|women|woman|lads?)")
# ... nor a way or a place, through which a child may be reached ("a pupil exploited through the school wifi")
_BY_WAY = r"(?:through|via|on|online|in|at|by|with|using|from|over|across|to|for|into|onto)"
# ... nor any other place or time ("grooming during the field trip", "grooming signs around the field"): only the
# thing's own words ("the", "our", "school", "class") stand between
_AROUND = (r"(?:during|near|around|round|behind|outside|inside|beside|by|near|after|before|under|above|about|among|"
           r"between|towards?|across|along|beyond|within|without|off|out|up|down|past|signs?|behaviou?rs?|concerns?|"
           r"worries|risks?|incidents?|cases?|happening|going|taking|place)")
_GAP = rf"(?:(?!(?:{_PERSON}|{_BY_WAY}|{_AROUND})\b)[\w'’-]+\s+){{0,3}}?"
# Someone after the thing, not its doer ("by students"): the thing a way to them ("exploiting the game to message
# pupils", "exploiting vulnerabilities in the children's ipads to contact them")
_PERSON_AFTER = compiled(rf"(?<!\bby )(?<!\bby the )(?<!\bby our )(?<!\bby some )\b{_PERSON}\b", re.IGNORECASE)
_PERSON_BEFORE = compiled(rf"\b{_PERSON}\b(?:\W+\w+){{0,4}}\W*$", re.IGNORECASE)
_ANIMAL = (r"(?:dogs?|puppy|puppies|pup|cats?|kittens?|horses?|pon(?:y|ies)|guinea pigs?|rabbits?|bunn(?:y|ies)|"
           r"hamsters?|gerbils?|pets?|animals?|ferrets?|alpacas?|sheep|goats?|donkeys?|chickens?|hens?)")
_GROOMED = rf"(?:{_ANIMAL}|hair|beard|moustache|nails|eyebrows|lawns?|garden|pitch|field|grounds|hedges?|fur|mane|coat)"
_EXPLOITED = (r"(?:wi-?fi|wi fi|internet|broadband|network|loopholes?|system|systems|bugs?|glitch(?:es)?|"
              r"weakness(?:es)?|vulnerabilit(?:y|ies)|software|printers?|photocopiers?|rota|rules|policy|gaps?|"
              r"opportunit(?:y|ies)|resources?|budget|game|cheats?|settings|filters?|firewall|servers?|passwords?|ipads?|laptops?|"
              r"chromebooks?|computers?|devices?)")
# What grooming is arranged with or by, then whom it is for ("the grooming rota for the school dog", "grooming kit for
# the pony"): "for" is a way to a person elsewhere, so only after one of these may it lead to the thing groomed
_ARRANGED = (r"(?:rotas?|schedules?|timetables?|kits?|brush(?:es)?|combs?|tools?|equipment|products?|supplies|"
             r"shampoo|table|station|appointments?|sessions?|slots?|routine|days?|times?|costs?|bills?|fees?|money|"
             r"list|sheet|chart|jobs?|duties|duty)")
_GROOM_WORD = r"groom(?:ing|ed|s|ers?)?"
# Done to the thing, not suffered: "a girl was groomed through the dog's account" is no dog's grooming
_GROOM_DOING = r"groom(?:ing|s|ers?)?"
# "grooming of the school dog", "groom the class rabbit", "the dog grooming", "the school dog needs grooming"
_GROOMING = compiled(
    rf"\b(?P<word>{_GROOM_DOING})\s+(?:of\s+|for\s+)?(?:{_ARRANGED}\s+(?:for|of)\s+)?{_GAP}{_GROOMED}\b|"
    rf"\b{_GROOMED}(?:'s|’s)?\s+(?:(?:needs?|needed|gets?|got|is|was|being|had|has|having|to be)\s+){{0,2}}"
    rf"(?P<after>{_GROOM_WORD})\b", re.IGNORECASE)
_EXPLOIT_WORD = r"exploit(?:ation|ing|ed|s)?"
_EXPLOIT_DOING = r"exploit(?:ation|ing|s)?"
# "exploitation of our wifi", "exploiting a loophole", "a glitch being exploited"
_EXPLOITING = compiled(
    rf"\b(?P<word>{_EXPLOIT_DOING})\s+(?:of\s+)?{_GAP}{_EXPLOITED}\b|"
    rf"\b{_EXPLOITED}\s+(?:(?:is|was|being|been|were|are|got|get|gets|getting)\s+){{1,2}}(?P<after>{_EXPLOIT_WORD})\b",
    re.IGNORECASE)


_GROOM_SAID = compiled("groom", re.IGNORECASE)  # in every match of _GROOMING
_EXPLOIT_SAID = compiled("exploit", re.IGNORECASE)  # in every match of _EXPLOITING

# The plain word for each form: "grooming" "brushing", "exploited" "used"
_PLAIN = {"groom": "brush", "grooms": "brushes", "grooming": "brushing", "groomed": "brushed", "groomer": "brusher",
          "groomers": "brushers", "exploit": "use", "exploits": "uses", "exploiting": "using",
          "exploited": "used", "exploitation": "use"}


def _plainly(found: re.Match[str]) -> str:
    group = "word" if found["word"] is not None else "after"
    if _PERSON_AFTER.search(found.string[found.end():]):
        return found.group(0)
    # "a girl with the dog is being groomed": the one groomed may be the person just before the thing
    if group == "after" and _PERSON_BEFORE.search(found.string[:found.start()]):
        return found.group(0)
    start, end = found.start(group) - found.start(), found.end(group) - found.start()
    whole = found.group(0)
    return whole[:start] + _PLAIN[whole[start:end].lower()] + whole[end:]


def without_harmless_harm_words(text: str) -> str:
    """`text` with "groom" of an animal, hair or a lawn put as "brushing", and "exploit" of a thing as "use";
    `text` itself where neither is there."""
    # Each only where its word is (most messages hold neither): the same text, found sooner
    text = _GROOMING.sub(_plainly, text) if _GROOM_SAID.search(text) else text
    return _EXPLOITING.sub(_plainly, text) if _EXPLOIT_SAID.search(text) else text
