"""The policy loader reads the school's file into citable clauses and names the line of any fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import BUNDLED_POLICY
from policy_kb.errors import PolicyError
from policy_kb.loader import load_policy, parse_policy


def test_bundled_policy_has_every_tagged_clause_with_exact_words() -> None:
    policy = load_policy(BUNDLED_POLICY)
    ids = [c.id for c in policy.clauses]
    for expected in ["RATIONALE", "PURPOSE", "A.1", "A.2", "B.0", "B.10", "C.1", "D.0", "D.4", "E.0", "E.4",
                     "APX.INTRO", "APX.SCOPE", "APX.AIMS", "APX.1", "APX.5", "META.AGREED", "META.REVIEW"]:
        assert expected in ids
    b3 = policy.by_id["B.3"]
    assert b3.text == "Staff must not post pictures of school events without the Headteacher's consent."
    assert b3.section == "B" and b3.line == 52
    # Bold markers are layout: the quote keeps the words only.
    assert "to protect their professional reputation" in policy.by_id["B.0"].text
    assert "**" not in policy.by_id["B.0"].text
    assert policy.by_id["APX.5"].section == "APX"


def test_review_dates_come_from_front_matter() -> None:
    policy = load_policy(BUNDLED_POLICY)
    assert "17 July 2025" in policy.by_id["META.AGREED"].text
    assert "Summer term 2028" in policy.by_id["META.REVIEW"].text


def test_duplicate_id_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "p.md"
    bad.write_text("# P\n\n[X.1] One.\n\n[X.1] Two.\n", encoding="utf-8")
    with pytest.raises(PolicyError) as err:
        load_policy(bad)
    assert err.value.line == 5 and str(bad) in str(err.value) and "duplicate" in str(err.value)


def test_no_clauses_and_missing_file_are_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("# Nothing tagged here\n\nJust prose.\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="no clauses"):
        load_policy(empty)
    with pytest.raises(PolicyError, match="not found"):
        load_policy(tmp_path / "missing.md")


def test_bad_front_matter_and_bad_id_report_lines(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as err:
        parse_policy(Path("x.md"), "---\ntitle: [unclosed\n---\n[A.1] x\n")
    assert err.value.line is not None
    with pytest.raises(PolicyError) as err2:
        parse_policy(Path("x.md"), "# T\n\n[a 1] lower case id\n")
    assert err2.value.line == 3


def test_not_utf8_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "latin.md"
    bad.write_bytes(b"# T\n\n[A.1] caf\xe9\n")
    with pytest.raises(PolicyError, match="UTF-8") as err:
        load_policy(bad)
    assert err.value.line == 3


def test_dates_in_front_matter_must_be_dates_and_a_quoted_date_reads_as_one() -> None:
    body = "# T\n\n[A.1] Staff must not do the thing.\n"
    with pytest.raises(PolicyError) as err:
        parse_policy(Path("x.md"), f"---\ntitle: T\nagreed: 2025\n---\n{body}")
    assert str(err.value).startswith("x.md:3: agreed: '2025' is not a date")
    with pytest.raises(PolicyError) as err:
        parse_policy(Path("x.md"), f"---\nagreed: 2025-07-17\nnext_review: true\n---\n{body}")
    assert str(err.value).startswith("x.md:3: next_review: 'True' is neither a date nor a school term")
    policy = parse_policy(Path("x.md"), f'---\nagreed: "2025-07-17"\nnext_review: 2028\n---\n{body}')
    assert "was agreed on 17 July 2025." in policy.by_id["META.AGREED"].text
    assert parse_policy(Path("x.md"), f"---\ntitle: T\nagreed:\n---\n{body}").clause("META.AGREED") is None


def test_a_policy_saved_with_a_byte_order_mark_keeps_its_front_matter(tmp_path: Path) -> None:
    # Windows Notepad may save UTF-8 with a BOM; before, the front matter was not seen and its dates were lost.
    path = tmp_path / "policy.md"
    path.write_bytes(b"\xef\xbb\xbf" + BUNDLED_POLICY.read_bytes())
    policy = load_policy(path)
    assert policy.meta == load_policy(BUNDLED_POLICY).meta and policy.meta.get("next_review")
    assert [c.id for c in policy.clauses] == [c.id for c in load_policy(BUNDLED_POLICY).clauses]


@pytest.mark.parametrize("written", ["17 July 2025", "17th July 2025", "July 17, 2025", "17/07/2025"])
def test_an_agreed_date_written_in_words_as_schools_do_still_loads(written: str) -> None:
    # A school's policy that loaded before kb check read dates strictly must not stop the bot after an upgrade.
    policy = parse_policy(Path("x.md"), f"---\nagreed: {written}\n---\n# T\n\n[A.1] Staff must not do the thing.\n")
    assert "was agreed on 17 July 2025." in policy.by_id["META.AGREED"].text
