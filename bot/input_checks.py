"""What the engine refuses before it touches any state: over-long messages and unreadable characters."""

from __future__ import annotations

import re
import unicodedata

from bot.messages import IncomingMessage

# Tab, newline and carriage return are ordinary typing; every other C0/C1 control character is not.
MAX_TOTAL_CHARS = 40_000  # a whole report form, every field at its limit, fits
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """NFC-normalised, trimmed text (a pasted 'é' in two code points is the same word as one)."""
    return unicodedata.normalize("NFC", text).strip()


def problem_with(msg: IncomingMessage, max_chars: int) -> tuple[str, str] | None:
    """A polite refusal and its metric reason, or None when the message can be handled."""
    texts = [msg.text, msg.value, *(str(v) for v in (msg.form or {}).values())]
    total = sum(len(t) for t in texts)
    if len(msg.text) > max_chars or total > MAX_TOTAL_CHARS:
        return (f"Sorry, that message is too long for me ({len(msg.text):,} characters; the limit is "
                f"{max_chars:,}). Nothing was changed. Please send it in shorter parts.", "too_long")
    if any(_CONTROL.search(t) for t in texts):
        return ("Sorry, that message contains control characters I can't read, so I've ignored it and nothing "
                "was changed. Please type it again.", "control_characters")
    return None
