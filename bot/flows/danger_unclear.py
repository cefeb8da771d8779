"""Harm told at "Is a child in immediate danger?" with no word of whether it is now: read as the urgent Not sure,
as `danger_now` reads "they're hitting him" (helper danger6; each was asked again):

- a child hurt with no time said: "he's been beaten up", "she's been punched", "he got kicked in the head". The
  present perfect tells it recent, perhaps minutes ago in the playground, perhaps a disclosure of last week: a DSL
  would ask which, and would not wait for the answer, so it cannot be asked again (the minutes the alert is for) nor
  be a Yes (which says a danger now). "just" makes it now: a Yes. A game, a ball or online ("kicked in football", "hit
  by a ball", "attacked online") or a past time are no such telling.
- hurt earlier today: "she was knocked down by a car this morning", "he had a seizure at lunch". The hurt is hours
  old, the child perhaps still hurt: no Yes, as `danger_now` keeps a past time from one, but no longer asked again.
- a panic attack: "he's having a panic attack", "she's hyperventilating". Distress now that may be more.
- the police or an ambulance called, by whom not said: "the police have been called". Something is happening now;
  what, the teacher has not said.
"""

from __future__ import annotations

import re

from bot.flows.danger_child import CHILD
from bot.flows.danger_earlier import harm_on_a_day_gone, told_on_a_day_gone, without_telling_dated
from bot.flows.danger_negations import not_denied
from bot.flows.danger_now import hurt_told, said_fine_now, told_of_the_past
from intents.rule_words import BREAK, EARLIER_TODAY

_BLOWN = re.compile(
    rf"\b{CHILD}(?:'s|s| has| have|'ve)?\s+(?P<just>just\s+)?(?:been|got|gotten)\s+(?:just\s+)?(?:badly\s+)?"
    r"(?:beaten(?: up)?|beat up|punched|kicked|hit|slapped|smacked|attacked|assaulted|battered|jumped|mugged|"
    r"strangled|choked|headbutted|stamped on|thumped|pushed down|thrown|"
    # (helper danger12; not "tied up", as often busy)
    r"throttled|suffocated|smothered|pinned down|held down)\b"
    # (not sent out, flirted with, given a detention or moved down a list: "kicked out of class", "hit on by a boy")
    r"(?!\s+(?:out|off|on by|with (?:a|an) (?:detention|sanction|ban|fine|exclusion|consequence|letter)|"
    r"(?:down )?(?:the|a) (?:list|queue|table|league|order)|hard by|by (?:the )?(?:news|decision|loss|result|results)))"
    r"(?!(?:\s+\w+){0,6}\s+(?:ball|football|pe|rugby|netball|a game|the game|match|fifa|fortnite|roblox|online|"
    r"on (?:snapchat|tiktok|instagram|whatsapp|facebook|social media)|accident\w*|by accident|tag|play fight\w*|"
    r"playing|messing about|mucking about)\b)")
# A time of today, which `danger_now` reads as the past
_TODAY = re.compile(rf"\b(?:{EARLIER_TODAY}|at (?:{BREAK})|on the way (?:in|to school|into school)|before school)\b")
_PANIC = re.compile(rf"\b{CHILD}(?:'s|s| is| are|'re)?\s+(?:just\s+|still\s+|now\s+)?(?:having|had|got)\s+(?:an?\s+)?"
                    r"(?:bad\s+|big\s+|massive\s+|huge\s+|full blown\s+|severe\s+)?panic attack|"
                    rf"\b{CHILD}(?:'s|s| is| are|'re)?\s+(?:still\s+|now\s+)?hyperventilating\b")
# A child gone with someone the teacher does not name as a stranger ("she's just got into a car with an older man"):
# `danger_now` reads a stranger so as a Yes; this may be her uncle, so the teacher cannot say, but cannot wait either
_CAR_WITH = re.compile(
    rf"\b{CHILD}(?:'s|s| has| have|'ve)?\s+(?:just\s+)?(?:got|gone|getting|get)\s+(?:in|into)\s+"
    r"(?:a|the|his|some|an)\s+(?:\w+\s+)?(?:car|van)\s+with\s+(?:a|an|some|this)\s+(?:\w+\s+)?(?:man|men|guy|bloke|lad|lads|boys|woman|"
    r"adult|someone|somebody|person)\b")
# A child not back, or shut in ("she hasn't come back from the toilet", "he's locked himself in the toilets"), or who
# may have taken something ("he might have taken something", "she's slurring her words")
_NOT_BACK = re.compile(
    rf"\b{CHILD}\s+(?:hasn'?t|has not|haven'?t|have not|never)\s+(?:come|came|got|gotten|been|returned)\s*(?:back\s+)?"
    rf"(?:from|to)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:toilets?|loos?|class|lesson|{BREAK}|playground|field|"
    r"errand|office|bathroom)\b(?!.*\b(?:since|days|weeks|months|term|holidays?)\b)|"
    rf"\b{CHILD}(?:'s|s| has| have|'ve)?\s+(?:just\s+)?locked\s+(?:him|her|them)sel(?:f|ves)\s+in\b|"
    rf"\b{CHILD}(?:'s|s| has| have|'ve|\s+(?:might|may|could|must)\s+have)\s+(?:taken|swallowed|drunk|had)\s+"
    r"something\b(?!\s+(?:from|off|out of|of|that|which|belonging|to (?:eat|drink)))|"
    rf"\b{CHILD}(?:'s|s| is| are|'re)?\s+(?:[\w']+\s+){{0,3}}?(?:slurring|can'?t stay awake|keeps passing out)\b")
_CALLED = re.compile(r"\b(?:the\s+)?(?:police|999|an?\s+ambulance|ambulance|paramedics)\s+(?:has|have|'s|s|'ve)?\s*"
                     r"(?:just\s+)?been\s+(?:called|rung|phoned|contacted|dialled|dialed)\b"
                     # (not about a post, or to a meeting: what they were called for is no danger now)
                     r"(?!\s+(?:about|regarding|re|over|in|for advice|to (?:discuss|talk|do|a meeting)))")


# "she's been hit before at home": what has happened to her, not what is happening
_BEFORE = re.compile(r"\b(?:before|in the past|at (?:her|his|their) old school)\b")


def hurt_unclear(said: str) -> bool:
    """Whether words (lower case, punctuation gone) tell harm with no word of now: the urgent Not sure."""
    if said_fine_now(said) or told_on_a_day_gone(said):  # ("…she told me on monday": harm of days ago)
        return False
    if any(harm_on_a_day_gone(said, m.end()) for m in not_denied(_BLOWN, said)):  # "he got punched on monday"
        return False
    if not told_of_the_past(said):
        return bool((not_denied(_BLOWN, said) and not _BEFORE.search(said)) or not_denied(_PANIC, said)
                    or not_denied(_CALLED, said) or not_denied(_CAR_WITH, said) or not_denied(_NOT_BACK, said))
    # hurt earlier today ("…this morning"), and no other time
    return not told_of_the_past(_TODAY.sub(" ", said)) and hurt_told(said)


def blow_just_struck(said: str) -> bool:
    """Whether a child is told hurt just now ("he's just been punched"): a Yes. A day the child told or was warned
    ("…he told me on monday it would happen") dates the telling, not the blow just struck (review of danger7: it was
    asked again); a day said of the blow itself ("he just got punched on monday") is a blow of days ago."""
    undated = without_telling_dated(said)  # ("…he said last friday they'd do it": the telling's time, not the blow's)
    if told_of_the_past(undated) or said_fine_now(said) or _BEFORE.search(undated):
        return False
    return any((m.group("just") or " just " in m.group()) and not harm_on_a_day_gone(said, m.end())
               for m in not_denied(_BLOWN, said))
