"""The labelled question sets, in one place for every bench script.

Each is JSONL as `app.py eval` reads it. HELD_OUT is only ever scored, never fitted on: it judges the result.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_DATA = ROOT / "tests" / "data"

DEV = {"dev": ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"}
# Ours, each by a separate writer who saw only the policy (see the README's "Measured").
OURS = {
    "staff": _DATA / "staff_questions.jsonl",
    "varied": _DATA / "staff_questions_varied.jsonl",
    "fresh": _DATA / "fresh_questions.jsonl",
    "fresh reports": _DATA / "fresh_reports.jsonl",
    "persona": _DATA / "persona_questions.jsonl",
    "persona reports": _DATA / "persona_reports.jsonl",
    "voices reports": _DATA / "voices_reports.jsonl",
    "mixed reports": _DATA / "mixed_reports.jsonl",
    "incident reports": _DATA / "incident_reports.jsonl",
    "nearby": _DATA / "nearby_questions.jsonl",
    "paraphrase": _DATA / "paraphrase_questions.jsonl",
    "terse": _DATA / "terse_questions.jsonl",
    "formal": _DATA / "formal_questions.jsonl",
    "scenario": _DATA / "scenario_questions.jsonl",
    "plain": _DATA / "plain_questions.jsonl",
    "secondhand": _DATA / "secondhand_questions.jsonl",
    "search": _DATA / "search_questions.jsonl",
    "dictated": _DATA / "dictated_questions.jsonl",
    "edgecase": _DATA / "edgecase_questions.jsonl",
    "distinction": _DATA / "distinction_questions.jsonl",
    "mobile": _DATA / "mobile_questions.jsonl",
    "newstarter": _DATA / "newstarter_questions.jsonl",
    "whatif": _DATA / "whatif_questions.jsonl",
    "leader": _DATA / "leader_questions.jsonl",
    "edge": _DATA / "edge_questions.jsonl",
    "thread": _DATA / "thread_questions.jsonl",
}
ADMIN = _DATA / "admin_questions.jsonl"  # everyday school business, out of scope: trains the topic model only
HELD_OUT = {"held-out": ROOT / "bench" / "data" / "heldout_questions.jsonl"}
# Written like ours, mostly about the policy's edges, but never learned or fitted from: learning them as well did not
# help the other sets (README, "Measured"), so they measure how the matcher does on near-policy questions it has not
# seen, beside held-out. Their figures have helped choose between versions (README), so they flatter a little.
UNSEEN = {"polite": _DATA / "polite_questions.jsonl", "story": _DATA / "story_questions.jsonl",
          "inset": _DATA / "inset_questions.jsonl",
          # Messages of one to eight words, by two writers, for the report model's reading of searches and terse
          # disclosures alike ("staff instagram", "dad hit her"); taught to it, they made it take bare searches for
          # reports (README, "Notes"), so they only measure.
          "short": _DATA / "short_messages.jsonl", "short 2": _DATA / "short_unseen.jsonl"}

# Ours too, and read line by line while working on the matcher, but never learned or fitted from: written
# 2026-12-01 (helper oos3), courteous requests and stories told first, two thirds of them everyday or near-policy
# questions the policy does not answer (parking, payroll, Smoothwall's supplier, who runs the school's page). Learned,
# with the models refitted, it cost the unseen sets top-1 for out-of-scope abstention (README, "Measured").
PROBED = {"courteous": _DATA / "courteous_questions.jsonl",
          # Written 2026-12-01 by helper oos: 186 everyday and near-policy questions the policy does not answer
          # (absence, pay, the photocopier, who runs the school's accounts, who gets Smoothwall's alerts) and 63 it
          # does, each kind in three styles (polite emails, a story told first, terse chat). Learned, with the topic
          # model refitted, it moved labelled questions both ways (README, "Measured"), so it only measures.
          "oos probe": _DATA / "oos_probe_questions.jsonl"}

# Kept out of the matcher's fit (its few weights and thresholds): refitting with the last three sets lowered top-1
# on nine of the thirteen sets and raised it on one (bench/calibrate.py maximises likelihood, not top-1).
_NOT_FITTED = {"mixed reports", "incident reports", "nearby", "paraphrase"}
MATCHER_FIT = {**DEV, **{k: v for k, v in OURS.items() if k not in _NOT_FITTED}}  # bench/calibrate.py
REPORT_FIT = {**DEV, **OURS}  # bench/train_report_model.py
EVERY = {**DEV, **OURS, **PROBED, **UNSEEN, **HELD_OUT}  # bench/bench_matcher.py
