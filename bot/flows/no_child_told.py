"""Words at "Did a child tell you about this?" that can only be the teacher saying no child did.

The step keeps whatever is typed as the child's own words (a disclosure must never be lost to a guess), so "no child
told me", "n/a" or "not a child, a parent showed me" went to the DSL as what a child said. Only a telling no child
could give is read here: "no child told me", "nobody told me" (alone, or before a comma), "not from a child", "no
child involved", "n/a". A bare "no, …" followed by more words is not: a child's words can begin so ("no, daddy said
not to tell"), and "nobody told me it was wrong" can be a child's too, so those are kept as today.
"""

from __future__ import annotations

import re

_CHILD = r"(?:child|children|pupil|pupils|kid|kids|student|students|young person|one of the children)"
_TOLD = r"(?:told|tell|said|say|disclosed|disclose|mentioned|spoke|talked|came to)"
_PUNCTUATED = r"\s*(?:$|[,.;:!\-\u2013\u2014])"
# The leads, each the whole of what was typed or followed by a break. Those naming a child may run on into the
# teacher's next words ("not a pupil it was a parent"); "nobody told me" only before punctuation, as "nobody told me
# it was wrong" can be a child's own words.
_LEAD = re.compile(
    r"(?:no,? )?(?:"
    rf"(?:no {_CHILD}(?: (?:has|have|had|did))? {_TOLD}(?: (?:me|us|anything|anyone|this|that|it|to me|to us))*"
    rf"(?: about (?:it|this|that))?"
    rf"|no {_CHILD}(?: was| were)? involved"
    rf"|not (?:from |by |a |from a |by a )?{_CHILD}"
    rf"|no {_CHILD}"
    r"|no disclosure(?: (?:was )?made)?|there was no disclosure|there wasn'?t a disclosure|nothing disclosed"
    r"|n/?a|not applicable|does not apply|doesn'?t apply"
    rf")(?={_PUNCTUATED}| but\b| it was\b| i\b)"
    r"|(?:no ?one|nobody)(?: has| had| did)? (?:told|said|disclosed|mentioned) (?:me|us|anything)"
    r"(?: about (?:it|this))?"
    rf"(?={_PUNCTUATED}| but\b)"
    r")",
    re.I)
_BREAK = re.compile(r"^[\s,.;:!\-\u2013\u2014]*(?:but\b)?[\s,]*", re.I)


def no_child_told(text: str) -> str | None:
    """What was typed after a plain "no child told me" ("" for nothing more: "I have screenshots" after "no child
    told me, "), or None when the words may be a child's."""
    typed = " ".join(text.replace("\u2019", "'").split())
    found = _LEAD.match(typed.rstrip(" .!"))
    if found is None:
        return None
    return _BREAK.sub("", typed[found.end():], count=1).strip(" .!")
