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

    code = run_package(argparse.Namespace(output=str(out)), settings_for(tmp_path, MICROSOFT_APP_ID=APP_ID))

    assert code == 0
    with zipfile.ZipFile(out) as bundle:
        assert sorted(bundle.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(bundle.read("manifest.json"))
        color, outline = bundle.read("color.png"), bundle.read("outline.png")
    assert manifest["id"] == APP_ID and manifest["bots"][0]["botId"] == APP_ID
    assert "{{" not in json.dumps(manifest)
    assert set(manifest["bots"][0]["scopes"]) == {"personal", "team", "groupChat"}
    width, height, colored = pixels(color)
    assert (width, height) == (192, 192) and len({p for p in colored}) > 2
    width, height, outlined = pixels(outline)
    assert (width, height) == (32, 32)
    assert {p for p in outlined} == {b"\xff\xff\xff\xff", b"\x00\x00\x00\x00"}  # white on transparent only


def test_package_without_an_app_id_says_what_to_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "policybot.zip"

    code = run_package(argparse.Namespace(output=str(out)), settings_for(tmp_path, MICROSOFT_APP_ID=""))

    assert code == 2 and not out.exists()
    assert "MICROSOFT_APP_ID" in capsys.readouterr().err


def test_the_command_line_builds_the_zip(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(("POLICYBOT_", "MICROSOFT_", "SLACK_"))}
    env["MICROSOFT_APP_ID"] = APP_ID
    out = tmp_path / "teams.zip"

    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "teams-package", "-o", str(out)], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=60)

    assert done.returncode == 0, done.stderr
    assert zipfile.ZipFile(out).namelist()
