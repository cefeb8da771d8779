"""What to do asked, then the case told, with no stop between: "what should i do a dad pushed me at the gate".

With a comma ("what should i do, a dad pushed me at the gate") the telling after it was read as if it opened the
message (`harm_told._ASKS_THEN_TELLS`); without one, the opening "what should i do" made it a "what if" question
(`rule_words.HYPOTHETICAL`), which the harm net leaves alone, and it was answered "not covered" with its words logged.
Read here: the opener followed by a case told (someone by an article or a possessive, then a verb in the past or the
case as it is now: "a dad pushed", "my ta got punched", "the boy next door hit", "a child has bruises"), so "what
should i do if…", "…about…" and "…when…" stay questions. Works on `plain` text.
"""

from __future__ import annotations

import re

from intents.alternation import compiled
from intents.harm_asked import only_an_accident
from intents.normalise import plain
from intents.rule_words import AUNT_UNCLE, DAD, GRANDPARENT, MUM, SIBLING, STEP_PARENT
from intents.year_groups import YEARS

_OPENER = (r"^(?:(?:hi|hello|hiya|help|ok|okay|so|right|um+|erm+|sorry|quick one|quick question) )*"
           r"(?:what|who) (?:should|do|shall|can|would|must) (?:i|we) (?:do|tell|report (?:this|it)(?: to)?|speak to|"
           r"go to|talk to)(?: now| next| here| about this| about it)?(?: (?:please|pls|help|urgently|asap))* ")
# Someone by an article or a possessive ("a dad", "my ta", "one of the mums", "the boy next door")
_WHO = (r"(?:a|an|the|my|our|his|her|their|this|that|some|two|three|one of (?:the|my|our|his|her)) (?:\w+ ){0,2}?"
        r"(?:parents?|mums?|mams?|moms?|mothers?|dads?|fathers?|carers?|grand\w+|nans?|grans?|step ?\w+|uncles?|"
        r"aunt\w*|m[ae]n|wom[ae]n|lady|ladies|bloke|guy|stranger|neighbou?rs?|boyfriend|girlfriend|partner|"
        r"brothers?|sisters?|child|children|kids?|boys?|girls?|pupils?|students?|lads?|teens?|teenagers?|"
        rf"{YEARS}|ta|tas|teachers?|colleagues?|head|headteacher|deputy)"
        # where they are from, or who they are ("from year 2", "next door", "in my class")
        r"(?: (?:from|in|at|next|over|down|across) (?:\w+ ){0,2}?\w+)?")
# A verb in the past: regular, or one of the common irregular ones; or "keeps" doing it, or done to them; or the case
# as it is now ("a child has bruises", "a girl in my class has marks on her arms"): a "what if" keeps its "if"
_PAST = (r"(?:has |had |just |then |also |literally |deliberately |suddenly )*"
         r"(?:\w+ed|hit|bit|spat|threw|broke|told|said|sent|took|made|came|went|got|put|ran|swore|stole|shook|struck|"
         r"stuck|fought|caught|held|left|brought|wrote|drove|beat|kept|found|saw|showed|tore|flung|swung|stabbed|"
         r"keeps \w+ing|kept \w+ing|(?:was|were|has been|have been|had been|got) "
         r"(?:\w+(?:ed|en)|sworn|thrown|spat|bit|hit|struck|held|caught)|(?:was|were) \w+ing|"
         r"has|have|is|are|says|tells|smells|seems|looks|wont|doesnt|isnt|hasnt)\b")
_ASKS_THEN_TELLS = compiled(rf"{_OPENER}(?={_WHO} {_PAST})")


def told_after_asking(words: str) -> str | None:
    """The case told after "what should i do" (or "who do i tell") with no stop between, when what follows tells one
    ("what should i do a dad pushed me at the gate": "a dad pushed me at the gate"); None otherwise."""
    found = _ASKS_THEN_TELLS.match(words)
    return words[found.end():] if found is not None else None


# "what if" and a short clause of the teacher's worry, then a comma or dash and the case told ("what if dad finds out
# she told me, he hits her with a belt", "what if i'm wrong - she said her step dad comes into her room at night")
_WHAT_IF_THEN = re.compile(r"^\s*(?:(?:and|but|so|ok|okay) )?(?:what (?:if|happens if|about if)|wat if|wot if|"
                           r"suppose|supposing)\b(?P<worry>[^,;:?\u2013\u2014]*?)\s*(?:[,;:\u2013\u2014]|\s-)\s*"
                           r"(?P<rest>[^?]+?)\s*[.!]*\s*$", re.IGNORECASE)
# a person the case is told of, then what they did: the rest is told, not a second condition ("…, who do i tell")
_TOLD = compiled(r"^(?:(?:and|but|because|cos|coz|as) )?(?:he|she|they|his|her|their|my|our|a|an|the|one of|"
                 rf"(?:{MUM}|{DAD}|{AUNT_UNCLE}|{GRANDPARENT}|{SIBLING}|{STEP_PARENT}|step ?\w+)s?)\b")
MOST_WORRY_WORDS = 8  # a longer first clause is a case of its own, which the other readings judge


def told_after_what_if(text: str) -> str | None:
    """The case told after a short "what if" of the teacher's worry and a comma or dash ("what if he does it again,
    he touched her at the disco": "he touched her at the disco"), nothing asked after it; None otherwise. Works on
    the text as typed, as `plain` drops the comma that parts them."""
    found = _WHAT_IF_THEN.match(text)
    # the worry an accident ("what if a child falls over in the playground, she hurt her knee last week"): no case
    if (found is None or len(found.group("worry").split()) > MOST_WORRY_WORDS
            or only_an_accident(plain(found.group("worry")))):
        return None
    rest = plain(found.group("rest"))
    return rest if _TOLD.match(rest) else None
