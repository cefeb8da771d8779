"""The last answer offered back as perhaps a question for the bot: a bare yes, ok or no typed then asked about once,
and It was a question (pressed or said) taking the words out of the report to be answered instead.
"""

from __future__ import annotations

from dataclasses import replace

from bot.flows.bare_words import NO_WORDS, UNCLEAR_YES
from bot.flows.concern_commands import KEEP_WORDS, question_shaped
from bot.flows.concern_draft import Draft, Step, Taken, Transition, digest, in_brief, step_named
from bot.flows.concern_prompts import prompt
from bot.flows.report_buttons import offered
from bot.flows.step_moves import reprompt
from bot.messages import OwnWords, Reply

SHORT_ANSWERS = frozenset({Step.AFFECTED, Step.RESPONSIBLE, Step.PLATFORM, Step.WHEN, Step.ACTIONS})


def summary_offer(draft: Draft, taken: Taken, word: str) -> Transition | None:
    """Typed words on the summary while its last answer is offered back: a bare yes, ok or no may answer the offer
    rather than the summary, so it is asked about once; then yes sends and no takes the words out. None: the words
    mean what they mean on the summary."""
    if taken.checked and word in UNCLEAR_YES:
        return Transition(None, draft.taking(None), (), "submit")
    if word in KEEP_WORDS:  # the words stay, unsent
        kept = draft.taking(None)
        return Transition(Step.CONFIRM, kept, (Reply("Kept as your answer."), prompt(Step.CONFIRM, kept)))
    if not taken.checked and word in UNCLEAR_YES | NO_WORDS:
        checked = draft.taking(replace(taken, checked=True))
        last = OwnWords("Your last answer", in_brief(taken.text))
        return Transition(Step.CONFIRM, checked, (
            Reply(f"{last.line}\nShould it stay in your report as it is? Yes (or Send report) sends the report; no "
                  "(or It was a question) takes those words out and answers them.", own_words=(last,)),
            offered(prompt(Step.CONFIRM, checked), taken, checked)))
    return None


# Steps a bare "yes" or "ok" cannot answer ("Who is affected?"): typed just after words were offered back, it answers
# the offer, never stored as the answer here
YES_NO_ANSWER = frozenset({Step.AFFECTED, Step.RESPONSIBLE, Step.PLATFORM, Step.WHEN, Step.WHAT})
# Where a bare yes to an answer shown keeps it: those, and a child's own words, never to become "yes"
KEPT_BY_YES = YES_NO_ANSWER | {Step.DISCLOSURE}


def step_offer(step: Step, draft: Draft, taken: Taken, word: str) -> Transition | None:
    """A bare yes or ok typed at a step it cannot answer while the last answer is offered back: asked about once
    (yes then keeps the words, no takes them out, as on the summary). None: the words are this step's answer."""
    if word not in UNCLEAR_YES:
        return None
    if taken.checked:
        kept = draft.taking(None)
        return Transition(step, kept, (Reply("Kept as your answer."), prompt(step, kept)))
    checked = draft.taking(replace(taken, checked=True))
    last = OwnWords("Your last answer", in_brief(taken.text))
    return Transition(step, checked, (
        Reply(f"{last.line}\nShould it stay in your report as it is? Yes keeps it; no (or It was a question) takes "
              "those words out and answers them.", own_words=(last,)),
        offered(prompt(step, checked), taken, checked)))


def just_answered(draft: Draft) -> Taken | None:
    """The words last typed as an answer, as if offered back, if shaped as a question and still there; never a
    child's words, which are kept as said."""
    last = draft.last
    if last is None or last.step == Step.DISCLOSURE.value or not question_shaped(last.text):
        return None
    return last if draft.fields.get(last.step) == last.text else None


def take_back(step: Step, draft: Draft, token: str) -> Transition:
    """The words kept last were a question: the step they answered as it was before, asked again, and the words
    answered by the caller (effect "ask")."""
    taken = draft.taken
    if taken is None or token != taken.token:
        at, _, words = token.partition(":")
        if draft.fields.get(at) is not None and digest(draft.fields[at]) != words:  # a second tap, or a retry
            return reprompt(step, draft, "Those words are no longer waiting to be taken back (taken out already, "
                                         "or added to since), so I've changed nothing.")
        return reprompt(step, draft, "That answer has been kept: you've carried on since, so nothing has changed.")
    at = step_named(taken.step) or step
    fields = {**draft.fields, taken.step: taken.before or ""}
    restored = replace(draft, fields=fields, taken=None).editing_as(taken.editing)
    return Transition(at, restored, (Reply("I've taken that out of your report."), prompt(at, restored)), "ask",
                      taken.text)
