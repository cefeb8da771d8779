"""Matcher speed and accuracy beside a BM25 baseline, measured in one run (`make bench`).

    .venv/bin/python bench/bench_matcher.py [--quick]

1. understand() per question on the bundled policy (every question of both eval sets, several rounds): p50/p99.
2. A generated 10,000-clause policy (no guidance): build time and per-question p50/p99.
3. `app.py ask --jsonl` on 1,000 questions as a subprocess, start-up included.
4. BM25Okapi (rank-bm25) over the same clause texts and example questions: accuracy on both sets, speed.
Nothing is asserted: the numbers are printed for the README.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from adapters.cli.evaluate import Figures, Prediction, predictor, read_labelled, score_rows  # noqa: E402
from bench.labelled_sets import EVERY as SETS  # noqa: E402
from bench.labelled_sets import OURS  # noqa: E402
from bot.config import BUNDLED_POLICY  # noqa: E402
from intents import understand  # noqa: E402
from policy_kb.knowledge import KnowledgeBase, build_knowledge_base, load_knowledge_base  # noqa: E402
from policy_kb.loader import parse_policy  # noqa: E402

_WORD = re.compile(r"[a-z0-9]+")
_BM25_STOP = frozenset("a an the i my me to of on in at for is it can do does be and or what who how".split())


def _percentiles(samples: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p99 * 1000


def _time_each(fn: Callable[[str], object], questions: Sequence[str], rounds: int) -> tuple[float, float]:
    for q in questions[:20]:
        fn(q)  # warm caches and imports before timing
    samples = []
    for _ in range(rounds):
        for q in questions:
            start = time.perf_counter()
            fn(q)
            samples.append(time.perf_counter() - start)
    return _percentiles(samples)


def _generated_policy(clauses: int, seed: int = 7) -> str:
    """A long, plausible policy: sections of clauses built from school and online-safety vocabulary."""
    rng = random.Random(seed)
    subjects = ["Staff", "Pupils", "Parents", "Governors", "Visitors", "Volunteers", "Contractors", "Carers"]
    verbs = ["must not post", "should report", "must never share", "may publish", "should review", "must approve",
             "should not comment on", "must store", "should delete", "may discuss", "must record", "should check"]
    things = ["photographs", "videos", "comments", "messages", "passwords", "records", "accounts", "blogs", "tablets",
              "laptops", "class pages", "newsletters", "group chats", "emails", "personal data", "login details",
              "risk assessments", "trip letters", "medical notes", "attendance records", "homework tasks"]
    places = ["on social media", "in lessons", "during trips", "at home", "in the staff room", "on the website",
              "in assemblies", "at sports events", "on school devices", "in the playground", "after school",
              "with the local authority", "in the newsletter", "on personal phones"]
    tails = ["without the Headteacher's consent", "within five working days", "unless the DSL agrees",
             "in line with the data protection policy", "as set out in the staff handbook", "at all times",
             "before the end of term", "when asked by a governor", "if a child may be at risk"]
    lines = ["---", "title: Generated Policy", "school: Bench School", "agreed: 2024-01-01",
             "next_review: Summer term 2027", "---", "# Generated Policy", ""]
    for number in range(clauses):
        if number % 100 == 0:
            lines += [f"## S{number // 100}. Section {number // 100}", ""]
        text = (f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(things)} {rng.choice(places)} "
                f"{rng.choice(tails)}, item {number}.")
        lines += [f"[S{number // 100}.{number % 100}] {text}", ""]
    return "\n".join(lines)


def _bm25(kb: KnowledgeBase) -> tuple[Callable[[str], Prediction], Callable[[str], object]]:
    """A BM25Okapi baseline over one document per clause: its words, keywords and example questions, including
    the labelled questions the knowledge base learns from, so both matchers see the same text."""
    from rank_bm25 import BM25Okapi

    def words(text: str) -> list[str]:
        return [w for w in _WORD.findall(text.lower()) if w not in _BM25_STOP]

    ids = [c.id for c in kb.policy.clauses]
    docs = []
    for clause in kb.policy.clauses:
        guidance = kb.guidance(clause.id)
        extra = " ".join((*guidance.examples, *guidance.keywords, *kb.learned.get(clause.id, ()))) if guidance else ""
        docs.append(words(f"{clause.text} {extra}"))
    model = BM25Okapi(docs)

    def scores(q: str) -> list[float]:
        return list(model.get_scores(words(q)))

    def predict(q: str) -> Prediction:
        s = scores(q)
        order = sorted(range(len(ids)), key=lambda i: -s[i])
        if not s or s[order[0]] <= 0:  # BM25 has no calibrated abstention: it abstains only on no overlap
            return Prediction(None, tuple(ids[i] for i in order[:2]))
        return Prediction(ids[order[0]], tuple(ids[i] for i in order[1:3]), "policy_question", 1.0)

    return predict, scores


def _figures(predict: Callable[[str], Prediction], path: Path) -> Figures:
    return score_rows(read_labelled(path), predict)


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    rounds = 2 if quick else 5
    kb = load_knowledge_base(BUNDLED_POLICY)
    questions = [r.q for path in SETS.values() if path.exists() for r in read_labelled(path)]

    ours = predictor(kb.index)

    bm25_predict, bm25_scores = _bm25(kb)
    print("## Accuracy (same run)\n")
    print("| matcher / set | top-1 | top-3 | in-scope abstain | out-of-scope abstain | wrong-but-confident "
          "| report-intent recall |")
    print("|---|---|---|---|---|---|---|")
    for name, path in SETS.items():
        if path.exists():
            # The bundled policy learns from our sets' in-scope questions: bench/cross_validate.py leaves each out.
            learned = " (learned from)" if name in OURS else ""
            print(_figures(ours, path).markdown_row(f"policybot, {name}{learned}"))
            print(_figures(bm25_predict, path).markdown_row(f"BM25 baseline, {name}"))

    print(f"\n## Speed ({len(questions)} questions x {rounds} rounds)\n")
    print("| what | p50 ms | p99 ms |")
    print("|---|---|---|")
    p50, p99 = _time_each(lambda q: understand(q, kb.index), questions, rounds)
    print(f"| policybot understand(), bundled policy | {p50:.2f} | {p99:.2f} |")
    p50, p99 = _time_each(bm25_scores, questions, rounds)
    print(f"| BM25Okapi get_scores, bundled policy | {p50:.2f} | {p99:.2f} |")

    size = 2_000 if quick else 10_000
    start = time.perf_counter()
    big = build_knowledge_base(parse_policy(Path("generated.md"), _generated_policy(size)))
    built = time.perf_counter() - start
    big_questions = [
        *questions[:200],
        "can staff post photographs on social media during trips", "who approves class pages on the website",
        "should parents delete group chats after school", "must governors store passwords on school devices",
    ]
    p50, p99 = _time_each(lambda q: understand(q, big.index), big_questions, 1)
    print(f"| policybot understand(), generated {size:,}-clause policy (index built in {built:.1f} s) "
          f"| {p50:.2f} | {p99:.2f} |")
    _, big_bm25 = _bm25(big)
    p50, p99 = _time_each(big_bm25, big_questions[:100], 1)
    print(f"| BM25Okapi get_scores, generated {size:,}-clause policy | {p50:.2f} | {p99:.2f} |")

    stream = "\n".join(json.dumps({"q": questions[i % len(questions)]}) for i in range(1000)) + "\n"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "ask", "--jsonl"], input=stream,
                          capture_output=True, text=True, cwd=ROOT, check=True)
    elapsed = time.perf_counter() - start
    answered = len(done.stdout.splitlines())
    print(f"\n`app.py ask --jsonl`: {answered} questions in {elapsed:.2f} s, start-up included")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
