"""Reads a policy markdown file (front matter, clause IDs in [brackets]) into clauses.

The format is the one of shared/policy/longton-lane-social-media-policy.md:
- `[A.1] text` paragraphs and `- [B.1] text` bullets are clauses;
- a heading ending in `[ID]` (`## Rationale [RATIONALE]`) makes the prose under it one clause;
- a heading ending in a range (`[APX.1 – APX.5]`) only groups the clauses under it;
- `## A. Title` headings name the section the following clauses belong to.
Front matter (`agreed`, `next_review`, ...) becomes the META.AGREED and META.REVIEW clauses.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from policy_kb.errors import PolicyError, read_text
from policy_kb.policy_name import SHORT_NAME_KEY, policy_name
from policy_kb.review import human_date, review_due, written_date

ID_PATTERN = r"[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*"
_CLAUSE_LINE = re.compile(rf"^\s*(?:[-*]\s+)?\[({ID_PATTERN})\]\s*(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_HEADING_ID = re.compile(rf"^(.*?)\s*\[({ID_PATTERN})\]$")
_HEADING_RANGE = re.compile(rf"^(.*?)\s*\[{ID_PATTERN}\s*[–-]\s*{ID_PATTERN}\]$")
_SECTION_LETTER = re.compile(r"^([A-Z])\.\s+(.*)$")
_BAD_BRACKET = re.compile(r"^\s*(?:[-*]\s+)?\[([^\]]*)\]")
# `- [B.4 Staff must…`: an ID with a dot or a digit opening a line, its bracket never closed right after it. Words
# in brackets (`[see the appendix`, `[N.B. ask`, `[A note`) are not IDs of that shape.
_UNCLOSED_ID = re.compile(rf"^\s*(?:[-*]\s+)?\[({ID_PATTERN})(?=[\s:]|$)")
# `## Rationale [RATIONALE`: a heading's ID (or range) at its end without its `]`.
_UNCLOSED_HEADING_ID = re.compile(rf"\[({ID_PATTERN}(?:\s*[–-]\s*{ID_PATTERN})?)\s*$")
# An ID mistyped in other ways at the start of a line, which would otherwise be read as the previous clause's text:
# `- B.4] …` (no opening bracket), `(B.4) …` (other brackets), `[b.4 …` (small letters), `B.4 Staff must…` (none).
# Only where clauses of that section are tagged already (B.3 before it), and only IDs with a dot and a digit: `e.g.`,
# `N.B.`, `A. The use of…`, `(KS2.1) pupils…`, `(V1.2) agreed…` and `(S.1) of the Act` are prose.
_ID_LIKE = r"[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+"
_NO_OPENING = re.compile(rf"^\s*(?:[-*]\s+)?({ID_PATTERN})\]")
_OTHER_BRACKETS = re.compile(rf"^\s*(?:[-*]\s+)?([({{<])({ID_PATTERN})([)}}>])(?=\s|$)")
_SMALL_LETTERS = re.compile(rf"^\s*(?:[-*]\s+)?\[({_ID_LIKE})(?=[\]\s:]|$)")
# `B.4 and B.5 cover this` is prose that names clauses, and `Q1.2 What…` a policy's own numbering.
_BARE = re.compile(rf"^\s*(?:[-*]\s+)?({_ID_LIKE})[:.]?\s+[A-Z]")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_DATE_LIKE = re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])")


@dataclass(frozen=True, slots=True)
class Clause:
    """One citable clause: its ID, the section it sits in, its exact words and where it is."""

    id: str
    section: str
    section_title: str
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Policy:
    """A loaded policy: its front matter, its clauses in document order, and its source path."""

    path: Path
    title: str
    school: str
    meta: dict[str, object]
    clauses: tuple[Clause, ...]
    by_id: dict[str, Clause] = field(default_factory=dict, compare=False)

    def clause(self, clause_id: str) -> Clause | None:
        return self.by_id.get(clause_id)

    @property
    def name(self) -> str:
        """What replies call it after "the": "Social Media policy" (see policy_name.py)."""
        return policy_name(self.meta, self.title)


def _plain(text: str) -> str:
    """Markdown emphasis is layout, not words: quote the words only."""
    return _EMPHASIS.sub(r"\2", text).strip()


def _front_matter(path: Path, lines: list[str]) -> tuple[dict[str, object], int]:
    if not lines or lines[0].strip() != "---":
        return {}, 0
    import yaml  # here, not at the top: a start that finds the policy in the index cache never parses it

    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            try:
                meta = yaml.safe_load("\n".join(lines[1:end])) or {}
            except yaml.YAMLError as exc:
                raise _yaml_error(path, exc) from exc
            except ValueError as exc:  # YAML reads 2025-02-30 as a date, and Python's date refuses it
                raise _impossible_date(path, lines[:end], exc) from exc
            if not isinstance(meta, dict):
                raise PolicyError(path, 2, "front matter must be a mapping of key: value lines")
            _check_dates(path, lines[:end], meta)
            _check_short_name(path, lines[:end], meta)
            return meta, end + 1
    raise PolicyError(path, 1, "front matter opened with '---' is never closed")


def _yaml_error(path: Path, exc: Exception) -> PolicyError:
    """YAML's error on one line, at the file's own line: its marks count from the front matter's first line (the
    file's second) and its message quotes them that way over several lines."""
    problem, context = getattr(exc, "problem", None), getattr(exc, "context", None)
    problem_mark, context_mark = getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)
    mark = problem_mark or context_mark
    line = mark.line + 2 if mark is not None else 1
    message = problem or context or " ".join(str(exc).split())
    if problem and context:
        started = f" that starts at line {context_mark.line + 2}" if context_mark is not None else ""
        message += f" ({context}{started})"
    return PolicyError(path, line, f"front matter is not valid YAML: {message}")


def _impossible_date(path: Path, lines: list[str], exc: ValueError) -> PolicyError:
    """The error for a value YAML took for a date that no calendar has, at its line (the first such one)."""
    for number, line in enumerate(lines, start=1):
        for found in _DATE_LIKE.finditer(line):
            try:
                date(*(int(part) for part in found.groups()))
            except ValueError:
                return PolicyError(path, number, f"front matter: {found.group(0)} is not a real date ({exc})")
    return PolicyError(path, 2, f"front matter has a value that cannot be read: {exc}")


def _key_line(lines: list[str], key: str) -> int:
    """The file line of a top-level front-matter key (the opening '---' when it cannot be found, e.g. in a flow
    mapping)."""
    pattern = re.compile(rf"^[\"']?{re.escape(key)}[\"']?\s*:")
    return next((number for number, line in enumerate(lines, start=1) if pattern.match(line)), 1)


def _check_dates(path: Path, lines: list[str], meta: dict[str, object]) -> None:
    """`agreed` must be a date and `next_review` a date or a term review.py reads, or the bot would say "agreed on
    not a date" and never know the review is overdue. Either may be left out (or left empty)."""
    agreed = meta.get("agreed")
    if agreed not in (None, "") and written_date(agreed) is None:
        raise PolicyError(path, _key_line(lines, "agreed"),
                          f"agreed: {str(agreed)!r} is not a date: write it as YYYY-MM-DD or as 17 July 2025, e.g. "
                          "agreed: 2025-07-17")
    next_review = meta.get("next_review")
    if next_review not in (None, "") and review_due(next_review) is None:
        raise PolicyError(path, _key_line(lines, "next_review"),
                          f"next_review: {str(next_review)!r} is neither a date nor a school term: write e.g. "
                          "next_review: Summer term 2028, next_review: July 2028 or next_review: 2028-07-31")


def _check_short_name(path: Path, lines: list[str], meta: dict[str, object]) -> None:
    """`short_name` is said in replies ("the Social Media policy doesn't cover that"): words, on one line."""
    short = meta.get(SHORT_NAME_KEY)
    if short is not None and (not isinstance(short, str) or "\n" in short.strip() or len(short) > 80):
        raise PolicyError(path, _key_line(lines, SHORT_NAME_KEY),
                          f"{SHORT_NAME_KEY}: {str(short)!r} is not a short name: write the words staff call the "
                          f"policy, e.g. {SHORT_NAME_KEY}: Social Media policy")


def _human_date(value: object) -> str:
    day = written_date(value)  # a date in quotes, or in words, reads as one too
    return human_date(day) if day is not None else str(value)


def _amendment(item: object) -> str:
    if isinstance(item, dict):
        return "; ".join(f"{k}: {v}" for k, v in item.items())
    return str(item)


def _meta_clauses(meta: dict[str, object], title: str, school: str) -> list[Clause]:
    """Front matter as citable clauses, so "when is the policy reviewed?" has words to quote."""
    clauses: list[Clause] = []
    name = f"The {school} {title}".strip() if school or title else "This policy"
    agreed = _human_date(meta["agreed"]) if meta.get("agreed") else ""
    if agreed:
        clauses.append(Clause("META.AGREED", "META", "About this policy",
                              f"{name} was agreed on {agreed}.",
                              1))
    if meta.get("next_review") or agreed:
        parts = [f"Agreed: {agreed}."] if agreed else []
        if meta.get("next_review"):
            parts.append(f"Next review: {meta['next_review']}.")
        history = [_amendment(a) for a in meta.get("amendments") or []]  # type: ignore[union-attr]
        if history:
            parts.append("Review history: " + "; ".join(history) + ".")
        clauses.append(Clause("META.REVIEW", "META", "About this policy", " ".join(parts), 1))
    return clauses


def _unclosed(path: Path, lineno: int, clause_id: str, where: str = "at the start of the clause") -> PolicyError:
    return PolicyError(path, lineno, f"[{clause_id} looks like a clause ID but the bracket is not closed: "
                                     f"write [{clause_id}] {where}")


def _mistyped(line: str, sections: Collection[str]) -> str | None:
    """What is wrong with a clause ID mistyped at the start of `line`, or None when there is none; `sections` are
    those of the clauses so far."""
    if "](" in line:  # a Markdown link: `[B.4 guidance](https://…)`
        return None
    if (found := _NO_OPENING.match(line)) is not None:
        said, fix = f"{found.group(1)}]", "without its opening bracket"
    elif (found := _OTHER_BRACKETS.match(line)) is not None:
        said, fix = "".join(found.groups()), "in the wrong brackets"
    elif (found := _SMALL_LETTERS.match(line)) is not None and found.group(1) != found.group(1).upper():
        said, fix = f"[{found.group(1)}", "in small letters"
    elif (found := _BARE.match(line)) is not None:
        said, fix = found.group(1), "without brackets"
    else:
        return None
    clause_id = re.search(_ID_LIKE, said)
    if clause_id is None or not any(c.isdigit() for c in clause_id.group(0)):
        return None
    if clause_id.group(0).split(".")[0].upper() not in sections:
        return None
    return f"{said} looks like a clause ID {fix}: write [{clause_id.group(0).upper()}] at the start of the clause"


def _first_untagged(lines: list[str], start: int) -> int:
    """Where "no clauses found" points: the first paragraph or bullet after the front matter, since that is where the
    first [ID] belongs (an editor opens there); with none (an empty file, or only front matter and headings) the last
    line read, where clause text has to be added; line 1 for an empty file."""
    for index in range(start, len(lines)):
        stripped = lines[index].strip()
        if stripped and not _HEADING.match(stripped):
            return index + 1
    return max(len(lines), 1)


def parse_policy(path: Path, text: str) -> Policy:
    """Parse policy text; raises PolicyError naming the file and line of the first problem."""
    lines = text.splitlines()
    meta, start = _front_matter(path, lines)
    title = str(meta.get("title", ""))
    school = str(meta.get("school", ""))
    clauses: list[Clause] = []
    seen: dict[str, int] = {}
    sections: set[str] = set()  # of the clauses so far, by their IDs' first part
    section, section_title = "", ""
    # The clause whose text continues on following lines (a heading clause, or a multi-line paragraph).
    open_id: str | None = None
    open_line = 0
    open_section = ("", "")
    open_parts: list[str] = []
    open_is_heading = False

    def close() -> None:
        nonlocal open_id, open_parts
        if open_id is not None:
            body = " ".join(p for p in open_parts if p)
            if not body:
                raise PolicyError(path, open_line, f"clause [{open_id}] has no text")
            sec = open_section[0] or open_id.split(".")[0]
            clauses.append(Clause(open_id, sec, open_section[1], _plain(body), open_line))
        open_id, open_parts = None, []

    def begin(clause_id: str, lineno: int, first: str, heading: bool) -> None:
        nonlocal open_id, open_line, open_section, open_parts, open_is_heading
        close()
        if clause_id in seen:
            raise PolicyError(path, lineno, f"duplicate clause ID [{clause_id}] (first at line {seen[clause_id]})")
        seen[clause_id] = lineno
        sections.add(clause_id.split(".")[0])
        open_id, open_line, open_section = clause_id, lineno, (section, section_title)
        open_parts = [first] if first else []
        open_is_heading = heading

    for index in range(start, len(lines)):
        lineno = index + 1
        raw = lines[index]
        stripped = raw.strip()
        heading = _HEADING.match(stripped)
        if heading:
            close()
            heading_text = heading.group(2)
            if (ranged := _HEADING_RANGE.match(heading_text)) is not None:
                section, section_title = "", ranged.group(1).strip()
            elif (with_id := _HEADING_ID.match(heading_text)) is not None:
                section_title = with_id.group(1).strip()
                section = with_id.group(2).split(".")[0]
                begin(with_id.group(2), lineno, "", heading=True)
            elif (lettered := _SECTION_LETTER.match(heading_text)) is not None:
                section, section_title = lettered.group(1), lettered.group(2).rstrip(".")
            elif (unclosed := _UNCLOSED_HEADING_ID.search(heading_text)) is not None:
                raise _unclosed(path, lineno, unclosed.group(1), "at the end of the heading")
            else:
                section, section_title = "", heading_text
            continue
        if not stripped:
            if open_id is not None and not open_is_heading:
                close()
            continue
        clause_line = _CLAUSE_LINE.match(raw)
        if clause_line:
            begin(clause_line.group(1), lineno, clause_line.group(2).strip(), heading=False)
            continue
        if (mistyped := _mistyped(raw, sections)) is not None:
            raise PolicyError(path, lineno, mistyped)
        unclosed = _UNCLOSED_ID.match(raw)
        if unclosed and any(c in unclosed.group(1) for c in ".0123456789") and "](" not in stripped:
            raise _unclosed(path, lineno, unclosed.group(1))
        bad = _BAD_BRACKET.match(raw)
        if bad and not stripped.startswith(("[http", "[www")) and "](" not in stripped:
            raise PolicyError(path, lineno, f"[{bad.group(1)}] is not a valid clause ID (e.g. [B.3], [APX.INTRO])")
        if open_id is not None:
            open_parts.append(stripped.lstrip("-* ").strip() if open_is_heading else stripped)
    close()
    if not clauses:
        raise PolicyError(path, _first_untagged(lines, start),
                          "no clauses found: tag each clause with an ID in [brackets], e.g. [B.3]")
    for meta_clause in _meta_clauses(meta, title, school):
        if meta_clause.id not in seen:
            clauses.append(meta_clause)
    return Policy(path=path, title=title, school=school, meta=meta, clauses=tuple(clauses),
                  by_id={c.id: c for c in clauses})


def load_policy(path: Path | str) -> Policy:
    """Read and parse a policy file; unreadable files raise PolicyError too."""
    path = Path(path)
    return parse_policy(path, read_text(path))
