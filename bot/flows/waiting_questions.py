"""The questions asked about words waiting to go in a report: Replace it / Add to it / Keep as it is, over an answer
shown; on the summary, which part they change, or whether they are a concern of their own.
"""

from __future__ import annotations

from dataclasses import replace

from bot import actions
from bot.flows.another_concern import ADD_HERE, ANOTHER_QUESTION, ASIDE_NEW, SEND_NEW
from bot.flows.concern_commands import question_shaped
from bot.flows.concern_draft import ORDER, Draft, Step, Taken, Transition, clipped, in_brief, step_named
from bot.flows.concern_wording import FIELD_LABELS, PART_CHOOSE, PART_QUESTION, PROMPTS
from bot.flows.report_buttons import for_report
from bot.flows.summary_words import part_meant
from bot.messages import Button, OwnWords, Reply


def ask_replace(step: Step, draft: Draft, shown: str, told: str, a_question: bool = False,
                from_summary: bool = False) -> Transition:
    """Replace the answer shown with the words typed, add them to it, or keep it as it is? (`from_summary`: words
    typed on the summary and put in this part.)"""
    pending = Taken(step.value, told, shown, draft.editing, from_summary=from_summary)
    asking = replace(draft, pending=pending)
    label = "The child's words so far" if step is Step.DISCLOSURE else "Your answer so far"
    rows = (OwnWords(label, in_brief(shown)), OwnWords("What you just typed", in_brief(told)))
    buttons = for_report((Button(actions.CONCERN_REPLACE, "Replace it", f"replace:{pending.token}", "primary"),
                          Button(actions.CONCERN_REPLACE, "Add to it", f"add:{pending.token}"),
                          Button(actions.CONCERN_KEEP, "Keep as it is", step.value)), draft)
    # The first line names the question, never an answer: it is all Slack's Home tab shows of a report left here
    asked = PROMPTS[step].split("?", 1)[0] + "?"
    return Transition(step, asking, (Reply(
        f"Replace, add to, or keep your answer to \u201c{asked}\u201d?\n{rows[0].line}\n{rows[1].line}\nShould what "
        "you just typed replace that answer, be added to it, or be left out (Keep as it is)?" + (
            " If it was a question for me, press Keep as it is and ask it again once the report is sent."
            if a_question else ""), buttons, own_words=rows),))


# Words typed on the summary: which part do they change?
_PARTS: tuple[Step, ...] = tuple(s for s in ORDER if s is not Step.CONFIRM)  # the summary's Edit buttons, in order


LEAVE_OUT = "none"  # Don't change anything's value, before the words' token: no step is named so
ASKED = "question"  # It was a question's value, likewise


def ask_part(draft: Draft, told: str, label: str = "What you just typed") -> Transition:
    """Words typed on the summary, kept waiting (`Draft.pending`, at the summary) while the teacher chooses the part
    of the report they change: one button per part, as the summary's Edit buttons, the part they plainly name first
    (`part_meant`), and Don't change anything. Nothing is changed until one is pressed. Any queued behind them
    (`Draft.queued`) are counted, to be asked about next."""
    pending = Taken(Step.CONFIRM.value, told, None, False)
    asking = replace(draft, pending=pending)
    meant = step_named(part_meant(told))
    parts = (meant, *(p for p in _PARTS if p is not meant)) if meant else _PARTS
    asks = question_shaped(told)
    buttons = (*(Button(actions.CONCERN_REPLACE, FIELD_LABELS[p.value], f"{p.value}:{pending.token}",
                        "primary" if p is meant else None) for p in parts),
               Button(actions.CONCERN_REPLACE, "Don't change anything", f"{LEAVE_OUT}:{pending.token}"),
               # last, so no number a terminal user knows moves
               *((Button(actions.CONCERN_REPLACE, "It was a question", f"{ASKED}:{pending.token}"),) if asks else ()))
    typed = OwnWords(label, clipped(told))
    guess = f" It reads like a change to \u201c{FIELD_LABELS[meant.value]}\u201d, so that is first." if meant else ""
    asked = (" If it was a question for me, press It was a question: I'll answer it and your report stays as it is."
             if asks else "")
    more = len(draft.queued)
    after = (f" Then I'll ask about the {'next thing' if more == 1 else f'{more} more things'} you typed."
             if more else "")
    return Transition(Step.CONFIRM, asking, (Reply(f"{PART_QUESTION}\n{typed.line}\n{PART_CHOOSE}{guess}{asked}"
                                                   f"{after}", for_report(buttons, draft), own_words=(typed,)),))


def ask_about(draft: Draft, pending: Taken, label: str = "What you just typed") -> Transition:
    """The question words typed on the summary wait on, asked (again): a new concern or this one's, or which part."""
    return ask_another(draft, pending.text, label) if pending.another else ask_part(draft, pending.text, label)


ANOTHER_CHOICES = (ADD_HERE, SEND_NEW, ASIDE_NEW)


def ask_another(draft: Draft, told: str, label: str = "What you just typed") -> Transition:
    """Words typed on the summary that read as a concern of their own (`another_concern`), kept waiting
    (`Draft.pending`, marked `another`) while the teacher chooses: add them to this report (to What happened), or keep
    this report as it is and report them on their own, once this one is sent or saved for later; or leave them out.
    Nothing is changed or sent until one is chosen; the report above is never dropped or changed by the new words."""
    pending = Taken(Step.CONFIRM.value, told, None, False, another=True)
    asking = replace(draft, pending=pending)
    saved = ("Save it for later keeps it unsent (type undo to come back to it)" if not draft.reference else
             f"Save it for later stops adding to {draft.reference} for now (its alert stands with what you gave; "
             "type undo to carry on)")
    buttons = (Button(actions.CONCERN_REPLACE, "Add it to this report", f"{ADD_HERE}:{pending.token}", "primary"),
               Button(actions.CONCERN_REPLACE, "Send this report, then a new one", f"{SEND_NEW}:{pending.token}"),
               Button(actions.CONCERN_REPLACE, "Save this report, start a new one", f"{ASIDE_NEW}:{pending.token}"),
               Button(actions.CONCERN_REPLACE, "Don't change anything", f"{LEAVE_OUT}:{pending.token}"))
    typed = OwnWords(label, clipped(told))
    more = len(draft.queued)
    after = (f" Then I'll ask about the {'next thing' if more == 1 else f'{more} more things'} you typed."
             if more else "")
    return Transition(Step.CONFIRM, asking, (Reply(
        f"{ANOTHER_QUESTION}\n{typed.line}\nAdd it to this report puts it in \u201cWhat happened\u201d. Or keep this "
        "report as it is and report this as a new concern: Send this report sends it now, as shown above, then "
        f"starts the new one with your words; {saved}. Nothing is sent until you choose.{after}",
        for_report(buttons, draft), own_words=(typed,)),))
