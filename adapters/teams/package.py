"""`python app.py teams-package [-o PATH]`: the zip a Teams admin uploads (manifest.json and the two icons).

The committed teams/manifest.json names the bot as {{MICROSOFT_APP_ID}}; the package fills in the app id
from the settings (environment or .env), after checking it is the GUID of an Entra ID app registration.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from adapters.teams.icons import TEAMS_DIR, png_size, write_icons
from bot.config import Settings

PLACEHOLDER = "{{MICROSOFT_APP_ID}}"
GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
ICON_SIZES = {"color": (192, 192), "outline": (32, 32)}


class PackageError(Exception):
    """The package cannot be built; the message says what to fix."""


def manifest_for(app_id: str, template: Path = TEAMS_DIR / "manifest.json") -> dict[str, Any]:
    """The manifest with the app id filled in everywhere it is named."""
    if not GUID.match(app_id or ""):
        raise PackageError("MICROSOFT_APP_ID must be set to your bot's Microsoft app id (a GUID such as "
                           "0b4f0a1c-…); find it in the Azure portal under your Azure Bot > Configuration.")
    return json.loads(template.read_text(encoding="utf-8").replace(PLACEHOLDER, app_id.lower()))


def build_package(app_id: str, output: Path, source: Path = TEAMS_DIR) -> Path:
    """Write the sideloadable zip to `output` and return its path."""
    manifest = manifest_for(app_id, source / "manifest.json")
    icons: dict[str, bytes] = {}
    for role, expected in ICON_SIZES.items():
        name = manifest["icons"][role]
        path = source / name
        if not path.exists():
            write_icons(source)
        data = path.read_bytes()
        if png_size(data) != expected:
            raise PackageError(f"{path} must be {expected[0]}x{expected[1]} pixels")
        icons[name] = data
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
        for name, data in icons.items():
            bundle.writestr(name, data)
    return output


def run_package(args: argparse.Namespace, settings: Settings | None = None) -> int:
    """The command: build the zip, print where it is, or explain what is missing (exit status 2)."""
    settings = settings or Settings()
    try:
        path = build_package(settings.microsoft_app_id, Path(args.output))
    except PackageError as exc:
        print(f"teams-package: {exc}", file=sys.stderr)
        return 2
    print(f"Wrote {path}. Upload it in Teams: Apps > Manage your apps > Upload an app.")
    return 0
