"""The only types an adapter and the engine share: one incoming message, the replies to it.

Adapters translate platform payloads into `IncomingMessage` and render `Reply` back (Block Kit,
Adaptive Cards, numbered choices in the terminal, HTML in the web chat). Wording, button ids and
form fields live in bot/; renderers only lay them out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

FieldKind = Literal["text", "multiline", "choice", "yesno"]


@dataclass(frozen=True, slots=True)
class Button:
    """A pressable choice; `action` names what it does, `value` carries its argument (a clause id, a reference)."""

    action: str
    label: str
    value: str = ""
    style: Literal["primary", "danger"] | None = None


@dataclass(frozen=True, slots=True)
class Citation:
    """A clause quoted word for word, with its ID and section title."""

    clause_id: str
    text: str
    section: str = ""


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class FormField:
    """One field of a form; `error` is a per-field validation message to show beside it."""

    name: str
    label: str
    kind: FieldKind = "text"
    required: bool = False
    choices: tuple[Choice, ...] = ()
    hint: str = ""
    value: str = ""
    error: str = ""
    max_length: int = 3000


@dataclass(frozen=True, slots=True)
class Form:
    """A whole form at once (Slack modal, Adaptive Card, web form); submitting it sends `submit_action`."""

    form_id: str
    title: str
    fields: tuple[FormField, ...]
    submit_action: str
    submit_label: str = "Submit"
    intro: str = ""
    value: str = ""  # opaque context echoed back on submit, e.g. a concern reference

    @property
    def has_errors(self) -> bool:
        return any(f.error for f in self.fields)


@dataclass(frozen=True, slots=True)
class OwnWords:
    """A label and someone's own words beside it (a reporter's answer, a child's words as told): words to show
    exactly as typed, never read as formatting, whatever markup the platform reads in the rest of a reply."""

    label: str
    words: str

    @property
    def line(self) -> str:
        """The row as it stands in its reply's text: the label in the engine's one emphasis, then the words."""
        return f"*{self.label}:* {self.words}"


@dataclass(frozen=True, slots=True)
class Reply:
    """One message back to the user.

    `private` asks the adapter to show it only to the person who acted (Slack ephemeral) where the
    platform can; `urgent` lets renderers make it stand out. `own_words`: rows of people's own words that
    `text` holds, each as its `line` (a line of its own, in this order); `text` stays whole for surfaces that show
    it as it is, and a platform that would read markup in it shows these rows from here instead (see `lines`).
    `typed_answer`: the question it asks is answered in the person's own words, its buttons only ways round an
    answer (skip, back, cancel, help), so a surface where buttons are chosen by typing (the terminal's numbers)
    must not take an answer such as "3" (for 3 pm) as a button.
    """

    text: str
    buttons: tuple[Button, ...] = ()
    citation: Citation | None = None
    form: Form | None = None
    urgent: bool = False
    private: bool = False
    own_words: tuple[OwnWords, ...] = ()
    typed_answer: bool = False


def lines(reply: Reply) -> list[str | OwnWords]:
    """A reply's text line by line, each row of its `own_words` as one item (its words may run over several lines).

    A row is found only where its whole `line` stands as lines of their own, after the row before it; one not found
    (the text was changed after it was made) is left as the text it is in."""
    text, at = reply.text, 0
    items: list[str | OwnWords] = []
    for row in reply.own_words:
        start = _line_at(text, row.line, at)
        if start < 0:
            continue
        items += text[at:start].split("\n")[:-1]  # the lines before it, without the break that ends them
        items.append(row)
        at = start + len(row.line) + 1  # past the break that ends it
    if at <= len(text):
        items += text[at:].split("\n")
    return items


def _line_at(text: str, line: str, start: int) -> int:
    """Where `line` stands in `text` from `start` as lines of their own, or -1."""
    while (at := text.find(line, start)) >= 0:
        end = at + len(line)
        if (at == 0 or text[at - 1] == "\n") and (end == len(text) or text[end] == "\n"):
            return at
        start = at + 1
    return -1


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """One thing a user did: typed text, pressed a button, or submitted a form.

    `user` and `conversation` are keyed by platform ("slack:U0HEAD", "teams:29:abc", "local:alice");
    `delivery_id` is the platform's event id, the engine's dedupe key.
    """

    user: str
    conversation: str
    text: str = ""
    action: str | None = None
    value: str = ""
    form: Mapping[str, str] | None = None
    delivery_id: str | None = None
    display_name: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def platform(self) -> str:
        return self.user.split(":", 1)[0]
