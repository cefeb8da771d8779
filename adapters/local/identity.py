"""Who a local (web or terminal) user is: a typed name checked and turned into the engine's keys."""

from __future__ import annotations

import re

from bot.config import LOCAL_HEADTEACHER

MAX_NAME_CHARS = 40
# Letters (any script), digits, spaces and the punctuation names carry; no colons, so keys cannot collide.
_NAME = re.compile(r"^[^\W\d_][\w .'’-]*$")
RESERVED = frozenset({LOCAL_HEADTEACHER, "local:inbox"})


class BadName(ValueError):
    """A name the local adapters cannot use; the message is a polite sentence for the person."""


def user_key(name: object) -> str:
    """The engine's user key for a typed name ("Alice Smith" -> "local:alice.smith"), or BadName."""
    if not isinstance(name, str) or not name.strip():
        raise BadName("Please tell me your name first.")
    cleaned = " ".join(name.split())
    if len(cleaned) > MAX_NAME_CHARS or not _NAME.match(cleaned):
        raise BadName(f"Please use a name of up to {MAX_NAME_CHARS} letters, spaces, dots or hyphens.")
    key = "local:" + cleaned.lower().replace(" ", ".")
    if key in RESERVED:
        raise BadName("That name is reserved for the Headteacher's inbox. Please use your own name.")
    return key


def display_name(name: str) -> str:
    """The name as the person typed it, spaces tidied."""
    return " ".join(name.split())


def conversation_key(user: str) -> str:
    """A local user's one conversation with the bot: the terminal and the web page share it."""
    return user
