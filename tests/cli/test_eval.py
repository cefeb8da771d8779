"""`app.py eval`: prints the figures a reviewer greps for, and every miss unless --quiet."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.cli.evaluate import Labelled, Prediction, read_labelled, score_rows

ROOT = Path(__file__).resolve().parents[2]
STAFF = ROOT / "tests" / "data" / "staff_questions.jsonl"


def test_eval_prints_every_figure(app, tmp_path: Path) -> None:
    rows = [
        {"q": "Can I post photos from sports day on my Facebook?", "expect": ["B.3"], "kind": "in_scope"},
        {"q": "can I friend a pupil", "expect": ["D.4"], "kind": "in_scope"},  # deliberately mislabelled
        {"q": "where do I park", "expect": [], "kind": "out_of_scope"},
        {"q": "I want to report a concern", "expect": [], "kind": "report_intent"},
    ]
    data = tmp_path / "q.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    done = app("eval", str(data))
    assert done.returncode == 0, done.stderr
    figures = [line for line in done.stdout.splitlines()
               if re.search("top-1|top-3|abstain|recall|confident", line) and not line.startswith(" ")]
    assert len(figures) == 6
    assert re.search(r"top-1 accuracy:\s+50\.0%", done.stdout)
    assert re.search(r"out-of-scope abstain rate:\s+100\.0%", done.stdout)
    assert re.search(r"report-intent recall:\s+100\.0%", done.stdout)
    assert "can I friend a pupil" in done.stdout  # the miss is listed
    quiet = app("eval", str(data), "--quiet")
    assert "can I friend a pupil" not in quiet.stdout and "top-1" in quiet.stdout


def test_eval_rejects_a_bad_file(app, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"q": "x"}\n', encoding="utf-8")
    done = app("eval", str(bad))
    assert done.returncode == 1 and f"{bad}:1" in done.stderr


def test_scoring_rules() -> None:
    rows = [Labelled("a", ("B.1",), "in_scope", 1), Labelled("b", ("B.2",), "in_scope", 2),
            Labelled("c", (), "out_of_scope", 3), Labelled("d", (), "report_intent", 4)]
    said = {"a": Prediction("B.1"), "b": Prediction("B.9", ("B.2",)), "c": Prediction("A.1"),
            "d": Prediction(None, (), "report_concern")}
    f = score_rows(rows, lambda q: said[q])
    assert (f.top1, f.top3, f.in_scope, f.wrong_confident, f.oos_abstain, f.report_found) == (1, 2, 2, 2, 0, 1)


def test_reports_offered_and_questions_started_on_a_report_are_counted_apart() -> None:
    # A report answered with the report offered first is found, but not started; a question the report is started on
    # at once is counted, one offered the report is not.
    rows = [Labelled("a", (), "report_intent", 1), Labelled("b", (), "report_intent", 2),
            Labelled("c", ("B.3",), "in_scope", 3), Labelled("d", (), "out_of_scope", 4),
            Labelled("e", ("D.3",), "in_scope", 5)]
    said = {"a": Prediction(None, (), "report_concern"), "b": Prediction("D.3", (), "report_concern", 0.9, True),
            "c": Prediction(None, (), "report_concern"), "d": Prediction(None, (), "report_concern"),
            "e": Prediction("D.3", (), "report_concern", 0.9, True)}
    f = score_rows(rows, lambda q: said[q])
    assert (f.report_found, f.report_offered, f.questions_reported, f.questions_offered) == (2, 1, 2, 1)
    assert any("offered, not started" in line and "(1/2" in line for line in f.lines())


def test_staff_set_is_big_varied_and_disjoint_from_dev() -> None:
    rows = read_labelled(STAFF)
    kinds = [r.kind for r in rows]
    assert len(rows) >= 150 and kinds.count("out_of_scope") >= 30 and kinds.count("report_intent") >= 15
    dev = ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"
    if dev.exists():
        assert not {r.q.lower() for r in rows} & {r.q.lower() for r in read_labelled(dev)}


@pytest.fixture(scope="module")
def staff_figures():
    from bot.config import BUNDLED_POLICY
    from intents import understand
    from policy_kb.knowledge import load_knowledge_base

    kb = load_knowledge_base(BUNDLED_POLICY)

    def predict(q: str) -> Prediction:
        u = understand(q, kb.index)
        return Prediction(u.clause_id, tuple(c.clause_id for c in u.alternatives), u.intent, u.confidence)

    return score_rows(read_labelled(STAFF), predict)


def test_accuracy_floors_on_the_staff_set(staff_figures) -> None:
    """A regression guard: what a member of staff would notice if the matcher got worse."""
    f = staff_figures
    every_clause = {c for r in read_labelled(STAFF) for c in r.expect}
    assert len(every_clause) >= 36  # every clause of the policy is asked about
    assert f.top1 / f.in_scope >= 0.93
    assert f.top3 / f.in_scope >= 0.97
    assert f.in_scope_abstain / f.in_scope <= 0.03
    assert f.oos_abstain / f.out_of_scope >= 0.90
    assert f.report_found / f.report >= 0.95


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "data").glob("*.jsonl")), ids=lambda p: p.name)
def test_every_labelled_set_names_real_clauses_and_is_disjoint_from_dev(path: Path) -> None:
    """A mislabelled line would quietly skew every figure the README reports."""
    from bot.config import BUNDLED_POLICY
    from policy_kb.knowledge import load_knowledge_base

    # A set about another school's policy (bench/bare_policy.py) names that policy's clauses.
    own = path.with_name(path.name.replace("bare_", "bare_policy_").replace("_questions.jsonl", ".md"))
    policy = own if path.name.startswith("bare_") else BUNDLED_POLICY
    known = {c.id for c in load_knowledge_base(policy).policy.clauses}
    rows = read_labelled(path)
    assert rows
    for r in rows:
        assert r.q.strip(), f"{path.name}:{r.line} is empty"
        assert set(r.expect) <= known, f"{path.name}:{r.line} names an unknown clause {r.expect}"
        if r.kind == "in_scope":
            assert r.expect, f"{path.name}:{r.line} is in scope but expects no clause"
        if r.kind == "out_of_scope":
            assert not r.expect, f"{path.name}:{r.line} is out of scope but expects {r.expect}"
    assert len({r.q.casefold() for r in rows}) == len(rows), f"{path.name} repeats a question"
    dev = ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"
    if dev.exists():
        assert not {r.q.casefold() for r in rows} & {r.q.casefold() for r in read_labelled(dev)}


def test_piping_eval_into_a_reader_that_stops_early_prints_no_traceback(tmp_path: Path) -> None:
    # `eval FILE | head -3`: the reader closes the pipe after three lines, long before the 2,000 misses (far more than
    # a pipe holds) are printed.
    data = tmp_path / "misses.jsonl"
    line = json.dumps({"q": "Can I post photos from sports day on my Facebook?", "expect": ["D.4"], "kind": "in_scope"})
    data.write_text((line + "\n") * 2000, encoding="utf-8")
    reader = subprocess.Popen(["head", "-n", "3"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=tmp_path)
    writer = subprocess.run([sys.executable, str(ROOT / "app.py"), "eval", str(data)], stdout=reader.stdin,
                            stderr=subprocess.PIPE, text=True, timeout=60, cwd=tmp_path)
    assert reader.stdin is not None and reader.stdout is not None
    reader.stdin.close()
    shown = reader.stdout.read().decode()
    reader.wait(timeout=60)
    assert len(shown.splitlines()) == 3
    assert "Traceback" not in writer.stderr and "BrokenPipeError" not in writer.stderr, writer.stderr
