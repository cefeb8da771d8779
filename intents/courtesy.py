"""A courteous message without its courtesy: greetings, sign-offs and the request frame round the question.

"Good morning, I hope you are well. Could you kindly tell me the code for the staffroom photocopier? Many thanks in
advance." asks about "the code for the staffroom photocopier"; "hope", "well", "kind", "tell", "advance" are how it
is asked, and as words they were weighed as what it asks about ("kind" and "code" beside the code of conduct).
"""

from __future__ import annotations

import functools
import re

from intents.alternation import compiled

_POLITE = r"(?:kindly|possibly|please|just|perhaps|quickly)"
_LET_KNOW = r"(?:tell me|tell us|let me know|let us know|confirm|advise|clarify|explain|check)"
# A sign-off ends the message ("Many thanks.", "Kind regards, Sarah"); "best time to post?" begins with no sign-off
_SIGN_OFF = compiled(
    r"(?:^|(?<=[.?!,])\s*|\s+)(?:(?:many|huge|big) thanks(?: (?:in advance|again|for your (?:help|time)))?|thanks? "
    r"(?:you )?(?:so|very|ever so) much(?: for your (?:help|time))?|thank you(?: (?:kindly|in advance|for your "
    r"(?:help|time)))?|thanks(?: in advance| again)?|(?:kind|best|warm|warmest) (?:regards|wishes)|best|regards|cheers)"
    r"[.!,]*(?:\s+[A-Z][a-z]+)?[.!]*\s*$", re.IGNORECASE)
# An apology for asking before what is asked, with its "but" ("Sorry to trouble you, but…", "Apologies for asking
# but…", "I hope this isn't a silly question, but…"): a sentence of its own, or the opening of the question's
_SORRY = (r"(?:(?:so |very |really )?sorry|apologies|i'm sorry|im sorry|i am sorry)"
          r" (?:to (?:bother|trouble|disturb|pester|interrupt|hassle) you|to ask|to be a (?:pain|nuisance)|"
          r"for (?:asking|bothering you|the bother|the trouble))(?: again)?")
_APOLOGY = compiled(
    r"^(?:(?:good (?:morning|afternoon|evening)|hello|hi|hiya)[,.!]?\s+)?(?:" + _SORRY + r"|i hope this (?:isn't|isnt|"
    r"is not) a (?:silly|stupid|daft) question)(?:[.!,]*\s*but\b,?\s*|[.!,]+\s*)", re.IGNORECASE)
# A courteous sentence of its own, wherever it stands ("I hope you are well.", "Sorry to bother you.")
_ASIDE = compiled(
    r"(?:^|(?<=[.?!,])\s+)(?:i hope (?:you are|you're|all is) (?:well|keeping well|ok|okay)(?: today)?|"
    r"i hope this is the right place to ask|" + _SORRY + r")[.!,]+(?=\s|$)", re.IGNORECASE)
# A greeting, and the frame a request is put in, before what is asked
_OPENING = compiled(
    r"^(?:(?:good (?:morning|afternoon|evening)|hello|hi|hiya|dear (?:all|colleagues|team|sir or madam))(?: there)?"
    r"[,.!]?\s+)?"
    r"(?:(?:i hope you (?:don't|do not) mind (?:me )?asking|if you (?:don't|do not) mind (?:me )?asking)[,:]?\s*"
    r"(?:but\s+)?)?"
    r"(?:(?:i (?:was|am|'m) (?:just )?wondering|i wondered|i wonder)(?: if you could "
    + _POLITE + r"? ?" + _LET_KNOW + r")?\s+|"
    r"i (?:was|am|'m) hoping (?:you could " + _POLITE + r"? ?" + _LET_KNOW + r"|to (?:ask|check))\s+|"
    r"(?:could|can|would) you " + _POLITE + r"? ?(?:" + _LET_KNOW + r"|be able to " + _LET_KNOW
    + r")(?:,? please,?)?\s+|"
    r"would you (?:kindly |mind )(?:telling me|letting me know|confirming|reminding me)\s+|"
    r"(?:i would|i'd) be (?:very |most |really )?grateful (?:if you could " + _POLITE + r"? ?" + _LET_KNOW
    + r"|to know)\s+|"
    r"(?:could) i (?:just |possibly )?ask(?:,? (?:very )?politely,?)?\s+)?", re.IGNORECASE)


@functools.lru_cache(maxsize=512)  # pure, and asked of the same message by the matcher and the readings
def without_courtesy(text: str) -> str:
    """The message with its courteous opening, request frame and sign-offs taken off; the message itself where
    nothing else would be left."""
    bare, previous = _ASIDE.sub(" ", _APOLOGY.sub("", text.strip(), count=1)).strip(), None
    while bare != previous:  # "Many thanks. Kind regards."
        previous, bare = bare, _SIGN_OFF.sub("", bare).strip()
    asked = _OPENING.sub("", bare, count=1).strip()
    return asked if len(asked.split()) >= 3 else text
