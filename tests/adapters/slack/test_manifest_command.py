"""`python app.py slack-manifest --url …` writes the manifest a school pastes into Slack, filled in for its address."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
COMMITTED = yaml.safe_load((ROOT / "slack" / "manifest.yml").read_text(encoding="utf-8"))


def run(tmp_path: Path, *args: str, **env_extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(("POLICYBOT_", "MICROSOFT_", "SLACK_"))}
    return subprocess.run([sys.executable, str(ROOT / "app.py"), "slack-manifest", *args], cwd=tmp_path,
                          env=env | env_extra, capture_output=True, text=True, timeout=60)


def urls(manifest: dict) -> list[str]:
    settings = manifest["settings"]
    return [settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"],
            *(c["url"] for c in manifest["features"]["slash_commands"])]


def described(manifest: dict) -> str:
    info = manifest["display_information"]
    return " ".join([info["description"], info["long_description"],
                     *(c["description"] for c in manifest["features"]["slash_commands"])])


def _policy(tmp_path: Path, title: str) -> Path:
    policy = tmp_path / "ours.md"
    policy.write_text(f"---\ntitle: {title}\nschool: Brook Hill Primary\n---\n# {title}\n\n## A. Phones\n\n"
                      "- [A.1] Staff phones stay in the staff room during lessons.\n", encoding="utf-8")
    return policy


@pytest.mark.parametrize(("given", "expected"), [
    ("https://policybot.longtonlane.sch.uk", "https://policybot.longtonlane.sch.uk/slack/events"),
    ("https://Policybot.School.Example/", "https://policybot.school.example/slack/events"),
    ("HTTPS://school.example:8443/policybot/", "https://school.example:8443/policybot/slack/events"),
    ("https://school.example/slack/events", "https://school.example/slack/events"),  # not /slack/events twice
])
def test_every_request_url_is_the_school_s_address(tmp_path: Path, given: str, expected: str) -> None:
    out = tmp_path / "manifest.yml"
    done = run(tmp_path, "--url", given, "-o", str(out))

    assert done.returncode == 0, done.stderr
    manifest = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert urls(manifest) == [expected] * 3
    assert "policybot.example.org" not in out.read_text(encoding="utf-8")


def test_the_written_manifest_asks_slack_for_what_the_committed_one_does(tmp_path: Path) -> None:
    done = run(tmp_path, "--url", "https://school.example", "-o", "-")

    manifest = yaml.safe_load(done.stdout)
    for part in ("oauth_config", "_metadata"):
        assert manifest[part] == COMMITTED[part]
    assert manifest["settings"]["event_subscriptions"]["bot_events"] == \
        COMMITTED["settings"]["event_subscriptions"]["bot_events"]
    assert manifest["features"]["shortcuts"] == COMMITTED["features"]["shortcuts"]
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == ["/policy"]


def test_the_descriptions_name_the_policy_the_environment_loads(tmp_path: Path) -> None:
    bundled = yaml.safe_load(run(tmp_path, "--url", "https://school.example", "-o", "-").stdout)
    theirs = yaml.safe_load(run(tmp_path, "--url", "https://school.example", "-o", "-",
                                POLICYBOT_POLICY=str(_policy(tmp_path, "Mobile Phone Policy"))).stdout)

    assert "Longton Lane Primary School's Social Media policy" in described(bundled)
    assert "Brook Hill Primary's Mobile Phone policy" in described(theirs)
    assert "Longton" not in described(theirs) and "Social Media" not in described(theirs)
    for manifest in (bundled, theirs):
        info = manifest["display_information"]
        assert len(info["description"]) <= 140 and 174 <= len(info["long_description"]) <= 4000


def test_a_policy_name_too_long_for_a_description_leaves_that_one_generic(tmp_path: Path) -> None:
    title = "Online Safety, Social Media, Mobile Phone, Camera and Acceptable Use of Technology Policy"
    manifest = yaml.safe_load(run(tmp_path, "--url", "https://school.example", "-o", "-",
                                  POLICYBOT_POLICY=str(_policy(tmp_path, title))).stdout)

    assert manifest["display_information"]["description"] == COMMITTED["display_information"]["description"]
    assert "Brook Hill Primary's Online Safety" in manifest["display_information"]["long_description"]


@pytest.mark.parametrize(("given", "said", "secret"), [
    ("http://school.example", "beginning https://", None),
    ("https://school.example/?token=xoxb-123", "no query or fragment", "xoxb-123"),
    ("https://admin:hunter2@school.example", "user name or password", "hunter2"),
    ("https://localhost", "beginning https://", None),
    ("school.example", "beginning https://", None),
])
def test_an_unusable_address_writes_nothing_and_says_why(tmp_path: Path, given: str, said: str,
                                                         secret: str | None) -> None:
    out = tmp_path / "manifest.yml"
    done = run(tmp_path, "--url", given, "-o", str(out))

    assert done.returncode == 2
    assert said in done.stderr and not out.exists()
    if secret:
        assert secret not in done.stderr + done.stdout


def test_a_broken_policy_writes_nothing_and_says_where(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: X\n---\n# X\n\nno clauses here\n", encoding="utf-8")
    out = tmp_path / "manifest.yml"
    done = run(tmp_path, "--url", "https://school.example", "-o", str(out), POLICYBOT_POLICY=str(bad))

    assert done.returncode == 2 and str(bad) in done.stderr and not out.exists()

