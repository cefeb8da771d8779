"""Buttons that name the report they were shown for, and the offer to take the last answer back (It was a question)."""

from __future__ import annotations

from dataclasses import replace

from bot import actions
from bot.flows.concern_draft import Draft, Taken
from bot.messages import Button, Reply

REPORT_MARK = "#"  # a button's value ends "#<when its report began>"


def for_report(buttons: tuple[Button, ...], draft: Draft) -> tuple[Button, ...]:
    """Buttons naming the report they were shown for, so one left on an earlier report's message (a Cancel, a Send
    report, a choice) can never act on the report in progress now."""
    if not draft.started:
        return buttons
    return tuple(replace(b, value=f"{b.value}{REPORT_MARK}{draft.started}") for b in buttons)


def offered(question: Reply, taken: Taken, draft: Draft) -> Reply:
    """A step's question with the offer to take the last answer back: its button last, so no number a terminal user
    knows moves."""
    offer = for_report((Button(actions.CONCERN_IS_QUESTION, "It was a question", taken.token),), draft)
    return replace(question, buttons=(*question.buttons, *offer))
