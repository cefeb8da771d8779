"""The whole report as one form (Slack modal, Adaptive Card, web form): its fields and their validation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot import actions
from bot.flows.concern_draft import MAX_FIELD_CHARS
from bot.flows.concern_wording import (
    CATEGORY_LABELS,
    DANGER_LABELS,
    EVIDENCE_GUIDANCE,
    FIELD_LABELS,
    PROMPTS,
    parse_category,
    parse_danger,
)
from bot.messages import Choice, Form, FormField

FORM_ID = "concern_report"
TEXT_FIELDS = ("affected", "responsible", "platform", "when", "what", "disclosure", "evidence", "actions")
_MULTILINE = {"what", "disclosure", "evidence", "actions"}
_HINTS = {
    "affected": "Names and class, if you know them.",
    "responsible": "A name or account name, if known.",
    "platform": "WhatsApp, Instagram, a game chat, a text message...",
    "when": "A rough time is fine.",
    "what": "In your own words: what you saw or were told.",
    "disclosure": "If a child told you, their exact words.",
    "evidence": EVIDENCE_GUIDANCE,
    "actions": "Who you told, what has been done.",
}


# Words typed in the chat report and not yet put in any part, shown on the form opened from it, since the form
# cannot know where they go and would otherwise send the report without them unseen
WAITING_NOTE = ("Not in this form yet: what you typed in the chat and had not yet put in a part of your report. If it "
                "belongs in the report, add it to the right box before sending:")


def report_form(values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                context: str = "", waiting: Sequence[str] = ()) -> Form:
    """The report form, optionally filled in and with per-field errors; `waiting`: words typed in the chat report
    it was opened from that are in no answer yet, shown under its introduction (plain text on every platform)."""
    values = values or {}
    errors = errors or {}
    fields = [
        FormField("category", FIELD_LABELS["category"], "choice", True,
                  tuple(Choice(k, v) for k, v in CATEGORY_LABELS.items()), value=values.get("category", ""),
                  error=errors.get("category", "")),
        FormField("danger", "Is a child in immediate danger?", "choice", True,
                  tuple(Choice(k, v) for k, v in DANGER_LABELS.items()),
                  hint="If yes: speak to the DSL in person now, and call 999 if a life is at risk.",
                  value=values.get("danger", ""), error=errors.get("danger", "")),
    ]
    for name in TEXT_FIELDS:
        fields.append(FormField(name, FIELD_LABELS[name], "multiline" if name in _MULTILINE else "text",
                                required=name == "what", hint=_HINTS[name], value=values.get(name, ""),
                                error=errors.get(name, ""), max_length=MAX_FIELD_CHARS))
    intro = ("Everything you write goes only to the Headteacher and the Designated Safeguarding Lead. "
             + PROMPTS["evidence"].split(". ", 1)[1])
    if waiting:
        intro += "\n\n" + WAITING_NOTE + "".join(f"\n\u201c{words}\u201d" for words in waiting)
    return Form(FORM_ID, "Report a concern", tuple(fields), actions.FORM_SUBMIT, "Send report", intro=intro,
                value=context)


def validate(submitted: Mapping[str, object]) -> tuple[dict[str, str], dict[str, str]]:
    """Clean values and per-field errors; no errors means the report can be stored."""
    values: dict[str, str] = {}
    errors: dict[str, str] = {}
    raw = {k: ("" if v is None else str(v)).strip() for k, v in submitted.items()}
    category = parse_category(raw.get("category", "")) if raw.get("category") else None
    if category is None:
        errors["category"] = "Choose the kind of concern."
    else:
        values["category"] = category
    danger = parse_danger(raw.get("danger", "")) if raw.get("danger") else None
    if danger is None:
        errors["danger"] = "Say whether a child is in immediate danger (choose 'Not sure' if you don't know)."
    else:
        values["danger"] = danger
    for name in TEXT_FIELDS:
        text = raw.get(name, "")
        if len(text) > MAX_FIELD_CHARS:
            errors[name] = f"Please keep this under {MAX_FIELD_CHARS} characters (it has {len(text)})."
        if text:
            values[name] = text[:MAX_FIELD_CHARS]
    if not values.get("what"):
        errors["what"] = "Please describe what happened."
    return values, errors
