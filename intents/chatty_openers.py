"""A message without the chatty opener staff put before what they ask: "Morning! Quick one - can I post sports day
photos?", "Hiya, random q:", "Sorry to bother you, quick question…", "Right, so…", "Hey team!".

Left on, the opener's words were weighed as what is asked: "Hey team! What should my privacy settings be?" was "not
covered" (B.6 without it), "Quick question: what if an online post threatens a pupil?" was begun as a report (E.2
answered without it), and "Hiya! Tell me a joke" was no longer small talk. The opener says how the message is put,
never what it is about, so the message is read as without it (`understanding.understand`). Only greetings, "quick
one"/"random q" and their kin, an apology for asking, and "right, so"/"ok so"/"um": "So what about parents?" keeps its
"so" (a follow-up), as does anything after which fewer than three words would be left.
"""

from __future__ import annotations

import re

from intents.alternation import compiled
from intents.year_groups import YEAR

# A gap after an opener: punctuation, dashes and ellipses in any mix, then space; or only space where the opener
# cannot begin what is asked ("hi can I…", but not "Morning registration: can I…", "Evening events - can I…" nor "So
# what about parents?")
_MARK = r"\s*[!,.:;\-–—…]+\s*"
_GAP = rf"(?:{_MARK}|\s+)"
_WHO = r" (?:all|everyone|everybody|team|folks|guys|there|both|you|again|y'?all)"
_GREETING = (rf"(?:(?:good (?:morning|afternoon|evening)|hi+|hiya|hey(?: hey)?|heya|hello|howdy)(?:{_WHO})?{_GAP}|"
             rf"(?:morning|afternoon|evening|mornin)(?:{_WHO}{_GAP}|\s*[!,.…]+\s*))")
# "quick one", "random q", "a quick question for you", "silly question", "bit of a random one", "one for you"
_ASKING = (r"(?:(?:just |only )?(?:a |one )?(?:(?:very |really )?(?:quick|random|silly|daft|odd|weird|small|"
           r"simple|easy|bit of an?(?: \w+)?) )+(?:one|q|qu|qn|question|query|ask)(?: for (?:you|ya|u))?(?: here)?|"
           r"(?:a )?(?:question|query|one) for (?:you|ya|u)|q for (?:you|ya|u))(?:,? (?:though|but))?")
# "sorry to bother you", "sorry to be a pain", "sorry if this is a silly question", "apologies"
# ("Sorry if I'm overreacting — a parent has…" keeps its "sorry": an "if" left at the front reads as a condition)
_SORRY = (r"(?:(?:so )?sorry|apologies|soz)(?:(?: to (?:bother|trouble|pester|disturb)(?: you| u| ya)?(?: again)?|"
          r" to be a pain| to ask| if this is (?:a )?(?:silly|stupid|daft|dumb|obvious)(?: question| one| q)?)"
          r"(?:,? but)?(?=[\s!,.:;\-–—…])|(?=\s*[!,.:;\-–—…]))")
# "right, so", "ok so", "okay then", "um", "erm", "so," (with its mark: "so what about…?" is a follow-up)
_FILLER = (rf"(?:(?:(?:right|ok|okay|well|anyway|anyhow),? (?:so|then)|um+|erm+|uh+|hmm+){_GAP}|"
           rf"(?:right|ok|okay|so|well|anyway){_MARK})")
_OPENER = compiled(rf"^(?:{_GREETING}|(?:{_ASKING}|{_SORRY}){_GAP}|{_FILLER})+", re.IGNORECASE)
# What is left must still be a message, not a name or a word ("Hey team!", "Morning! Quick one")
_LEAST_WORDS = 3


def without_chatter(text: str) -> str:
    """`text` without its chatty opener; `text` itself where there is none or too little would be left."""
    found = _OPENER.match(text.strip())
    if found is None:
        return text
    rest = text.strip()[found.end():].strip()
    return rest if len(rest.split()) >= _LEAST_WORDS else text


# One child in particular (not a former pupil) and an adult, in what is left: the opener's report was perhaps
# noise, but perhaps not ("Sorry to bother you, is it normal for a coach to message a pupil late at night?" was begun,
# bare it is E.4's, no report)
_ONE_CHILD = compiled(r"\b(?:(?:a|an|the|one of (?:my|our|the)|my|our|this|that) (?!(?:former|ex|old) )(?:\w+ )?"
                      rf"(?:child|kid|pupil|student|girl|boy|lad|son|daughter)|{YEAR} (?:girl|boy|child|kid|pupil))\b"
                      r"(?!'?s? (?:phones?|work|photos?|pictures?|names?)\b)",
                      re.IGNORECASE)
_ADULT = compiled(r"\b(?:coach|teacher|ta|tutor|staff|colleague|head|headteacher|volunteer|caretaker|parent|mum|dad|"
                  r"mother|father|carer|uncle|aunt\w*|step ?\w+|boyfriend|man|men|woman|adult|stranger|someone|"
                  r"somebody|mr \w+|mrs \w+|miss \w+|ms \w+)\b", re.IGNORECASE)


def names_a_child_and_an_adult(text: str) -> bool:
    """`text` names one child in particular and an adult: what may be a worry told or asked of, whatever its form."""
    return _ONE_CHILD.search(text) is not None and _ADULT.search(text) is not None
