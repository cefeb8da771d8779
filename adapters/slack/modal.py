"""The engine's Form as a Slack modal, and a submitted modal back to the form's field values.

Each field is one input block whose block_id is the field's name, so the engine's per-field errors map
straight onto Slack's `response_action: errors`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from adapters.slack.blocks import clip, escape, plain, section
from adapters.slack.translate import FORM_CALLBACK
from bot.messages import Choice, Form, FormField

TITLE_CHARS = 24  # modal title, submit and close labels
LABEL_CHARS = 2000
HINT_CHARS = 2000
OPTION_CHARS = 75
OPTION_VALUE_CHARS = 150
PLACEHOLDER_CHARS = 150
INPUT_CHARS = 3000
METADATA_CHARS = 3000
RADIO_LIMIT = 10  # radio buttons allow 10 options; longer lists become a select menu
VALUE = "value"  # every input's action_id
YES_NO = (Choice("yes", "Yes"), Choice("no", "No"))


def _option(choice: Choice) -> dict[str, Any]:
    return {"text": plain(choice.label, OPTION_CHARS), "value": choice.value[:OPTION_VALUE_CHARS]}


def _element(f: FormField) -> dict[str, Any]:
    if f.kind in ("choice", "yesno"):
        choices = f.choices or (YES_NO if f.kind == "yesno" else ())
        options = [_option(c) for c in choices[:100]]
        element: dict[str, Any] = {
            "type": "radio_buttons" if len(options) <= RADIO_LIMIT else "static_select",
            "action_id": VALUE,
            "options": options,
        }
        if element["type"] == "static_select":
            element["placeholder"] = plain("Choose…", PLACEHOLDER_CHARS)
        chosen = next((o for o in options if f.value and o["value"] == f.value), None)
        if chosen is not None:
            element["initial_option"] = chosen
        return element
    element = {
        "type": "plain_text_input",
        "action_id": VALUE,
        "multiline": f.kind == "multiline",
        "max_length": max(1, min(f.max_length, INPUT_CHARS)),
    }
    if f.value:
        element["initial_value"] = f.value[: element["max_length"]]
    return element


def _input(f: FormField) -> dict[str, Any]:
    block: dict[str, Any] = {
        "type": "input",
        "block_id": f.name,
        "label": plain(f.label, LABEL_CHARS),
        "optional": not f.required,
        "element": _element(f),
    }
    if f.hint:
        block["hint"] = plain(f.hint, HINT_CHARS)
    return block


def metadata(context: Mapping[str, str]) -> str:
    """Context the submission needs back (origin, form value), shrunk to Slack's 3,000-character limit."""
    data = {k: v for k, v in context.items() if v}
    encoded = json.dumps(data, ensure_ascii=False)
    for key in ("source_text", "source_link"):  # the quoted message is the first thing we can shorten
        if len(encoded) <= METADATA_CHARS or key not in data:
            continue
        over = len(encoded) - METADATA_CHARS
        data[key] = data[key][: max(0, len(data[key]) - over - 10)]
        encoded = json.dumps(data, ensure_ascii=False)
    if len(encoded) > METADATA_CHARS:
        raise ValueError("form context too large for a Slack modal")
    return encoded


def form_modal(form: Form, context: Mapping[str, str]) -> dict[str, Any]:
    """A modal view with every field of the form; `context` comes back in the submission's private_metadata."""
    blocks: list[dict[str, Any]] = []
    if form.intro:  # plain text: it may hold a teacher's own words (typed in the chat, not yet in the report)
        blocks.append({"type": "section", "text": plain(form.intro, 3000)})
    blocks.extend(_input(f) for f in form.fields[:99 - len(blocks)])
    return {
        "type": "modal",
        "callback_id": FORM_CALLBACK,
        "title": plain(form.title, TITLE_CHARS),
        "submit": plain(form.submit_label, TITLE_CHARS),
        "close": plain("Cancel", TITLE_CHARS),
        "private_metadata": metadata({**context, "value": form.value, "form_id": form.form_id,
                                      "submit_action": form.submit_action}),
        "blocks": blocks,
    }


def submitted_values(view: Mapping[str, Any]) -> dict[str, str]:
    """Field name -> the string the person entered or chose ("" for an optional field left empty)."""
    values: dict[str, str] = {}
    state = ((view.get("state") or {}).get("values") or {})
    for name, inputs in state.items():
        if not isinstance(inputs, Mapping):
            continue
        entry = inputs.get(VALUE) or next(iter(inputs.values()), {}) or {}
        if not isinstance(entry, Mapping):
            continue
        selected = entry.get("selected_option")
        if isinstance(selected, Mapping):
            values[str(name)] = str(selected.get("value") or "")
        else:
            values[str(name)] = str(entry.get("value") or "")
    return values


def errors_response(form: Form) -> dict[str, Any]:
    """Slack's reply to a submit that failed validation: each error beside its field, the modal kept open."""
    errors = {f.name: clip(f.error, 150) for f in form.fields if f.error}
    return {"response_action": "errors", "errors": errors}


def message_modal(title: str, text: str) -> dict[str, Any]:
    """A plain modal showing a message, used to replace a submitted form with its confirmation."""
    return {
        "type": "modal",
        "title": plain(title, TITLE_CHARS),
        "close": plain("Close", TITLE_CHARS),
        "blocks": [section(clip(escape(text), 3000))],
    }
