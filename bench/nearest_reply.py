"""Whether the "nearest it comes is this" reply names the clause an independent writer would point to.

    .venv/bin/python bench/nearest_reply.py [FILE.jsonl]   # default: bench/data/nearest_questions.jsonl

Each line is {"q": …, "nearest": "<clause ID>" | null}: a question on one clause's subject that no clause answers, with
the clause a colleague would call the nearest the policy comes, or an everyday question no clause is near (null). The
writer saw only the policy, never the guidance or any labelled set, and nothing learns from the file. Prints how each
kind of question was met; changes nothing.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import BUNDLED_POLICY  # noqa: E402 - after the path fix: runs from anywhere
from intents import Understanding, understand  # noqa: E402
from policy_kb.knowledge import load_knowledge_base  # noqa: E402

DEFAULT = ROOT / "bench" / "data" / "nearest_questions.jsonl"


def outcome(u: Understanding, expected: str | None) -> str:
    """How the reply met the question, in the words of the printed table."""
    if u.clause_id is not None:
        which = "its nearest clause" if u.clause_id == expected else "another clause"
        return f"answered from {which}, {'tentatively' if u.tentative else 'as if it settled it'}"
    if u.nearest is None:
        return "not covered, no clause named"
    return f"not covered, named {'its nearest clause' if u.nearest == expected else 'another clause'}"


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    index = load_knowledge_base(BUNDLED_POLICY).index
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = Counter((row["nearest"] is not None, outcome(understand(row["q"], index), row["nearest"])) for row in rows)
    for near in (True, False):
        total = sum(n for (kind, _), n in found.items() if kind is near)
        print(f"{'near-policy, not covered' if near else 'everyday'} ({total}):")
        for (kind, what), n in sorted(found.items(), key=lambda item: -item[1]):
            if kind is near:
                print(f"  {n:3d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
