"""How well the matcher does for a school that loads its own policy with no guidance file and no labelled questions.

    .venv/bin/python bench/bare_policy.py [--sets]   # --sets: our fitted labelled sets too, each scored bare

Two policies, each loaded as a school would load it (POLICYBOT_POLICY) with nothing beside it:
- the bundled Longton Lane policy, copied alone into a temporary folder (beside the bundled one, its guidance and the
  4,841 questions it learned from would be read), scored on the shared dev set and, with --sets, on
  labelled_sets.MATCHER_FIT;
- tests/data/bare_policy_phones.md, a second school's policy on phones, cameras and online safety, scored on
  tests/data/bare_phones_questions.jsonl (written before the bare-policy thresholds were chosen; the bare-clause
  synonyms were tuned on it);
- tests/data/bare_policy_conduct.md, a third school's staff code of conduct, scored on
  tests/data/bare_conduct_questions.jsonl (written before it was first scored, never tuned on: the check that what
  was tuned on phones holds for another policy).
Prints `eval`'s figures, one README table row per set, then for each set how many questions were asked "which part
did you mean?" (no clause cited, the candidates offered): in-scope ones with the right clause among the candidates,
and out-of-scope ones, which `eval` counts as abstained.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adapters.cli.evaluate import Figures, predictor, read_labelled, score_rows  # noqa: E402
from bench.labelled_sets import DEV, MATCHER_FIT  # noqa: E402
from bot.config import BUNDLED_POLICY  # noqa: E402
from intents import understand  # noqa: E402
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base  # noqa: E402

DATA = ROOT / "tests" / "data"
# Other schools' policies, each scored on its own labelled questions: (name in the table, policy, questions).
SCHOOLS = [
    ("Brook Hill phones policy", DATA / "bare_policy_phones.md", DATA / "bare_phones_questions.jsonl"),
    ("Hollins Green code of conduct", DATA / "bare_policy_conduct.md", DATA / "bare_conduct_questions.jsonl"),
]


def bare_copy(policy: Path, folder: Path) -> KnowledgeBase:
    """The policy loaded from a folder holding nothing else: no guidance, no labelled questions."""
    copy = folder / "policy.md"
    shutil.copyfile(policy, copy)
    return load_knowledge_base(copy)


def figures(kb: KnowledgeBase, questions: Path) -> Figures:
    """`eval`'s counts for one labelled file against the knowledge base."""
    return score_rows(read_labelled(questions), predictor(kb.index))


def did_you_mean(kb: KnowledgeBase, questions: Path) -> tuple[int, int, int, int]:
    """In-scope questions asked "which part did you mean?" with the right clause offered, of all in-scope ones; and
    out-of-scope questions asked it, of all out-of-scope ones."""
    rows = [r for r in read_labelled(questions) if r.kind in ("in_scope", "out_of_scope")]
    helped = offered = 0
    for row in rows:
        u = understand(row.q, kb.index)
        if u.unsure and row.kind == "in_scope":
            helped += any(c.clause_id in row.expect for c in u.alternatives)
        offered += u.unsure and row.kind == "out_of_scope"
    in_scope = sum(r.kind == "in_scope" for r in rows)
    return helped, in_scope, offered, len(rows) - in_scope


def pooled(parts: list[Figures]) -> Figures:
    """The counts of several sets added together."""
    total = Figures()
    for part in parts:
        for name in ("in_scope", "top1", "top3", "in_scope_abstain", "out_of_scope", "oos_abstain",
                     "wrong_confident", "report", "report_found"):
            setattr(total, name, getattr(total, name) + getattr(part, name))
    return total


def main(argv: list[str]) -> int:
    asked: dict[str, tuple[int, int, int, int]] = {}
    print("| set (no guidance) | top-1 | top-3 | in-scope abstain | out-of-scope abstain | wrong-but-confident "
          "| report-intent recall |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        longton = bare_copy(BUNDLED_POLICY, Path(folder))
        sets = MATCHER_FIT if "--sets" in argv else DEV
        scored = {name: figures(longton, path) for name, path in sets.items()}
        asked |= {f"Longton Lane, {name}": did_you_mean(longton, path) for name, path in sets.items()}
        for name, found in scored.items():
            print(found.markdown_row(f"Longton Lane, {name}"))
        if len(scored) > 1:
            print(pooled(list(scored.values())).markdown_row("Longton Lane, fitted sets pooled"))
    for name, policy, questions in SCHOOLS:
        kb = load_knowledge_base(policy)
        print(figures(kb, questions).markdown_row(name))
        asked[name] = did_you_mean(kb, questions)
    print()
    for name, (helped, in_scope, offered, out_of_scope) in asked.items():
        print(f"{name}: did you mean, right clause offered {helped}/{in_scope} in scope; "
              f"asked of {offered}/{out_of_scope} out of scope")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
