"""Replies laid out for the local adapters: JSON for the web page, plain text with numbered choices for the terminal.

Wording lives in bot/; these functions only lay it out. Buttons degrade to numbered choices in the terminal, or,
under a question answered in words, to their names in brackets.
"""

from __future__ import annotations

import re
from typing import Any

from bot.messages import Button, Choice, Citation, Form, FormField, OwnWords, Reply, lines

YES_NO = (Choice("yes", "Yes"), Choice("no", "No"))


def button_json(button: Button) -> dict[str, Any]:
    """A button as the web page draws it; pressing it sends action and value back unchanged."""
    return {"action": button.action, "label": button.label, "value": button.value, "style": button.style}


def citation_json(citation: Citation) -> dict[str, str]:
    return {"clause_id": citation.clause_id, "text": citation.text, "section": citation.section}


def field_choices(field: FormField) -> tuple[Choice, ...]:
    """A field's choices; a yes/no field without its own gets Yes and No."""
    if field.choices:
        return field.choices
    return YES_NO if field.kind == "yesno" else ()


def field_json(field: FormField) -> dict[str, Any]:
    return {
        "name": field.name, "label": field.label, "kind": field.kind, "required": field.required,
        "choices": [{"value": c.value, "label": c.label} for c in field_choices(field)],
        "hint": field.hint, "value": field.value, "error": field.error, "max_length": field.max_length,
    }


def form_json(form: Form) -> dict[str, Any]:
    """A whole form; the page posts its fields back with `_context` set to `context`."""
    return {
        "form_id": form.form_id, "title": form.title, "intro": form.intro, "submit_action": form.submit_action,
        "submit_label": form.submit_label, "context": form.value, "has_errors": form.has_errors,
        "fields": [field_json(f) for f in form.fields],
    }


def reply_json(reply: Reply) -> dict[str, Any]:
    """One reply as JSON for `POST /api/chat`."""
    return {
        "text": reply.text,
        "urgent": reply.urgent,
        "private": reply.private,
        "citation": citation_json(reply.citation) if reply.citation else None,
        "buttons": [button_json(b) for b in reply.buttons],
        "form": form_json(reply.form) if reply.form else None,
        # The text line by line, people's own words as rows the page shows exactly as typed (a line of a child's
        # words starting "*mum:*" is not a label to bold); null when there are none
        "lines": [{"label": item.label, "words": item.words} if isinstance(item, OwnWords) else {"text": item}
                  for item in lines(reply)] if reply.own_words else None,
    }


_BOLD = re.compile(r"\*([^*\n]+)\*")


def _plain(text: str) -> str:
    """Slack-style *bold* markers read as noise in a terminal."""
    return _BOLD.sub(r"\1", text)


def _plain_reply(reply: Reply) -> str:
    """A reply's text without the engine's *bold* markers; people's own words in it as typed, asterisks and all."""
    return "\n".join(f"{item.label}: {item.words}" if isinstance(item, OwnWords) else _plain(item)
                     for item in lines(reply))


def citation_text(citation: Citation) -> str:
    """A clause quoted word for word (the terminal wraps it, so the words stay searchable), then its ID."""
    source = f"Clause {citation.clause_id}" + (f", {citation.section}" if citation.section else "")
    return f"  > \u201c{citation.text}\u201d\n  > \u2014 {source}"


# Under a question answered in words, whose choices are shown by name instead of by number
TYPED_ANSWER_HINT = "  Type your answer (a number is taken as your answer here), or type a choice in [brackets]."


def reply_text(reply: Reply, first_number: int = 1, numbered: bool = True) -> tuple[str, list[Button]]:
    """One reply as terminal text; its buttons become numbered choices starting at `first_number`, or, not
    `numbered` (at a question answered in words, where "3" may mean 3 pm), their names in brackets, to be typed."""
    lines: list[str] = []
    text = _plain_reply(reply)
    if reply.urgent:
        lines.append("!! URGENT !!")
    if text and not (reply.form and reply.text == reply.form.title):  # the form's own heading says it
        lines.append(text)
    if reply.citation:
        lines.append(citation_text(reply.citation))
    choices = list(reply.buttons)
    if not numbered:
        if choices:
            lines.append("  " + "  ".join(f"[{button.label}]" for button in choices))
        return "\n".join(lines), choices
    for number, button in enumerate(choices, start=first_number):
        lines.append(f"  {number}) {button.label}")
    return "\n".join(lines), choices


def field_prompt(field: FormField) -> str:
    """What the terminal shows before reading one form field."""
    label = field.label + ("" if field.required else " (optional: press Enter to leave it blank)")
    lines = [label]
    if field.hint:
        lines.append(f"  {field.hint}")
    if field.error:
        lines.append(f"  ! {field.error}")
    if field.value:
        lines.append(f"  Currently: {field.value} (press Enter to keep it)")
    for number, choice in enumerate(field_choices(field), start=1):
        lines.append(f"  {number}) {choice.label}")
    return "\n".join(lines)


def field_answer(field: FormField, typed: str) -> str:
    """A typed answer to a form field: a choice's number becomes its value; Enter keeps the current value."""
    typed = typed.strip()
    if not typed:
        return field.value
    choices = field_choices(field)
    if typed.isdigit() and 1 <= int(typed) <= len(choices):
        return choices[int(typed) - 1].value
    for choice in choices:
        if typed.lower() == choice.label.lower():
            return choice.value
    return typed
