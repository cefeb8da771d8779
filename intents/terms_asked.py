"""What a safeguarding term means, asked: "what is grooming?", "what's sexting", "what counts as radicalisation",
"what does cse stand for", "define upskirting".

The policy defines none of these, so the answer is "not covered" with the human route (the Designated Safeguarding
Lead). The asking itself tells of no child, yet the narrative rules took the bare "grooming" or "sextortion" for one
told ("what is grooming?" was begun as a report at once, "what does grooming mean" not covered with nothing offered):
read alike, each is answered as a question with the report offered first (`understanding`), as exploitation asked of as
a topic is (`harm_topics`). Only the term and at most a word of kind before it ("online grooming", "child sexual
abuse"): "what is the grooming rota for the school dog" or "what counts as radicalisation in the prevent training"
are other questions. Works on `plain` text (lower case, no punctuation; "what's" is "what").

Since review revAG also the term asked of, then a child in particular told of ("whats cse, a girl in y10 keeps getting
picked up by older lads", "is this grooming? a man keeps sending a y7 gifts"): the report is offered first, as the
rest alone may name no harm ("not covered" alone before); not when the asking is of teaching it.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.year_groups import YEAR, YEARS

# How the meaning is asked: "what is", "whats", "what", "what exactly is", "what counts as", "what is meant by",
# "define", "meaning of", "can you explain"
_ASKED = (r"(?:(?:can you |could you |please )?(?:explain|define)(?: what)?(?: is| are)?|"
          r"what(?: exactly| actually)?(?: is| are| s)?(?: meant by| classed as| classified as)?|whats|"
          r"what (?:counts|is counted|would count|is classed|would be classed) as|"
          r"(?:the )?(?:meaning|definition) of|what do (?:you|we|they|people) mean by|"
          r"what does(?: the term| the word)?)")
# A word of kind before the term ("online grooming", "child sexual exploitation", "peer on peer abuse")
_KIND = (r"(?:(?:online|child|children|childrens|sexual|criminal|physical|emotional|domestic|financial|peer on peer|"
         r"child on child|image based|honour based|so called honour based|faith based|extremist|political|"
         r"religious) )?")
# The terms of harm to a child, not those the policy has a clause on (bullying, cyberbullying and harassment are
# section E's)
_TERM = (r"(?:grooming|groomed|sexting|sextortion|nudes|nude images|self generated images|"
         r"radicali[sz]ation|radicali[sz]ed|extremism|(?:violent )?extremist views|cse|cce|"
         r"(?:sexual |criminal )?exploitation|county lines|cuckooing|trafficking|modern slavery|"
         r"fgm|female genital mutilation|breast ironing|forced marriage|honour based (?:abuse|violence)|"
         r"upskirting|revenge porn|abuse|neglect|coercive control|self ?harm(?:ing)?|"
         r"catfishing|a catfish|a groomer|a paedophile|a county line)")
# "what does X mean", "what does X stand for", "what does X involve", "what does X look like"
_MEAN = r"(?: (?:mean|means|stand for|involve|look like|refer to)| actually mean)"
_TERM_ASKED = compiled(
    rf"^(?:{_ASKED}) (?:a |an |the )?{_KIND}{_TERM}(?:{_MEAN})?(?: (?:exactly|actually|then|please|again))?$")


def term_meaning_asked(words: str) -> bool:
    """The (plain) message asks no more than what a term of harm to a child means ("what is grooming")."""
    return _TERM_ASKED.match(words.strip()) is not None


# The term asked of, then a child in particular told of ("whats cse? a girl in y10 keeps getting picked up by older
# lads", "is this grooming, a man keeps sending a y7 gifts"): the asking frames a case, and the term names its harm
_OF_A_CASE = r"(?:is (?:this|that|it)|could (?:this|that|it) be|(?:does|would) (?:this|that|it) (?:count as|be))"
_TERM_THEN = compiled(
    rf"^(?:{_ASKED}|{_OF_A_CASE}) (?:a |an |the )?{_KIND}{_TERM}(?:{_MEAN})? (?P<rest>.+)$")
# A child in particular: "my y8 girl", "a girl in y10", "one of my y9s", "a y7", "this boy"
_A_CHILD = compiled(r"\b(?:my|our|a|an|this|that|one of (?:my|our|the|his|her)) (?:\w+ ){0,2}?(?:child|kid|boy|girl|"
                    rf"pupil|student|lad|lass|son|daughter|{YEAR}|toddler|baby|teen|teenager)s?\b")
# Asked of teaching it, not of a child ("…in the rse curriculum", "…for my y9 lesson")
_TEACHING = compiled(r"\b(?:lessons?|teach\w*|curriculum|rse|pshe|training|assembl\w+|scheme|topic|inset|course|"
                     r"modules?|units?|worksheets?|resources?|explain (?:it |this |that )?to)\b")


def term_asked_of_a_child(words: str) -> bool:
    """The (plain) message asks what a term of harm means, or whether it is that, then tells of a child in particular
    ("what does grooming mean, my y8 girl has an older boyfriend who buys her stuff"): the report is offered."""
    found = _TERM_THEN.match(words.strip())
    return (found is not None and _A_CHILD.search(found.group("rest")) is not None
            and _TEACHING.search(words) is None)


# Asked for the class or the teacher's own learning: "my year 10 class have been asking", "the kids keep asking", "how
# do i spot it", "what are the signs"
_ASKED_BY_THE_CLASS = compiled(
    rf"\b(?:(?:my|our|the) (?:\w+ ){{0,2}}?(?:class|pupils|kids|children|students|group|{YEARS})|"
    r"(?:pupils|kids|children|students)) (?:have been|has been|keep|keeps|kept|are|were|was|have|has|all)? ?"
    r"(?:asking|asked|talking|curious|wondering)\b|"
    r"\bhow (?:do|can|would|should|will) (?:i|we|you|staff|teachers) (?:spot|recognise|recognize|identify|notice|"
    r"tell|teach|explain|cover)\b|\b(?:what are )?the (?:signs|warning signs|indicators)\b|"
    r"\bwhat to look (?:out )?for\b")


def term_asked_for_teaching(words: str) -> bool:
    """The (plain) message asks what a term of harm means, then asks it for teaching it, for the class asking of it or
    for how to spot it ("what is grooming, is it on the y6 rse scheme"), and tells of no child: a question, never a
    report begun."""
    found = _TERM_THEN.match(words.strip())
    if found is None:
        return False
    rest = found.group("rest")
    return (_TEACHING.search(rest) is not None or _ASKED_BY_THE_CLASS.search(rest) is not None) and \
        _TOLD.search(rest) is None


# Something told of a child after all ("…, a girl in my rse class told me her uncle touches her"): left to the readings
_TOLD = compiled(r"\b(?:told me|said (?:that )?(?:her|his|their|she|he)|disclosed|showed me|has been (?!asking)|"
                 r"is being|was being)\b")
