"""Write the bundled policy's labelled questions file (policy_kb/data/<policy stem>.questions.jsonl) from our sets.

    .venv/bin/python bench/collect_questions.py

Takes every in-scope question that one clause answers from each set in labelled_sets.OURS (bench/cross_validate.py
leaves a set's questions out again to score it). Never a dev or held-out question: those judge the matcher.
Run it again after changing a set; tests/policy_kb/test_questions.py checks the file is current.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.labelled_sets import DEV, HELD_OUT, OURS  # noqa: E402 - after the path fix: runs from anywhere
from bot.config import BUNDLED_POLICY  # noqa: E402
from policy_kb.questions import questions_path, read_labelled  # noqa: E402


def question_key(question: str) -> str:
    """The same question however it is spaced or capitalised."""
    return " ".join(question.casefold().split())


def collected_lines() -> list[str]:
    """The file's lines: one JSON object per learnable question, in set order."""
    judges = (*DEV.values(), *HELD_OUT.values())
    judged = {question_key(r.q) for path in judges if path.exists() for r in read_labelled(path)}
    lines, seen = [], set()
    for path in OURS.values():
        for row in read_labelled(path):
            key = question_key(row.q)
            if row.kind != "in_scope" or len(row.expect) != 1 or key in judged or key in seen:
                continue
            seen.add(key)
            lines.append(json.dumps({"q": row.q, "expect": list(row.expect), "kind": row.kind}, ensure_ascii=False))
    return lines


def main() -> int:
    target = questions_path(BUNDLED_POLICY)
    lines = collected_lines()
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{target.relative_to(ROOT)}: {len(lines)} questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
