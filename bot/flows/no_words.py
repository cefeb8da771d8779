"""A message with no words in it ("🙄", "😡😡", "…") typed at a question answered in the reporter's own words: not an
answer. Kept, "Who is affected: 🙄" replaced the names given before and went to the Headteacher. Thumbs and "??" are
read before this (`bare_words.agrees`, `small_talk`); a child's words are kept as they come.
"""

from __future__ import annotations

import unicodedata


def no_words(text: str) -> bool:
    """Not one letter or digit in the whole message, though something was typed."""
    text = text.strip()
    return bool(text) and not any(unicodedata.category(ch)[0] in "LN" for ch in text)
