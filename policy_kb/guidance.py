"""Reads a policy's guidance file (`<policy stem>.guidance.yaml`): answers, example questions, routes.

The file is a YAML mapping. Clause IDs are its top-level keys; three lower-case keys are sections:

    B.3:
      answer: No, not without the Headteacher's consent first.
      examples: [Can I put sports day photos on Facebook?]
      keywords: [photos, school events]
      related: [D.1]
      route: Headteacher first, LADO where needed (B.0).
      not_settled: [Which photo apps has the Head approved?]
    concerns:
      bullying: {clauses: [E.0, E.4], route: Tell the DSL the same day.}
    not_covered: [How many sick days do I get?]

`not_settled` lists questions about a clause's subject that neither it nor any other clause answers ("who gets the
filtering alerts?" beside "Smoothwall will block and alert"); with `not_covered` they are what the matcher knows the
policy does not answer, so such a question is told so instead of being answered from the clause whose words it shares.

Every problem raises PolicyError with the guidance file's path and the line (from YAML's marks).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from policy_kb.errors import read_text

CONCERN_CATEGORIES = ("bullying", "parent_post", "image", "staff_conduct", "other")
# The kind for a member of staff's conduct, whose route is the Headteacher's (and the LADO's), not the DSL's
STAFF_KIND = "staff_conduct"


@dataclass(frozen=True, slots=True)
class Guidance:
    """What a school adds to one clause: a direct answer, questions people ask, synonyms, a route."""

    answer: str = ""
    examples: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    route: str = ""
    line: int = 0
    not_settled: tuple[str, ...] = ()  # near misses: on this clause's subject, answered by no clause


@dataclass(frozen=True, slots=True)
class ConcernGuidance:
    """Which clauses a category of concern relates to, and who it goes to."""

    clauses: tuple[str, ...] = ()
    route: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class GuidanceFile:
    """A whole guidance file; `path` is None when the policy has none."""

    path: Path | None = None
    clauses: Mapping[str, Guidance] = field(default_factory=dict)
    concerns: Mapping[str, ConcernGuidance] = field(default_factory=dict)
    not_covered: tuple[str, ...] = ()
    short_name: str = ""  # what replies call the policy, where its file's own title will not do
    help_examples: tuple[str, ...] = ()  # the questions help gives as examples of what to ask

    @property
    def unanswered(self) -> tuple[str, ...]:
        """Every question the guidance says the policy does not answer: `not_covered`, then each clause's
        `not_settled`, each once (however it is cased or spaced)."""
        once: dict[str, str] = {}
        for question in (*self.not_covered, *(q for g in self.clauses.values() for q in g.not_settled)):
            once.setdefault(same_question(question), question)
        return tuple(once.values())

    @property
    def near_misses(self) -> dict[str, str]:
        """Each `not_settled` question and the clause whose subject it is on (the first clause to list it)."""
        found: dict[str, str] = {}
        for clause_id, guidance in self.clauses.items():
            for question in guidance.not_settled:
                found.setdefault(question, clause_id)
        return found


def same_question(text: str) -> str:
    """A question as compared with another: case and spacing do not make it a different one."""
    return " ".join(text.casefold().split())


def guidance_path(policy_path: Path | str) -> Path:
    """Where a policy's guidance lives: beside it, named `<policy stem>.guidance.yaml`."""
    policy_path = Path(policy_path)
    return policy_path.with_name(f"{policy_path.stem}.guidance.yaml")


def parse_guidance(path: Path, text: str, known_ids: Collection[str]) -> GuidanceFile:
    """Parse guidance text, checking every clause ID against `known_ids`."""
    from policy_kb.guidance_yaml import read_guidance  # only when the index cache does not already hold the file

    return read_guidance(path, text, known_ids)


def load_guidance(policy_path: Path | str, known_ids: Collection[str]) -> GuidanceFile:
    """The guidance beside a policy, or an empty GuidanceFile when there is none."""
    path = guidance_path(policy_path)
    if not path.exists():
        return GuidanceFile()
    return parse_guidance(path, read_text(path), known_ids)
