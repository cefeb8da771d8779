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
    assert done.returncode == 1 and done.stderr.startswith(f"{empty}:1: no clauses found")

    done = app("kb", "check", str(tmp_path / "missing.md"))
    assert done.returncode == 1 and done.stderr == f"{tmp_path / 'missing.md'}:0: file not found\n"

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
    assert done.returncode == 0 and "1 labelled question learned from, for 1 clause" in done.stdout
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


def _dated(agreed: str | None, next_review: str | None) -> str:
    """POLICY with these front-matter dates (None: the line left out)."""
    lines = ["---", "title: T", "school: S"]
    lines += [f"agreed: {agreed}"] if agreed is not None else []
    lines += [f"next_review: {next_review}"] if next_review is not None else []
    return "\n".join(lines) + "\n---\n# T\n\n## A. Things\n\n[A.1] Staff must not do the thing.\n"


def test_kb_check_refuses_an_agreed_or_next_review_it_cannot_read_as_a_date(app, tmp_path: Path) -> None:
    # Once passed with OK, and the bot said "The policy was agreed on not a date." / "…due for review in whenever."
    bad = tmp_path / "p.md"
    bad.write_text(_dated("not a date", "Summer term 2028"), encoding="utf-8")
    done = app("kb", "check", str(bad))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"{bad}:4: agreed: 'not a date' is not a date: write it as YYYY-MM-DD or as 17 July "
                           "2025, e.g. agreed: 2025-07-17\n")

    bad.write_text(_dated("2025-07-17", "whenever"), encoding="utf-8")
    done = app("kb", "check", str(bad))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"{bad}:5: next_review: 'whenever' is neither a date nor a school term: write e.g. "
                           "next_review: Summer term 2028, next_review: July 2028 or next_review: 2028-07-31\n")


def test_kb_check_accepts_the_dates_and_terms_it_understands_and_missing_ones(app, tmp_path: Path) -> None:
    good = tmp_path / "p.md"
    for agreed, next_review, due in [("2025-07-17", "Summer term 2028", "31 August 2028"),
                                     ('"2025-07-17"', "2028-07-31", "31 July 2028"),
                                     (None, "Autumn 2027", "31 December 2027"), ("2025-07-17", "July 2028", None),
                                     ("", "", None), (None, None, None)]:
        good.write_text(_dated(agreed, next_review), encoding="utf-8")
        done = app("kb", "check", str(good))
        assert done.returncode == 0 and done.stdout.endswith("OK\n"), (agreed, next_review, done.stderr)
        assert due is None or f"review:   due by {due} " in done.stdout


def test_the_server_refuses_a_next_review_it_cannot_read(app, tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(_dated("2025-07-17", "whenever"), encoding="utf-8")
    done = app("serve", extra_env={"POLICYBOT_POLICY": str(bad), "PORT": "0",
                                   "POLICYBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"})
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert (f"policybot: the policy could not be loaded: {bad}:5: next_review: 'whenever' is neither a date nor a "
            "school term") in done.stderr


def test_kb_check_names_the_line_of_a_date_that_does_not_exist(app, tmp_path: Path) -> None:
    # YAML reads 2025-02-30 as a date and Python refuses it: once a ValueError traceback, not file and line.
    bad = tmp_path / "p.md"
    bad.write_text(_dated("2025-02-30", "Summer term 2028"), encoding="utf-8")
    done = app("kb", "check", str(bad))
    assert done.returncode == 1 and done.stdout == "" and "Traceback" not in done.stderr
    assert done.stderr == f"{bad}:4: front matter: 2025-02-30 is not a real date (day is out of range for month)\n"


def test_kb_check_names_a_clause_id_whose_bracket_is_not_closed(app, tmp_path: Path) -> None:
    # `- [B.4 Staff must not…` once dropped B.4 without a word (35 clauses, OK): under a bullet list it even became
    # part of the clause before it.
    bad = tmp_path / "p.md"
    bad.write_text(POLICY + "\n## B. Staff\n\n- [B.3] Staff must not post pictures.\n"
                   "- [B.4 Staff must not use social networking sites within lesson times.\n", encoding="utf-8")
    done = app("kb", "check", str(bad))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"{bad}:14: [B.4 looks like a clause ID but the bracket is not closed: "
                           "write [B.4] at the start of the clause\n")

    bad.write_text(POLICY.replace("# T\n", "# T\n\n## Rationale [RATIONALE\n\nWhy we have a policy.\n"),
                   encoding="utf-8")
    done = app("kb", "check", str(bad))
    assert done.returncode == 1 and done.stderr == (f"{bad}:7: [RATIONALE looks like a clause ID but the bracket "
                                                    "is not closed: write [RATIONALE] at the end of the heading\n")


def test_kb_check_names_a_clause_id_mistyped_in_other_ways(app, tmp_path: Path) -> None:
    # Each of these was read as the text of the clause before it: A.2 lost, A.1 saying two things, `kb check` OK.
    bad = tmp_path / "p.md"
    for line, said in (("- A.2] Staff must not post.", "A.2] looks like a clause ID without its opening bracket"),
                       ("(A.2) Staff must not post.", "(A.2) looks like a clause ID in the wrong brackets"),
                       ("- [a.2 Staff must not post.", "[a.2 looks like a clause ID in small letters"),
                       ("[a.2] Staff must not post.", "[a.2 looks like a clause ID in small letters"),
                       ("A.2 Staff must not post.", "A.2 looks like a clause ID without brackets"),
                       ("A.2: Staff must not post.", "A.2 looks like a clause ID without brackets")):
        bad.write_text(POLICY + line + "\n", encoding="utf-8")
        done = app("kb", "check", str(bad))
        assert done.returncode == 1 and done.stdout == "", line
        assert done.stderr == f"{bad}:10: {said}: write [A.2] at the start of the clause\n"


def test_kb_check_lets_prose_naming_clauses_and_other_numbering_pass(app, tmp_path: Path) -> None:
    good = tmp_path / "p.md"
    good.write_text(POLICY + "A.1 and A.2 say more.\nE.g. Staff may ask.\nN.B. Ask first.\nQ1.2 What if it happens?\n"
                    "1.2 Staff may ask.\n(v1.2 agreed by governors)\n(KS2.1 pupils) may use it.\n[v1.2 agreed by "
                    "governors\n(KS2.1) pupils use tablets.\n(V1.2) agreed by governors.\n(S.1) of the Act applies.\n",
                    encoding="utf-8")
    done = app("kb", "check", str(good))
    assert done.returncode == 0 and done.stdout.endswith("OK\n"), done.stderr


def test_kb_check_lets_ordinary_text_with_a_bracket_pass(app, tmp_path: Path) -> None:
    good = tmp_path / "p.md"
    good.write_text(POLICY + "Staff [and volunteers] must also not do it.\n\n- [see the appendix for the form\n"
                    "- [N.B. ask the Head first\n[A note from the Head: thank you\n[Year 6 may bring phones\n"
                    "- [B.4 guidance](https://example.org/b4) is online\n\n## Notes [see below\n\n"
                    "[A.2] Staff must not [ever] do the other thing.\n", encoding="utf-8")
    done = app("kb", "check", str(good))
    assert done.returncode == 0 and done.stdout.endswith("OK\n"), done.stderr
    assert "2 clauses:" in done.stdout and "A.2 " in done.stdout


def test_kb_check_reports_bad_front_matter_yaml_on_one_line_with_the_files_line_numbers(app, tmp_path: Path) -> None:
    # Once several lines quoting YAML's own "line 1, column 8" and "line 2, column 7", counted from the front matter.
    bad = tmp_path / "p.md"
    bad.write_text(POLICY.replace("title: T\n", "title: [unclosed\n"), encoding="utf-8")
    done = app("kb", "check", str(bad))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"{bad}:3: front matter is not valid YAML: expected ',' or ']', but got ':' "
                           "(while parsing a flow sequence that starts at line 2)\n")

    bad.write_text(POLICY.replace("school: S\n", "school: S\n  motto: a: b\n"), encoding="utf-8")
    done = app("kb", "check", str(bad))
    assert done.returncode == 1
    assert done.stderr == f"{bad}:4: front matter is not valid YAML: mapping values are not allowed here\n"


def test_no_clauses_points_at_the_first_paragraph_that_wants_an_id(app, tmp_path: Path) -> None:
    untagged = tmp_path / "untagged.md"
    untagged.write_text("---\ntitle: T\n---\n# T\n\n## A. Phones\n\nStaff phones stay in the staff room.\n"
                        "- Pupils hand theirs in.\n", encoding="utf-8")
    done = app("kb", "check", str(untagged))
    assert done.returncode == 1
    assert done.stderr == (f"{untagged}:8: no clauses found: tag each clause with an ID in [brackets], e.g. [B.3]\n")

    headings_only = tmp_path / "headings.md"
    headings_only.write_text("# T\n\n## A. Phones\n\n", encoding="utf-8")
    done = app("kb", "check", str(headings_only))
    assert done.returncode == 1 and done.stderr.startswith(f"{headings_only}:4: no clauses found")

    blank = tmp_path / "blank.md"
    blank.write_text("", encoding="utf-8")
    assert app("kb", "check", str(blank)).stderr.startswith(f"{blank}:1: no clauses found")


def test_a_file_that_cannot_be_read_says_line_0_in_the_one_format(app, tmp_path: Path) -> None:
    folder = tmp_path / "folder.md"
    folder.mkdir()
    done = app("kb", "check", str(folder))
    assert done.returncode == 1 and done.stderr.startswith(f"{folder}:0: cannot read file")
    missing = tmp_path / "nowhere.md"
    for args in (("ask", "can I post photos?"), ("kb", "check")):
        done = app(*args, extra_env={"POLICYBOT_POLICY": str(missing)})
        assert done.returncode == 1 and done.stderr == f"{missing}:0: file not found\n", args
