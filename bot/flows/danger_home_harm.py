"""More ways a disclosure of harm at home is told at "Is a child in immediate danger?" (helper danger9, of what review
revY left): each was asked again with no alert, or a plain No, so a child who had told of harm at home waited on a
second answer, or was shown to the DSL as in no danger.

- Who does it said by where they are, not by name: "no, someone at home hurts her", "no but the man she lives with
  hits her", "no the man her mum lives with hits her", "no the man who lives next door hits her" (`AT_HOME_ONE`).
- A parent harmed at home, domestic abuse the child lives with: "no but dad hits mum" (`PARENT_HARMED`).
- A child afraid of family: "he's scared of his dad" (`FEAR`, what may follow `FEARED_THEN`); not "of the dark",
  "of spiders", "of his dad's dog", nor "of his dad finding out about his grades" (asked again, as before).
- A mark said to be someone's doing: "she has bruises and said her dad did it" (`MARK`, `DID_IT`).
- Something thrown at the child: "no his dad threw a chair at him" (`THROWN`); "no dad threw a ball at him" is asked
  again (an adult's game, as "dad hit him with a pillow" is), a pupil's ball a No.
- An incident with family said with no more ("no it was an old incident from 2019 with her dad"): asked again, never a
  plain No; what the incident was the teacher knows, the words do not say (`incident_with`).

`danger_disclosed` builds these into its one reading, so a no before, a not, a past time, play, a younger brother or
a pupil at school are weighed as for every other disclosure.
"""

from __future__ import annotations

import re

from intents.rule_words import DAD, GRANDPARENT, MUM, STEP_PARENT

# A child afraid to go home, or back tonight, which is home ("she's too frightened to go back tonight" was asked
# again, helper danger20: "tonight" is now as `danger_told` reads it, and "back" that night's home); read by
# `danger_told` at the danger question and by `risk_told` on the summary; not after a not ("he isn't scared to go
# home" was a Yes, an URGENT alert), nor a fear now gone ("she's no longer scared to go home", review revAW)
NOT_SAFE_HOME = (r"(?<!not )(?<!n't )(?<!nt )(?<!never )(?<!not too )(?<!n't too )(?<!nt too )(?<!no longer )"
                 r"\b(?:not safe|unsafe|scared|afraid|frightened|terrified|petrified|too scared)\s+"
                 r"(?:to go|of going|to be)\s+(?:back\s+)?(?:home|(?:there\s+)?tonight)\b|"
                 r"\bnot safe (?:at home|tonight)\b|\bcan'?t (?:go|be sent) (?:back\s+)?home\b")

# Someone named by the home they share with the child, not by who they are
AT_HOME_ONE = (r"(?:someone|somebody|a person|people|an adult|adults)\s+(?:at|in)\s+(?:(?:her|his|their|the)\s+)?"
               r"(?:home|house|flat|family)|"
               r"(?:the|a|an)\s+(?:man|woman|lady|guy|bloke|fella|person|people|men|adults?)\s+(?:(?:she|he|they|"
               rf"(?:her|his|their)\s+(?:{MUM}|{DAD}|{STEP_PARENT})|{MUM}|{DAD}|{STEP_PARENT})\s+(?:lives|live|stays|stay|"
               r"is living|is staying|'s living|s living|'s staying|s staying)\s+with|(?:at|in)\s+(?:her|his|their|"
               r"the)\s+(?:home|house|flat)|(?:who|that)\s+(?:lives?|stays?)\s+(?:next door|upstairs|downstairs|"
               r"with (?:her|him|them|us)))")
# A parent as the one harmed ("dad hits mum", "he hits his mum"): not "dad's car", "mums phone"
PARENT_HARMED = rf"(?:(?:his|her|their|the)\s+)?(?:{MUM}|{DAD}|{STEP_PARENT}|{GRANDPARENT})\b(?!'s|s\b)"
FEAR = r"(?:scared|frightened|terrified|petrified|afraid|fearful|scared stiff|too scared)\s+of"
# What may follow the one feared: the end, or a new clause or a harm, never a thing of theirs ("his dad's dog") or
# something else they may do ("his dad finding out")
FEARED_THEN = (r"(?=\s*$|'s\s+(?:temper|anger|rage|belt|fists?|drinking|shouting)\b|\s+(?:and|but|because|cos|cause|"
               r"as|so|since|he|she|they|now|at|when|who|after|if|too|hitting|hurting|beating|touching|smacking|"
               r"kicking|shouting|coming|drinking)\b)")
MARK = r"\b(?:bruis\w*|marks?|cuts?|burns?|injur\w+|black eye|scratch\w*|welts?|swollen|sore)\b"
DID_IT = r"(?:did|done|caused|gave|made|does)\s+(?:it|that|this|them|those|these|her|him)\b"
THROWN = r"(?:threw|throws|throwing|thrown|chucked|chucks|chucking|hurled|hurls|lobbed)"
# The child thrown against something hard (review revAE: "no dad threw her against the wall", "…onto the floor" were a
# plain No, a throw read only "at" someone); a pool or the car is `danger_everyday`'s
FLUNG = r"(?:threw|throws|throwing|thrown|chucked|chucks|flung|flings|hurled|hurls|slammed|slams|slamming)"
AGAINST_A_HARD_THING = (r"\s+(?:\S+\s+){0,2}?(?:against|into|in to|onto|on to|on|to|down|across|at)\s+"
                        r"(?:(?:the|a|his|her|their)\s+)?(?:walls?|floor|ground|doors?|stairs|steps|radiator|table|"
                        r"fridge|wardrobe|window|cupboard|pavement|concrete|room)\b")
_INCIDENT = r"\b(?:incident|something happened|it happened|what happened)\b(?:\s+\S+){0,4}?\s+with\s+"


def incident_with(who: str) -> re.Pattern[str]:
    """An incident said to be with someone (`who`, a pattern with a group "who"), with nothing said of what it was."""
    return re.compile(_INCIDENT + rf"(?P<who>{who})\b(?!'s|s\b)")
