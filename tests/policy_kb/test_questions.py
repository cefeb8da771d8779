"""Labelled questions beside a policy: the matcher learns from them, never from a question that judges it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bench.collect_questions import collected_lines, question_key
from bot.config import BUNDLED_POLICY
from intents import understand
from policy_kb.errors import PolicyError
from policy_kb.knowledge import load_knowledge_base
from policy_kb.questions import questions_path, read_labelled

ROOT = Path(__file__).resolve().parents[2]
JUDGES = (ROOT.parent / "shared" / "eval" / "dev_questions.jsonl", ROOT / "bench" / "data" / "heldout_questions.jsonl")
ODD = "may I vlog the zumba flashmob for my channel?"  # words the policy and its guidance never use


def test_the_bundled_questions_come_from_our_sets_and_never_from_a_set_that_judges_the_matcher() -> None:
    learned = read_labelled(questions_path(BUNDLED_POLICY))
    ours = {question_key(r.q) for path in (ROOT / "tests" / "data").glob("*.jsonl") for r in read_labelled(path)}
    judges = {question_key(r.q) for path in JUDGES if path.exists() for r in read_labelled(path)}
    assert len(learned) > 1000
    assert all(r.kind == "in_scope" and len(r.expect) == 1 for r in learned)
    assert {question_key(r.q) for r in learned} <= ours
    assert not {question_key(r.q) for r in learned} & judges


def test_the_bundled_questions_are_what_the_collector_writes_from_our_sets() -> None:
    on_disk = questions_path(BUNDLED_POLICY).read_text(encoding="utf-8").splitlines()
    assert on_disk == collected_lines(), "a labelled set changed: run bench/collect_questions.py"


@pytest.fixture
def school(tmp_path: Path) -> Path:
    """A copy of the bundled policy and its guidance, without the labelled questions."""
    for name in (BUNDLED_POLICY.name, BUNDLED_POLICY.stem + ".guidance.yaml"):
        shutil.copy(BUNDLED_POLICY.parent / name, tmp_path / name)
    return tmp_path / BUNDLED_POLICY.name


def _write(policy: Path, *rows: dict[str, object]) -> None:
    questions_path(policy).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_a_school_teaches_the_matcher_its_staff_s_words_by_labelling_questions(school: Path) -> None:
    assert understand(ODD, load_knowledge_base(school).index).clause_id != "B.3"
    _write(school, {"q": "can I vlog the zumba flashmob?", "expect": ["B.3"], "kind": "in_scope"})
    kb = load_knowledge_base(school)
    assert kb.learned == {"B.3": ("can I vlog the zumba flashmob?",)}
    assert understand(ODD, kb.index).clause_id == "B.3"


def test_questions_two_clauses_answer_and_out_of_scope_ones_are_kept_for_measuring_only(school: Path) -> None:
    _write(school,
           {"q": "can I vlog the zumba flashmob?", "expect": ["B.3", "B.2"], "kind": "in_scope"},
           {"q": "zumba flashmob vlog rota?", "expect": [], "kind": "out_of_scope"},
           {"q": "a parent vlogged the zumba flashmob", "expect": ["D.1"], "kind": "report_intent"})
    assert load_knowledge_base(school).learned == {}


@pytest.mark.parametrize(
    ("lines", "line", "words"),
    [(['{"q": "ok?", "expect": ["B.3"], "kind": "in_scope"}', '{"q": "x", "expect": ["Z.9"], "kind": "in_scope"}'],
      2, "no clause Z.9"),
     (['', '{"q": "unfinished'], 2, "not a labelled question"),
     (['{"q": "x", "expect": ["B.3"], "kind": "maybe"}'], 1, "kind")],
)
def test_a_bad_questions_file_names_its_file_and_line(school: Path, lines: list[str], line: int, words: str) -> None:
    path = questions_path(school)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_knowledge_base(school)
    assert str(caught.value).startswith(f"{path}:{line}: ") and words in str(caught.value)
