"""Everyday family life told beside a parent at "Is a child in immediate danger?" (helper danger11, of what danger10
left), which a Designated Safeguarding Lead does not read as harm:

- A telling-off over school matters (`EVERYDAY_MATTER`): "no dad shouted at him for being late" is a No
  (`over_an_everyday_matter`); a child afraid of a parent's reaction to a detention or a report card, with no harm named
  ("she's scared of her dad because he'll be cross about her detention"), is asked again: the teacher knows whether
  there is more, the words do not say (the same reading).
- A push into a pool, a child put out of the car (`PLAY_OR_A_LIFT`): play, or a lift to school, as likely as harm:
  asked again, never the alert, never a plain No.
- "Normal", "the usual" clear only the shouting they are said of (`cleared_as_ordinary`), not shouting told after
  them in another clause ("no just normal stuff but dad shouts at her"), nor when denied ("it isn't normal").
"""

from __future__ import annotations

import re

from bot.flows.danger_harm_acts import cruel_act_told
from bot.flows.danger_home_acts import ORDINARY

# What a parent tells a child off about in an ordinary week of school
EVERYDAY_MATTER = re.compile(
    r"\b(?:detentions?|report cards?|school reports?|(?:his|her|their) reports?|grades?|(?:his|her|their|bad|low|"
    r"poor|test|exam) marks|results|homework|tests?|exams?|sats|spellings?|reading (?:book|record)|"
    r"late(?!\s+(?:at night|night|in the evening))|lateness|behaviour (?:points?|chart|card|log)|told off|in trouble|"
    r"trouble at school|uniform|(?:being|was) (?:cheeky|rude|naughty)|cheek(?:y|iness)?|attitude|bedtime|screen time|"
    r"messy room|tidy(?:ing)? (?:his|her|their) room|lost (?:his|her|their) (?:\w+ )?(?:coat|jumper|cardigan|phone|"
    r"book|bag|shoes?|pe kit|kit|lunchbox|water bottle|homework)|parents'? evening|letter home|(?:phone )?call home|"
    r"demerits?|red card|yellow card)\b")
# Harm named, a child in tears or afraid to go home: never an everyday telling-off
_HARM_NAMED = re.compile(r"\b(?:cries|cried|crying|in tears|sobbing|terrified|petrified|hit|hits|hitting|beat|"
                         r"beats|beating|beaten|hurt|hurts|hurting|harm\w*|slap\w*|whack\w*|wallop\w*|thrash\w*|"
                         r"punch\w*|kick\w*|smack\w*|thump\w*|strangl\w*|chok\w*|burn\w*|batter\w*|belt\w*|shak\w*|"
                         r"shook|lock\w*|push\w*|shov\w*|throw\w*|threw|abus\w*|kill\w*|violen\w*|touch\w*|"
                         r"starv\w*|drunk|drinking|bruis\w*|injur\w*|cuts|black eye|marks? on|bleed\w*|blood\w*|"
                         r"swollen|welts?|scratch\w*|scared to go home|not safe|unsafe|(?:won'?t|wont|doesn'?t "
                         r"want to|does not want to|refus\w+ to|too scared to) go home)\b")
# A reason given for what was said or feared: "for being late", "about his homework", "because he got a detention"
# (never across "and", "then", "but": "…and grabbed him for being late" tells more than a telling-off, review revAE)
_NOT_A_JOINER = r"(?!(?:and|then|but)\b)"
_REASON = re.compile(rf"^\s+(?:{_NOT_A_JOINER}\S+\s+){{0,3}}?(?:for|about|over|because|cos|cause|coz|as|since|when|"
                     rf"whenever|if|after)\s+(?:{_NOT_A_JOINER}\S+\s+){{0,8}}?" + EVERYDAY_MATTER.pattern)
# All that may follow the matter and leave it a telling-off: when, how often, that it is ordinary, a joke. Anything
# else ("…and grabbed him by the throat", "…and he's got a black eye", "…and made her sleep outside") was cleared with
# it, a plain No, unless one of the harm words above was in it (review revAE): now it is read as before danger11
_WHEN_OR_ORDINARY = re.compile(
    r"^(?:\s+(?:again|today|yesterday|tonight|tomorrow|this|last|next|morning|afternoon|evening|night|nights|week|"
    r"weekend|every|each|day|days|time|times|always|sometimes|often|once|twice|a|an|the|at|in|on|before|after|"
    r"school|home|tea|dinner|breakfast|bedtime|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"cards?|tests?|results|marks|grades|points|chart|log|book|record|"  # (the rest of a matter: "his report card")
    r"lol|haha\w*|tbh|honestly|normal|usual|ordinary|stuff|things|just|really|that's|thats|it|all|nothing|else|"
    r"bit|lot|like|any|most|other|mums?|dads?|parents?|parenting|family|though)\b)*\s*$")


def over_an_everyday_matter(said: str, start: int, end: int) -> bool:
    """Whether what follows shouting at the child, or the parent a child is afraid of (`said[start:end]`; after it
    "…for being late", "…because he'll be cross about her detention"), gives an everyday school matter as its reason,
    with nothing told after it but when or that it is ordinary, and no harm named before or after (then the fear is of
    that, whatever it is about; review revAE: "no she has a black eye, dad yelled at her about her homework", "no she
    was crying because dad shouted at her for being late" were a plain No, only what came after was looked at)."""
    after = said[end:]
    reason = _REASON.match(after)
    return (reason is not None and _WHEN_OR_ORDINARY.match(after[reason.end():]) is not None
            and not _harm_named(said[:start]) and not _harm_named(after))


def _harm_named(said: str) -> bool:
    # (the cruel acts too: "no she gets tied up, dad shouts at her about her homework" was a plain No, helper danger12)
    return _HARM_NAMED.search(said) is not None or cruel_act_told(said)


# A push or throw into a pool or water, or a child put out of a car (a lift, play)
_INTO_WATER = (r"(?:into|in)\s+(?:(?:the|a)\s+)?(?:(?:swimming|paddling|hotel|holiday)\s+)?(?:pool|water|sea|"
               r"ball pit|sandpit|sand|snow|leaves|puddle)")
_OUT_OF_A_CAR = r"out\s+of\s+(?:(?:the|a|his|her|their|our|mum's|mums|dad's|dads)\s+)?(?:car|van|taxi|cab|lorry)"
PLAY_OR_A_LIFT = rf"\s+(?:{_INTO_WATER}|{_OUT_OF_A_CAR})\b"
PUSHED_OR_PUT = (r"(?:push(?:es|ed)?|shov(?:es|ed|e)|threw|throws|thrown|chucked|chucks|kicked|kicks|turfed|dunked|"
                 r"dunks|tipped)")

# Contrast beside an ordinary word: "normal stuff but dad shouts at her" tells the shouting as not ordinary
_CONTRAST = re.compile(r"\b(?:but|though|although|however|except|apart from|yet|only)\b")
_DENIED = re.compile(r"(?:\bnot|n't|\bnt|\bnever)\s+(?:(?:really|quite|very|that|exactly|at all)\s+)?$")
# What may stand between an ordinary word said first and the shouting it is said of ("normal stuff, mum shouts…")
_FILLER = re.compile(r"^\s*(?:(?:stuff|things|really|just|tbh|honestly|parenting|parent stuff|family stuff)\s+)*$")


def cleared_as_ordinary(said: str, start: int, end: int) -> bool:
    """Whether an ordinary word is said of the shouting at `said[start:end]`: after it with no contrast between
    ("…when he's late, normal stuff"), or just before it ("normal stuff, mum shouts at him…"); never denied."""
    for word in ORDINARY.finditer(said):
        if _DENIED.search(said[:word.start()]):
            continue
        if word.start() >= end and not _CONTRAST.search(said[end:word.start()]):
            return True
        if word.end() <= start and _FILLER.match(said[word.end():start]):
            return True
    return False
