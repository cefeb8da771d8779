"""Another school's policy is named as its own in every reply, page and tab; never as Longton Lane's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from policy_kb.knowledge import load_knowledge_base
from policy_kb.policy_name import with_article

ROOT = Path(__file__).resolve().parents[2]
RIVERSIDE = ROOT / "tests" / "data" / "riverside-online-safety-policy.md"
OURS = "Online Safety and Mobile Phone policy"
ENV_OURS = ("POLICYBOT_", "SLACK_", "MICROSOFT_", "TEAMS_")


def run_app(tmp_path: Path, *args: str, policy: Path = RIVERSIDE, input: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(ENV_OURS)}
    env |= {"POLICYBOT_POLICY": str(policy), "POLICYBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/t.db"}
    done = subprocess.run([sys.executable, str(ROOT / "app.py"), *args], input=input, capture_output=True, text=True,
                          cwd=tmp_path, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def asked(tmp_path: Path, *questions: str, policy: Path = RIVERSIDE) -> list[dict[str, object]]:
    out = run_app(tmp_path, "ask", "--jsonl", policy=policy, input="\n".join(questions) + "\n")
    return [json.loads(line) for line in out.splitlines()]


def test_ask_json_names_the_loaded_policy_in_not_covered_help_and_greetings(tmp_path: Path) -> None:
    not_covered, helped, hello, joke = asked(
        tmp_path, "what is the dress code for the summer fair?", "help", "hello", "tell me a joke")
    assert not_covered["intent"] == "out_of_scope" and not_covered["clause_id"] is None
    assert str(not_covered["answer"]).startswith(f"The {OURS} doesn't cover that")
    assert f"the school's {OURS}" in str(helped["answer"]) and f"the school's {OURS}" in str(hello["answer"])
    assert f"Try me with an {OURS} question!" in str(joke["answer"])
    for reply in (not_covered, helped, hello, joke):
        assert "Social Media" not in str(reply["answer"])


def test_a_policy_without_a_title_is_the_policy(tmp_path: Path) -> None:
    bare = tmp_path / "bare.md"
    bare.write_text("# Rules\n\n## A. Phones\n\n[A.1] Staff phones stay in the staff room during lessons.\n",
                    encoding="utf-8")
    [answer] = asked(tmp_path, "what is the dress code for the summer fair?", policy=bare)
    assert str(answer["answer"]).startswith("The policy doesn't cover that")


def test_a_short_name_in_the_front_matter_is_what_replies_say_and_kb_check_shows_it(tmp_path: Path) -> None:
    short = tmp_path / "short.md"
    short.write_text(RIVERSIDE.read_text(encoding="utf-8").replace(
        "school: Riverside Primary School\n", "school: Riverside Primary School\nshort_name: Online Safety policy\n"),
        encoding="utf-8")
    [answer] = asked(tmp_path, "what is the dress code for the summer fair?", policy=short)
    assert str(answer["answer"]).startswith("The Online Safety policy doesn't cover that")
    assert "named:    the Online Safety policy" in run_app(tmp_path, "kb", "check", str(short))


def test_kb_check_refuses_a_short_name_that_is_not_words(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: T\nshort_name: [a, b]\n---\n# T\n\n[A.1] One.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(ENV_OURS)}
    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "kb", "check", str(bad)], capture_output=True,
                          text=True, cwd=tmp_path, env=env, timeout=60, check=False)
    assert done.returncode == 1 and done.stderr.startswith(f"{bad}:3: short_name:")


def test_the_bundled_policy_keeps_its_name_from_its_guidance_and_its_file_word_for_word() -> None:
    bundled = ROOT / "policy_kb" / "data" / "longton-lane-social-media-policy.md"
    assert load_knowledge_base(bundled).name == "Social Media policy"
    # the name is the guidance's: the policy itself is the school's published text, so its clauses' line numbers
    # are the shared copy's
    published = ROOT.parent / "shared" / "policy" / bundled.name
    if published.exists():  # beside the repository here; not in every clone
        assert bundled.read_bytes() == published.read_bytes()


def test_a_short_name_in_the_guidance_is_what_replies_say_and_a_bad_one_names_its_line(tmp_path: Path) -> None:
    policy = tmp_path / "riverside.md"
    policy.write_text(RIVERSIDE.read_text(encoding="utf-8"), encoding="utf-8")
    guidance = tmp_path / "riverside.guidance.yaml"
    guidance.write_text("short_name: Phones policy\n", encoding="utf-8")
    [answer] = asked(tmp_path, "what is the dress code for the summer fair?", policy=policy)
    assert str(answer["answer"]).startswith("The Phones policy doesn't cover that")
    guidance.write_text("# guidance\nshort_name: [a, b]\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(ENV_OURS)}
    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "kb", "check", str(policy)], capture_output=True,
                          text=True, cwd=tmp_path, env=env, timeout=60, check=False)
    assert done.returncode == 1 and done.stderr.startswith(f"{guidance}:2: short_name")


def test_the_terminal_greets_and_helps_with_the_loaded_policy(tmp_path: Path) -> None:
    out = run_app(tmp_path, "chat", "--user", "alice", input="help\nquit\n")
    assert out.startswith(f"policybot: ask about the school's {OURS}, or type 'report a concern'.")
    assert f"I answer questions about the school's {OURS}, quoting the exact clause" in out
    assert "Social Media" not in out


ARTICLES = [
    ("Social Media policy", "a"), ("Online Safety policy", "an"), ("Uniform policy", "a"),
    ("Union Facilities policy", "a"),
    ("User Agreement", "a"), ("Useful Contacts policy", "a"), ("European Trips policy", "a"),
    ("One-to-One Tuition policy", "a"), ("UK GDPR policy", "a"), ("Hour of Worship policy", "an"),
    ("Honesty and Integrity policy", "an"), ("Health and Safety policy", "a"), ("Unacceptable Behaviour policy", "an"),
    ("Uninstalled Software policy", "an"), ("Umbrella policy", "an"), ("RSE policy", "an"), ("SEND policy", "a"),
    ("PSHE policy", "a"), ("EYFS policy", "an"), ("E-safety policy", "an"), ("A-level Choices policy", "an"),
    ("11+ policy", "an"), ("Ofsted Readiness policy", "an"), ("Usual Routines policy", "a"),
]


def test_with_article_goes_by_the_sound_not_the_letter() -> None:
    assert [with_article(name) for name, _ in ARTICLES] == [f"{article} {name}" for name, article in ARTICLES]


def test_a_uniform_policy_s_joke_reply_reads_a_uniform_policy_not_an(tmp_path: Path) -> None:
    for title, said in (("Uniform Policy", "a Uniform policy"), ("UK Trips Policy", "a UK Trips policy"),
                        ("Hour by Hour Policy", "an Hour by Hour policy")):
        policy = tmp_path / "p.md"
        policy.write_text(f"---\ntitle: {title}\n---\n# {title}\n\n## A. Rules\n\n- [A.1] Ties are worn every day.\n",
                          encoding="utf-8")
        (joke,) = asked(tmp_path, "tell me a joke", policy=policy)
        assert f"Try me with {said} question!" in str(joke["answer"]), joke
