"""A step's own answer (any step but the summary): the choice questions' (`choice_answers`), or words typed in the
reporter's own words, a child's kept exactly as said; words that look like another part's asked about first
(`part_asked_back`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.flows.bare_words import ASKS_WHAT_TO_DO, plain, quoted
from bot.flows.choice_answers import choice_answer, noting
from bot.flows.concern_commands import CANCEL_WORDS, COMMAND_WORDS, as_command
from bot.flows.concern_draft import (
    MAX_FIELD_CHARS,
    TOO_LONG,
    Draft,
    Input,
    Step,
    Taken,
    Transition,
    in_brief,
)
from bot.flows.concern_wording import NO_DISCLOSURE, PROMPTS, parse_platform
from bot.flows.no_child_told import no_child_told
from bot.flows.part_asked_back import answered_instead, ask_back, pressed, should_ask_back
from bot.flows.report_buttons import offered
from bot.flows.report_reader import what_to_do
from bot.flows.step_moves import reprompt, skip_step, store_answer
from bot.flows.when_plan import joined, note_plan, only_plans, plan_noted_already, teachers_plan
from bot.messages import OwnWords, Reply

# "Did a child tell you about this?" answered no, rather than a child's words
BARE_NO = re.compile(r"(?:no disclosure|no|nah|nope|not really|nobody|no one|no one did|nobody did|no child|none)"
                     r"(?:[ ,]+(?:she|he|they)(?: (?:didn'?t|did not|hasn'?t|has not))?|[ ,]+(?:nobody|no one)"
                     r"(?: did)?)?(?:[ ,]+(?:thanks|thank you|sorry))?")
_STARTS_NO = re.compile(r"(?:no|nah|nope|nobody|no one)\b", re.I)


def _kept_as_childs_words(stored: Transition, text: str, instead: str) -> Transition:
    """Words kept as the child's own, as they must be, with a note in case they were meant for the bot instead."""
    kept = OwnWords("Child's own words", in_brief(text))
    return replace(stored, replies=(Reply(f"I've kept what you wrote as the child's own words.\n{kept.line}\n{instead}",
                                          own_words=(kept,)), *stored.replies))


def step_answer(step: Step, draft: Draft, text: str, from_button: bool, asks_the_policy: bool = False) -> Transition:
    """A step's own answer (any step but the summary): a choice, or words typed in the reporter's own words."""
    if step in (Step.CATEGORY, Step.DANGER):
        return choice_answer(step, draft, text, from_button)
    if step is Step.PLATFORM and from_button:
        return store_answer(step, draft, parse_platform(text))
    if not text:
        return reprompt(step, draft, "I didn't catch anything there.")
    if from_button and (put := pressed(step, draft, text)) is not None:  # "Yes, it's who" at When, or "…when" at Who
        return put
    if not from_button and (instead := answered_instead(step, draft, text)) is not None:
        return instead
    if (step is Step.WHEN and not from_button and not quoted(text) and len(text) <= MAX_FIELD_CHARS
            and not plan_noted_already(draft) and teachers_plan(text)):  # "tomorrow I'll ring mum": asked again, once
        return note_plan(draft, text)
    if not from_button and should_ask_back(step, draft, text):  # "Mr Davies" at When, "last night at 9" at Who
        return ask_back(step, draft, text)
    no_child = no_child_told(text) if step is Step.DISCLOSURE and not quoted(text) else None
    if no_child is not None or (step is Step.DISCLOSURE and BARE_NO.fullmatch(Input(text=text).word)):
        # "no", "nah", "no she didn't", "no child told me", "n/a", "not a child, a parent showed me"
        if draft.fields.get(step.value) not in (None, "", NO_DISCLOSURE):  # a child's words there: asked first
            return skip_step(step, draft, removing=False)
        told, said = noting(draft, no_child, NO_DISCLOSURE, from_button) if no_child else (draft, ())
        noted = store_answer(step, told, NO_DISCLOSURE)
        return replace(noted, replies=(Reply("Noted: no disclosure."), *said, *noted.replies))
    if len(text) > MAX_FIELD_CHARS:
        return reprompt(step, draft, TOO_LONG.format(chars=len(text)))
    noted, kept = draft.fields.get(step.value, ""), text
    if step is Step.ACTIONS and not draft.editing and only_plans(noted) and len(joined(noted, text)) <= MAX_FIELD_CHARS:
        kept = joined(noted, text)  # the plan noted at When stays beside what has been done (under Edit it is theirs)
    stored = store_answer(step, draft, kept)
    last = Taken(step.value, text, draft.fields.get(step.value), draft.editing)
    stored = replace(stored, draft=replace(stored.draft, last=last))
    if step is Step.DISCLOSURE and (read := as_command(Input(text=text).word)) in COMMAND_WORDS | CANCEL_WORDS:
        stored = _kept_as_childs_words(stored, text, "If you meant it for me, type back to change it" + (
            ", or cancel to stop the report." if read in CANCEL_WORDS else "."))
    elif step is Step.DISCLOSURE and ASKS_WHAT_TO_DO.fullmatch(plain(text)):  # a child may ask it; so may you
        stored = _kept_as_childs_words(stored, text, f"If you meant it for me: {what_to_do(draft)} "
                                       "Type back to change it.")
    elif step is Step.DISCLOSURE and _STARTS_NO.match(text.strip()):  # "no one told me, I saw it"
        stored = _kept_as_childs_words(stored, text, "If no child told you, type back and press No disclosure.")
    if not asks_the_policy:
        return stored
    # Kept, as any answer is (nothing typed is lost or left waiting on a choice), and offered back on the next
    # question.
    taken = Taken(step.value, text, draft.fields.get(step.value), draft.editing)
    asked = PROMPTS[step].split("?", 1)[0] + "?"
    *before, question = stored.replies
    lead = Reply(f"I've kept that as your answer to \u201c{asked}\u201d. If it was a question for me instead, "
                 "press It was a question (or say so): I'll take it out of your report and answer it.")
    return Transition(stored.next, stored.draft.taking(taken), (*before, lead, offered(question, taken, stored.draft)),
                      stored.effect)
