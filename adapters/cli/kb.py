"""`python app.py kb check [PATH]`: validate a policy and its guidance file and list the clauses.

Exit 0 and a listing when both load; otherwise `file:line: message` on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from policy_kb.knowledge import KnowledgeBase

_FIRST_WORDS = 60


def _first_words(text: str) -> str:
    if len(text) <= _FIRST_WORDS:
        return text
    return text[: text.rfind(" ", 0, _FIRST_WORDS)] + " \u2026"


def run_kb_check(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Load the policy at PATH (default: the configured policy) with its guidance and report."""
    from policy_kb.errors import PolicyError
    from policy_kb.knowledge import load_knowledge_base

    out, err = out or sys.stdout, err or sys.stderr
    if args.path is None:
        from bot.policy_path import configured_policy

        path = configured_policy()
    else:
        path = Path(args.path)
    try:
        kb = load_knowledge_base(path)
    except PolicyError as exc:
        print(str(exc), file=err)
        return 1
    try:
        _report(kb, out)
    except BrokenPipeError:  # `kb check | head` closed the pipe: stop quietly
        return 0
    return 0


def _report(kb: KnowledgeBase, out: TextIO) -> None:
    from bot.counting import counted
    from policy_kb.guidance import CONCERN_CATEGORIES
    from policy_kb.questions import questions_path
    from policy_kb.review import human_date

    policy = kb.policy
    print(f"policy:   {policy.path}" + (f"  ({policy.school}: {policy.title})" if policy.title else ""), file=out)
    print(f"named:    the {kb.name} (as replies call it)", file=out)
    guidance = kb.guidance_file
    if guidance.path is None:
        print("guidance: none (answers are worded from the clause text alone)", file=out)
    else:
        print(f"guidance: {guidance.path}  ({counted(len(guidance.clauses), 'clause')}, "
              f"{counted(sum(len(g.examples) for g in guidance.clauses.values()), 'example question')}, "
              f"{counted(len(guidance.unanswered), 'question')} it does not answer)", file=out)
    if kb.learned:
        print(f"questions: {questions_path(policy.path)}  "
              f"({counted(sum(len(q) for q in kb.learned.values()), 'labelled question')} learned from, "
              f"for {counted(len(kb.learned), 'clause')})", file=out)
    print(f"{counted(len(policy.clauses), 'clause')}:", file=out)
    for clause in policy.clauses:
        print(f"  {clause.id:<12} line {clause.line:<4} {_first_words(clause.text)}", file=out)
    if guidance.path is not None:
        bare = [c.id for c in policy.clauses if c.id not in guidance.clauses]
        if bare:
            print(f"no guidance for: {', '.join(bare)} (answered from the clause text)", file=out)
    for category in CONCERN_CATEGORIES:
        ids = ", ".join(c.id for c in kb.concern_clauses(category)) or "-"
        print(f"concern {category:<14} {ids}", file=out)
    due = kb.review_due()
    if due is not None:
        state = "OVERDUE" if kb.review_overdue(date.today()) else "not yet due"
        print(f"review:   due by {human_date(due)} ({state})", file=out)
    print("OK", file=out)
