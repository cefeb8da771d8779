"""The report being written, as data: its steps (stored by name), the draft of answers so far, words taken or
waiting, what a step decided (`Transition`) and what the reporter did (`Input`); and the small helpers that name
and show someone's words.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Literal

from bot.flows.concern_wording import NO_DISCLOSURE, NOT_KNOWN
from bot.flows.when_dated import dated
from bot.messages import Reply

# "set_aside": the report kept unsent for Undo, as a switch to another report keeps it (`Transition.then_report`)
Effect = Literal["escalate_urgent", "submit", "cancel", "ask", "set_aside"]
MAX_FIELD_CHARS = 3000
SHOWN_CHARS = 500  # of an answer shown again at its step: enough to recognise it, short enough for a phone
# Never cut short unseen: an answer too long to keep is refused whole, and said so
TOO_LONG = ("That's longer than I can keep in one answer ({chars} characters; the limit is "
            f"{MAX_FIELD_CHARS}). Please shorten it; nothing was saved.")
TOO_LONG_ADDED = ("Added, that answer would be longer than I can keep ({chars} characters; the limit is "
                  f"{MAX_FIELD_CHARS}), so nothing has changed.")
SHORTER_OR_KEEP = " Type a shorter answer to replace it, or press Keep as it is."
DATED_AS = "\x1f"  # in `Draft.asked_back`: between the words asked about and the same words dated as typed


class Step(StrEnum):
    CATEGORY = "category"
    DANGER = "danger"
    AFFECTED = "affected"
    RESPONSIBLE = "responsible"
    PLATFORM = "platform"
    WHEN = "when"
    WHAT = "what"
    DISCLOSURE = "disclosure"
    EVIDENCE = "evidence"
    ACTIONS = "actions"
    CONFIRM = "confirm"


ORDER: tuple[Step, ...] = tuple(Step)
SKIPPABLE = frozenset({Step.AFFECTED, Step.RESPONSIBLE, Step.PLATFORM, Step.WHEN, Step.DISCLOSURE,
                       Step.EVIDENCE, Step.ACTIONS})
SKIPPED = {Step.DISCLOSURE: NO_DISCLOSURE, Step.RESPONSIBLE: NOT_KNOWN}


CHOICE_STEPS = frozenset({Step.CATEGORY, Step.DANGER, Step.CONFIRM})  # typed words there are answers
# Answered in the reporter's own words (the platform step's answer is one of its buttons, or a name typed)
TYPED_STEPS = frozenset(ORDER) - CHOICE_STEPS - {Step.PLATFORM}


@dataclass(frozen=True, slots=True)
class Draft:
    """A report being written: the answers so far, whether we came from the summary, the urgent reference."""

    fields: dict[str, str] = field(default_factory=dict)
    editing: bool = False
    reference: str | None = None  # set once an urgent concern was escalated before the details were complete
    taken: Taken | None = None  # the last answer, kept though it read as a question: theirs to take back, until next
    started: int = 0  # when the report began (µs): which report a form opened from it belongs to
    last: Taken | None = None  # the last words typed as an answer, offered back or not: "it was a question" finds them
    doubtful: bool = False  # begun by words only perhaps a report: while they are all it holds, they may be a question
    asked_remove: str = ""  # the step whose answer Skip just asked to keep or remove: a bare "no" there keeps it
    pending: Taken | None = None  # words typed over an answer shown, asked about: replace it, add to it, or keep it
    # More words typed on the summary while `pending` was asked about: each asked about in turn, oldest first, once
    # the one before is settled (stored as "queued"; a draft stored before there was a queue has none)
    queued: tuple[str, ...] = ()
    # The kind read from the opening message, offered at the kind question ("Your answer so far") but not the kind's
    # answer until kept or chosen: the kind decides the DSL's route, so a form, a cancelled report or a practical
    # question asked meanwhile never takes it as chosen (stored as "offered_kind")
    offered: str = ""
    # When the words being answered were typed (never stored): "yesterday" put in When is stored with the day it
    # meant then (`when_dated`), however it got there (typed at its step, added to, put there from the summary)
    typed_at: datetime | None = None
    # Words typed at When that look like who, or at Who is affected or Who is responsible like when, asked about
    # (`part_asked_back`): "step:words", then `DATED_AS` and the same words with the day they meant when typed (a yes
    # the next morning, or after a restart, would otherwise date "yesterday" from the yes); a typed yes or no answers
    # it, any answer stored ends it
    asked_back: str = ""
    # Back pressed at the danger question asked again on the summary (`step_moves.go_back`): on from the kind question,
    # that question again, then the summary; never after the teacher's own Edit of the kind (stored as "danger_back")
    danger_back: bool = False

    def with_field(self, name: str, value: str) -> Draft:
        if name == Step.WHEN.value and self.typed_at is not None:
            value = when_with_day(value, self.typed_at)
        return replace(self, fields={**self.fields, name: value}, taken=None, last=None, asked_back="")

    def taking(self, taken: Taken | None) -> Draft:
        return replace(self, taken=taken)

    def editing_as(self, editing: bool) -> Draft:
        return replace(self, editing=editing, taken=None, last=None, danger_back=False)

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"fields": dict(self.fields), "editing": self.editing, "reference": self.reference}
        if self.taken is not None:
            data["taken"] = self.taken.to_json()
        if self.last is not None:
            data["last"] = self.last.to_json()
        if self.started:
            data["started"] = self.started
        if self.doubtful:
            data["doubtful"] = True
        if self.asked_remove:
            data["asked_remove"] = self.asked_remove
        if self.pending is not None:
            data["pending"] = self.pending.to_json()
        if self.queued:
            data["queued"] = list(self.queued)
        if self.asked_back:
            data["asked_back"] = self.asked_back
        if self.offered:
            data["offered_kind"] = self.offered
        if self.danger_back:
            data["danger_back"] = True
        return data

    @classmethod
    def from_json(cls, data: dict[str, object] | None) -> Draft:
        data = data or {}
        raw = data.get("fields")
        fields = {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}
        ref, started, queued = data.get("reference"), data.get("started"), data.get("queued")
        return cls(fields, bool(data.get("editing")), str(ref) if ref else None, Taken.from_json(data.get("taken")),
                   started if isinstance(started, int) else 0, Taken.from_json(data.get("last")),
                   data.get("doubtful") is True, str(data.get("asked_remove") or ""),
                   Taken.from_json(data.get("pending")),
                   tuple(str(q) for q in queued if q) if isinstance(queued, list) else (),
                   offered=str(data.get("offered_kind") or ""), asked_back=_asked_back(data),
                   danger_back=data.get("danger_back") is True)

    @property
    def words_waiting(self) -> tuple[str, ...]:
        """Words typed in the chat and not yet in the report, oldest first: those asked about now (which part, or
        replace or add), then any queued behind them."""
        return ((self.pending.text,) if self.pending is not None else ()) + self.queued


def asked_back_as(step: Step, words: str, dated: str) -> str:
    """`Draft.asked_back` for words asked about at `step`, and the same words dated as typed."""
    return f"{step.value}:{words}{DATED_AS}{dated}"


def _asked_back(data: Mapping[str, object]) -> str:
    """The question asked back, as stored; from a draft stored before Who is responsible's "is that when?" was asked
    through `asked_back`, its own keys ("asked_when", "asked_when_day"), so a teacher mid-report across the upgrade
    has their yes or no read as it was asked."""
    if data.get("asked_back"):
        return str(data["asked_back"])
    if words := str(data.get("asked_when") or ""):
        return asked_back_as(Step.RESPONSIBLE, words, str(data.get("asked_when_day") or "") or words)
    return ""


def when_with_day(value: str, typed_at: datetime) -> str:
    """An answer to When with the day its relative words meant when typed (`when_dated`), unless that would make it
    longer than an answer may be (the words are the teacher's; the day is only a help)."""
    with_day = dated(value, typed_at)
    return with_day if len(with_day) <= MAX_FIELD_CHARS else value


# The caller's reading of words typed on the summary as a concern of their own, given the report's answers then
ReadsAnother = Callable[[str, Mapping[str, str]], bool]


@dataclass(frozen=True, slots=True)
class Taken:
    """Words kept as a step's answer that read as a question about the policy, and what that step held before, so
    "It was a question" can put the step back as it was and have the words answered instead."""

    step: str
    text: str
    before: str | None
    editing: bool
    checked: bool = False  # on the summary, "yes" was asked about once: the next plain yes sends
    came_when_closed: bool = False  # joined an URGENT concern closed at the time, so without reopening it
    # words typed on the summary and put in this part, asked Replace it / Add to it: new words typed then are another
    # correction, queued, not this part's new answer (the teacher never typed at this step)
    from_summary: bool = False
    # words on the summary that read as a concern of their own: asked whether they belong in this report or a new one
    # (`another_concern`), rather than which part they change
    another: bool = False

    @property
    def token(self) -> str:
        """The button's value: these words at this step, so a button left from an earlier answer acts on nothing."""
        return f"{self.step}:{digest(self.text)}"

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"step": self.step, "text": self.text, "before": self.before,
                                   "editing": self.editing, "checked": self.checked,
                                   "came_when_closed": self.came_when_closed}
        if self.from_summary:
            data["from_summary"] = True
        if self.another:
            data["another"] = True
        return data

    @classmethod
    def from_json(cls, data: object) -> Taken | None:
        if not isinstance(data, dict) or not data.get("step") or not data.get("text"):
            return None
        before = data.get("before")
        return cls(str(data["step"]), str(data["text"]), str(before) if before is not None else None,
                   bool(data.get("editing")), bool(data.get("checked")), bool(data.get("came_when_closed")),
                   data.get("from_summary") is True, data.get("another") is True)


@dataclass(frozen=True, slots=True)
class Transition:
    """What a step decided: where to go (None: the flow ends), the new draft, what to say, what to do."""

    next: Step | None
    draft: Draft
    replies: tuple[Reply, ...] = ()
    effect: Effect | None = None
    asked: str = ""  # effect "ask": the words taken back, to be answered as a question
    # effect "submit" or "set_aside": words of another concern, to begin a new report with once this one is dealt with
    then_report: str = ""


@dataclass(frozen=True, slots=True)
class Input:
    """What the reporter did at a step: typed text, or pressed a button with a value."""

    text: str = ""
    action: str | None = None
    value: str = ""

    @property
    def word(self) -> str:
        return " ".join(self.text.lower().replace("’", "'").strip(" .!").split())


def clipped(text: str, limit: int = SHOWN_CHARS) -> str:
    """An answer as shown again: enough to recognise it, short enough for a phone."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def digest(text: str) -> str:
    """A short fingerprint of someone's words, to name them without holding them ("" for none)."""
    return hashlib.sha256(text.encode()).hexdigest()[:12] if text else ""


def in_brief(text: str) -> str:
    return clipped(text, 80)  # beside another answer, in a question about the two


def step_named(name: str | None) -> Step | None:
    """The stored step, or None for a name no longer known (treated as 'start this step again')."""
    try:
        return Step(name) if name else None
    except ValueError:
        return None
