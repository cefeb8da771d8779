"""Text typed in a terminal, piped in or given as an argument, that is not all UTF-8.

Python keeps an undecodable byte of an argument (and of stdin under the C.UTF-8 locale) as a lone surrogate, which
the database and a strict UTF-8 stdout refuse with a traceback; under a UTF-8 locale such as en_GB.UTF-8 stdin
raises on the byte itself, losing every line after it. Each such byte becomes U+FFFD here, so a stray byte in one
line of `ask --jsonl`, or a Latin-1 "café" typed into `chat`, is answered like any other text.
"""

from __future__ import annotations

import io
import re
from typing import TextIO

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def readable(text: str) -> str:
    """`text` with each byte that was not UTF-8 (a lone surrogate) as U+FFFD."""
    if not _LONE_SURROGATE.search(text):
        return text
    try:  # bytes kept by surrogateescape: decoded again, so a valid sequence beside them survives
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that was never a byte
        return _LONE_SURROGATE.sub(REPLACEMENT, text)


def tolerant(stream: TextIO) -> TextIO:
    """`stream` (stdin) set to keep undecodable bytes rather than raise on them, for `readable` to replace."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="surrogateescape")
    return stream
