"""An adult laying hands on a child, told as staff tell it: "nan grabbed hold of her by the hair in the playground",
"a step dad pushed a child over in the car park", "the grandad shoved a child in the line".

The harm rules (`incidents.names_harm`) read a blow to "him", "her" or "a child" with what follows it; a push "over",
a grab "by the arm" of "a year 2 child", a yank, or a shove "in the line" were none of theirs, so such a telling was
answered "not covered" and its words logged. Read here, the harm net (`understanding`) offers the report first; this
reading alone never begins one, as a push may be a jostle. Not a parent's hands that harm no one: "grandad pushed her
on the swing", "mum pushed him in the buggy", "grabbed the kids some sweets", "grabbed him to stop him running into
the road". Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.rule_words import GATE_TIME, HYPOTHETICAL, SCHOOL_GROUNDS
from intents.staff_harm import ADULT

_DOING = r"(?: (?:has|had|just|then|also|literally|deliberately|really|suddenly|kept|keeps|always|was|is))*"
_CHILD = (r"(?:him|her|them|(?:a|the|another|his|her|their|one of the|one of my|one of our|some) (?:\w+ ){0,2}?"
          r"(?:child|children|kid|kids|boy|boys|girl|girls|pupil|pupils|son|daughter|toddler|baby|little one))")
_PART = (r"(?:hair|arm|arms|neck|throat|collar|hood|wrist|wrists|ear|ears|coat|jumper|shoulders?|face|head|leg|legs|"
         r"hand|scruff of (?:his|her|the) neck|bag|rucksack|top|shirt)")
_PLACE = (rf"(?:line|queue|{SCHOOL_GROUNDS}|{GATE_TIME}|classroom|corridor|cloakroom|door|"
          r"doorway|reception|office|fence|hall|road|street|pavement)")
# How it went on: over, by a part of them, against or into something, to the ground, hard, or where at school
_HOW = (rf"(?:over|down|by (?:the|his|her|their) {_PART}|(?:into|against|onto|up against|across|along|through) |"
        r"to the (?:ground|floor)|out of the way(?! of\b)|"
        r"(?:really |so |very )?(?:hard|roughly|rough|violently|aggressively)|"
        rf"(?:in|at|by|near|outside|across|down|along) (?:the )?{_PLACE})")
# A part of them taken hold of ("yanked his arm really hard", "dragged her by her hair"): not a hand held to cross the
# road, nor hair pulled into a bun (hence no "pull")
_BODY_PART = r"(?:hair|arms?|neck|throat|collar|hood|wrists?|ears?|shoulders?|face|head|legs?)"
# Grabbing is also fetching or collecting ("grabbed the kids at pick up"): only taken hold of, by a part, or roughly
_GRAB_HOW = (rf"(?:over|down|by (?:the|his|her|their) {_PART}|(?:into|against|onto|up against) |"
             r"to the (?:ground|floor)|(?:really |so |very )?(?:hard|roughly|rough|violently|aggressively))")
_HANDLED = compiled(
    rf"\b{ADULT}{_DOING} (?:"
    r"(?:push(?:ed|es|ing)?|pushd|pused|shov(?:e|ed|es|ing)|yank(?:ed|s|ing)?|drag(?:ged|s|ging)?|man ?handl\w*) "
    rf"{_CHILD}"
    rf"(?: {_HOW}|$)|"
    rf"grabb?(?:ed|s|ing)? hold of {_CHILD}(?: |$)|"
    rf"grabb?(?:ed|s|ing)? {_CHILD} {_GRAB_HOW}|"
    rf"(?:yank(?:ed|s|ing)?|drag(?:ged|s|ging)?|twist(?:ed|s|ing)?|wrench(?:ed|es|ing)?) (?:his|her|their) "
    rf"{_BODY_PART}(?: {_HOW}|$)|"
    rf"grabb?(?:ed|s|ing)? (?:his|her|their) {_BODY_PART} {_GRAB_HOW})"
    # not to keep them from harm ("grabbed him to stop him running into the road")
    r"(?!.*\bto (?:stop|save|catch|help|keep)\b)")


def handles_child(words: str) -> bool:
    """The (plain) message tells of an adult pushing, shoving, yanking, dragging or grabbing hold of a child or a part
    of them ("a dad pushed his son over at the gate", "mum yanked his arm really hard"), not a "what if"."""
    return not HYPOTHETICAL.match(words) and bool(_HANDLED.search(words))
