"""Words typed at "Is a child in immediate danger?" that tell a danger now, rather than answer yes, no or not sure:
"should i call police hes outside school now?", "he's here now", "she's with him right now", "she's not safe to go
home tonight". A Designated Safeguarding Lead reads such words as a yes: asking the question again costs the minutes
the alert exists to save. A danger that may be there now ("he might be outside school now", "is the man still at the
gate?") is a not sure, urgent too: the teacher cannot say no, and a false no leaves a child unseen. Only the present
is read so: a man at the gate last week, or a child who is with her dad at weekends, tells of no danger now and is
asked again as before; so is a child with their family, or a parent at school, with no threat told of them
(`danger_kin`), and someone there the teacher says they know ("…it's the caretaker", `danger_known`).
"""

from __future__ import annotations

import re
from typing import Literal

from bot.flows.danger_adults import ADULT as _ADULT
from bot.flows.danger_adults import PERSON as _PERSON
from bot.flows.danger_earlier import without_telling_dated
from bot.flows.danger_gone import gone_with_someone
from bot.flows.danger_home_harm import NOT_SAFE_HOME
from bot.flows.danger_kin import KIN, only_family
from bot.flows.danger_known import known_adult_named
from bot.flows.danger_negations import with_apostrophes
from bot.flows.danger_now import harm_may_be_now, harm_now, outside_harm
from bot.flows.danger_order import order_broken_now
from bot.flows.danger_taken import taken_from_school
from bot.flows.danger_threat import AT_THE_GATE_NOW, MAY_COME, PAST, TOLD_NOW
from bot.flows.danger_typos import NO_TYPED
from bot.flows.danger_unclear import blow_just_struck, hurt_unclear
from bot.flows.danger_unsafe import self_harm_not_said_now, unsafe_told
from bot.flows.danger_weapon import weapon_or_intruder
from intents.rule_words import BREAK

DangerTold = Literal["yes", "not_sure"]

_NOW = r"(?:now|right now|rn|at the moment|atm|currently|still|as we speak|as i type|tonight|today|this minute)"
_BE = r"(?:'s|s|'re|re| is| are)"  # "he's", "hes" as thumbed, "they're", "he is"
# A danger that may be there now: "he might be outside", "the man could still be in reception", "he'll be waiting"
_MAY_BE = r"(?:\s+(?:might|may|could|must|will|would)(?:\s+still)?\s+be|'ll(?:\s+still)?\s+be)"
_BE_OR_MAY = rf"(?:{_BE}|{_MAY_BE})"
_MAY = re.compile(_MAY_BE)
_WHO_FROM = r"(?:\s+(?:who|that|from)(?:\s+\w+){1,4}?)?"  # "the man who messaged her", "the man from the park"
# Not "in reception" (a child's class in an infant school), "in the playground" or "at the office", where a pupil is
# as often as anyone
_WHERE = (r"(?:outside|at|by|near|around|round|in front of)\s+(?:the\s+|our\s+|her\s+|his\s+|their\s+|my\s+|"
          r"a\s+)?(?:school\s+)?(?:gates?|door|front door|doors|fence|railings|reception|car ?park)")
# Someone there, or their car ("there's a man by the gate now"), not a thing ("there's a puddle by the gate" raised an
# URGENT alert, helper danger6): a person by any word a teacher uses, with a word before it ("an older man")
_ONE_THERE = (rf"(?:\w+\s+)?(?:{_ADULT}|{KIN}|men|women|people|lads?|teenagers?|youths?|gang|group|crowd|car|van|"
              r"vehicle|male|female|individual|boys|girls)\b")
# Somewhere a threat stands now: at the school's gate or door, outside the school or the child's home, on site, here
_THERE_NOW = re.compile(
    # (the one feared named by what they did or where from: "the man who messaged her is outside the school now")
    rf"\b(?:{_PERSON}{_WHO_FROM}{_BE_OR_MAY}|there{_BE_OR_MAY}\s+(?:(?:a|an|some|this|that|the)\s+{_ONE_THERE}|someone|"
    r"somebody))"
    r"\s+(?:still\s+|now\s+|currently\s+|just\s+|right\s+)?(?:(?:standing|waiting|parked|sat|sitting|"
    r"hanging around|hanging|"
    r"shouting|banging|trying to get in)\s+)?"
    rf"(?:here\s+(?:again\s+)?{_NOW}\b|here\s+(?:shouting|demanding|trying|banging|asking for|wanting)\b|"
    rf"{_WHERE}\b|outside\s+(?:the\s+|our\s+|her\s+|his\s+|their\s+)?(?:school|house|home|flat|class)\b|"
    rf"outside\s+{_NOW}\b|on (?:site|the premises|school grounds)\b|"
    r"(?:waiting|hanging around)\s+(?:for|outside|at)\b)")
# A child with the one feared, now: "she's with him right now", "he is alone with the uncle tonight"
_WITH_NOW = re.compile(
    rf"\b(?:{_PERSON}|child|girl|boy|pupil|kid|son|daughter){_BE_OR_MAY}\s+(?:still\s+)?"
    r"(?:alone\s+|at home\s+|in the car\s+|going home\s+|leaving\s+)?"
    r"with\s+(?!me\b|us\b|staff\b|(?:the )?police\b|(?:a |her |his |the )?social worker\b|"
    r"the (?:dsl|head|office|teacher|ta)\b|(?:a|her|his|their|the class) teacher\b|"
    rf"mrs?\b|miss\b|ms\b)\S+(?:\s+\S+){{0,3}}?\s+{_NOW}\b")
# Outside, said of an adult, or of he or she still there: "a man is outside", "the guy might be outside", "he's still
# outside" (he or she outside with no more is as often the child at play)
_OUTSIDE = re.compile(rf"\b(?:(?:{_ADULT}{_WHO_FROM}{_BE_OR_MAY}|there{_BE_OR_MAY}\s+(?:a|an|some|this|that|the)\s+"
                      r"(?:man|woman|guy|bloke|stranger|person|lady|car|van)|there{_BE_OR_MAY}\s+(?:someone|somebody))"
                      r"\s+(?:now\s+|just\s+)?(?:still\s+)?|"
                      rf"(?:he|she|they)(?:{_BE}\s+still|\s+(?:might|may|could|must)\s+still\s+be|'ll\s+still\s+be)\s+)"
                      r"outside\b")
_TAKEN = re.compile(r"\b(?:he|she|they|someone|somebody)(?:'s|s| has| have|'ve)\s+(?:just\s+)?(?:taken|got)\s+"
                    r"(?:her|him|them)\s*(?:away|now|$)")
# Someone demanding or trying to take a child, or to get in, or refusing to leave: "his uncle is in reception demanding
# to take him", "someone is trying to get into the building". Only a child taken, and only a way into a place (not "into
# her account"); and refusing to leave only of an adult, a pupil refusing to go to class being no danger
_A_CHILD = (r"(?:him|them|her(?=\s*$|\s+(?:now|home|away|out|from|off|with|and|but|right|today|tonight|back|"
            r"there|here)\b)|the (?:child|kids?|boy|girl|pupil)|(?:his|her|their) (?:son|daughter|kids?|children|"
            r"child|grandson|granddaughter|niece|nephew))\b")
_DEMANDING = re.compile(
    rf"\b{_PERSON}{_BE_OR_MAY}\s+(?:[\w']+\s+){{0,5}}?(?:(?:demanding|insisting on|threatening)\s+(?:to\s+)?"
    rf"(?:take|taking|collect|collecting|see|seeing|get|getting)\s+{_A_CHILD}|"
    rf"trying to (?:take|grab|snatch|get hold of)\s+{_A_CHILD}|trying to (?:get|break|force (?:a|their|his|her) way)\s+"
    r"(?:in\b|into (?:the |our |her |his |their )?(?:school|building|house|home|flat|classroom|class|office|reception|"
    rf"site|playground)\b))|\b{_ADULT}{_BE_OR_MAY}\s+(?:[\w']+\s+){{0,5}}?refus(?:ing|es) to (?:leave|go)\b")
# An adult somewhere inside school, told beside a threat ("her dad is in the office shouting", "a man is in the
# playground now"): a pupil is in reception or the playground as often, so he or she there is not read so
_IN_SCHOOL = re.compile(
    rf"\b{_ADULT}{_WHO_FROM}{_BE_OR_MAY}\s+(?:still\s+|now\s+)?(?:in|inside|on|at)\s+(?:the\s+|our\s+)?"
    r"(?:reception|school office|office|front desk|playground|car ?park|building|school|hall|corridor|classroom|"
    r"site|field|grounds)\b")
# The teacher asking whether the one feared is still there: "is the man still at the gate?", "is he still outside?",
# "could he be at the gate now?", "is she still with him?". Whoever asks it cannot say no, so it is read as not sure
# (urgent), never asked again while he may be at the gate; he or she asked about only with still or now (the child is
# as often he or she), and never inside school ("is she still in reception?")
_ASKED_THERE = re.compile(
    rf"\b(?:is|are|could|might|may)\s+(?:(?:the|that|this|a|her|his|their)\s+)?(?P<who>{_PERSON}){_WHO_FROM}\s+"
    rf"(?:still\s+|now\s+)?(?:be\s+)?(?:still\s+)?(?:here|there|around|outside|{_WHERE}|(?P<inside>in\s+(?:the\s+)?"
    r"(?:reception|office|playground|car ?park|building|school)))\b|"
    r"\b(?:is|are)\s+(?:he|she|they)\s+still\s+with\s+(?!me\b|us\b|staff\b|(?:a|her|his|their|the)\s+(?:class\s+)?"
    r"teacher\b|mrs?\b|miss\b|ms\b)[\w']+(?:\s+[\w']+){0,2}")
_PRONOUN = frozenset({"he", "she", "they"})
_NOT_SAFE_HOME = re.compile(NOT_SAFE_HOME)
# Asking whether to call the police or 999 about now; 999 asked about alone is the emergency line, so at least unsure
_CALL = r"(?:call|ring|phone|dial|get|contact)(?:ing)?\s+(?:the\s+)?"
_CALL_NOW = re.compile(rf"\b{_CALL}(?:police|999|ambulance|cops)\b.*\b{_NOW}\b|\b{_NOW}\b.*\b{_CALL}(?:police|999)\b")
_CALL_999 = re.compile(rf"\b{_CALL}999\b")
_CALLED = re.compile(r"\b(?:i'?ve|i have|we'?ve|we have|someone'?s|someone has)\s+(?:just\s+)?(?:called|rung|rang|"
                     r"phoned|dialled|dialed)\s+(?:the\s+)?(?:police|999|an ambulance)\b")
# Said just before or within a telling, these make it no danger now: "we don't need to call 999", "he isn't outside"
_NOT = re.compile(r"\w+n't\b|\b(?:not|dont|didnt|isnt|wasnt|arent|wont|doesnt|hasnt|havent|no need|never|"
                  r"no longer)\b")
# A habit, not the present: "he waits outside school every morning", "she's with her dad at weekends"
_HABIT = re.compile(r"\b(?:every|always|usually|often|sometimes|most days|used to|weekends?|each)\b")
_BEFORE = 25  # characters before a telling read for a not ("we don't need to call the police now")
_AFTER = 20  # and after it for who the child is with ("she's still outside with her mum")
# The child said to be safe now ("she's here with me now, she's safe"): no danger told, whatever else is
# (not after a not: "she isn't safe", "he doesn't feel safe" tell the opposite)
_SAFE = re.compile(r"(?<!not )(?<!never )(?<!isn't )(?<!isnt )(?<!aren't )(?<!arent )(?<!n't feel )(?<!nt feel )"
                   r"\b(?:safe(?! to\b)|with me|with us)\b")
# Where a child is, or an adult has come, for an ordinary reason ("he's outside now at play", "she's at the gate now
# waiting for mum", "mum is here now for a meeting", "he's here now, came in late"): he or she at this question is
# as often the child, and these raised an URGENT alert; asked again, unless a threat is told beside it
_ORDINARY = re.compile(rf"\b(?:play(?:ing)?|{BREAK}|pe|games|football|"
                       r"(?:on|in) the (?:field|playground|yard|hall)|with (?:the |her |his |their |my )?(?:ta|tas|"
                       r"teachers?|class|staff|office|senco|dsl|head|mrs? \w+|miss \w+|ms \w+)|pick(?:ed|ing)? "
                       r"(?:\w+ )?up|pick ?up|collect\w*|school run|meeting|parents evening|appointment|dentist|"
                       r"doctors?|sign(?:ed|ing)? (?:\w+ )?out|late|as normal|as usual|waiting for (?:(?:her|his|their|"
                       rf"my) )?(?:{KIN}|lift))\b")
# (a man or a stranger is no ordinary visitor: "the man from the park is at the gate now, he was there at lunch too")
# (and what makes family told of a danger: "she's with her mum now and mum is the one hurting her")
_THREAT_TOLD = re.compile(
    r"\b(?:shout\w*|screaming|kicking off|bang\w*|trying to (?:get in|take|grab|snatch)|not allowed|"
    r"(?:should|must)(?:n'?t| not) be|refus\w+|drunk|aggressive|threaten\w*|scared|afraid|frightened|"
    r"terrified|crying|demanding|insisting|won'?t (?:leave|go)|wont (?:leave|go)|no contact|"
    r"court order|injunction|police|999|hanging around|lurking|watching|follow\w*|filming|photos|"
    r"alcohol|slurring|knife|weapon|hits?|hitting|hurt\w*|harm\w*|abus\w*|violen\w*|beat(?:s|ing|en)?|smack\w*|"
    r"slap\w*|punch\w*|the one|alone|grab\w*|took|taken|stranger)\b")
# (a man named is a threat too, unless the teacher says who he is: `danger_known`)
_THREAT = re.compile(rf"{_THREAT_TOLD.pattern}|\b(?:man|woman|guy|bloke)\b")
_NO_FIRST = re.compile(rf"(?:{NO_TYPED.pattern}|n)\b")  # "no", "nope", and as thumbed ("nah", "noo")
_BUT = re.compile(r"\b(?:but|though|although|however)\b")
_UNSURE = re.compile(r"\b(?:not sure|unsure|maybe|might|may be|could be|possibly|perhaps|i think|don'?t know|idk)\b")


def _words(text: str) -> str:
    # ("dont" given its apostrophe: "i dont think hes being hit" was a Yes, its not unread, `danger_negations`)
    return with_apostrophes(" ".join(re.sub(r"[^\w\s']", " ", text.lower().replace("\u2019", "'")).split()))


def danger_told(text: str) -> DangerTold | None:
    """How words typed at the danger question answer it when they tell rather than answer: "yes" (a danger now),
    "not_sure" (a danger now told beside a no or a doubt, one that may be there now, asked about, or beside a child
    said to be safe, or 999 asked about with no now: the flow's not sure, which is urgent too), or None (no danger
    now told: asked again as before)."""
    said = _words(text)
    # ("…he told me at the weekend": the time of a telling, no habit)
    if _HABIT.search(without_telling_dated(said)):
        return None
    threat = _THREAT.search(said) is not None
    # Harm told as now ("she can't breathe", "she's meeting a man she met online tonight"): before the child said to
    # be safe, as the teacher with an injured child ("she's with me, she can't breathe") tells no safety
    if (harm := harm_now(said, threat)) is not None:
        unsure = (_NO_FIRST.match(said) or _UNSURE.search(outside_harm(said))
                  or (harm == "other" and _SAFE.search(said)))
        return "not_sure" if unsure else "yes"
    if blow_just_struck(said):  # "he's just been punched": as `danger_now` reads an adult's blow just struck
        return "not_sure" if _NO_FIRST.match(said) or _UNSURE.search(said) else "yes"
    if _SAFE.search(said):  # the child said to be safe: only a threat there now beside it is told (not sure)
        return "not_sure" if _told_beside_safe(said, threat) else None
    if _told(said, _CALLED, threat):
        return "yes"
    ordinary = _ORDINARY.search(said) is not None and not threat
    # Someone there the teacher says they know ("there's a man at the gate now, it's the caretaker"), no threat told
    # of them: where they are tells no danger (asked again); what they do still may ("…demanding to take her")
    known = known_adult_named(said) and not _THREAT_TOLD.search(said)
    there = () if known else (_THERE_NOW, _WITH_NOW, _OUTSIDE, *((_IN_SCHOOL,) if threat else ()))
    told_now = (_TAKEN, _CALL_NOW) if ordinary else (*there, _TAKEN, _CALL_NOW, _DEMANDING)
    tellings = [m for p in told_now for m in _tellings(said, p, threat)]
    if not ordinary and not PAST.search(said):  # each of these a threat in itself, of family too ("stepdad…")
        tellings += [m for p in TOLD_NOW if not (known and p is AT_THE_GATE_NOW) for m in _tellings(said, p, True)]
    # (a weapon held by anyone or an intruder, "the man at the gate has a knife", `danger_weapon`)
    if (tellings or _NOT_SAFE_HOME.search(said) or unsafe_told(said) or order_broken_now(said)
            or weapon_or_intruder(said) or taken_from_school(said)):
        # (one that only may be there, "the man will be waiting outside at home time", is not sure)
        # (and self-harm told with no word of now, "he's self harming": is it happening now? a DSL would ask)
        maybe = ((bool(tellings) and all(_MAY.search(m.group()) for m in tellings) and not unsafe_told(said))
                 or (not tellings and self_harm_not_said_now(said))) and not _NOT_SAFE_HOME.search(said)
        return "not_sure" if _NO_FIRST.match(said) or _UNSURE.search(said) or maybe else "yes"
    asked_there = not known and _asked_there(said, threat)
    if not ordinary and (asked_there or (not PAST.search(said) and _told(said, MAY_COME, True))):
        return "not_sure"
    # (hurt with no word of now, "he's been beaten up", or earlier today; a panic attack; the police called:
    # `danger_unclear`)
    # (a child gone with a man not named, "he's gone off with a man": `danger_gone`)
    return "not_sure" if (_told(said, _CALL_999, threat) or harm_may_be_now(said) or hurt_unclear(said)
                          or gone_with_someone(said)) else None


def _tellings(said: str, pattern: re.Pattern[str], threat: bool) -> list[re.Match[str]]:
    """The pattern found in the words with no not within or just before it, and not of family alone (in it or just
    after it) unless a threat is told too ("she's with her mum now" is where she is; "…and mum is the one hurting her"
    is a danger)."""
    return [m for m in pattern.finditer(said) if not _NOT.search(said[max(0, m.start() - _BEFORE):m.end()])
            and (threat or not only_family(said[m.start():m.end() + _AFTER]))]


def _told(said: str, pattern: re.Pattern[str], threat: bool) -> bool:
    return bool(_tellings(said, pattern, threat))


def _asked_there(said: str, threat: bool) -> bool:
    """Whether the one feared is still there, asked ("is the man still at the gate?")."""
    now = re.search(rf"\b(?:still|{_NOW})\b", said) is not None
    return any(m.group("who") not in _PRONOUN or (now and not m.group("inside"))
               for m in _tellings(said, _ASKED_THERE, threat))


def _told_beside_safe(said: str, threat: bool) -> bool:
    """A threat there now told beside a child said to be safe ("she's safe at school but he's outside the gate now",
    "she's with me but the man is still at the gate"): he or she counts only after a but, being as often the child
    ("he's here now, he's safe with me")."""
    patterns = (_THERE_NOW, _WITH_NOW, _OUTSIDE, _DEMANDING, *((_IN_SCHOOL,) if threat else ()))
    return any(m.group().split()[0].split("'")[0] not in _PRONOUN or _BUT.search(said[:m.start()])
               for p in patterns for m in _tellings(said, p, threat)) or _asked_there(said, threat)
