"""How the matcher does on a writer it has not learned from: leave each of our sets out in turn.

    .venv/bin/python bench/cross_validate.py

The bundled policy learns from our labelled sets (policy_kb/data/<stem>.questions.jsonl, see
bench/collect_questions.py), so scoring a set against the shipped index would score questions it has seen. Here
each set of ours is scored against an index built from the guidance and every *other* set's questions; the dev
and held-out sets, which it never learns from, are scored against the shipped index. Prints a Markdown table.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adapters.cli.evaluate import Figures, predictor, score_rows  # noqa: E402 - after the path fix
from bench.collect_questions import question_key  # noqa: E402
from bench.labelled_sets import DEV, HELD_OUT, OURS  # noqa: E402
from bot.config import BUNDLED_POLICY  # noqa: E402
from policy_kb.guidance import load_guidance  # noqa: E402
from policy_kb.knowledge import KnowledgeBase, build_knowledge_base, load_knowledge_base  # noqa: E402
from policy_kb.loader import load_policy  # noqa: E402
from policy_kb.questions import load_learned, read_labelled  # noqa: E402

_COUNTS = ("in_scope", "top1", "top3", "in_scope_abstain", "out_of_scope", "oos_abstain", "wrong_confident",
           "report", "report_found")


def knowledge_without(left_out: str) -> KnowledgeBase:
    """The bundled knowledge base, learning from the bundled questions less every question of the set `left_out`
    (written the same way in another set too, it is left out all the same)."""
    policy = load_policy(BUNDLED_POLICY)
    known = {c.id for c in policy.clauses}
    unseen = {question_key(r.q) for r in read_labelled(OURS[left_out])}
    learned = {clause: tuple(q for q in questions if question_key(q) not in unseen)
               for clause, questions in load_learned(policy.path, known).items()}
    return build_knowledge_base(policy, load_guidance(policy.path, known), learned)


def figures(kb: KnowledgeBase, path: Path) -> Figures:
    return score_rows(read_labelled(path), predictor(kb.index))


def main() -> int:
    print("| set | top-1 | top-3 | in-scope abstain | out-of-scope abstain | wrong-but-confident "
          "| report-intent recall |")
    print("|---|---|---|---|---|---|---|")
    pooled = Figures()
    for name, path in OURS.items():
        found = figures(knowledge_without(name), path)
        print(found.markdown_row(f"{name} (left out)"))
        for count in _COUNTS:
            setattr(pooled, count, getattr(pooled, count) + getattr(found, count))
    print(pooled.markdown_row("**our sets, pooled, each left out**"))
    shipped = load_knowledge_base(BUNDLED_POLICY)
    for name, path in {**DEV, **HELD_OUT}.items():
        if path.exists():
            print(figures(shipped, path).markdown_row(f"{name} (never learned from)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
