"""Each step's question as shown: its buttons, the answer so far, the help for it; and, for a report begun by words
only perhaps a report, the way back to having them answered.
"""

from __future__ import annotations

from dataclasses import replace

from bot import actions
from bot.flows.concern_draft import ORDER, SKIPPABLE, TYPED_STEPS, Draft, Step, clipped, digest
from bot.flows.concern_wording import (
    CATEGORY_LABELS,
    DANGER_LABELS,
    FIELD_LABELS,
    PLATFORMS,
    PROMPTS,
    STEP_HELP,
    summary_rows,
)
from bot.flows.report_buttons import for_report
from bot.flows.report_reader import for_reader
from bot.flows.waiting_questions import ask_about, ask_replace
from bot.messages import Button, OwnWords, Reply

# A report begun by words only perhaps a report: the way back to having them answered
MAYBE_WORDS = ("If you were asking about the policy instead, press It was a question (or say so): I'll stop the report "
               "and answer it.")


def prompt(step: Step, draft: Draft) -> Reply:
    """The question for a step, with its buttons, each naming this report (see `for_report`); or, where words typed
    over its answer are waiting (shown again after a restart, a resend, "report a concern"), the question about them."""
    draft = with_offer(step, draft)
    waiting, shown = draft.pending, draft.fields.get(step.value)
    if waiting is not None and waiting.step == step.value and step is Step.CONFIRM:
        return ask_about(draft, waiting).replies[0]
    if waiting is not None and waiting.step == step.value and shown == waiting.before:
        return ask_replace(step, draft, shown, waiting.text).replies[0]
    asked = _prompt(step, draft)
    if step is Step.CATEGORY and only_the_opening(draft):  # last, so no number a terminal user knows moves
        # Said under the question, not the question's first line (all Slack's Home tab shows), so the button is
        # explained wherever it is shown again: a restart, a resend, Help, Undo
        asked = replace(asked, text=f"{asked.text}\n{MAYBE_WORDS}",
                        buttons=(*asked.buttons, Button(actions.CONCERN_IS_QUESTION, "It was a question",
                                                        opening_token(draft))))
    return replace(asked, buttons=for_report(asked.buttons, draft))


def _prompt(step: Step, draft: Draft) -> Reply:
    buttons: list[Button] = []
    if step is Step.CATEGORY:
        buttons = [Button(actions.CONCERN_CHOICE, label, f"{step}:{key}") for key, label in CATEGORY_LABELS.items()]
    elif step is Step.DANGER:
        buttons = [Button(actions.CONCERN_CHOICE, label, f"{step}:{key}", "danger" if key == "yes" else None)
                   for key, label in DANGER_LABELS.items()]
    elif step is Step.PLATFORM:
        buttons = [Button(actions.CONCERN_CHOICE, label, f"{step}:{label}") for label in PLATFORMS]
    elif step is Step.CONFIRM:
        # The reporter's answers as rows of their own words, shown exactly as typed on every platform: the teacher
        # checking their report must read it as it will go, not with a handle's _ or a child's * read as formatting.
        rows = tuple(OwnWords(label, value) for label, value in summary_rows(draft.fields))
        text = "Here is your report. Please check it before it goes to the Headteacher.\n\n" + "\n".join(
            row.line for row in rows)
        buttons = [Button(actions.CONCERN_CONFIRM, "Send report", "", "primary")]
        buttons += [Button(actions.CONCERN_EDIT, f"Edit: {FIELD_LABELS[s.value]}", s.value)
                    for s in ORDER if s is not Step.CONFIRM]
        buttons.append(Button(actions.CONCERN_CANCEL, "Cancel", "", "danger"))
        buttons.append(Button(actions.CONCERN_HELP, "Help"))
        return Reply(text, tuple(buttons), own_words=rows)
    text = PROMPTS[step]
    own: tuple[OwnWords, ...] = ()
    # Skip and Back name their step, as a choice does, so one pressed on an earlier question's message is caught.
    if step in SKIPPABLE:
        buttons.append(Button(actions.CONCERN_SKIP, "No disclosure" if step is Step.DISCLOSURE else "Skip", step.value))
    if step is not Step.CATEGORY:
        buttons.append(Button(actions.CONCERN_BACK, "Back", step.value))
    buttons.append(Button(actions.CONCERN_CANCEL, "Cancel"))
    # An answer already there (given before going back, being edited, or the first message's words) is shown, and
    # kept with one press rather than typed again; just before Help, so no number a terminal user knows moves.
    if current := draft.fields.get(step.value):
        shown = clipped(display_value(step, current))
        own = (OwnWords("Your answer so far", shown),)
        text += f"\n{own[0].line}\nPress Keep as it is, or give a new answer to replace it."
        buttons.append(Button(actions.CONCERN_KEEP, "Keep as it is", step.value, "primary"))
    # Last, so the numbers a terminal user already knows (1 for the first choice or Skip) stay the same.
    buttons.append(Button(actions.CONCERN_HELP, "Help"))
    return Reply(text, tuple(buttons), own_words=own, typed_answer=step in TYPED_STEPS)


def with_offer(step: Step, draft: Draft) -> Draft:
    """At the kind question, the kind offered from the opening read as the answer shown, as Keep as it is reads it;
    nowhere else."""
    if step is not Step.CATEGORY or not draft.offered or draft.fields.get(Step.CATEGORY.value):
        return draft
    return replace(draft, fields={**draft.fields, Step.CATEGORY.value: draft.offered})


def only_the_opening(draft: Draft) -> bool:
    """Begun by words only perhaps a report (`start`, doubtful), and nothing answered since: the report is only
    those words, which may have been a question."""
    # the kind offered from the opening ("ta dms a y9": a member of staff's conduct), shown as the answer so far, is
    # not an answer given
    return (draft.doubtful and bool(draft.fields.get(Step.WHAT.value)) and not draft.reference and not draft.editing
            and all(not v or (k == Step.CATEGORY.value and v == draft.offered)
                    for k, v in draft.fields.items() if k != Step.WHAT.value))


def opening_token(draft: Draft) -> str:
    """The It was a question button's value: the opening words, so a button left from other words acts on nothing."""
    return f"{Step.WHAT.value}:{digest(draft.fields.get(Step.WHAT.value, ''))}"


# Help at the first question of a report that is only its doubtful opening words
_MAYBE_HELP = (" Nothing has been sent. If you were only asking about the policy, It was a question stops this report "
               "(Undo brings it back within the hour) and answers your words instead.")


def step_help(step: Step, draft: Draft) -> str:
    # the Headteacher, not the DSL, reads and acts on a concern about a member of staff
    return for_reader(STEP_HELP[step], draft) + (_MAYBE_HELP if step is Step.CATEGORY
                                                             and only_the_opening(draft) else "")


def display_value(step: Step, value: str) -> str:
    if step is Step.CATEGORY:
        return CATEGORY_LABELS.get(value, value)
    if step is Step.DANGER:
        return DANGER_LABELS.get(value, value)
    return value
