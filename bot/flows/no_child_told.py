"""Words at "Did a child tell you about this?" that can only be the teacher saying no child did.

The step keeps whatever is typed as the child's own words (a disclosure must never be lost to a guess), so "no child
told me", "n/a" or "not a child, a parent showed me" went to the DSL as what a child said. Only a telling no child
could give is read here: "no child told me", "nobody told me" (alone, or before a comma), "not from a child", "no
child involved", "n/a". A bare "no, …" followed by more words is not: a child's words can begin so ("no, daddy said
not to tell"), and "nobody told me it was wrong" can be a child's too, so those are kept as today. Nor is a "no"
whose following words tell of someone's words ("no disclosure but she said daddy hurts her", "not a pupil, a child at
the park told me"), unless an adult plainly told them, nor of harm to "me" ("…but he keeps hitting me"), nor a bare
"na" before more words (a child's "nah, daddy hits me"): those are kept whole as the child's words, for the DSL.
"""

from __future__ import annotations

import re

from intents.rule_words import AUNT_UNCLE, CARER, DAD, GRANDPARENT, MUM, STEP_PARENT

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
    r"|n/a|n\.a\.?|not applicable|does not apply|doesn'?t apply"
    rf")(?={_PUNCTUATED}| but\b| it was\b| i\b)"
    r"|na$"  # "na" alone is n/a; "na, daddy hits me" is a child's "nah"
    r"|(?:no ?one|nobody)(?: has| had| did)? (?:told|said|disclosed|mentioned) (?:me|us|anything)"
    r"(?: about (?:it|this))?"
    rf"(?={_PUNCTUATED}| but\b)"
    r")",
    re.I)
# Words after the "no" that tell of someone saying something ("…, she said daddy hurts her", "a child at the park
# told me"): perhaps a child's telling after all, so the whole answer is kept as the child's words
_TELLING = re.compile(r"\b(?:said|says|say|saying|told|tells|tell|telling|disclosed|discloses|mentioned|mentions|"
                      r"whispered|asked|cried|crying|screamed|shouted|wrote|written|talked|talking|spoke)\b|[\"\u201c]",
                      re.I)
# …unless an adult is plainly the one who told ("not a child, her mum told me"), and told of no one else's words
_ADULT_TELLER = re.compile(
    r"(?:(?:a|an|the|her|his|their|my|our|one|another|one of the|one of their|his or her)\s+)*"
    rf"(?:parents?|{MUM}|{DAD}|{STEP_PARENT}|{CARER}|{GRANDPARENT}|{AUNT_UNCLE}|teachers?|colleagues?|"
    r"members? of staff|staff member|staff|ta|tas|lsa|police|police officer|officer|social worker|neighbour|adults?|"
    r"lunchtime supervisor|midday supervisor|head|headteacher|deputy|senco|dsl|nurse|school nurse|doctor|gp)\b",
    re.I)
# Harm told in the first person ("…but he keeps hitting me", "na, I'm scared to go home"): a child's own words
_HARMED_ME = re.compile(
    r"\b(?:hit|hits|hitting|hurt|hurts|hurting|touch(?:es|ed|ing)?|kick(?:s|ed|ing)?|punch(?:es|ed|ing)?|"
    r"slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|beat(?:s|ing)?|bit|bites|biting|grab(?:s|bed|bing)?|push(?:es|ed|ing)?|"
    r"hold(?:s|ing)? me down|shout(?:s|ed|ing)? at|scream(?:s|ed|ing)? at|threaten(?:s|ed|ing)?|lock(?:s|ed|ing)?|"
    r"scare(?:s|d)?|frighten(?:s|ed)?|starve(?:s|d)?)\s+me\b"
    r"|\b(?:i'?m|i am|i was|i get|i got|i feel|i felt)\s+(?:so\s+|really\s+|very\s+)?(?:scared|frightened|afraid|hurt|"
    r"hit|touched|hungry|unsafe|not safe)\b|\bdon'?t want to go home\b",
    re.I)
_BREAK = re.compile(r"^[\s,.;:!\-\u2013\u2014]*(?:but\b)?[\s,]*", re.I)


def no_child_told(text: str) -> str | None:
    """What was typed after a plain "no child told me" ("" for nothing more: "I have screenshots" after "no child
    told me, "), or None when the words may be a child's."""
    typed = " ".join(text.replace("\u2019", "'").split())
    found = _LEAD.match(typed.rstrip(" .!"))
    if found is None:
        return None
    rest = _BREAK.sub("", typed[found.end():], count=1).strip(" .!")
    tellings = len(_TELLING.findall(rest))
    if _HARMED_ME.search(rest) or tellings > 1 or (tellings and _ADULT_TELLER.match(rest) is None):
        return None
    return rest
