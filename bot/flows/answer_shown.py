"""Words typed at a step whose answer is already shown: asked first whether they replace it or add to it, added to
it ("also ..."), or, said on second thoughts ("actually no"), never kept as the answer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.flows.concern_draft import (
    MAX_FIELD_CHARS,
    SHORTER_OR_KEEP,
    SKIPPED,
    TOO_LONG_ADDED,
    Draft,
    Input,
    Step,
    Taken,
    Transition,
    clipped,
)
from bot.flows.concern_prompts import prompt
from bot.flows.second_thoughts import wants_to_start_again
from bot.flows.step_answers import BARE_NO
from bot.flows.step_moves import go_back, reprompt, store_answer
from bot.flows.waiting_questions import ask_about, ask_part, ask_replace
from bot.messages import OwnWords, Reply

_LONG_ANSWERS = frozenset({Step.WHAT, Step.EVIDENCE, Step.ACTIONS})
_FEW_WORDS = 4


def worth_asking(step: Step, shown: str, told: str) -> bool:
    """Typed words that would replace an answer shown, asked about first: any over a child's words (only the teacher
    can say whether they replace or add to them), and a few over a longer account, evidence or action ("ok thx",
    "remove the evidence pls"), more likely a slip or a word to the bot than the new answer."""
    if not told or told == shown or shown in SKIPPED.values() or len(told) > MAX_FIELD_CHARS:
        return False
    if step is Step.DISCLOSURE:
        return BARE_NO.fullmatch(Input(text=told).word) is None  # a plain no asks about removing them instead
    words = len(told.split())
    return step in _LONG_ANSWERS and words <= _FEW_WORDS and words < len(shown.split())


def still_waiting(step: Step, draft: Draft, pending: Taken | None) -> Transition:
    """A Replace it or Add to it left from words no longer waiting: nothing changed, and any words waiting now
    still are, asked about again."""
    stale = Reply("That button was for words no longer waiting (you've carried on since), so I've changed nothing.")
    if pending is not None and step is Step.CONFIRM:
        asked = ask_about(draft, pending)
        return replace(asked, replies=(stale, *asked.replies))
    shown = draft.fields.get(step.value)
    if pending is None or not shown:
        return Transition(step, replace(draft, pending=None), (stale, prompt(step, draft)))
    asked = ask_replace(step, draft, shown, pending.text, from_summary=pending.from_summary)
    return replace(asked, replies=(stale, *asked.replies))


def replace_or_add(step: Step, draft: Draft, pending: Taken, how: str) -> Transition:
    """Replace it or Add to it, pressed (or typed) for the words waiting."""
    if draft.fields.get(step.value) != pending.before:
        return reprompt(step, draft, "Those words are no longer waiting (you've carried on since), so I've changed "
                                     "nothing.")
    if how == "add":
        joined = f"{pending.before}\n{pending.text}"
        if len(joined) > MAX_FIELD_CHARS:
            return reprompt(step, draft, TOO_LONG_ADDED.format(chars=len(joined)) + SHORTER_OR_KEEP)
        added = store_answer(step, draft, joined)
        return replace(added, replies=(Reply("Added."), *added.replies))
    replaced = store_answer(step, draft, pending.text)
    return replace(replaced, replies=(Reply("Replaced."), *replaced.replies))


# More given for an answer shown ("yes, and she had a bruise on her arm", "also her brother saw it")
ADDING = re.compile(r"(?:(?:yes|yeah|yep|ok|okay)[ ,]+)?(?=(?:and|also|plus)[ ,]+\S)", re.I)


def adding_to(step: Step, draft: Draft, shown: str, text: str) -> Transition | None:
    """Words adding to the answer shown, added to it rather than put in its place (a child's words are kept only as
    said, so not there); None: they are not, or would make it too long."""
    told = text.strip()
    found = ADDING.match(told)
    if found is None or step is Step.DISCLOSURE or shown in SKIPPED.values():
        return None
    joined = f"{shown}\n{told[found.end():]}"
    if len(joined) > MAX_FIELD_CHARS:  # never put in its place, which would lose the answer: said, nothing changed
        return reprompt(step, draft, TOO_LONG_ADDED.format(chars=len(joined)) + SHORTER_OR_KEEP)
    added = store_answer(step, draft, joined)
    return replace(added, replies=(Reply("Added to your answer."), *added.replies))


def thought_better(step: Step, draft: Draft, text: str) -> Transition:
    """"actually no", "oops" at a question: the last answer was wrong. Never kept as this answer; back one question,
    where that answer is shown to change, unless this question has an answer of its own shown (or came from the
    summary), which stays as it is."""
    again = (" To start the whole report again, type cancel, then 'report a concern'."
             if wants_to_start_again(text) else "")
    said = f"I haven't kept \u201c{clipped(text.strip(), 40)}\u201d as an answer."
    if draft.fields.get(step.value) or draft.editing:
        kept = "Keep as it is" if draft.fields.get(step.value) else "Skip"
        return reprompt(step, draft, f"{said} Type the answer you want here, or press {kept}.{again}")
    back = go_back(step, draft)
    lead = Reply(f"{said} Here is the question before, so you can change your answer there.{again}")
    return replace(back, replies=(lead, *back.replies))


def thought_better_of(step: Step, draft: Draft, pending: Taken, text: str) -> Transition:
    """"actually no", "oops" while Replace it / Add to it / Keep as it is waits (`draft` without the words): never
    more words to replace the answer with, nor (from the summary) another correction queued. Back one question, as
    at any question: for words typed on the summary, "Which part should this change?" again (another part, or Don't
    change anything); for words typed over this answer, its question again, the answer as it was and the words
    shown as left out. A child's words are kept as said, as at their question."""
    again = (" To start the whole report again, type cancel, then 'report a concern'."
             if wants_to_start_again(text) else "")
    said = f"I haven't kept \u201c{clipped(text.strip(), 40)}\u201d as an answer."
    if pending.from_summary:
        asked = ask_part(draft.editing_as(False), pending.text)
        lead = Reply(f"{said} Here is the question before, so you can choose another part for what you typed, or "
                     f"Don't change anything.{again}")
        return replace(asked, replies=(lead, *asked.replies))
    left = OwnWords("What you typed before", clipped(pending.text))
    kept = "Keep as it is" if draft.fields.get(step.value) else "Skip"
    return Transition(step, draft, (Reply(f"{said} Your answer is as it was, and what you typed before is not in "
                                          f"your report:\n{left.line}\nType the answer you want here, or press "
                                          f"{kept}.{again}", own_words=(left,)), prompt(step, draft)))
