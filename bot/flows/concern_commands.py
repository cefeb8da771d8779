"""Typed words that are commands in a report rather than answers (cancel, back, skip, keep, remove, help, send, "it
was a question"), read with the please and thanks around them and through one slip of the thumb; and words
shaped as a question.
"""

from __future__ import annotations

import re

from bot.flows.bare_words import ASKS_WHAT_TO_DO, one_slip, plain
from bot.flows.concern_draft import Draft, Input, Step
from bot.flows.danger_told import danger_told
from bot.flows.summary_words import SEND_NUDGE, SEND_WORDS

CANCEL_WORDS = {"cancel", "stop", "quit", "abort", "cancel report", "cancel my report", "cancel the report",
                "cancel this report"}

BACK_WORDS = {"back", "go back", "previous", "previous question", "go back one"}
SKIP_WORDS = {"skip", "pass", "skip this", "skip it", "skip that", "skip this one", "none", "n/a", "dont know",
              "don't know", "not known", "unknown"}
SKIP_ONLY = {"skip", "pass", "skip this", "skip it", "skip that", "skip this one"}
REMOVE_WORDS = {"remove", "remove it", "remove that", "remove this", "remove my answer", "take it out", "clear it"}
HELP_WORDS = {"help", "?", "what do i do", "help me"}
# Said around a command, not instead of one ("cancel please", "ok skip", "go back thanks")
_POLITE = re.compile(r"^(?:(?:please|pls|ok|okay|oh|oops|sorry|erm|um|just|can you|could you)[ ,]+)+|"
                     r"(?:[ ,]+(?:please|pls|thanks|thank you|ta|now))+$")
# Read through one slip of the thumb: a letter doubled, dropped or two swapped ("cancle", "cancell", "previus"), never
# one letter for another, which makes other words ("cancer")
_TYPO_SAFE = frozenset({"cancel", "previous", "unknown"})
KEEP_WORDS = {"keep", "keep it", "keep that", "keep as it is", "keep it as it is", "leave it", "leave it as it is",
              "as before", "use that"}
CONFIRM_WORDS = {"confirm", "yes", "send", "submit", "send it", "yes send", "ok", "okay", "send report",
                 "send the report", "send my report"}
COMMAND_WORDS = CANCEL_WORDS | BACK_WORDS | SKIP_WORDS | HELP_WORDS | KEEP_WORDS | REMOVE_WORDS
# At the step for a child's exact words, "stop", "help me" or "don't know" may be what the child said: only the
# commands the report's first message names ("You can type back, skip, cancel or help") are commands there, read
# politely too ("cancel please", "go back")
_PLAIN_READ = {"back", "go back", "skip", "skip this", "skip it", "cancel", "cancel report", "cancel my report",
               "cancel the report", "cancel this report", "help"}


def says_cancel(text: str) -> bool:
    """Typed words that cancel a report (inside one, it stops; outside, there is none to stop)."""
    return as_command(Input(text=text).word) in CANCEL_WORDS


# "Send" with only words that hurry or thank around it ("please send now, urgent", "yes send it please", "ok send
# it asap"): the Send button pressed. Anything else with it ("send it, and also he has her number") is more words
_SEND_SAID = re.compile(rf"(?:{SEND_NUDGE}[ ,]+)*{SEND_WORDS}(?:[ ,]+{SEND_NUDGE})*")


def says_send(text: str) -> bool:
    """Typed words that send a report from its summary ("send", "submit", "send report", "please send now, urgent"),
    but not a bare yes or ok, nor send asked about ("send?", "send it now?": the teacher is asking, not telling)."""
    word = as_command(Input(text=text).word)
    return (word in CONFIRM_WORDS and word not in ("yes", "ok", "okay")) or (
        "?" not in text and _SEND_SAID.fullmatch(plain(text)) is not None)


def as_command(word: str) -> str:
    """Typed words as the command they name, if they name one: without the please and thanks around it, and read
    through one slip of the thumb in a long command word. Anything else comes back as it was."""
    bare = _POLITE.sub("", word).strip() or word
    if bare in COMMAND_WORDS:
        return bare
    return next((command for command in _TYPO_SAFE if one_slip(bare, command)), bare)


def typed_command(step: Step, draft: Draft, given: Input) -> str | None:
    """The command typed words name at `step` (one of the word sets' own words), or None: they are an answer."""
    if given.action:
        return None
    if step is Step.DISCLOSURE:  # a child's words are kept as said; only the plain commands are commands here
        answered = bool(draft.fields.get(step.value))  # keep and remove, as the prompt asks, where there's an answer
        read = as_command(given.word)
        if read == "help" and given.word != "help":  # "please help", "help now": a child's words, more likely
            return None
        if read in _PLAIN_READ or (answered and (read in KEEP_WORDS or read in ("remove", "remove it"))):
            return read
        return None
    if step is Step.DANGER and danger_told(given.text) is not None:  # "should i call the police now": the answer
        return None
    command = as_command(given.word)
    if command not in COMMAND_WORDS and ASKS_WHAT_TO_DO.fullmatch(plain(given.word)):
        return "help"
    return command if command in COMMAND_WORDS else None


_TAKE_BACK = re.compile(
    r"(?:(?:no|oh|oops|sorry|ah|um|erm|yes|yeah|yep|actually|please)[ ,]+)*"
    r"(?:(?:(?:it|that|this)(?:s| was| is)(?:nt| not) (?:an |my )?answer,? )?"
    r"(?:(?:it|that|this)(?:s| was| is)(?: just| actually| meant as| meant to be)?(?: a| my)? question|"
    r"(?:a |my |just a )?question|i (?:was (?:just )?asking|meant it as)(?: you)?(?: a)?(?: question)?|"
    r"i asked(?: you)? a question|"
    r"(?:please )?answer (?:my|the|that) question|"
    r"(?:it|that)(?:s| was| is)(?:nt| not) (?:an |my )?answer|not (?:an |my )?answer))"
    r"(?:[ ,]+(?:sorry|thanks|lol|not (?:an |my )?answer|for you|please answer(?: it)?|answer it|please))*")
# Its long words are read through one slip too, as `_TYPO_SAFE`'s are ("it was a qustion", "that wasnt an anwser"):
# one such slip from each makes no other word but its plural; not "asking" ("basking", "masking"), nor a short word
# ("was": "saw", "as"), which would turn other sentences into this one
_TAKE_BACK_TYPO_SAFE = frozenset({"question", "answer", "actually"})


def says_it_was_a_question(word: str) -> bool:
    """Words saying the last answer was a question ("no, that was a question", "its a question?", "sorry - it was
    a question"): apostrophes, dashes and a closing question mark aside, the whole message says only that."""
    meta = " ".join(re.sub(r"[^\w\s,]", " ", word.replace("'", "")).split())  # emoji, dashes and ? aside
    return _TAKE_BACK.fullmatch(re.sub(r"\w+", _slip_read, meta)) is not None


def _slip_read(typed: re.Match[str]) -> str:
    """A word of a message, read through one slip of the thumb as a long word of "it was a question"."""
    word = typed.group()
    return next((safe for safe in _TAKE_BACK_TYPO_SAFE if one_slip(word, safe)), word)


# Without its question mark, a question is known by how it starts; not "Will" or "May", which start names as often.
_QUESTION_START = re.compile(r"(can|could|am|is|are|do|does|should|shall|must|would|what|how|who|where|when|why|"
                             r"which)\b", re.I)


def question_shaped(text: str) -> bool:
    """Words shaped as a question: a question mark, or a question's first word."""
    text = text.strip()
    return text.endswith("?") or _QUESTION_START.match(text) is not None
