"""`python app.py teams-package [-o PATH]`: the zip a Teams admin uploads (manifest.json and the two icons).

The committed teams/manifest.json names the bot as {{MICROSOFT_APP_ID}}; the package fills in the app id
from the settings (environment or .env), after checking it is the GUID of an Entra ID app registration. Its name and
descriptions say {{POLICY_NAME}}: the package fills in what replies call the loaded policy (POLICYBOT_POLICY), so
another school's app names its own policy, not Longton Lane's.
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
POLICY_PLACEHOLDER = "{{POLICY_NAME}}"
# What Teams refuses past (the manifest schema's maxLength), for the fields that name the policy.
LIMITS = {("name", "full"): 100, ("description", "short"): 80, ("description", "full"): 4000}
GENERIC_NAME = "policy"  # "Answers on the policy, …" where a long policy name would pass a field's limit
GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
ICON_SIZES = {"color": (192, 192), "outline": (32, 32)}


class PackageError(Exception):
    """The package cannot be built; the message says what to fix."""


def manifest_for(app_id: str, template: Path = TEAMS_DIR / "manifest.json",
                 policy_name: str = GENERIC_NAME) -> dict[str, Any]:
    """The manifest with the app id filled in everywhere it is named, and the policy's name where the template
    says {{POLICY_NAME}} (in words on their own, not the JSON text, so quotes in a name cannot break it)."""
    if not GUID.match(app_id or ""):
        raise PackageError("MICROSOFT_APP_ID must be set to your bot's Microsoft app id (a GUID such as "
                           "0b4f0a1c-…); find it in the Azure portal under your Azure Bot > Configuration.")
    manifest: dict[str, Any] = json.loads(template.read_text(encoding="utf-8").replace(PLACEHOLDER, app_id.lower()))
    for (part, key), limit in LIMITS.items():
        words = manifest.get(part, {}).get(key)
        if isinstance(words, str):
            named = words.replace(POLICY_PLACEHOLDER, policy_name)
            manifest[part][key] = named if len(named) <= limit else words.replace(POLICY_PLACEHOLDER, GENERIC_NAME)
    return manifest


def build_package(app_id: str, output: Path, source: Path = TEAMS_DIR, policy_name: str = GENERIC_NAME) -> Path:
    """Write the sideloadable zip to `output` and return its path."""
    manifest = manifest_for(app_id, source / "manifest.json", policy_name)
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
    from policy_kb.errors import PolicyError
    from policy_kb.knowledge import load_knowledge_base

    settings = settings or Settings()
    try:
        policy_name = load_knowledge_base(settings.policy).name  # as replies say it: "Social Media policy"
        path = build_package(settings.microsoft_app_id, Path(args.output), policy_name=policy_name)
    except PackageError as exc:
        print(f"teams-package: {exc}", file=sys.stderr)
        return 2
    except PolicyError as exc:  # the app would refuse to start on it too: say where, not a package naming it
        print(f"teams-package: {exc}", file=sys.stderr)
        return 2
    print(f"Wrote {path}. Upload it in Teams: Apps > Manage your apps > Upload an app.")
    return 0
