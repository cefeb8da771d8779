"""A teacher's own next step typed as the *When?* answer ("tomorrow I'll speak to her dad", "gonna ring the parents
later"): a plan, not when it happened. Kept as When it read "When: tomorrow I'll speak to her dad", undated, and the
incident's date was never asked (helper steps3's item 3). Noted instead under *What has been done already?*, marked
so that step's own answer joins it rather than replacing it, and When asked again, once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.flows.concern_draft import Draft, Step, Transition
from bot.flows.concern_prompts import prompt
from bot.messages import OwnWords, Reply
from intents.rule_words import CARER, DAD, MUM, STEP_PARENT, WIDER_FAMILY

# Begins each plan line under What has been done already: a DSL reads it as a plan, and `only_plans` knows the answer
# there is only what was noted at When (a teacher's own account never begins so)
PLAN_MARK = "Plan (typed at When): "
NOTED_PLAN = ("Thanks \u2014 I've noted your plan under \u201cWhat has been done already\u201d, so it goes with "
              "the report. Now, when did it happen?")

# The teacher (or the school) saying what they will do: first person, or no subject at all ("gonna ring", "will call")
_WILL = (r"(?:(?:i|we)\s*(?:'?ll|\s+will|\s+shall)|(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:going\s+to|gonna|planning"
         r"\s+to|about\s+to)|(?:i|we)\s+(?:plan|need|have|intend|want)\s+to|(?:i|we)\s+must|gonna|going\s+to|"
         r"will|planning\s+to|plan\s+to)")
_DOING = (r"(?:call|ring|phone|speak|talk|email|e-?mail|meet|see|tell|contact|message|text|write|follow|check|chat|"
          r"catch|inform|let|report|raise|pass|mention|discuss|update|log|record|send|ask|visit|invite|have\s+a\s+word|"
          r"get\s+in\s+touch|arrange|book|set\s+up|sit\s+down|go\s+through|look\s+into|refer|notify|flag)")
_PLAN = re.compile(rf"\b{_WILL}\s+(?:(?:also|then|probably|definitely|just|try\s+to|be|first)\s+)*{_DOING}\b")
# "I", "we" or "us" said: the teacher's (or the school's) own plan, whatever the step
_FIRST_PERSON = re.compile(r"(?:i|we|im)\b")
# Without a subject ("going to meet this man on friday", "gonna send him more pics") the words are as often the child's
# or another's plan told in short, a threat whose time is When's answer: a plan only with a step none but a teacher
# takes in a report, or with someone a teacher would contact named just after (review revAR)
_TEACHERS_STEP = re.compile(r"(?:call|ring|phone|email|e-?mail|contact|inform|notify|refer|log|record|raise|flag|"
                            r"follow|update|discuss|look\s+into|check|have\s+a\s+word|get\s+in\s+touch)\b")
_CONTACTED = re.compile(rf"^(?:\S+\s+){{0,4}}?(?:the\s+|his\s+|her\s+|their\s+|my\s+)?(?:{MUM}|{DAD}|"
                        rf"{STEP_PARENT}|parents?|{CARER}|family|home|{WIDER_FAMILY}|foster|teachers?|tutor|dsl|"
                        r"deputy|head|headteacher|slt|senco|safeguarding|pastoral|police|social\s+worker|office|staff|colleagues?|hoy|"
                        r"head\s+of\s+year)\b")
# "we'll see", "I'll let you know", "I'll check and get back to you": no plan to note, only not knowing yet (a check
# with someone or of something named is a step a DSL would want: "I'll check with mum")
_NO_PLAN = re.compile(r"(?:see|let)(?:\s+you\b.*)?|check(?:\s+and\s+(?:(?:get|come)\s+back|let\s+you\s+know)\b.*)?")
# Words a time to come is said in, before the plan ("on friday", "tomorrow", "after school"); nothing else may come
# before it, so "friday, and he said he'll do it again" is when it happened
_TIME_WORD = (r"(?:on|at|by|in|this|next|tomorrow|tmrw|tmr|tomoz|2moro|later|today|tonight|2nite|after|before|lunch|"
              r"lunchtime|school|break|morning|afternoon|evening|eve|first|thing|the|asap|then|so|ok|okay|and|week|"
              r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
              r"\d{1,2}(?::\d\d)?(?:am|pm)?|am|pm)")
_ONLY_TIME = re.compile(rf"(?:{_TIME_WORD}[\s,.-]*)*", re.I)
# A time that must still come: only with one may a comma part the time from the plan ("tomorrow, I'll ring her"; in
# "last night, I'll call mum tomorrow" the time before the comma is when it happened)
_TO_COME = re.compile(r"\b(?:tomorrow|tmrw|tmr|tomoz|2moro|later|next|tonight|2nite|after|asap)\b", re.I)
# When it happened told beside the plan ("I'll call mum, it happened yesterday"): kept as When, as typed
_PAST = re.compile(r"\b(?:happened|yesterday|last|ago|was|were|did|said|told|earlier|since)\b", re.I)


def teachers_plan(text: str) -> bool:
    """Words that are only what the teacher will do next, perhaps with the time to come they will do it."""
    said = " ".join(text.lower().replace("\u2019", "'").split())
    found = _PLAN.search(said)
    if found is None:
        return False
    before, after = said[: found.start()], said[found.end():]
    if _ONLY_TIME.fullmatch(before) is None or (re.search(r"[,;.-]", before) and not _TO_COME.search(before)):
        return False
    doing = said[found.start():found.end()].split()[-1]  # the step's word ("see", "meet", "ring"...)
    if _NO_PLAN.fullmatch(f"{doing}{after}".strip(" .!")):
        return False
    if (not _FIRST_PERSON.match(found.group(0)) and not _TEACHERS_STEP.search(found.group(0))
            and not _CONTACTED.search(after.strip())):
        return False
    return _PAST.search(after) is None


def only_plans(value: str) -> bool:
    """The answer at What has been done already is only plans noted at When: a new answer there joins them."""
    lines = [line for line in value.split("\n") if line.strip()]
    return bool(lines) and all(line.startswith(PLAN_MARK) for line in lines)


def plan_noted_already(draft: Draft) -> bool:
    return PLAN_MARK in draft.fields.get(Step.ACTIONS.value, "")


def note_plan(draft: Draft, text: str) -> Transition:
    """The plan under What has been done already (after anything there), and When asked again, kindly."""
    plan = f"{PLAN_MARK}{text.strip()}"
    done = draft.fields.get(Step.ACTIONS.value, "")
    # not `Draft.with_field`: When is still to be answered, and what waits on it (a question asked back) stays
    noted = replace(draft, fields={**draft.fields, Step.ACTIONS.value: f"{done}\n{plan}" if done else plan})
    shown = OwnWords("Noted under What has been done already", plan)
    return Transition(Step.WHEN, noted, (Reply(f"{NOTED_PLAN}\n{shown.line}", own_words=(shown,)),
                                         prompt(Step.WHEN, noted)))


def joined(value: str, text: str) -> str:
    """What has been done already's own answer, the plans noted at When after it."""
    return f"{text.strip()}\n{value}"
