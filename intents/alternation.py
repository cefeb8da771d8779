r"""Regular expressions rewritten for Python's backtracking engine: alternatives that begin with the same letter share
one test of it.

`re` tries the alternatives of `\b(?:abuse|abusive|bullied|...)` one by one at every word boundary of a message, so
a list of two hundred words costs two hundred tests per word. Grouped by first letter (`a(?:buse|busive)|b(?:...)`)
it costs one test per distinct letter. The rewrite matches exactly what the written pattern matches, with the same
groups and the same spans: alternatives are only grouped within a run that no other kind of alternative interrupts
(a `\w+ed`, a `(?:...)` or anything holding a capturing group keeps its place, so groups keep their numbers), and
their order within a group is kept, so the one that wins where two could match is the same one. The rules stay
written for people to read.
"""

from __future__ import annotations

import re

from intents import pattern_cache

_QUANTIFIERS = frozenset("?*+{")


# Each pattern compiled here, by the pattern as written and its flags: tests/intents/test_alternation.py checks the two
# agree. Keyed, so a pattern compiled again (a module reloaded) is held once, not once per call.
WRITTEN: dict[tuple[str, int], re.Pattern[str]] = {}


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern)`, every alternation in it (at the top and in each group) grouped by first letter. Under
    IGNORECASE ("a" and "A" would be grouped apart) or VERBOSE (spaces and # are not literal) it is compiled as
    written."""
    fast = pattern_cache.compile_cached(pattern, flags, None if flags & (re.IGNORECASE | re.VERBOSE) else grouped)
    WRITTEN[pattern, flags] = fast
    return fast


def grouped(pattern: str) -> str:
    """The pattern with every alternation in it grouped by first letter (see the module's docstring)."""
    return _rewrite(pattern, 0, nested=False)[0]


# One alternative's text, and whether it holds a capturing group: such an alternative never moves, or the groups
# would be numbered differently (and a numbered back-reference would point elsewhere).
_Alternative = tuple[str, bool]


# A character that needs a look (escape, class, group, alternation), or a run of those that do not: the rewrite runs
# at import, so it steps over plain words whole.
_TOKEN = re.compile(r"\\.|[()\[|]|[^\\()\[|]+", re.DOTALL)


def _rewrite(pattern: str, start: int, nested: bool) -> tuple[str, int, bool]:
    """The alternation from `start` to the end, or to the `)` closing a group when `nested`, rewritten; where it
    stopped; and whether it holds a capturing group."""
    alternatives: list[_Alternative] = []
    current: list[str] = []
    captures = False
    i = start
    while i < len(pattern):
        token = _TOKEN.match(pattern, i).group()  # type: ignore[union-attr]  # every character is some token
        if token == "|":
            alternatives.append(("".join(current), captures))
            current, captures = [], False
            i += 1
        elif token == "(":
            opening = _group_opening(pattern, i)
            body, close, inner = _rewrite(pattern, i + len(opening), nested=True)
            current.append(f"{opening}{body})")
            captures = captures or inner or opening == "(" or opening.startswith("(?P<")
            i = close + 1
        elif token == ")":
            if not nested:
                raise ValueError(f"unbalanced ')' at {i} in {pattern!r}")
            alternatives.append(("".join(current), captures))
            return _by_letter(alternatives), i, any(c for _, c in alternatives)
        elif token == "[":
            end = _class_end(pattern, i)
            current.append(pattern[i:end])
            i = end
        else:
            current.append(token)
            i += len(token)
    if nested:
        raise ValueError(f"missing ')' in {pattern!r}")
    alternatives.append(("".join(current), captures))
    return _by_letter(alternatives), i, any(c for _, c in alternatives)


def _class_end(pattern: str, start: int) -> int:
    """Just past the character class opening at `start` (`]` first, or after `^`, is a literal)."""
    i = start + 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _group_opening(pattern: str, start: int) -> str:
    """`(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` or `(?P<name>` at `start`."""
    if pattern.startswith("(?P<", start):
        return pattern[start : pattern.index(">", start) + 1]
    for opening in ("(?:", "(?=", "(?!", "(?<=", "(?<!"):
        if pattern.startswith(opening, start):
            return opening
    if pattern.startswith("(?", start):
        raise ValueError(f"unsupported group {pattern[start:start + 4]!r} in {pattern!r}")
    return "("


def _letter(alternative: str) -> str | None:
    """The literal character an alternative must begin with, when it is a plain letter or digit that no quantifier
    makes optional."""
    first = alternative[:1]
    if first.isascii() and first.isalnum() and alternative[1:2] not in _QUANTIFIERS:
        return first
    return None


def _by_letter(alternatives: list[_Alternative]) -> str:
    """One alternation's alternatives, each run of letter-led ones grouped by first letter, order kept."""
    out: list[str] = []
    run: dict[str, list[str]] = {}

    def flush() -> None:
        for letter, rests in run.items():
            out.append(letter + rests[0] if len(rests) == 1 else f"{letter}(?:{'|'.join(rests)})")
        run.clear()

    for alternative, captures in alternatives:
        letter = None if captures else _letter(alternative)
        if letter is None:
            flush()
            out.append(alternative)
        else:
            run.setdefault(letter, []).append(alternative[1:])
    flush()
    return "|".join(out)
