"""The labelled question sets, in one place for every bench script.

Each is JSONL as `app.py eval` reads it. HELD_OUT is only ever scored, never fitted on: it judges the result.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_DATA = ROOT / "tests" / "data"

DEV = {"dev": ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"}
# Ours, each by a separate writer (see the README's "Measured"). The last was kept out of the matcher's fit.
OURS = {
    "staff": _DATA / "staff_questions.jsonl",
    "varied": _DATA / "staff_questions_varied.jsonl",
    "fresh": _DATA / "fresh_questions.jsonl",
    "fresh reports": _DATA / "fresh_reports.jsonl",
    "persona": _DATA / "persona_questions.jsonl",
    "persona reports": _DATA / "persona_reports.jsonl",
    "voices reports": _DATA / "voices_reports.jsonl",
    "mixed reports": _DATA / "mixed_reports.jsonl",
}
ADMIN = _DATA / "admin_questions.jsonl"  # everyday school business, out of scope: trains the topic model only
HELD_OUT = {"held-out": ROOT / "bench" / "data" / "heldout_questions.jsonl"}

MATCHER_FIT = {**DEV, **{k: v for k, v in OURS.items() if k != "mixed reports"}}  # bench/calibrate.py
REPORT_FIT = {**DEV, **OURS}  # bench/train_report_model.py
EVERY = {**DEV, **OURS, **HELD_OUT}  # bench/bench_matcher.py
