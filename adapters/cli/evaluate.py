"""`python app.py eval FILE.jsonl`: the matcher's accuracy on a labelled question file.

Each line is {"q": ..., "expect": [clause IDs], "kind": "in_scope" | "out_of_scope" | "report_intent"}.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.counting import counted
from policy_kb.questions import Labelled, read_labelled

if TYPE_CHECKING:
    from intents.index import PolicyIndex

__all__ = ["Figures", "Labelled", "Prediction", "read_labelled", "run_eval", "score_rows"]


@dataclass(frozen=True, slots=True)
class Prediction:
    """What a matcher said about a question: its clause (None = abstain), runners-up and intent."""

    clause_id: str | None
    alternatives: tuple[str, ...] = ()
    intent: str = ""
    confidence: float = 0.0
    # A report_concern answered as a question with the report offered first (`Understanding.maybe_report`), rather
    # than the report started at once.
    report_offered: bool = False


@dataclass(slots=True)
class Figures:
    """Counts behind every figure `eval` prints, and the misses."""

    in_scope: int = 0
    top1: int = 0
    top3: int = 0
    in_scope_abstain: int = 0
    out_of_scope: int = 0
    oos_abstain: int = 0
    wrong_confident: int = 0
    report: int = 0
    report_found: int = 0
    report_offered: int = 0  # of report_found: offered first with an answer, not started at once
    questions_reported: int = 0  # in-scope and out-of-scope questions the report was started on at once
    questions_offered: int = 0  # ... and those answered with the report offered first
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def rate(part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    def markdown_row(self, name: str) -> str:
        """One row of the README's accuracy tables: top-1, top-3, both abstain rates, wrong-but-confident, recall;
        "–" where the set has no question of that kind."""

        def cell(part: int, whole: int) -> str:
            return f"{part / whole:.1%}" if whole else "–"

        return (f"| {name} | {cell(self.top1, self.in_scope)} | {cell(self.top3, self.in_scope)} | "
                f"{cell(self.in_scope_abstain, self.in_scope)} | {cell(self.oos_abstain, self.out_of_scope)} | "
                f"{cell(self.wrong_confident, self.in_scope + self.out_of_scope)} | "
                f"{cell(self.report_found, self.report)} |")

    def lines(self) -> list[str]:
        r = self.rate
        answered_base = self.in_scope + self.out_of_scope
        return [
            f"in-scope top-1 accuracy:   {r(self.top1, self.in_scope):6.1%}  ({self.top1}/{self.in_scope})",
            f"in-scope top-3 accuracy:   {r(self.top3, self.in_scope):6.1%}  ({self.top3}/{self.in_scope})",
            f"in-scope abstain rate:     {r(self.in_scope_abstain, self.in_scope):6.1%}  "
            f"({self.in_scope_abstain}/{self.in_scope})",
            f"out-of-scope abstain rate: {r(self.oos_abstain, self.out_of_scope):6.1%}  "
            f"({self.oos_abstain}/{self.out_of_scope})",
            f"wrong-but-confident rate:  {r(self.wrong_confident, answered_base):6.1%}  "
            f"({self.wrong_confident}/{answered_base}: a wrong clause, or any clause for out-of-scope)",
            f"report-intent recall:      {r(self.report_found, self.report):6.1%}  ({self.report_found}/{self.report})",
            f"  offered, not started:    {r(self.report_offered, self.report):6.1%}  ({self.report_offered}/"
            f"{self.report}: answered as a question with the report offered first)",
            f"questions reported:        {r(self.questions_reported, answered_base):6.1%}  "
            f"({self.questions_reported}/{answered_base}: in-scope or out-of-scope, the report started at once; "
            f"{self.questions_offered} more answered with the report offered first)",
        ]


def predictor(index: PolicyIndex) -> Callable[[str], Prediction]:
    """What policybot's matcher says about a question, as `score_rows` counts it."""
    from intents import understand

    def predict(q: str) -> Prediction:
        u = understand(q, index)
        return Prediction(u.clause_id, tuple(c.clause_id for c in u.alternatives), u.intent, u.confidence,
                          u.maybe_report)

    return predict


def score_rows(rows: Iterable[Labelled], predict: Callable[[str], Prediction]) -> Figures:
    """Run `predict` over every row and count what `eval` reports."""
    figures = Figures()
    for row in rows:
        p = predict(row.q)
        said = f"got {p.clause_id or 'abstain'} ({p.confidence:.2f})"
        if row.kind != "report_intent":
            figures.questions_reported += p.intent == "report_concern" and not p.report_offered
            figures.questions_offered += p.intent == "report_concern" and p.report_offered
        if row.kind == "in_scope":
            figures.in_scope += 1
            figures.top1 += p.clause_id in row.expect
            figures.top3 += any(c in row.expect for c in (p.clause_id, *p.alternatives) if c)
            figures.in_scope_abstain += p.clause_id is None
            if p.clause_id is not None and p.clause_id not in row.expect:
                figures.wrong_confident += 1
            if p.clause_id not in row.expect:
                alts = ",".join(p.alternatives)
                figures.misses.append(f"line {row.line} top-1 miss: {row.q!r} expected {'/'.join(row.expect)}, "
                                      f"{said} alternatives [{alts}]")
        elif row.kind == "out_of_scope":
            figures.out_of_scope += 1
            figures.oos_abstain += p.clause_id is None
            if p.clause_id is not None:
                figures.wrong_confident += 1
                figures.misses.append(f"line {row.line} answered out-of-scope: {row.q!r} {said}")
        elif row.kind == "report_intent":
            figures.report += 1
            figures.report_found += p.intent == "report_concern"
            figures.report_offered += p.intent == "report_concern" and p.report_offered
            if p.intent != "report_concern":
                figures.misses.append(f"line {row.line} report missed: {row.q!r} intent {p.intent}, {said}")
    return figures


def run_eval(args: argparse.Namespace, out=None, err=None) -> int:
    """Print the figures (and, unless --quiet, every miss) for one labelled file."""
    from bot.policy_path import configured_policy
    from policy_kb.errors import PolicyError
    from policy_kb.knowledge import load_knowledge_base

    out, err = out or sys.stdout, err or sys.stderr
    try:
        rows = read_labelled(Path(args.file))
        kb = load_knowledge_base(configured_policy())
    except (OSError, ValueError, PolicyError) as exc:
        print(f"eval: {exc}", file=err)
        return 1

    figures = score_rows(rows, predictor(kb.index))
    print(f"{args.file}: {counted(len(rows), 'question')} ({figures.in_scope} in scope, "
          f"{figures.out_of_scope} out of scope, {figures.report} report intent)", file=out)
    for line in figures.lines():
        print(line, file=out)
    if not getattr(args, "quiet", False) and figures.misses:
        print(f"misses ({len(figures.misses)}):", file=out)
        for miss in figures.misses:
            print(f"  {miss}", file=out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry, mainly for tests: same as `app.py eval`."""
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--quiet", action="store_true")
    return run_eval(parser.parse_args(argv))
