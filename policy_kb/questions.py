"""Labelled questions: how staff really asked, and which clause answers. `app.py eval` measures the matcher with
them; a file of them beside a policy also teaches the matcher.

A line is {"q": ..., "expect": [clause IDs], "kind": "in_scope" | "out_of_scope" | "report_intent"}. Beside a
policy, as `<policy stem>.questions.jsonl`, each in-scope question that exactly one clause answers becomes one
more example question of that clause: a school that labels what its staff asked gets a matcher that knows their
words. Questions two clauses answer, out-of-scope questions and reports are kept for measuring only: as examples
they taught the matcher to answer what it should not (README, "How the matcher works").
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from policy_kb.errors import PolicyError, read_text

KINDS = ("in_scope", "out_of_scope", "report_intent")


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled question and the line it is on."""

    q: str
    expect: tuple[str, ...]
    kind: str
    line: int


def parse_labelled(path: Path, text: str) -> list[Labelled]:
    """The labelled questions of JSONL text; blank lines are skipped, a bad line is a PolicyError naming it."""
    rows = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
            row = Labelled(item["q"], tuple(item.get("expect") or ()), item["kind"], number)
        except (ValueError, KeyError, TypeError) as exc:
            raise PolicyError(path, number, f"not a labelled question ({type(exc).__name__}: {exc})") from exc
        if not isinstance(row.q, str) or not all(isinstance(c, str) for c in row.expect) or row.kind not in KINDS:
            raise PolicyError(path, number, f'"q" must be text, "expect" clause IDs and "kind" one of {KINDS}')
        rows.append(row)
    return rows


def read_labelled(path: Path) -> list[Labelled]:
    """The labelled questions of a JSONL file."""
    return parse_labelled(path, read_text(path))


def questions_path(policy_path: Path | str) -> Path:
    """Where a policy's labelled questions live: beside it, named `<policy stem>.questions.jsonl`."""
    policy_path = Path(policy_path)
    return policy_path.with_name(f"{policy_path.stem}.questions.jsonl")


def load_learned(policy_path: Path | str, known_ids: Collection[str]) -> Mapping[str, tuple[str, ...]]:
    """Clause ID -> the labelled questions beside the policy that it alone answers (nothing when there is no file).
    A question naming a clause the policy does not have is an error: a renumbered policy must not teach the
    matcher the wrong clause."""
    path = questions_path(policy_path)
    return learned_from(path, read_text(path), known_ids) if path.exists() else {}


def learned_from(path: Path, text: str, known_ids: Collection[str]) -> Mapping[str, tuple[str, ...]]:
    """`load_learned` for a questions file's text already read."""
    learned: dict[str, list[str]] = {}
    for row in parse_labelled(path, text):
        unknown = [c for c in row.expect if c not in known_ids]
        if unknown:
            raise PolicyError(path, row.line, f"no clause {', '.join(unknown)} in the policy")
        if row.kind == "in_scope" and len(row.expect) == 1 and row.q.strip():
            learned.setdefault(row.expect[0], []).append(row.q)
    return {clause_id: tuple(questions) for clause_id, questions in learned.items()}
