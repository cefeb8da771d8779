"""What the engine refuses before it touches any state: over-long messages, unreadable characters, nothing typed.

The one source of these refusals for every way in: the engine (chat, Slack, Teams, terminal) and `ask`.
"""

from __future__ import annotations

import re
import unicodedata

from bot.messages import IncomingMessage

MAX_MESSAGE_CHARS = 4000  # POLICYBOT_MAX_MESSAGE_CHARS unless set
MAX_MESSAGE_VARIABLE = "POLICYBOT_MAX_MESSAGE_CHARS"
MAX_TOTAL_CHARS = 40_000  # a whole report form, every field at its limit, fits
# Tab, newline and carriage return are ordinary typing; every other C0/C1 control character is not. Nor is a lone
# surrogate, half a character (a JSON "\\udcff" escape, a byte that was not UTF-8): the database cannot store it.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """NFC-normalised, trimmed text (a pasted 'é' in two code points is the same word as one)."""
    return unicodedata.normalize("NFC", text).strip()


def nothing_typed(policy_name: str) -> str:
    """The reply to an empty or blank message: there is nothing to answer, so say how to ask."""
    return f"I didn't catch anything there. Ask me about the {policy_name}, or type 'report a concern'."


def _problem(text: str, texts: list[str], max_chars: int) -> tuple[str, str] | None:
    if len(text) > max_chars or sum(len(t) for t in texts) > MAX_TOTAL_CHARS:
        return (f"Sorry, that message is too long for me ({len(text):,} characters; the limit is "
                f"{max_chars:,}). Nothing was changed. Please send it in shorter parts.", "too_long")
    if any(_CONTROL.search(t) for t in texts):
        return ("Sorry, that message contains control characters I can't read, so I've ignored it and nothing "
                "was changed. Please type it again.", "control_characters")
    return None


def too_long_in_a_report(length: int, max_chars: int, field_chars: int) -> str:
    """Too long, typed at a report's question: "send it in shorter parts" sent the second part on as the next
    question's answer (a teacher's account became the child's own words), so here it is "shorten it"."""
    return (f"Sorry, that message is too long for me ({length:,} characters; the limit is {max_chars:,}). Nothing was "
            f"changed. Please shorten it to what the Designated Safeguarding Lead needs (one answer holds up to "
            f"{field_chars:,} characters) and send it again here. Your report is waiting at this question:")


def problem_with(msg: IncomingMessage, max_chars: int) -> tuple[str, str] | None:
    """A polite refusal and its metric reason, or None when the message can be handled."""
    return _problem(msg.text, [msg.text, msg.value, *(str(v) for v in (msg.form or {}).values())], max_chars)


def refusal_of_question(text: str, max_chars: int, policy_name: str) -> str | None:
    """What the chat would say instead of an answer to `text` typed as a question (`ask`), or None to answer it:
    the same checks in the same order as `Engine.handle` then `_on_text`."""
    if (problem := _problem(text, [text], max_chars)) is not None:
        return problem[0]
    return None if clean_text(text) else nothing_typed(policy_name)


def configured_max_chars() -> int:
    """POLICYBOT_MAX_MESSAGE_CHARS as the settings read it, without importing them when nothing could be set."""
    from bot.policy_path import settings_may_set

    if not settings_may_set(MAX_MESSAGE_VARIABLE):
        return MAX_MESSAGE_CHARS
    from bot.config import Settings

    return Settings().max_message_chars
