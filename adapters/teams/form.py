"""The engine's `Form` as an Adaptive Card of inputs; its submit comes back through adapters.teams.translate.

Each input's id is the field's name, so the submitted `value` holds the fields directly beside the
submit button's own data (`action`, `value` and `_context`, the form's opaque context). Per-field errors
from the engine are shown in red under their field, with the teacher's words kept in the inputs; when those
words are too many for one Teams message, the errors come as a list instead (see `form_attachment`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from adapters.teams.cards import attachment, card, fit, fits, paragraphs
from bot.messages import Choice, Form, FormField

CONTEXT_FIELD = "_context"
EXPANDED_CHOICES = 6  # up to this many options show as radio buttons; more become a drop-down
YES_NO = (Choice("yes", "Yes"), Choice("no", "No"))


def field_input(f: FormField) -> dict[str, Any]:
    """One form field as an Adaptive Card input, prefilled with the value the person already gave."""
    base: dict[str, Any] = {"id": f.name, "label": f.label, "isRequired": f.required}
    if f.required:
        base["errorMessage"] = f.error or "This is needed."
    if f.kind in ("choice", "yesno"):
        choices = f.choices or (YES_NO if f.kind == "yesno" else ())
        element = {
            "type": "Input.ChoiceSet",
            **base,
            "choices": [{"title": c.label, "value": c.value} for c in choices],
            "style": "expanded" if len(choices) <= EXPANDED_CHOICES else "compact",
        }
        if f.value and any(c.value == f.value for c in choices):
            element["value"] = f.value
        return element
    element = {"type": "Input.Text", **base, "isMultiline": f.kind == "multiline", "maxLength": f.max_length}
    if f.hint:
        element["placeholder"] = f.hint[:300]
    if f.value:
        element["value"] = f.value[: f.max_length]
    return element


def form_body(form: Form) -> list[dict[str, Any]]:
    """The inputs of a form, each followed by its hint and, after a refused submit, its error."""
    body: list[dict[str, Any]] = paragraphs(form.title, weight="bolder", size="medium")
    if form.intro:
        body += paragraphs(form.intro, isSubtle=True)
    for f in form.fields:
        body.append(field_input(f))
        if f.hint and f.kind in ("choice", "yesno"):
            body += _tight(paragraphs(f.hint, isSubtle=True, size="small"))
        if f.error:
            body += _tight(paragraphs(f.error, color="attention", weight="bolder"))
    return body


def form_card(form: Form, lead: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """A whole form as one card; its submit button sends every input plus the form's action and context."""
    content = card([*lead, *form_body(form)] if not _repeats_title(lead, form) else form_body(form))
    content["actions"] = [{
        "type": "Action.Submit",
        "title": form.submit_label,
        "style": "positive",
        "data": {"action": form.submit_action, "value": form.value, CONTEXT_FIELD: form.value},
    }]
    return fit(content)


def form_attachment(form: Form, lead: Sequence[dict[str, Any]] = ()) -> tuple[dict[str, Any], bool]:
    """The form as a card attachment, and True; or, when the words already typed make it too big for Teams,
    a card listing what to correct, and False: the caller then leaves the submitted card, which still holds
    everything typed, in place rather than replace it with a form Teams would refuse."""
    content = form_card(form, lead)
    if fits(content):
        return attachment(content), True
    problems = [f"{f.label}: {f.error}" for f in form.fields if f.error]
    intro = ("Your report has not been sent yet. What you typed is still in the form above: correct it there "
             "and press Send report again." if problems else
             "This form is too long to show here. Type 'report a concern' to report step by step.")
    body = paragraphs(intro, weight="bolder") + [b for line in problems for b in paragraphs(line, color="attention")]
    return attachment(card(body)), False


def _repeats_title(lead: Sequence[dict[str, Any]], form: Form) -> bool:
    """True when the reply's own text is only the form's title, which the form shows anyway."""
    texts = [run.get("text", "") for block in lead for run in block.get("inlines", ())]
    return texts == [form.title]


def _tight(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for block in blocks:
        block["spacing"] = "none"
    return blocks
