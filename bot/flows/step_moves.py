"""Moving between a report's steps: an answer stored and the next question, a question asked again, back, Edit,
Skip (and Remove), Cancel.
"""

from __future__ import annotations

from dataclasses import replace

from bot import actions
from bot.flows.concern_draft import ORDER, SKIPPED, Draft, Effect, Step, Transition, in_brief
from bot.flows.concern_prompts import display_value, prompt
from bot.flows.concern_wording import ALERT_GONE, STOPPED_AFTER_ALERT
from bot.flows.report_buttons import for_report
from bot.flows.risk_waiting import risk_still_waiting
from bot.messages import Button, OwnWords, Reply

REMOVE = "remove:"  # a Skip button's value prefix: take out the answer already there, asked and confirmed


def skip_step(step: Step, draft: Draft, removing: bool) -> Transition:
    """Skip: nothing to give here. Where an answer is there already (given before going back, or being edited), a
    skip would delete what the DSL may have read: it is asked about, and only Remove it takes it out."""
    current, skipped = draft.fields.get(step.value, ""), SKIPPED.get(step, "")
    if removing and current and current != skipped:
        removed = store_answer(step, draft, skipped)
        return replace(removed, replies=(Reply("Taken out of your report."), *removed.replies))
    if current and current != skipped and not removing:
        asked = prompt(step, draft)
        [remove] = for_report((Button(actions.CONCERN_SKIP, "Remove it", REMOVE + step.value, "danger"),), draft)
        here = OwnWords("Your answer here", in_brief(display_value(step, current)))
        return Transition(step, replace(draft, asked_remove=step.value), (Reply(
            f"{here.line}\nPress Keep as it is to leave it and go on, Remove it (or type remove) to take it out of "
            "your report, or type a new answer to replace it.", own_words=(here,)),
            replace(asked, buttons=(*asked.buttons[:-1], remove, asked.buttons[-1]))))
    return store_answer(step, draft, skipped)


def store_answer(step: Step, draft: Draft, value: str) -> Transition:
    return go_on(step, draft.with_field(step.value, value))


def go_on(step: Step, draft: Draft, replies: tuple[Reply, ...] = (), effect: Effect | None = None) -> Transition:
    # Back from the danger question asked again (`Draft.danger_back`), not the teacher's own Edit of the kind
    if draft.danger_back and step is Step.CATEGORY and _risk_waits(draft):
        draft = replace(draft, danger_back=False)
        return Transition(Step.DANGER, draft, (*replies, *risk_still_waiting(Step.DANGER, draft),
                                               prompt(Step.DANGER, draft)), effect)
    if draft.editing or step is Step.CONFIRM:
        target = Step.CONFIRM
        draft = draft.editing_as(False)
    else:
        target = ORDER[ORDER.index(step) + 1]
    return Transition(target, draft, (*replies, *risk_still_waiting(target, draft), prompt(target, draft)), effect)


def stale_button(step: Step, draft: Draft) -> Transition:
    return Transition(step, draft, (Reply("That button belongs to an earlier question, so I've left your report as it "
                                          "was. Here is where we are:"), prompt(step, draft)))


def reprompt(step: Step, draft: Draft, why: str) -> Transition:
    return Transition(step, draft, (Reply(why), prompt(step, draft)))


def go_back(step: Step, draft: Draft) -> Transition:
    if step is Step.CATEGORY:
        return reprompt(step, draft, "This is the first question.")
    target = ORDER[ORDER.index(step) - 1]
    # Back from the danger question asked again on the summary (`summary_typed.danger_again`) goes to the kind
    # question still as from the summary: on from there, the danger question, then the summary with the words typed
    # there, never every step again; Back from any other Edit is back into the report, step by step
    from_summary = draft.editing and step is Step.DANGER and _risk_waits(draft)
    return Transition(target, replace(draft.editing_as(from_summary), danger_back=from_summary),
                      (*risk_still_waiting(target, draft), prompt(target, draft)))


def _risk_waits(draft: Draft) -> bool:
    """Words typed on the summary wait that tell a risk the danger answer has not met (`risk_waiting`)."""
    return bool(risk_still_waiting(Step.DANGER, draft))


def open_edit(step: Step, draft: Draft, name: str) -> Transition:
    try:
        target = Step(name)
    except ValueError:
        target = None
    if step is not Step.CONFIRM or target is None or target is Step.CONFIRM:
        return reprompt(step, draft, "You can edit an answer from the summary at the end.")
    editing = draft.editing_as(True)
    return Transition(target, editing, (prompt(target, editing),))


def cancel_report(draft: Draft) -> Transition:
    if draft.reference:
        text = STOPPED_AFTER_ALERT.format(reference=draft.reference, went=ALERT_GONE)
    else:
        text = "Report cancelled. Nothing was sent or saved. You can start again at any time with 'report a concern'."
    return Transition(None, Draft(), (Reply(text),), "cancel")
