"""A costly pattern tried only on messages holding a word every match of it needs: most messages hold none.

A long reading ("a carer drunk at pick up", said any of a dozen ways) tries its alternatives, each with gaps of a few
words, at every word boundary of every message, to find nothing in nearly all of them. One plain alternation of the
words it cannot match without ("drunk", "tipsy", "stoned"…) is far cheaper, and where it finds none the reading
could not have matched: the answer is the same, found sooner. The needed pattern must be found inside every match of
the costly one (it is built from the same words, so an edit to them reaches both), and it is searched over the same
span (`pos`, `endpos`), so what the costly one would find there it still finds.
"""

from __future__ import annotations

import re
import sys
from typing import Any


class PreChecked:
    """`pattern`, its search, match and fullmatch tried only where `needed` is found; everything else as `pattern`."""

    __slots__ = ("_costly", "_needed")

    def __init__(self, pattern: re.Pattern[str], needed: re.Pattern[str]) -> None:
        self._costly = pattern
        self._needed = needed

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._costly.search(string, pos, endpos) if self._needed.search(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._costly.match(string, pos, endpos) if self._needed.search(string, pos, endpos) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._costly.fullmatch(string, pos, endpos) if self._needed.search(string, pos, endpos) else None

    def __getattr__(self, name: str) -> Any:  # sub, finditer, groups, pattern text…: the pattern's own, unchecked
        return getattr(self._costly, name)


_LOOKBEHIND = re.compile(r"\(\?<[=!](?:[^()\\]|\\.)*\)")  # one holding no group of its own
_EMPTY_GROUP = re.compile(r"\(\?:\|*\)")


def loosened(part: str) -> str:
    """`part` without its lookbehinds (and the groups that leaves empty): it matches wherever `part` does, and
    elsewhere too, and is found sooner, the engine no longer looking behind at every letter."""
    return _EMPTY_GROUP.sub("", _LOOKBEHIND.sub("", part))
