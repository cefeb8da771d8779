"""`python app.py teams-package [-o PATH]`: the zip a Teams admin uploads (manifest.json and the two icons).

The committed teams/manifest.json names the bot as {{MICROSOFT_APP_ID}}; the package fills in the app id
from the settings (environment or .env), after checking it is the GUID of an Entra ID app registration. Its name and
descriptions say {{POLICY_NAME}}: the package fills in what replies call the loaded policy (POLICYBOT_POLICY), so
another school's app names its own policy, not Longton Lane's. Its `developer` (the school that publishes the app, and
its web site, privacy notice and terms of use, which Teams links to from the app's page) is filled in from the settings
TEAMS_DEVELOPER_NAME (default: the policy's `school`), TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL and TEAMS_TERMS_URL, so
any school builds its own package without editing a file; one missing or unusable is named, and no package is built.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from dataclasses import dataclass
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


# The manifest's developer fields, by the setting each is filled from (the v1.16 schema's limits: a name of at most 32
# characters, web pages https:// and at most 2,048)
DEVELOPER_FIELDS = (("name", "TEAMS_DEVELOPER_NAME"), ("websiteUrl", "TEAMS_WEBSITE_URL"),
                    ("privacyUrl", "TEAMS_PRIVACY_URL"), ("termsOfUseUrl", "TEAMS_TERMS_URL"))
DEVELOPER_NAME_LIMIT, URL_LIMIT = 32, 2048
# A scheme is case-insensitive (RFC 3986), so "HTTPS://" is one too, written lower case; a query or fragment is kept as
# given (a school's page may need one: "?lang=en", "#privacy"), and is published to all staff like the rest
_WEB_PAGE = re.compile(r"^https://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$", re.I)
# An address carrying a user name or password ("https://admin:pw@school.example/terms"): Teams would show it to all
_SIGNED_IN = re.compile(r"^\s*[a-z][a-z0-9+.-]*://[^/?#\s]*@", re.I)
# A query or fragment parameter whose name says it holds a secret ("?token=…", "&sig=…", "#access_token=…"): a link
# copied from a signed-in session or a shared document. Teams would publish it to every member of staff, so it is
# refused (not stripped: the page might not open without it, and the school should choose its public address)
_SECRET_PARAMETER = re.compile(r"(?:^|[_.-])(?:token|key|apikey|secret|password|passwd|pwd|pass|sig|signature|auth|"
                               r"authorization|credentials?|session|sessionid|sid|jwt|otp|bearer)$", re.I)
# The part of a refused address a message may print: a scheme, a host and a path, no query, fragment or user
_PRINTABLE = re.compile(r"^[a-z][a-z0-9+.-]*://[a-z0-9.-]+(?::\d+)?(?:/[^\s?#@]*)?(?=[?#]|$)", re.I)


class PackageError(Exception):
    """The package cannot be built; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class Developer:
    """Who publishes the app in Teams: the school's name and its web pages."""

    name: str
    website: str
    privacy: str
    terms: str

    def values(self) -> dict[str, str]:
        return dict(zip((setting for _, setting in DEVELOPER_FIELDS),
                        (self.name, self.website, self.privacy, self.terms), strict=True))


def developer_from(settings: Settings, school: str = "") -> Developer:
    """The developer block's values from the settings (the name, if unset, from the policy's `school`), or a
    PackageError naming every setting missing or unusable and what it must be."""
    given = Developer(settings.teams_developer_name.strip() or school.strip(), settings.teams_website_url.strip(),
                      settings.teams_privacy_url.strip(), settings.teams_terms_url.strip())
    missing = [setting for setting, value in given.values().items() if not value]
    problems = []
    if missing:
        problems.append(f"set {_listed(missing)} (environment or .env): Teams shows the school that publishes the app "
                        "and links to its web site, privacy notice and terms of use from the app's page"
                        + (" (TEAMS_DEVELOPER_NAME defaults to the policy's `school`, which it does not name)"
                           if "TEAMS_DEVELOPER_NAME" in missing else ""))
    if len(given.name) > DEVELOPER_NAME_LIMIT:
        problems.append(f"TEAMS_DEVELOPER_NAME must be at most {DEVELOPER_NAME_LIMIT} characters (Teams' limit), "
                        f"such as a shorter form of the school's name, not {given.name!r}")
    for setting, value in list(given.values().items())[1:]:
        if value and _SIGNED_IN.match(value):  # published to every member of staff: never a password
            problems.append(f"{setting} must not hold a user name or password (Teams shows the address to everyone "
                            "who opens the app): give the page's public address")
        elif value and (len(value) > URL_LIMIT or not _WEB_PAGE.match(value)):
            problems.append(f"{setting} must be a web page address beginning https:// (Teams refuses any other)"
                            + _as_given(value))
        elif value and (secret := secret_parameter(value)) is not None:
            problems.append(f"{setting} must not carry a token, key or password in its address ({secret}=…: Teams "
                            "shows the address to everyone who opens the app): give the page's public address"
                            + _as_given(value))
    if problems:
        raise PackageError("; ".join(problems) + ".")
    return Developer(given.name, _lower_scheme(given.website), _lower_scheme(given.privacy), _lower_scheme(given.terms))


def secret_parameter(address: str) -> str | None:
    """The name of the first query or fragment parameter of `address` that looks like it holds a secret, if any."""
    after = re.split(r"[?#]", address, maxsplit=1)[1:]
    for part in re.split(r"[&;?#]", after[0]) if after else []:
        name = part.partition("=")[0]
        if part.count("=") and _SECRET_PARAMETER.search(name):
            return name[:40]
    return None


def _lower_scheme(address: str) -> str:
    """"HTTPS://School.example/Privacy" as "https://School.example/Privacy": the scheme in its usual case, the rest as
    given (a path may be case-sensitive)."""
    scheme, sep, rest = address.partition("://")
    return f"{scheme.lower()}{sep}{rest}"


def _as_given(value: str) -> str:
    """What a refused address was, for the message, only as far as it is safe to print: a value pasted into the wrong
    setting may be a secret (the app password), and an address may carry one ("http://user:pass@…", "?token=…"), so
    only a web address's scheme, host and path are shown, and nothing of anything else."""
    found = _PRINTABLE.match(value)
    return (f", not {found.group(0)[:80]!r}" if found
            else " (what it holds is not shown: a value in the wrong setting may be a secret)")


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def manifest_for(app_id: str, developer: Developer, template: Path = TEAMS_DIR / "manifest.json",
                 policy_name: str = GENERIC_NAME) -> dict[str, Any]:
    """The manifest with the app id filled in everywhere it is named, the school's name and web pages as its
    developer, and the policy's name where the template says {{POLICY_NAME}} (in words on their own, not the JSON
    text, so quotes in a name cannot break it)."""
    if not GUID.match(app_id or ""):
        raise PackageError("MICROSOFT_APP_ID must be set to your bot's Microsoft app id (a GUID such as "
                           "0b4f0a1c-…); find it in the Azure portal under your Azure Bot > Configuration.")
    manifest: dict[str, Any] = json.loads(template.read_text(encoding="utf-8").replace(PLACEHOLDER, app_id.lower()))
    manifest["developer"] = {key: value for (key, _), value in zip(DEVELOPER_FIELDS, developer.values().values(),
                                                                    strict=True)}
    for (part, key), limit in LIMITS.items():
        words = manifest.get(part, {}).get(key)
        if isinstance(words, str):
            named = words.replace(POLICY_PLACEHOLDER, policy_name)
            manifest[part][key] = named if len(named) <= limit else words.replace(POLICY_PLACEHOLDER, GENERIC_NAME)
    return manifest


def build_package(app_id: str, developer: Developer, output: Path, source: Path = TEAMS_DIR,
                  policy_name: str = GENERIC_NAME) -> Path:
    """Write the sideloadable zip to `output` and return its path."""
    manifest = manifest_for(app_id, developer, source / "manifest.json", policy_name)
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
        kb = load_knowledge_base(settings.policy)
        developer = developer_from(settings, kb.policy.school)
        # the policy's name as replies say it: "Social Media policy"
        path = build_package(settings.microsoft_app_id, developer, Path(args.output), policy_name=kb.name)
    except PackageError as exc:
        print(f"teams-package: {exc}", file=sys.stderr)
        return 2
    except PolicyError as exc:  # the app would refuse to start on it too: say where, not a package naming it
        print(f"teams-package: {exc}", file=sys.stderr)
        return 2
    print(f"Wrote {path}. Upload it in Teams: Apps > Manage your apps > Upload an app.")
    return 0
