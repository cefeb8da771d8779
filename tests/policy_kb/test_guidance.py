"""A school's guidance file: read beside the policy, and every mistake named by file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.answers import answer_question
from bot.config import BUNDLED_POLICY
from policy_kb.errors import PolicyError
from policy_kb.guidance import CONCERN_CATEGORIES, guidance_path, parse_guidance
from policy_kb.knowledge import load_knowledge_base
from policy_kb.loader import load_policy

POLICY = "---\ntitle: T\nschool: S\n---\n# T\n\n## A. Things\n\n[A.1] Staff must not do the thing.\n\n[A.2] Other.\n"


def _write(tmp_path: Path, guidance: str | None) -> Path:
    policy = tmp_path / "small-policy.md"
    policy.write_text(POLICY, encoding="utf-8")
    if guidance is not None:
        (tmp_path / "small-policy.guidance.yaml").write_text(guidance, encoding="utf-8")
    return policy


def test_bundled_guidance_covers_every_clause() -> None:
    kb = load_knowledge_base(BUNDLED_POLICY)
    assert kb.guidance_file.path == guidance_path(BUNDLED_POLICY)
    for clause in kb.policy.clauses:
        g = kb.guidance(clause.id)
        assert g is not None and g.answer and g.route, clause.id
        assert len(g.examples) >= 7, clause.id
    assert kb.guidance("B.3").answer.startswith("Only with the Headteacher's consent first")
    assert set(kb.guidance_file.concerns) == set(CONCERN_CATEGORIES)


def test_guidance_examples_do_not_copy_the_dev_questions() -> None:
    dev = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev_questions.jsonl"
    if not dev.exists():
        pytest.skip("the shared dev set is not beside this checkout")
    import json

    questions = {json.loads(line)["q"].strip().lower().rstrip("?") for line in dev.read_text().splitlines() if line}
    kb = load_knowledge_base(BUNDLED_POLICY)
    examples = [e.strip().lower().rstrip("?") for g in kb.guidance_file.clauses.values() for e in g.examples]
    assert not questions & set(examples)


def test_guidance_is_read_from_beside_the_policy(tmp_path: Path) -> None:
    policy = _write(tmp_path, "A.1:\n  answer: No.\n  examples: [can I do the thing]\n  related: [A.2]\n")
    kb = load_knowledge_base(policy)
    assert kb.guidance("A.1").answer == "No." and kb.guidance("A.1").related == ("A.2",)
    assert kb.guidance("A.2").answer == ""  # a clause without guidance is still a clause
    assert kb.guidance("Z.9") is None


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("A.1:\n  answer: fine\nB.7:\n  answer: nope\n", 3, "not a clause"),
        ("A.1:\n  answer: fine\n  related: [A.2, Q.1]\n", 3, "Q.1"),
        ("A.1:\n  answer: [unclosed\n", 3, "not valid YAML"),
        ("A.1:\n  answr: typo\n", 2, "unknown field 'answr'"),
        ("A.1:\n  examples: {a: b}\n", 2, "must be a list"),
        ("- just\n- a list\n", 1, "must be a mapping"),
        ("A.1:\n  answer: one\nA.1:\n  answer: two\n", 3, "duplicate key"),
        ("concerns:\n  gossip:\n    route: x\n", 2, "unknown concern category"),
        ("concerns:\n  bullying:\n    clauses: [A.9]\n", 3, "A.9"),
        ("colour: blue\n", 1, "unknown section"),
        ("A.1:\n  examples: [can I do it]\n  not_settled:\n    - who checks\n    - Can I do it\n", 5,
         "both an example question of [A.1] and not_settled of [A.1]"),
        ("A.1:\n  not_settled: [who checks]\nA.2:\n  examples: [who  Checks]\n", 2,
         "both an example question of [A.2] and not_settled of [A.1]"),
        ("A.1:\n  not_settled: [who checks]\nA.2:\n  not_settled:\n    - who wrote it\n    - Who checks\n", 6,
         "already of [A.1]"),
        ("A.1:\n  not_settled: {who: checks}\n", 2, "must be a list"),
    ],
)
def test_guidance_errors_name_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    policy = _write(tmp_path, text)
    with pytest.raises(PolicyError) as err:
        load_knowledge_base(policy)
    assert err.value.path == str(guidance_path(policy))
    assert err.value.line == line
    assert words in err.value.message
    assert str(err.value).startswith(f"{guidance_path(policy)}:{line}: ")


def test_empty_guidance_file_is_fine(tmp_path: Path) -> None:
    policy = _write(tmp_path, "# nothing yet\n")
    assert load_knowledge_base(policy).guidance("A.1").answer == ""


def test_parse_guidance_reads_concerns_and_not_covered() -> None:
    ids = {"A.1", "A.2"}
    g = parse_guidance(Path("g.yaml"), "concerns:\n  other:\n    clauses: [A.1]\n    route: Tell the Head.\n"
                       "not_covered: [where do I park]\n", ids)
    assert g.concerns["other"].clauses == ("A.1",) and g.concerns["other"].route == "Tell the Head."
    assert g.not_covered == ("where do I park",)


def test_each_clause_s_not_settled_questions_join_the_not_covered_ones() -> None:
    text = ("A.1:\n  answer: No.\n  not_settled: [who checks the thing, where do I  park]\n"
            "A.2:\n  not_settled: who wrote it\nnot_covered: [where do I park]\n")
    g = parse_guidance(Path("g.yaml"), text, {"A.1", "A.2"})
    assert g.clauses["A.1"].not_settled == ("who checks the thing", "where do I  park")
    assert g.clauses["A.2"].not_settled == ("who wrote it",)
    assert g.unanswered == ("where do I park", "who checks the thing", "who wrote it")  # spacing: one question
    assert g.near_misses == {"who checks the thing": "A.1", "where do I  park": "A.1", "who wrote it": "A.2"}


def test_policy_loader_is_unchanged_by_guidance(tmp_path: Path) -> None:
    assert [c.id for c in load_policy(_write(tmp_path, None)).clauses] == ["A.1", "A.2"]


def test_no_direct_answer_is_a_bare_yes_or_no() -> None:
    kb = load_knowledge_base(BUNDLED_POLICY)
    # A question put the other way round ("is it ok to post a photo of a pupil?") may land on any clause:
    # "Yes." in front of a safeguarding clause would tell a teacher the opposite of what it means.
    answers = {c.id: kb.guidance(c.id).answer for c in kb.policy.clauses if kb.guidance(c.id)}
    assert answers and not [cid for cid, a in answers.items() if re.match(r"(?i)(yes|no)\b", a)]
    reply = answer_question("Is it ok to post a photo of a pupil online", kb).text
    assert not re.match(r"(?i)yes\b", reply)
