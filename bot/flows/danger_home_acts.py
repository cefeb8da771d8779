"""More of harm at home told beside a no at "Is a child in immediate danger?" (helper danger10, of what danger9 and
review revAB left); each was a plain No, so the Designated Safeguarding Lead saw "No" beside it:

- Pushing, as hitting is (`PUSHES`): "no dad pushed mum" is domestic abuse the child lives with, as "no but dad hits
  mum" already was; pushing on a swing, a slide or in a buggy, or "pushed him to try harder", is none (`PUSHED_KINDLY`).
- A child put out of the home (`PUT_OUT`): "no his dad threw him out of the house" leaves a child with nowhere to sleep
  tonight: the urgent Not sure. "no dad threw out his old toys" names no child; "kicked him out of the game" is none.
- Shouting at the child or a parent by an adult (`SHOUTS`): no danger now by itself, but no plain No either when said
  with no more ("no the man she lives with shouts at her"): asked again, as the teacher knows what it is. Said to be
  ordinary ("no mum shouts at him when he's late, normal stuff") it is a No (`ORDINARY`): shouting alone is how many
  homes are, and the teacher has said so.
- He or she harming a parent (`PRONOUN_HARMS_PARENT`): "no he hits his mum sometimes": he may be the child (violence to
  a parent) or the dad (domestic abuse): asked again, never a plain No.

And "no one at home hurts her", "nobody hits him" deny harm: a plain No (`no_one_harms`), where "no one" first was
read as "no one picked her up" is, asked again.
"""

from __future__ import annotations

import re

PUSHES = r"push(?:es|ed|ing)?|shov(?:es|ed|ing|e)"
# What follows a push that makes it care or play, not harm: "…on the swing", "…in his buggy", "…to try harder"
PUSHED_KINDLY = re.compile(r"^\s+(?:(?:\S+\s+){0,4}?(?:on|in|into|onto|round|around|along)\s+"
                           r"(?:(?:the|a|an|his|her|their)\s+)?(?:\w+\s+)?(?:swings?|slides?|buggy|pram|pushchair|"
                           r"stroller|wheelchair|trolley|roundabout|go ?karts?|carts?|sledge|sled|toboggan|chair)|"
                           r"to\s+(?!the (?:floor|ground|wall))\w+|into\s+\w+ing\b|(?:too\s+)?hard\b|"
                           r"(?:on|in)\s+(?:a\s+)?(?:race|game))\b")
# Put out of the home: the verb, then the child, then `OUT_OF_HOME` ("out", or out of the house; not out of a room or
# the car, "threw him out of the kitchen for being cheeky")
PUT_OUT = r"(?:threw|throws|throwing|thrown|chucked|chucks|chucking|kicked|kicks|kicking|turfed|turned|put|puts)"
OUT_OF_HOME = r"(?=\s*out\b(?!\s+of\s+(?!(?:the|his|her|their|our)\s+(?:own\s+)?(?:house|home|flat)\b)))"
SHOUTS = (r"(?:shouts?|shouted|shouting|yells?|yelled|yelling|screams?|screamed|screaming|swears?|swore|swearing|"
          r"bellows?|bellowed)\s+at")
ORDINARY = re.compile(r"\b(?:normal|usual|ordinary|like (?:any|all|most) (?:mums?|dads?|parents?)|nothing (?:more|"
                      r"serious|bad|worrying))\b")
PRONOUN_HARMS_PARENT = (r"\b(?:he|she)\s+(?:(?:also|still|always|sometimes|often|keeps|has|had|just)\s+)*"
                        r"(?:hits?|hitting|beats?|beating|hurts?|hurting|slaps?|slapped|punch(?:es|ed)|kick(?:s|ed)|"
                        rf"thumps?|thumped|{PUSHES}|attack(?:s|ed))\s+(?:his|her|their)\s+(?:mum|mam|mom|mummy|"
                        r"mother|dad|daddy|father|step ?(?:mum|dad|mother|father))\b(?!'s|s\b)")

_NO_ONE_HARMS = re.compile(
    r"^(?:no\s+)?(?:no one|no-one|noone|nobody)\s+(?:(?:at|in)\s+(?:(?:her|his|their|the)\s+)?(?:home|house|flat|"
    r"family)\s+)?(?:(?:ever|really)\s+)?(?:hurts|hits|harms|touches|abuses|beats|smacks)\s+(?:her|him|them|"
    r"the (?:child|boy|girl))(?:\s+(?:at home|there|at all|ever))?$")


def no_one_harms(said: str) -> bool:
    """Whether the words (lower case, punctuation gone) are only a denial that anyone harms the child."""
    return _NO_ONE_HARMS.match(said) is not None
