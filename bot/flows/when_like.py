"""An answer that reads as when it happened, not who: "about 3pm yesterday" typed at *Who is responsible?*.

A teacher a question ahead of the bot types the time where the person goes; kept there, the DSL reads
"Responsible: about 3pm yesterday" and When left empty. Only words that are all a time are read so: every word a time
word, a number or a word of hedging ("about", "i think", "maybe"), and at least one of them a time. A person named
anywhere ("the boy who messaged her last night", "Mr Jones, yesterday") is an answer to who, as typed.
"""

from __future__ import annotations

import re

_SHORT = 80  # a time said alone is short; longer words tell more than when
_TIME = re.compile(
    r"(?:yesterday|yday|yest|today|2day|tonight|tonite|2nite|morning|afternoon|evening|arvo|avo|night|lunch|lunchtime|"
    r"break|"
    r"breaktime|playtime|weekend|week|wk|month|ago|midnight|midday|noon|registration|assembly|hometime|"
    r"monday|tuesday|tues|wednesday|weds|thursday|thurs|friday|saturday|sunday|"
    r"\d{1,2}(?:[:.]\d{2})?(?:am|pm)|\d{1,2}[:.]\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)")
_AROUND = frozenset(
    "about around at on in the a an last this that after before school during i think maybe not sure roughly approx "
    "approximately just earlier later ish or and between from to till until sometime some time early late days day "
    "weeks hours few couple of it was happened am pm half past quarter oclock o'clock first thing pick up drop off "
    "home dinner end start beginning probably possibly perhaps so guess or around-ish yesterdays over the just gone "
    "one two three four five six seven eight nine ten pe".split())

_THIS_EVE = re.compile(r"\bthis\s+eve\b(?!')")


def reads_as_when(text: str) -> bool:
    """Words that are all a time ("about 3pm yesterday", "last night i think"): when it happened, not who."""
    if len(text) > _SHORT:
        return False
    # "this eve" as "this evening" (helper when8); "eve" alone is a name ("Eve"), never a time
    said = _THIS_EVE.sub("this evening", text.lower().replace("\u2019", "'"))
    words = re.findall(r"[a-z0-9:./']+", said)
    words = [w.strip(".'") for w in words if w.strip(".'")]
    timed = [w for w in words if _TIME.fullmatch(w)]
    return bool(timed) and all(w in _AROUND or w.isdigit() or _TIME.fullmatch(w) for w in words)
