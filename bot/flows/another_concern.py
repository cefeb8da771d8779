"""A second, unrelated concern typed on an open report's summary ("also a different thing — a parent posted abuse
about Mrs Khan on facebook"), told from a correction to the report shown ("it was on instagram not facebook", "his
mum also posted about it").

It could only be taken as a change to the first report, so the two went to the Headteacher as one. Such words get a
plain choice instead (`concern_report`): add them to this report, or keep it as it is and report them separately once
it is sent or saved. Asked only of words the intents read as a report (the caller says so) that either say they are
something else ("another thing", "separately", "unrelated") or, shaped as no correction and referring back to nobody
in the report nor telling what was done about it, name two of a platform, a kind of concern and a person the report
does not have. Anything else is asked
which part it changes, as before. Each function reads a whole message and says only what it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.flows.bare_words import plain
from bot.flows.concern_wording import kinds_named
from bot.flows.people_named import capitalised_names, names_inside, titled_names
from bot.flows.risk_told import new_risk_told
from bot.flows.same_incident import same_incident
from bot.flows.summary_words import may_be_for

# The choices' button values (before the words' token), and what the question says
ADD_HERE, SEND_NEW, ASIDE_NEW = "here", "sendnew", "asidenew"
ANOTHER_QUESTION = "Is this part of this report, or a new concern?"
ANOTHER_HELP = ("What you typed reads like a different concern from the report shown, so it is not in it yet. Add it "
                "to this report, or keep this report as it is and report the new concern on its own: send this "
                "report first, or save it for later (type undo to come back to it). Don't change anything leaves "
                "your words out.")
ANOTHER_NOT_SENT = ("Your report hasn't been sent: what you typed is waiting. To send this report and then report the "
                    "new concern on its own, choose Send this report, then a new one.")
# A pause ("wait", "dont send yet", "also" alone) while the question waits: said in its own choices, as "Which part?"
# has PART_STILL (its "choose the part it changes" sent the teacher looking for part buttons this question lacks)
# Cancel or back typed there: the words are kept, as they may be a second child's disclosure (they were left out, and
# the teacher told so, but a disclosure then reached no report)
ANOTHER_KEPT = ("What you typed is still waiting, so nothing it tells is lost: choose Add it to this report, or "
                "report it as a new concern (send or save this report first). Don't change anything leaves it out; "
                "to cancel the whole report, choose that first, then Cancel.")
ANOTHER_STILL = ("What you typed is still waiting: choose Add it to this report, or report it as a new concern "
                 "(send or save this report first), or Don't change anything.")

# Said to be something else: "also a different thing", "another concern", "separately", "unrelated but…"
_SAID_OTHER = re.compile(
    r"\b(?:(?:a |an )?(?:different|separate|seperate|second|another|other|new|unrelated) (?:thing|concern|issue|"
    r"matter|incident|report|problem|child|pupil)s?|something (?:else|different|unrelated)|separately|seperately|"
    r"unrelated|not (?:related|connected) to (?:this|that|the above|the report)|on another note|"
    r"while i(?:m| am) (?:here|at it))\b")
# A correction of the report shown: "not facebook", "actually it was…", "should be", "I meant", "instead"
_CORRECTS = re.compile(r"\b(?:not|actually|sorry|instead|meant|should be|should say|wrong|mistake|correction|"
                       r"rather than|change|changed|update|typo)\b|^(?:it|its|that|thats|this) (?:was|is|were)\b")
# Referring back to the report's own people or words: "about it", "his mum", "they also", "too", "the same group"
_REFERS_BACK = re.compile(
    r"^(?:and |also |oh and |plus )*(?:he|she|they|his|her|their|it|its|this|that|them|him|the same)\b|"
    r"\b(?:about (?:it|this|that|him|her|them)|(?:he|she|they) (?:also|then|later)|too|as well|again|the same|"
    r"(?:the|that|this|those|these) (?:group|chat|messages?|post|posts|video|photo|picture|screenshots?|account|"
    r"girl|boy|child|pupil|kids?|children|pupils))\b")
_PLATFORM = re.compile(
    r"\b(?:whatsapp|facebook|fb|instagram|insta|tik ?tok|snapchat|snap|twitter|youtube|discord|roblox|minecraft|"
    r"fortnite|messenger|threads|telegram|twitch|reddit|x)\b")
_PLATFORM_SAME = {"fb": "facebook", "insta": "instagram", "snap": "snapchat", "tik tok": "tiktok", "x": "twitter"}
# A year group named ("year 6", "Y5")
_YEAR = re.compile(r"\b(?:year|yr|y) ?(\d{1,2})\b", re.I)


def another_concern(text: str, fields: Mapping[str, str], read_as_report: bool) -> bool:
    """Words typed on a report's summary that read as a concern of their own, not a change to this report
    (`fields`, its answers; `read_as_report`: the intents read the words as a report, or as telling of harm)."""
    if new_risk_told(text, fields):  # a graver harm than the report tells ("his dad also hits him"): its own concern
        return True
    if not read_as_report:
        return False
    said = plain(text)
    if _SAID_OTHER.search(said):
        return True
    if (_CORRECTS.search(said) or _REFERS_BACK.search(said) or _DID_IT.search(said) or may_be_for(text, "actions")
            or _names_the_reports(text, fields) or same_incident(text, fields)):
        return False
    report = " ".join(fields.values()).lower()
    # two of the three, as one alone is often this report's own detail ("i rang her mum" names a parent)
    return _other_platform(said, report) + _other_kind(text, fields) + _other_person(text, report) >= 2


# "also a different thing — ", "another concern: ", "separately, ": how the words were put, not what happened
_LEAD_IN = re.compile(r"^\W*(?:(?:also|and|oh|ok|okay|plus|so|sorry|but|one more thing)\W+)*(?:(?:a |an )?(?:different|"
                      r"separate|seperate|second|another|other|new|unrelated) (?:thing|concern|issue|matter|one)s?|"
                      r"something (?:else|different|unrelated)|separately|seperately|unrelated(?: but)?|"
                      r"on another note)(?: (?:to report|too|as well|also))?\s*(?:[\u2014\u2013:,;.-]+|\s-\s)\s*",
                      re.I)


def told_alone(text: str) -> str:
    """The words of another concern without how they were put to the bot ("also a different thing — "), to begin
    its own report with; as typed where that leaves too little."""
    rest = _LEAD_IN.sub("", text.strip(), count=1)
    return rest[:1].upper() + rest[1:] if len(rest.split()) >= 3 else text.strip()


# Who did what the report tells: "Jake Smith in year 6 started it on snapchat" is this report's, not another
_DID_IT = re.compile(r"\b(?:started|did|began|begun|is behind|was behind|(?:set|sets|setting) up) it\b")


def _names_the_reports(text: str, fields: Mapping[str, str]) -> bool:
    """The words name someone the report already has ("Sam's mum also found messages on instagram from Leo in Year
    6", on a report about Sam): more of this concern, however much else is new. A name is looked for in who is
    affected or responsible, and, unless it is the message's first word (often only capitalised as such), anywhere
    in the report, as written."""
    people = f"{fields.get('affected', '')} {fields.get('responsible', '')}"
    report = " ".join(fields.values())
    if any(re.search(rf"\b{re.escape(name)}\b", report, re.I) for name in titled_names(text)):
        return True
    for name, first in capitalised_names(text):
        within = people if first else f"{people} {report}"
        if re.search(rf"\b{name}\b", within):
            return True
    return False


def _platforms(words: str) -> set[str]:
    return {_PLATFORM_SAME.get(p, p).replace(" ", "") for p in _PLATFORM.findall(words)}


def _other_platform(said: str, report: str) -> bool:
    named = _platforms(said)
    return bool(named) and not named & _platforms(plain(report))


def _other_kind(text: str, fields: Mapping[str, str]) -> bool:
    named = kinds_named(text)
    return len(named) == 1 and named[0] != "other" and named[0] != fields.get("category")


def names_someone_new(text: str, fields: Mapping[str, str]) -> bool:
    """Words that name a person (a name, a title, a year group) the report's answers (`fields`) do not have."""
    return _other_person(text, " ".join(fields.values()).lower())


def _other_person(text: str, report: str) -> bool:
    people = titled_names(text) | names_inside(text)
    years = set(_YEAR.findall(text))
    return any(p not in report for p in people) or bool(years - set(_YEAR.findall(report)))


# The choice typed in words: add them to this report, send this one first, save it for later, or "a new one" (which
# of send or save is still to say)
_ADD_HERE = re.compile(r"(?:(?:yes|yeah|ok|okay|please|just)[ ,]+)*(?:add(?: it| that| them)?(?: to (?:this|the|my) "
                       r"(?:one|report))?|(?:put it )?in this (?:one|report)|(?:(?:its|it is) )?(?:part of )?"
                       r"(?:this|the same) (?:one|report|concern)|same (?:one|report|concern)|"
                       r"(?:its|it is|thats|that is) (?:the )?same(?: thing| incident| one| child| kid)?|"
                       r"(?:the )?same(?: thing| incident| child| kid)?)(?:[ ,]+please)?")
_THIS = r"(?: it| this| this one| this report| the (?:first )?report| the first one)?"
_THEN_NEW = r"(?:[ ,]+(?:and|then|&)(?: then)?(?: start| make| do| begin)?(?: a)? new(?: one| report)?)?"
_SEND_FIRST = re.compile(rf"(?:(?:yes|ok|okay|please)[ ,]+)*(?:send|submit){_THIS}(?: first| now)?{_THEN_NEW}"
                         r"(?:[ ,]+please)?")
_SAVE_FIRST = re.compile(rf"(?:(?:yes|ok|okay|please)[ ,]+)*(?:(?:save|park){_THIS}(?: aside)?|"
                         rf"(?:set|put){_THIS} aside)(?: for later| for now| till later)?{_THEN_NEW}(?:[ ,]+please)?")
_NEW_ONE = re.compile(r"(?:(?:yes|ok|okay|please)[ ,]+)*(?:(?:start |make |do )?(?:a )?(?:new|separate|seperate|"
                      r"different|second|another)(?: one| report| concern)?|(?:its |it is |its a |it is a )?"
                      r"(?:new|separate|different) (?:one|report|concern)|(?:its|it is|thats|that is|this is) (?:a )?"
                      r"(?:separate|seperate|different|new|another)(?: thing| one| concern| issue| incident| matter)?)"
                      r"(?:[ ,]+please)?")


# "No" to "Is this part of this report?": not part of it, so a new concern (which way still to say), never the words
# left out, as "no" leaves words out at "Which part should this change?" (a child's disclosure was dropped so)
_NOT_PART = re.compile(r"(?:no|nope|nah|no thanks|not really)(?:[ ,]+(?:its|it is|it isnt|it is not|its not|not|"
                       r"isnt|thats|that is|this is|a|part of (?:it|this|this one|this report|the report)|"
                       r"(?:a )?(?:new|separate|seperate|different|second|another)(?: one| report| concern)?|"
                       r"please|thanks))*|not (?:part of )?(?:it|this|this one|this report|the same(?: one| report| "
                       r"concern)?)")


def choice_said(text: str) -> str | None:
    """What typed words choose for a second concern: "here" (add to this report), "send" (send this one, then a new
    one), "aside" (save this one for later, start a new one), "new" (a new one, not yet said which way), or None."""
    said = plain(text)
    for choice, pattern in (("here", _ADD_HERE), ("send", _SEND_FIRST), ("aside", _SAVE_FIRST), ("new", _NEW_ONE),
                            ("new", _NOT_PART)):
        if pattern.fullmatch(said):
            return choice
    return None
