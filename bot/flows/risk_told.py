"""A graver risk to a child told on a report's summary, after its danger question was answered: a child wanting to
die or harming themselves ("he said he wants to kill himself", "she has been cutting herself"), an adult hurting a
child ("his dad also hits him at home", "she is hit by her stepdad"), or sexual harm ("he also told me his uncle
touched him"). Review revT found each asked "Which part?" like a correction on a bullying report answered No: the
danger question was never asked again, and the harm went in as a detail of the bullying.

Only a kind of risk the report does not tell already (in what happened or the child's words): a report that is about
self-harm is not asked its danger question again at every correction that names it. Ordinary corrections ("actually
it was on sunday", "his mum also found more messages on instagram", "they hit him at break") tell none. Each
function reads a whole message and says only what it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.flows.bare_words import plain
from bot.flows.danger_adults import IN_CHARGE
from bot.flows.danger_care import done_for_care
from bot.flows.danger_disclosed import (
    BLOW_AFTER_CARE,
    HARMED_AFTER_A_THING,
    HARMED_AT_HOME,
    LEAVES_A_MARK,
    MARKING,
    SENT_INTO_HARM,
    disclosure_told,
)
from bot.flows.danger_grave import grave_act_told
from bot.flows.danger_harm_acts import CRUEL_ACTS, DONE_TO_THE_CHILD, HARMS
from bot.flows.danger_home_acts import PUSHES
from bot.flows.danger_home_harm import MARK, NOT_SAFE_HOME
from bot.flows.people_named import child_names, names_given
from bot.flows.risk_more_kinds import carer_missing, more_kinds_named
from intents.rule_words import AUNT_UNCLE, CARER, DAD, GRANDPARENT, MUM, STEP_PARENT

_SELF = r"(?:him|her|them|my|your)sel(?:f|ves)"
_ADULT = (rf"(?:{DAD}|{MUM}|{STEP_PARENT}|{AUNT_UNCLE}|{GRANDPARENT}|parents?|{CARER}|(?:mum|mom|"
          r"mother)s? (?:boyfriend|partner)|boyfriend|partner|man|woman|adult|stranger|neighbour|" + IN_CHARGE + ")")
# The blows the danger answer reads (`danger_harm_acts.HARMS`, one list), and a few told only here; not a push or a
# lock, which read alone are as often care or a game ("pushed him on the swing", "locked him out of the xbox"): a child
# locked in or out is a cruel act below
_HURTS = (rf"(?:(?!{PUSHES}|lock){HARMS}|strangl\w*|burning|touch|throws? things at|threw things at)")
# The child hurt, not a part of someone ("his mum hurt her back"), nor something of theirs
_HURT_ONE = (r"(?:him|her|them|(?:the|a|an) (?:child|boy|girl|kids?|children|baby))\b"
             r"(?! (?:back|arm|leg|hand|foot|knee|wrist|ankle|shoulder|neck|feelings|phone|xbox|ipad|tablet|"
             r"account)\b)"
             # nor slang: "hit him up on snapchat" (messaged him), "kicked him off the team" (review revV)
             r"(?! up\b| (?:off|out of) (?:the|his|her|their) (?:team|squad|club|group|chat|game|call)\b)")
_RISKS: dict[str, re.Pattern[str]] = {
    "self_harm": re.compile(
        rf"\b(?:kill(?:s|ed|ing)? {_SELF}(?! laugh\w*)|end (?:his|her|their|my) (?:own )?life|suicid\w*|self ?harm\w*|"
        rf"(?:cut|cuts|cutting|hurt|hurts|hurting|harm|harms|harming|burn|burns|burning) {_SELF}|"
        r"wants? to die|wanted to die|want to be dead|better off dead|overdos\w*|end it all|"
        r"(?:dont|doesnt|does not|do not|didnt) want to (?:be alive|live|be here any ?more))\b"),
    "adult_harm": re.compile(
        rf"\b{_ADULT}\b(?: \w+){{0,3}} {_HURTS} {_HURT_ONE}|"
        # (any other harm an adult does to a child, the child in it: "his dad pinned him down", "mum starves him",
        # "dad pulled her hair", as the danger answer reads them, helper danger13)
        rf"\b{_ADULT}\b(?: \w+){{0,3}} {CRUEL_ACTS}(?! of\b)|"
        rf"\block(?:s|ed)? (?:him|her|them) (?:in|up)\b|"
        rf"\bbruis\w* (?:from|off|by) (?:his|her|their|a|an|the) {_ADULT}\b|"
        # (the dog and then him, bruises from where dad grabbed him: as the danger answer reads them, helper danger14)
        rf"\b{_ADULT}\b(?: \w+){{0,3}} {HARMED_AFTER_A_THING}|"
        # (a blow after a care act: "…to stop him running into the road then smacked him", helper danger15)
        rf"\b{_ADULT}\b(?: \w+){{0,3}} {BLOW_AFTER_CARE}|"
        # (a mark an adult leaves on the child: "her dad leaves bruises on her arms", as the danger answer reads it)
        rf"\b{_ADULT}\b(?: \w+){{0,3}} {LEAVES_A_MARK}|"
        rf"{MARK}(?: \S+){{0,5}}? (?:where|when|after|because|cos) (?:(?:his|her|their|the|a|an) )?{_ADULT}\b"
        rf"(?: \w+){{0,2}}? {MARKING}|"
        rf"\b(?:hit|beaten|hurt|kicked|punched|slapped|abused|touched|burnt|burned|strangled|choked|locked in) "
        rf"by (?:his|her|their|a|an|the)? ?{_ADULT}\b|"
        rf"\b{DONE_TO_THE_CHILD}(?: \w+){{0,3}}? by (?:his|her|their|a|an|the)? ?{_ADULT}\b|"
        # (afraid to go home, or back tonight, as the danger question reads it: a Yes there, helper danger20)
        rf"\b(?:abused|abuse|violence|violent|neglect\w*) at home\b|{NOT_SAFE_HOME}"),
    "sexual": re.compile(
        r"\b(?:touched (?:him|her|them) (?:inappropriately|down there|there|sexually)|(?:touch(?:es|ed|ing)?|"
        r"showed|show) (?:his|her|their|my) (?:private|privates|private parts|willy|penis|vagina|bum)|"
        r"sexual(?:ly)? (?:abus\w*|assault\w*|touch\w*)|sexually|rap(?:e|ed|ing)|molest\w*|"
        r"made (?:him|her|them) touch|inappropriate(?:ly)? touch\w*|porn\w*)\b"),
}
# Read here only as the danger question reads them (`disclosure_told`, helper danger16): an adult's push of the child
# ("her dad pushed her out of the way and she banged her head" was "Which part?" here, urgent there), kept apart from
# `_HURTS` as a push is as often care or a game ("pushed him on the swing", "…out of the way of the car"), which that
# reading tells apart; and he, she or they harming a pet or a thing and then the child ("he kicked the dog and then
# him"), never at school or in a game; and a child harmed at home told in the passive, no doer named ("Jack is being
# hit at home", "his sister gets hit at her dad's", helper danger17: "Which part?" here, the urgent Not sure there);
# and the child, or the pram she is in, pushed or tipped into a road, down stairs or over, by anyone (helper danger19;
# whoever the words name, helper danger20: "a year 6 girl pushed him in front of a car" was "Which part?")
_AS_THE_QUESTION_READS = re.compile(rf"\b{_ADULT}\b(?: \w+){{0,3}} (?:{PUSHES}) {_HURT_ONE}|"
                                    rf"\b(?:he|she|they) (?:\w+ ){{0,3}}?{HARMED_AFTER_A_THING}|{HARMED_AT_HOME}|"
                                    rf"\b{SENT_INTO_HARM}")
# "his uncle touched him": an adult's touching is the adult harm above, read as sexual harm too
_ADULT_TOUCHED = re.compile(rf"\b{_ADULT}\b(?: \w+){{0,3}} touch(?:es|ed|ing)? {_HURT_ONE}")

# Said as the danger question is asked again
DANGER_AGAIN = ("What you typed tells of a risk to a child that this report does not have yet, so please answer "
                "again now: is a child in immediate danger right now?")
DANGER_AGAIN_KEPT = ("Your words are kept, not sent and not left out. Answered Yes or Not sure, they go in this "
                     "report's \u201cWhat happened\u201d, so the alert carries them; answered No, I'll ask where they "
                     "go (this report, or a new concern of their own).")
# After a Yes: the words stay in the report the alert was raised with (see README, helper summary5), so a second
# child named in them is asked to be named where the Headteacher looks first
ANOTHER_CHILD_NAMED = ("They name someone this report does not have: if another child may be in danger, add them "
                       "under Edit: Who is affected, so the Headteacher sees every child this alert is about.")
# Said when the words were written under Who is affected too (`another_child_named`, helper steps4)
ANOTHER_CHILD_ADDED = ("They name someone this report does not have, so I've put your words under Who is affected "
                       "too: the Headteacher sees every child this alert is about. Use Edit: Who is affected to say "
                       "plainly who they are.")


def _told(kind: str, pattern: re.Pattern[str], said: str) -> bool:
    # (a child woken, or caught before the road, is everyday care: "his dad shook him awake", helper danger14)
    return any(kind != "adult_harm" or not done_for_care(said, m.start(), m.end()) for m in pattern.finditer(said))


def risks_named(text: str, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The kinds of grave risk typed words tell: "self_harm", "adult_harm", "sexual", and (`risk_more_kinds`)
    "neglect", "missing", "weapon"; `names`, the report's child's (`child_names`)."""
    said = plain(text)
    found = {kind for kind, pattern in _RISKS.items() if _told(kind, pattern, said)} | more_kinds_named(
        said, names | names_given(text))
    if _ADULT_TOUCHED.search(said):
        found.add("sexual")
    if carer_missing(said):
        found.add("missing")
    # (a grave act whoever did it, a pupil too: "one of the year 6 boys choked him", as the danger answer reads it,
    # helper danger15; read as harm to a child, the kind the report is checked for)
    if grave_act_told(said) or (_AS_THE_QUESTION_READS.search(said) and disclosure_told(said) is not None):
        found.add("adult_harm")
    return frozenset(found)


def new_risk_told(text: str, fields: Mapping[str, str]) -> bool:
    """Words typed on a report's summary (`fields`, its answers) that tell a kind of grave risk the report does not
    tell yet, in what happened or the child's words."""
    names = child_names(fields.get("affected", ""))
    told = risks_named(text, names)
    if not told:
        return False
    report = " ".join(fields.get(part, "") for part in ("what", "disclosure"))
    return bool(told - risks_named(report, names))


def missing_by_a_name_only(text: str, fields: Mapping[str, str]) -> bool:
    """The only risk the words tell is a child missing, read from a name they give alone (`names_given`: "Ellie is
    missing", "ellie is missing"), a child the report does not have. Review revAC found such words raised the URGENT
    alert at once on the summary and under Edit: Kind of concern (`read_danger` reads "<word> is missing" as a danger
    now), for a thing's name read as a child's too ("Location is missing", now no name): the danger question is asked
    instead, and the teacher answers it. So too a parent or carer missing (`carer_missing`: "Mum is missing"), which
    `more_kinds_named` does not read: a child perhaps left alone, asked about, not alerted on a guess."""
    names = child_names(fields.get("affected", ""))
    return risks_named(text, names) == {"missing"} and "missing" not in more_kinds_named(plain(text), names)
