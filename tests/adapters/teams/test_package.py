"""`python app.py teams-package` builds the zip to sideload: manifest with the app id, and valid icons."""

from __future__ import annotations

import argparse
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from adapters.teams.package import run_package
from tests.adapters.teams.conftest import settings_for

APP_ID = "0b4f0a1c-2d3e-4f50-8a6b-7c8d9e0f1a2b"
# The school's web pages, which every package needs (its developer block)
WEB = {"TEAMS_WEBSITE_URL": "https://www.brookhill.example/", "TEAMS_PRIVACY_URL": "https://www.brookhill.example/privacy",
       "TEAMS_TERMS_URL": "https://www.brookhill.example/terms"}
ROOT = Path(__file__).resolve().parents[3]


def pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGBA pixels of an unfiltered 8-bit RGBA PNG (as the icon writer makes)."""
    width, height = struct.unpack(">II", png[16:24])
    data, at = b"", 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at:at + 4])
        if png[at + 4:at + 8] == b"IDAT":
            data += png[at + 8:at + 8 + length]
        at += 12 + length
    raw = zlib.decompress(data)
    stride = 1 + width * 4
    rows = [raw[y * stride + 1:(y + 1) * stride] for y in range(height)]
    return width, height, [row[x * 4:x * 4 + 4] for row in rows for x in range(width)]


def test_package_holds_the_manifest_with_the_app_id_and_both_icons(tmp_path: Path) -> None:
    out = tmp_path / "out" / "policybot.zip"

    code = run_package(argparse.Namespace(output=str(out)), settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID, **WEB))

    assert code == 0
    with zipfile.ZipFile(out) as bundle:
        assert sorted(bundle.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(bundle.read("manifest.json"))
        color, outline = bundle.read("color.png"), bundle.read("outline.png")
    assert manifest["id"] == APP_ID and manifest["bots"][0]["botId"] == APP_ID
    assert "{{" not in json.dumps(manifest)
    assert manifest["description"]["short"] == "Answers on the Social Media policy, and safeguarding reports."
    assert "about the school's Social Media policy, quoting" in manifest["description"]["full"]
    assert manifest["name"]["full"] == "policybot: Social Media policy and safeguarding concerns"
    fits_teams_limits(manifest)
    assert set(manifest["bots"][0]["scopes"]) == {"personal", "team", "groupChat"}
    width, height, colored = pixels(color)
    assert (width, height) == (192, 192) and len({p for p in colored}) > 2
    width, height, outlined = pixels(outline)
    assert (width, height) == (32, 32)
    assert {p for p in outlined} == {b"\xff\xff\xff\xff", b"\x00\x00\x00\x00"}  # white on transparent only


def fits_teams_limits(manifest: dict) -> None:
    """What the v1.16 manifest schema checks of the fields a policy's name goes into, and that nothing is left
    unfilled (the schema's maxLength; name.short and name.full must differ)."""
    assert manifest["manifestVersion"] == "1.16" and "v1.16" in manifest["$schema"]
    assert 0 < len(manifest["name"]["short"]) <= 30 and 0 < len(manifest["name"]["full"]) <= 100
    assert manifest["name"]["short"] != manifest["name"]["full"]
    assert 0 < len(manifest["description"]["short"]) <= 80 and 0 < len(manifest["description"]["full"]) <= 4000
    assert manifest["description"]["short"] != manifest["description"]["full"]
    assert "{{" not in json.dumps(manifest)


def _policy(tmp_path: Path, title: str) -> Path:
    policy = tmp_path / "ours.md"
    policy.write_text(f"---\ntitle: {title}\nschool: Brook Hill Primary\n---\n# {title}\n\n## A. Phones\n\n"
                      "- [A.1] Staff phones stay in the staff room during lessons.\n", encoding="utf-8")
    return policy


def test_another_school_s_package_names_its_own_policy_not_longton_lane_s(tmp_path: Path) -> None:
    out = tmp_path / "teams.zip"
    policy = _policy(tmp_path, "Online Safety and Mobile Phone Policy")

    code = run_package(argparse.Namespace(output=str(out)),
                       settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID, POLICYBOT_POLICY=str(policy), **WEB))

    assert code == 0
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    described = json.dumps([manifest["name"], manifest["description"]])
    assert "Social Media" not in described and "Longton" not in described
    assert manifest["description"]["short"] == ("Answers on the Online Safety and Mobile Phone policy, and "
                                                "safeguarding reports.")
    assert "about the school's Online Safety and Mobile Phone policy, quoting" in manifest["description"]["full"]
    fits_teams_limits(manifest)


def test_a_policy_name_too_long_for_a_field_is_left_out_of_that_field_only(tmp_path: Path) -> None:
    out = tmp_path / "teams.zip"
    title = "Acceptable Use of Information and Communication Technology, Social Media and Mobile Devices Policy"
    policy = _policy(tmp_path, title)

    code = run_package(argparse.Namespace(output=str(out)),
                       settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID, POLICYBOT_POLICY=str(policy), **WEB))

    assert code == 0
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    fits_teams_limits(manifest)
    assert manifest["description"]["short"] == "Answers on the policy, and safeguarding reports."
    assert manifest["name"]["full"] == "policybot: policy and safeguarding concerns"
    assert f"about the school's {title[:-len('Policy')]}policy, quoting" in manifest["description"]["full"]


def test_a_broken_policy_builds_no_package_and_says_where(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "teams.zip"
    bad = tmp_path / "bad.md"
    bad.write_text("# P\n\n[A.1] One.\n\n[A.1] Two.\n", encoding="utf-8")

    code = run_package(argparse.Namespace(output=str(out)),
                       settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID, POLICYBOT_POLICY=str(bad), **WEB))

    assert code == 2 and not out.exists()
    assert f"{bad}:5: duplicate clause ID" in capsys.readouterr().err


def test_package_without_an_app_id_says_what_to_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "policybot.zip"

    code = run_package(argparse.Namespace(output=str(out)), settings_for(tmp_path, MICROSOFT_APP_ID="", **WEB))

    assert code == 2 and not out.exists()
    assert "MICROSOFT_APP_ID" in capsys.readouterr().err


def test_the_command_line_builds_the_zip(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(("POLICYBOT_", "MICROSOFT_", "SLACK_"))}
    env["MICROSOFT_APP_ID"] = APP_ID
    env |= WEB
    out = tmp_path / "teams.zip"

    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "teams-package", "-o", str(out)], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=60)

    assert done.returncode == 0, done.stderr
    assert zipfile.ZipFile(out).namelist()


def test_the_command_line_names_the_policy_the_environment_loads(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(("POLICYBOT_", "MICROSOFT_", "SLACK_"))}
    env |= {"MICROSOFT_APP_ID": APP_ID, "POLICYBOT_POLICY": str(_policy(tmp_path, "Mobile Phone Policy")), **WEB}
    out = tmp_path / "teams.zip"

    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "teams-package", "-o", str(out)], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=60)

    assert done.returncode == 0, done.stderr
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["description"]["short"] == "Answers on the Mobile Phone policy, and safeguarding reports."


def test_the_developer_is_the_school_from_the_settings_not_longton_lane(tmp_path: Path) -> None:
    """Any school builds its own package: the name from its policy's `school` (or TEAMS_DEVELOPER_NAME), its pages
    from the settings; the committed manifest named Longton Lane for everyone."""
    out = tmp_path / "teams.zip"
    policy = _policy(tmp_path, "Mobile Phone Policy")

    code = run_package(argparse.Namespace(output=str(out)),
                       settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID, POLICYBOT_POLICY=str(policy), **WEB))

    assert code == 0
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["developer"] == {"name": "Brook Hill Primary", "websiteUrl": "https://www.brookhill.example/",
                                     "privacyUrl": "https://www.brookhill.example/privacy",
                                     "termsOfUseUrl": "https://www.brookhill.example/terms"}
    assert "ongton" not in json.dumps(manifest).lower()

    code = run_package(argparse.Namespace(output=str(out)),
                       settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID, POLICYBOT_POLICY=str(policy),
                                    TEAMS_DEVELOPER_NAME="Brook Hill School", **WEB))
    assert code == 0 and json.loads(zipfile.ZipFile(out).read("manifest.json"))["developer"]["name"] == (
        "Brook Hill School")


def test_missing_or_unusable_web_pages_build_nothing_and_are_named(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "teams.zip"

    code = run_package(argparse.Namespace(output=str(out)), settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID))

    assert code == 2 and not out.exists()
    err = capsys.readouterr().err
    assert err.startswith("teams-package: set TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL and TEAMS_TERMS_URL "
                          "(environment or .env)"), err

    code = run_package(argparse.Namespace(output=str(out)),
                       settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID,
                                    **{**WEB, "TEAMS_PRIVACY_URL": "www.brookhill.example/privacy"}))
    assert code == 2 and not out.exists()
    assert "TEAMS_PRIVACY_URL must be a web page address beginning https://" in capsys.readouterr().err


@pytest.mark.parametrize("given", ["http://admin:S3cretPassw0rd@www.brookhill.example/privacy",
                                   "https://admin:S3cretPassw0rd@www.brookhill.example/privacy",
                                   "S3cretPassw0rd~pasted.into_the_wrong_setting",
                                   "http://www.brookhill.example/privacy?token=S3cretPassw0rd"])
def test_a_web_page_setting_holding_a_secret_builds_nothing_and_never_prints_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str) -> None:
    """A password in an address (or a secret pasted into the wrong setting) was printed back in the refusal, into a
    terminal or CI log, or, with https://, published in the manifest to every member of staff."""
    out = tmp_path / "teams.zip"

    code = run_package(argparse.Namespace(output=str(out)),
                       settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID, **{**WEB, "TEAMS_PRIVACY_URL": given}))

    assert code == 2 and not out.exists()
    err = capsys.readouterr().err
    assert "TEAMS_PRIVACY_URL" in err and "S3cretPassw0rd" not in err, err


def test_a_web_page_in_capitals_or_with_a_query_or_fragment_is_taken(tmp_path: Path) -> None:
    """A scheme is case-insensitive, so "HTTPS://" was refused for no reason; written lower case in the manifest, the
    rest as given. A query or fragment is part of a page's public address ("?lang=en", "#privacy"): kept as given."""
    out = tmp_path / "teams.zip"
    pages = {"TEAMS_WEBSITE_URL": "HTTPS://www.brookhill.example/", "TEAMS_PRIVACY_URL":
             "Https://www.brookhill.example/policies?doc=Privacy&lang=en", "TEAMS_TERMS_URL":
             "https://www.brookhill.example/policies#terms"}

    code = run_package(argparse.Namespace(output=str(out)), settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID, **pages))

    assert code == 0
    developer = json.loads(zipfile.ZipFile(out).read("manifest.json"))["developer"]
    assert (developer["websiteUrl"], developer["privacyUrl"], developer["termsOfUseUrl"]) == (
        "https://www.brookhill.example/", "https://www.brookhill.example/policies?doc=Privacy&lang=en",
        "https://www.brookhill.example/policies#terms")


def test_a_password_in_a_capitalised_address_is_still_refused(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "teams.zip"
    pages = {**WEB, "TEAMS_TERMS_URL": "HTTPS://admin:S3cretPassw0rd@www.brookhill.example/terms?x=1"}

    code = run_package(argparse.Namespace(output=str(out)), settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID, **pages))

    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert "TEAMS_TERMS_URL must not hold a user name or password" in err and "S3cret" not in err


@pytest.mark.parametrize(("given", "named"), [
    ("https://www.brookhill.example/privacy?token=S3cretPassw0rd", "token"),
    ("https://www.brookhill.example/privacy?lang=en&access_token=S3cretPassw0rd", "access_token"),
    ("https://files.brookhill.example/terms.pdf?sv=2024&sig=S3cretPassw0rd", "sig"),
    ("https://www.brookhill.example/privacy#id_token=S3cretPassw0rd", "id_token")])
def test_a_web_page_carrying_a_token_in_its_query_is_refused_and_the_token_never_printed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str, named: str) -> None:
    """`https://…?token=…` was published in the manifest as given, to every member of staff who opened the app (only a
    user name or password in the address was refused), until helper notices3."""
    out = tmp_path / "teams.zip"

    code = run_package(argparse.Namespace(output=str(out)),
                       settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID, **{**WEB, "TEAMS_PRIVACY_URL": given}))

    assert code == 2 and not out.exists()
    err = capsys.readouterr().err
    assert (f"TEAMS_PRIVACY_URL must not carry a token, key or password in its address ({named}=…: Teams shows the "
            "address to everyone who opens the app): give the page's public address, not 'https://") in err
    assert "S3cretPassw0rd" not in err, err
