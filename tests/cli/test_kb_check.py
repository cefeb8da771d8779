"""`app.py kb check`: lists the clauses of a good policy, and names file and line of a bad one."""

from __future__ import annotations

from pathlib import Path

POLICY = "---\ntitle: T\nschool: S\n---\n# T\n\n## A. Things\n\n[A.1] Staff must not do the thing.\n"


def test_bundled_policy_checks_ok(app) -> None:
    done = app("kb", "check")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "longton-lane-social-media-policy.guidance.yaml" in out
    assert "36 clauses" in out
    assert "B.3" in out and "line 52" in out and "Staff must not post pictures" in out
    assert "META.REVIEW" in out and out.rstrip().endswith("OK")


def test_policy_without_guidance_checks_ok(app, tmp_path: Path) -> None:
    (tmp_path / "p.md").write_text(POLICY, encoding="utf-8")
    done = app("kb", "check", str(tmp_path / "p.md"))
    assert done.returncode == 0 and "guidance: none" in done.stdout and "A.1" in done.stdout


def test_errors_exit_1_with_file_and_line(app, tmp_path: Path) -> None:
    dup = tmp_path / "dup.md"
    dup.write_text("# P\n\n[X.1] One.\n\n[X.1] Two.\n", encoding="utf-8")
    done = app("kb", "check", str(dup))
    assert done.returncode == 1 and done.stderr.startswith(f"{dup}:5: ") and "duplicate" in done.stderr

    empty = tmp_path / "empty.md"
    empty.write_text("# Nothing tagged\n", encoding="utf-8")
    done = app("kb", "check", str(empty))
    assert done.returncode == 1 and "no clauses" in done.stderr

    done = app("kb", "check", str(tmp_path / "missing.md"))
    assert done.returncode == 1 and "not found" in done.stderr

    unknown = tmp_path / "g.md"
    unknown.write_text(POLICY, encoding="utf-8")
    (tmp_path / "g.guidance.yaml").write_text("A.1:\n  answer: No.\nB.9:\n  answer: Eh.\n", encoding="utf-8")
    done = app("kb", "check", str(unknown))
    assert done.returncode == 1 and done.stderr.startswith(f"{tmp_path / 'g.guidance.yaml'}:3: ")
    assert "[B.9]" in done.stderr

    binary = tmp_path / "bin.md"
    binary.write_bytes(b"# T\n\n[A.1] caf\xe9\n")
    done = app("kb", "check", str(binary))
    assert done.returncode == 1 and f"{binary}:3:" in done.stderr


def test_the_server_refuses_a_bad_policy_with_file_and_line(app, tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("# P\n\n[A.1] One.\n\n[a 2] Two.\n", encoding="utf-8")
    done = app("serve", extra_env={"POLICYBOT_POLICY": str(bad), "PORT": "0",
                                   "POLICYBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"})
    assert done.returncode == 2
    assert f"{bad}:5: " in done.stderr and "Traceback" not in done.stderr


def test_kb_check_counts_the_questions_it_learns_from_and_names_a_bad_line(app, tmp_path: Path) -> None:
    policy = tmp_path / "p.md"
    policy.write_text(POLICY, encoding="utf-8")
    questions = tmp_path / "p.questions.jsonl"
    questions.write_text('{"q": "can I do the thing?", "expect": ["A.1"], "kind": "in_scope"}\n', encoding="utf-8")
    done = app("kb", "check", str(policy))
    assert done.returncode == 0 and "1 labelled questions learned from, for 1 clauses" in done.stdout
    questions.write_text('{"q": "can I do the thing?", "expect": ["A.2"], "kind": "in_scope"}\n', encoding="utf-8")
    done = app("kb", "check", str(policy))
    assert done.returncode == 1 and done.stderr.startswith(f"{questions}:1: ") and "no clause A.2" in done.stderr


def test_kb_check_into_a_pipe_closed_early_stops_quietly() -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["PYTHONUNBUFFERED"] = "1"  # every line is written at once, so the closed pipe is met at the first
    with subprocess.Popen([sys.executable, str(root / "app.py"), "kb", "check"], cwd=root, env=env, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as done:
        assert done.stdout is not None and done.stderr is not None
        done.stdout.close()  # like `| head`, closed before the listing starts (loading the policy comes first)
        errors = done.stderr.read()
        assert done.wait(timeout=60) == 0 and "Traceback" not in errors
