"""`app.py ask`: one readable answer, exactly one JSON object with --json, one object a line with --jsonl."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.cli.conftest import ROOT

KEYS = {"question", "clause_id", "confidence", "answer", "alternatives", "intent"}


def test_ask_json_prints_exactly_one_object_with_the_interface_keys(app) -> None:
    done = app("ask", "Can I post photos from sports day on my Facebook?", "--json")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    answer = json.loads(lines[0])
    assert set(answer) == KEYS
    assert answer["clause_id"] == "B.3" and answer["intent"] == "policy_question"
    assert 0.0 <= answer["confidence"] <= 1.0
    assert "Staff must not post pictures of school events without the Headteacher's consent." in answer["answer"]
    for alt in answer["alternatives"]:
        assert set(alt) == {"clause_id", "confidence"} and 0.0 <= alt["confidence"] <= 1.0


def test_ask_json_abstains_with_null_clause(app) -> None:
    answer = json.loads(app("ask", "where do I park my car?", "--json").stdout)
    assert answer["clause_id"] is None and answer["intent"] == "out_of_scope"
    assert "Headteacher" in answer["answer"]


def test_ask_readable(app) -> None:
    done = app("ask", "can i follow a year 6 pupil on tiktok")
    assert done.returncode == 0 and "[B.1]" in done.stdout and "{" not in done.stdout


def test_ask_jsonl_keeps_order_and_accepts_json_lines(app) -> None:
    questions = [
        "can i follow a year 6 pupil on tiktok",
        '{"q": "Can I post photos from sports day on my Facebook?"}',
        "",
        '{"question": "what is smoothwall", "expect": ["A.2"]}',
        "what's for lunch",
        "I need to report a pupil being bullied on WhatsApp",
    ]
    done = app("ask", "--jsonl", input="\n".join(questions) + "\n")
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(answers) == len(questions)
    assert all(set(a) == KEYS for a in answers)
    assert [a["question"] for a in answers] == [
        "can i follow a year 6 pupil on tiktok", "Can I post photos from sports day on my Facebook?", "",
        "what is smoothwall", "what's for lunch", "I need to report a pupil being bullied on WhatsApp",
    ]
    assert [a["clause_id"] for a in answers[:4]] == ["B.1", "B.3", None, "A.2"]
    assert answers[4]["clause_id"] is None
    assert answers[5]["intent"] == "report_concern"


def test_ask_without_a_question_explains_itself(app) -> None:
    done = app("ask")
    assert done.returncode == 2 and "question" in done.stderr


def test_ask_reports_a_broken_policy_by_file_and_line(app, tmp_path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("# P\n\n[A.1] One.\n\n[A.1] Two.\n", encoding="utf-8")
    done = app("ask", "anything", "--json", extra_env={"POLICYBOT_POLICY": str(bad)})
    assert done.returncode == 1 and f"{bad}:5:" in done.stderr and done.stdout == ""


def _other_policy(tmp_path) -> str:
    """A one-clause policy of another school's: an answer from it shows which policy was loaded."""
    other = tmp_path / "other.md"
    other.write_text("# Riverside Policy\n\n## A. Phones\n\n- [R.1] Staff phones stay in the staff room during "
                     "lessons.\n", encoding="utf-8")
    return str(other)


def test_ask_reads_the_policy_named_in_a_dot_env_file_in_the_working_directory(app, tmp_path) -> None:
    (tmp_path / ".env").write_text(f"POLICYBOT_POLICY={_other_policy(tmp_path)}\n", encoding="utf-8")
    done = app("ask", "where do staff phones stay during lessons?", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["clause_id"] == "R.1"


def test_ask_reads_the_policy_variable_in_any_case_as_every_setting_is_read(app, tmp_path) -> None:
    done = app("ask", "where do staff phones stay during lessons?", "--json",
               extra_env={"policybot_policy": _other_policy(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["clause_id"] == "R.1"


def test_ask_with_nothing_configured_answers_from_the_bundled_policy_without_loading_the_settings_library(app) -> None:
    # pydantic-settings is half of ask's start-up: with no variable and no .env there is nothing for it to read.
    done = app("ask", "Can I post photos from sports day on my Facebook?", "--json", python_flags=("-X", "importtime"))
    assert done.returncode == 0
    assert json.loads(done.stdout)["clause_id"] == "B.3"
    assert "pydantic_settings" not in done.stderr and "import time:" in done.stderr


def _imported(importtime: str) -> set[str]:
    """The modules a `-X importtime` run imported, by full name."""
    return {line.rsplit("|", 1)[1].strip() for line in importtime.splitlines() if line.startswith("import time:")}


def test_ask_answers_without_loading_the_danger_answer_readers_or_the_chat_services(app) -> None:
    # The danger answer's readers build a quarter second of patterns that answering a question never uses, and
    # Slack, Teams, the server and the database belong to `serve`: none of them is `ask`'s start-up
    done = app("ask", "are we allowed to put the sports day pictures on facebook", "--json",
               python_flags=("-X", "importtime"))
    assert json.loads(done.stdout)["clause_id"] == "B.3"
    imported = _imported(done.stderr)
    assert "bot.answers" in imported
    unneeded = {"bot.flows.danger_told", "bot.flows.danger_disclosed", "bot.flows.danger_harm_coming",
                "bot.flows.danger_harm_acts", "bot.flows.danger_now", "bot.flows.danger_threat"}
    assert imported.isdisjoint(unneeded), sorted(imported & unneeded)
    services = ("slack_bolt", "slack_sdk", "botbuilder", "aiohttp", "sqlalchemy", "pydantic")
    assert not [name for name in imported if name.split(".")[0] in services]


def test_ask_json_tells_a_welsh_question_it_answers_in_english(app) -> None:
    done = app("ask", "Ga i bostio lluniau o ddiwrnod chwaraeon?", "--json")
    answer = json.loads(done.stdout)
    assert answer["intent"] == "out_of_scope" and answer["clause_id"] is None
    assert answer["answer"].startswith("I can only read questions in English for now, so I can't tell whether the "
                                       "Social Media policy covers that.")


NOTHING = "I didn't catch anything there. Ask me about the Social Media policy, or type 'report a concern'."
CONTROL = "Sorry, that message contains control characters I can't read"
TOO_LONG = "Sorry, that message is too long for me (102,400 characters; the limit is 4,000)."


def _refused_as_the_chat_refuses(answer: dict[str, object], question: str, starts: str) -> None:
    assert set(answer) == KEYS and answer["question"] == question.strip()
    assert str(answer["answer"]).startswith(starts), answer["answer"]
    assert answer["clause_id"] is None and answer["alternatives"] == [] and answer["confidence"] == 0.0
    assert answer["intent"] == "out_of_scope"


def test_ask_says_it_caught_nothing_for_an_empty_or_blank_question_as_the_chat_does(app) -> None:
    for question in ("", "   ", "\t\n"):
        done = app("ask", question)
        assert done.returncode == 0 and done.stdout == NOTHING + "\n", done.stdout
        done = app("ask", question, "--json")
        assert done.returncode == 0 and len(done.stdout.splitlines()) == 1
        _refused_as_the_chat_refuses(json.loads(done.stdout), question, NOTHING)
        assert "doesn't cover" not in done.stdout


def test_ask_echoes_the_question_trimmed_whether_an_argument_a_line_or_a_json_field(app) -> None:
    """`ask "   "` echoed the three spaces while a blank --jsonl line echoed "": one rule, the question trimmed."""
    assert json.loads(app("ask", "   ", "--json").stdout)["question"] == ""
    assert json.loads(app("ask", "  can i follow a year 6 pupil on tiktok \n", "--json").stdout)["question"] == (
        "can i follow a year 6 pupil on tiktok")
    lines = ["   ", json.dumps({"q": "  can i follow a year 6 pupil on tiktok  "}), json.dumps({"q": " "})]
    echoed = [json.loads(line)["question"] for line in app("ask", "--jsonl", input="\n".join(lines) + "\n")
              .stdout.splitlines()]
    assert echoed == ["", "can i follow a year 6 pupil on tiktok", ""]


def test_ask_refuses_100_kb_and_control_characters_as_the_chat_does(app) -> None:
    huge = "can I post photos " * 5690  # 102,400 characters with the last word cut
    huge = (huge + "x" * 102_400)[:102_400]
    done = app("ask", huge, "--json")
    assert done.returncode == 0
    _refused_as_the_chat_refuses(json.loads(done.stdout), huge, TOO_LONG)
    done = app("ask", "can I post\x1b[2J photos?", "--json")
    assert done.returncode == 0
    _refused_as_the_chat_refuses(json.loads(done.stdout), "can I post\x1b[2J photos?", CONTROL)
    assert app("ask", "hello\x7f").stdout.startswith(CONTROL)


def test_ask_jsonl_refuses_each_bad_line_in_place_and_answers_the_rest(app) -> None:
    huge = "x" * 102_400
    lines = ["", "can i follow a year 6 pupil on tiktok", "   ", json.dumps({"q": "photos\u0007?"}), huge,
             '{"q": "Can I post photos from sports day on my Facebook?"}']
    done = app("ask", "--jsonl", input="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(answers) == len(lines)
    _refused_as_the_chat_refuses(answers[0], "", NOTHING)
    assert answers[1]["clause_id"] == "B.1"
    _refused_as_the_chat_refuses(answers[2], "", NOTHING)
    _refused_as_the_chat_refuses(answers[3], "photos\u0007?", CONTROL)
    _refused_as_the_chat_refuses(answers[4], huge, TOO_LONG)
    assert answers[5]["clause_id"] == "B.3"


def test_ask_keeps_the_chat_s_configured_message_limit(app) -> None:
    done = app("ask", "can I post photos from sports day?", extra_env={"POLICYBOT_MAX_MESSAGE_CHARS": "10"})
    assert done.returncode == 0
    assert done.stdout.startswith("Sorry, that message is too long for me (34 characters; the limit is 10).")


def test_ask_json_tells_portuguese_somali_and_roman_urdu_it_answers_in_english(app) -> None:
    questions = ["Posso publicar fotos do dia do desporto no Facebook?", "Maxay tahay siyaasadda baraha bulshada?",
                 "kya main kisi student ko Instagram par add kar sakti hoon?"]
    done = app("ask", "--jsonl", input="\n".join(questions) + "\n")
    for answer in (json.loads(line) for line in done.stdout.splitlines()):
        assert answer["intent"] == "out_of_scope" and answer["clause_id"] is None
        assert str(answer["answer"]).startswith("I can only read questions in English for now"), answer


def test_ask_refuses_a_message_limit_below_one_as_any_unreadable_setting(app) -> None:
    # a limit of 0 or -5 refused every question ("the limit is -5"), in the chat as in ask
    done = app("ask", "can I post photos?", extra_env={"POLICYBOT_MAX_MESSAGE_CHARS": "-5"})
    assert done.returncode == 2
    assert done.stderr.strip() == "policybot: POLICYBOT_MAX_MESSAGE_CHARS must be at least 1, not '-5'."


def test_ask_json_answers_a_question_about_reporting_as_help_in_the_interface_shape(app) -> None:
    done = app("ask", "who can see my report?", "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert set(answer) == KEYS and len(done.stdout.splitlines()) == 1
    assert answer["intent"] == "help" and answer["clause_id"] is None and answer["alternatives"] == []
    assert "set up for the Headteacher to receive concerns" in answer["answer"]
    assert "doesn't cover" not in answer["answer"]


def _ask_bytes(tmp_path, stdin: bytes, *args: str, strict: bool) -> subprocess.CompletedProcess[bytes]:
    """`ask` fed raw bytes; `strict`: stdin decoded as a UTF-8 locale such as en_GB.UTF-8 decodes it (errors raise),
    otherwise as the C.UTF-8 locale does (bad bytes kept as surrogates)."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(("POLICYBOT_", "PYTHONIOENCODING"))}
    if strict:
        env["PYTHONIOENCODING"] = "utf-8:strict"
    return subprocess.run([sys.executable, str(ROOT / "app.py"), "ask", *args], input=stdin, capture_output=True,
                          timeout=180, cwd=tmp_path, env=env, check=False)


@pytest.mark.parametrize("strict", [True, False])
def test_ask_jsonl_answers_a_line_that_is_not_utf8_in_its_place_and_writes_only_utf8(tmp_path, strict) -> None:
    """A line of Latin-1 or a stray byte in an evaluation file killed the whole run with a traceback (a UTF-8
    locale) or echoed the raw byte, making the output invalid UTF-8 (C.UTF-8): the byte becomes U+FFFD."""
    stdin = b"hello\ncan i follow a year 6 pupil on tiktok \xff\xfe\ncaf\xe9 photos\nhelp\n{\"q\": \"hi \\udcff\"}\n"
    done = _ask_bytes(tmp_path, stdin, "--jsonl", strict=strict)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    answers = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [a["question"] for a in answers] == [
        "hello", "can i follow a year 6 pupil on tiktok \ufffd\ufffd", "caf\ufffd photos", "help", "hi \ufffd"]
    assert answers[1]["clause_id"] == "B.1" and answers[3]["intent"] == "help"


def test_ask_json_with_an_argument_that_is_not_utf8_answers_in_utf8(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("POLICYBOT_")}
    env["PYTHONIOENCODING"] = "utf-8:strict"
    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "ask", b"can i follow a pupil on tiktok \xff",
                           "--json"], capture_output=True, timeout=180, cwd=tmp_path, env=env, check=False)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    answer = json.loads(done.stdout.decode("utf-8"))
    assert answer["question"] == "can i follow a pupil on tiktok \ufffd" and answer["clause_id"] == "B.1"
