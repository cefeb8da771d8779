"""The intent rules run as rewritten patterns (alternatives grouped by first letter): they must find exactly what the
rules as written find, or a report could be missed for the sake of speed."""

from __future__ import annotations

import re

import pytest

import intents.understanding  # noqa: F401 - imports every rule module, so each of their patterns is registered
from bench.labelled_sets import ADMIN, OURS, UNSEEN
from intents.alternation import WRITTEN, compiled, grouped
from intents.normalise import plain
from policy_kb.questions import read_labelled


@pytest.mark.parametrize(("written", "expected"), [
    # Grouped by first letter, order kept within the letter: "abuse" before "abusive" as written.
    (r"\b(?:abuse|bully|abusive)\b", r"\b(?:a(?:buse|busive)|bully)\b"),
    # A \w+ed keeps its place: the words before it and after it are grouped apart, so whatever wins where both
    # could match still wins.
    (r"(?:posted|\w+ed|pinned|pasted)", r"(?:posted|\w+ed|p(?:inned|asted))"),
    # A first letter made optional is not a first letter.
    (r"s?he|sky|she", r"s?he|s(?:ky|he)"),
    # A | inside a character class or escaped is a character, not an alternative.
    (r"[|a]b|a\|b|ac", r"[|a]b|a(?:\|b|c)"),
    # Groups are grouped inside too, named ones keeping their names.
    (r"(?P<harm>nasty|nudes?)|(?P<when>now|night)", r"(?P<harm>n(?:asty|udes?))|(?P<when>n(?:ow|ight))"),
])
def test_alternatives_are_grouped_by_first_letter_in_order(written: str, expected: str) -> None:
    assert grouped(written) == expected


def test_capturing_groups_keep_their_numbers() -> None:
    # Moving "a(z)" before "b(y)" would renumber (z) from 3 to 2, and a back-reference to 2 would then mean (z).
    for written in (r"a(x)|b(y)|a(z)", r"(?:a(x)|b(y)|a(z))\2", r"a(?P<x>x)|b(?P<y>y)|a(?P<z>z)"):
        assert grouped(written) == written
    assert compiled(r"(?:a(x)|b(y)|a(z))\2").search("byy") is not None


def test_under_ignorecase_or_verbose_a_pattern_is_compiled_as_written() -> None:
    # Grouped, "abc|Abd|ab" would try "ab" before "Abd", and under IGNORECASE both match "abd".
    assert compiled(r"abc|Abd|ab", re.IGNORECASE).match("abd").group() == "abd"  # type: ignore[union-attr]
    assert compiled(r"ab|x|a *b", re.VERBOSE).match("ab").group() == "ab"  # type: ignore[union-attr]


def test_a_pattern_compiled_again_is_remembered_once() -> None:
    before = len(WRITTEN)
    first = compiled(r"\b(?:zebra|zulu|yak)\b")
    again = compiled(r"\b(?:zebra|zulu|yak)\b")
    assert len(WRITTEN) == before + 1
    assert first.search("a yak").group() == again.search("a yak").group() == "yak"  # type: ignore[union-attr]


@pytest.mark.parametrize("broken", [r"(?:abc", r"abc)", r"(?i)abc"])
def test_a_pattern_it_cannot_read_is_refused_not_guessed(broken: str) -> None:
    with pytest.raises(ValueError):
        grouped(broken)


def _messages() -> list[str]:
    """Every labelled message of ours, as the rules see it: plain words."""
    return sorted({plain(r.q) for path in (*OURS.values(), *UNSEEN.values(), ADMIN) for r in read_labelled(path)})


def test_every_rule_finds_exactly_what_it_was_written_to_find() -> None:
    assert len(WRITTEN) >= 15  # the report, incident, small-talk, help and follow-up rules
    messages = _messages()
    for (written, _), fast in WRITTEN.items():
        slow = re.compile(written, fast.flags)
        assert (fast.groups, fast.groupindex) == (slow.groups, slow.groupindex), written
        for message in messages:
            found = [(m.span(), m.lastgroup, m.groups()) for m in fast.finditer(message)]
            assert found == [(m.span(), m.lastgroup, m.groups()) for m in slow.finditer(message)], (written, message)
            assert bool(fast.match(message)) == bool(slow.match(message))


def test_a_rewritten_pattern_still_prefers_the_alternative_written_first() -> None:
    # "group chat" is written before "group": as one platform, not "group" then "chat".
    fast = compiled(r"\b(?:(?P<platform>group chat|chat|group)|(?P<other>\w+))\b")
    assert [m.group() for m in fast.finditer("the year 6 group chat again")] == [
        "the", "year", "6", "group chat", "again"]
