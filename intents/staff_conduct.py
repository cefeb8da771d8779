"""A member of staff crossing a line with pupils, told as staff tell it: "ta seen kissing a y11", "our ta gets too
close to the girls", "mr jones smells of alcohol", "the coach was drunk at training", "miss k buys one girl presents",
"the ta meets a y9 outside school". Asked ("can a ta meet a pupil outside school?") it is the policy's question;
messages to pupils are `staff_contact_asked`'s and the report model's, as B.1 answers the rule.

None of it is a blow or a shout (`staff_towards_child`), and each was "not covered" with nothing offered, its words
logged for the Headteacher. A concern about an adult working with children is the Headteacher's (and the LADO's): read
here, the harm net (`understanding`) offers the report first with that route; this reading alone never begins one, as
"too close" may be only a worry. Not a drink at the staff party or on a night out, nor a colleague kissed, nor a
lift or a present given to the whole class. Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.pre_checked import PreChecked
from intents.rule_words import HYPOTHETICAL
from intents.staff_contact_told import met_by_chance
from intents.staff_towards_child import A_CHILD, STAFF, STAFF_NAMED
from intents.year_groups import YEARS

_SEEN = r"(?:(?:has|have|had|is|was|were|been|keeps|kept|always|often|just|also|even|apparently|seen|caught|spotted) )*"
# Pupils: one ("a y11", "the girl in 10b"), or some ("the girls", "pupils", "y11s", "some of the boys")
_PUPILS = (rf"(?:{A_CHILD}|(?:(?:the|some|our|my|certain|older|younger|some of the) )?(?:\w+ )?"
           rf"(?:pupils|kids|children|girls|boys|students|lads|teens|{YEARS}))")
_KISSING = (r"(?:kiss\w*|snogg\w*|cuddl\w*|dating|going out with|seeing|in a relationship with|sleeping with|"
            r"flirt\w*(?: with)?|holding hands with)")
_TOO_CLOSE = (r"(?:gets?|getting|got|is|was|are|were|seems?|seemed|being|stands?|standing|stood|sits?|sitting|sat)"
              r"(?: \w+)? (?:too|very|really|overly|a bit too|far too|way too|uncomfortably|quite) "
              r"(?:close|friendly|touchy|touchy feely|familiar|handsy|affectionate|pally)(?: (?:to|with))?")
_DRINK = (r"(?:smells?|smelled|smelt|stinks?|stank|reeks?|reeked) of (?:alcohol|drink|booze|beer|wine|vodka|spirits|"
          r"cider|lager|whisky|gin)|"
          r"(?:is|was|came in|comes in|turned up|turns up|seemed|seems|looked|looks|appeared|appears|got) "
          r"(?:\w+ )?(?:drunk|hungover|tipsy|under the influence|intoxicated|smashed|wasted)|"
          r"(?:drinks|drinking|drank|had a drink|had drinks|has a drink) (?:\w+ )?(?:at work|in school|at school|"
          r"in class|in the classroom|on duty|at lunch|on the trip|in front of)")
# Favouritism: gifts to one child or to favourites, not a class treat or bus money ("gave the boys money for the bus")
_GIFTS = (r"(?:gives?|gave|giving|buys?|bought|buying|sends?|sent) "
          r"(?:one (?:\w+ )?(?:girl|boy|pupil|child|kid|student)|"
          r"(?:his|her|their|the) favourites?|only (?:\w+ )?(?:her|him|one \w+)) (?:\w+ ){0,2}?"
          r"(?:gifts?|presents?|money|cash|sweets|treats|vapes?|cigarettes|phones?|jewellery|perfume|lifts?)|"
          r"(?:has|have|got) (?:a )?favourites?\b.*\b(?:gifts?|presents?|money|sweets|treats|lifts?)")
_MEETING = (rf"(?:meets?|met|meeting|sees|saw|seeing|picks? up|picked up|picking up|drove|drives|driving|takes?|took|"
            rf"taking|hangs? out with|hung out with|hanging out with) {_PUPILS} (?:\w+ ){{0,2}}?"
            r"(?:outside (?:of )?school|after school|at (?:the )?weekends?|in town|at (?:his|her|their) (?:house|flat|"
            r"home|place)|in (?:his|her|their) car|for (?:coffee|a drink|food|a meal)|home|to (?:his|her|their) "
            r"(?:house|flat|home|place)|at the park)")
# Stroking a pupil's hair, face or leg ("mr t strokes the girls hair", "stroking a y3 girl's hair"): not an animal's
_STROKING = (rf"(?:strokes?|stroked|stroking|caress\w*) (?:her|his|their|{_PUPILS}(?: s)?) "
             r"(?:hair|face|cheeks?|neck|legs?|thighs?|knees?|arms?|back)")
_CROSSES = PreChecked(compiled(
    rf"\b{STAFF} {_SEEN}(?:{_KISSING} {_PUPILS}|{_TOO_CLOSE} {_PUPILS}|(?:{_DRINK})|{_GIFTS}|(?P<meeting>{_MEETING})|"
    rf"{_STROKING})\b"), STAFF_NAMED)  # a member of staff named first
# A staff do, not the school day ("drunk at the christmas party", "smelt of wine at the staff do")
_OFF_DUTY = compiled(r"\b(?:party|parties|do|night out|pub|wedding|social|holiday|evening out|leaving do|staff do|"
                     r"bar|restaurant|last night out)\b")


def staff_crosses_line(words: str) -> bool:
    """The (plain) words tell of a member of staff crossing a line with pupils: kissing or dating one, too
    close, drink at work, gifts to favourites, meeting outside school (not by chance); not asked as a rule."""
    found = _CROSSES.search(words)
    if found is None or HYPOTHETICAL.match(words):
        return False
    # a pupil seen once, or met by chance ("saw a y9 girl in town", "met a y10 girl by chance at tesco"), is no line
    # crossed
    meeting = found.group("meeting")
    if meeting and (meeting.startswith("saw ") or met_by_chance(words)):
        return False
    drink_only = _DRINK_ONLY.search(found.group()) is not None
    return not (drink_only and _OFF_DUTY.search(words))


_DRINK_ONLY = compiled(rf"\b(?:{_DRINK})\b")
