"""`python app.py slack-manifest --url https://… [-o PATH]`: slack/manifest.yml filled in for one school's install.

The committed manifest names a placeholder address and "the school's policy", so it can be pasted by any school as it
is. Filling in three request URLs by hand is where installs go wrong (one missed, `/slack/events` left off, `http://`),
so this command writes them from the one address the school gives, and names the loaded policy (POLICYBOT_POLICY) in
the descriptions where Slack's limits allow, as `teams-package` does for Teams.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.config import Settings

SLACK_DIR = Path(__file__).resolve().parents[2] / "slack"
EVENTS_PATH = "/slack/events"
GENERIC = "the school's policy"
# Slack refuses a manifest past these (its app manifest reference; long_description also needs at least 174)
LIMITS = {("display_information", "description"): 140, ("display_information", "long_description"): 4000}
COMMAND_DESCRIPTION_LIMIT = 100  # longer ones are cut off in Slack's command menu
# The address the school's proxy answers on: https (Slack calls no other), a host with a dot, an optional port and path
# prefix ("https://school.example/policybot" behind a proxy). No query, fragment or user: Slack shows request URLs on
# the app's pages, so a token or password in one would be on show to every workspace admin.
_ADDRESS = re.compile(r"^https://(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?P<port>:\d{1,5})?(?P<path>(?:/[^\s?#@/]+)*)/?$",
                      re.I)
_PRINTABLE = re.compile(r"^[a-z][a-z0-9+.-]*://[a-z0-9.-]+(?::\d+)?(?:/[^\s?#@]*)?(?=[?#]|$)", re.I)


class ManifestError(Exception):
    """The manifest cannot be written; the message says what to fix."""


def request_url(address: str) -> str:
    """The URL Slack posts events, interactivity and /policy to, from the school's public address (which may already
    end in /slack/events), or a ManifestError saying what the address must be."""
    given = address.strip()
    if given.lower().endswith(EVENTS_PATH):
        given = given[: -len(EVENTS_PATH)]
    found = _ADDRESS.match(given)
    if not found:
        if re.match(r"^\s*[a-z][a-z0-9+.-]*://[^/?#\s]*@", given, re.I):
            raise ManifestError("the address must not hold a user name or password (Slack shows request URLs to "
                                "workspace admins): give the public address only")
        if "?" in given or "#" in given:
            raise ManifestError("the address must have no query or fragment (Slack shows request URLs to workspace "
                                "admins, and policybot needs none): give the public address only" + _as_given(given))
        raise ManifestError("--url must be policybot's public address beginning https:// (Slack calls no other), "
                            "such as https://policybot.school.example" + _as_given(given))
    host, port, path = found.group("host").lower(), found.group("port") or "", found.group("path")
    return f"https://{host}{port}{path}{EVENTS_PATH}"


def _as_given(value: str) -> str:
    """Only as much of a refused address as is safe to print (no query, fragment or user)."""
    shown = _PRINTABLE.match(value)
    return f", not {shown.group(0)[:80]!r}" if shown else ""


def manifest_for(address: str, policy_name: str = "", school: str = "",
                 template: Path = SLACK_DIR / "manifest.yml") -> dict[str, Any]:
    """The committed manifest with every request URL set from `address` and the policy named in the descriptions
    ("Longton Lane Primary School's Social Media policy"), each left generic where naming it would pass Slack's
    limit."""
    url = request_url(address)
    manifest: dict[str, Any] = yaml.safe_load(template.read_text(encoding="utf-8"))
    settings, features = manifest["settings"], manifest["features"]
    settings["event_subscriptions"]["request_url"] = url
    settings["interactivity"]["request_url"] = url
    for command in features["slash_commands"]:
        command["url"] = url
    if policy_name:
        named = f"{school.strip()}'s {policy_name}" if school.strip() else f"the school's {policy_name}"
        for (part, key), limit in LIMITS.items():
            manifest[part][key] = _named(manifest[part][key], named, limit)
        for command in features["slash_commands"]:
            command["description"] = _named(command["description"], named, COMMAND_DESCRIPTION_LIMIT)
    return manifest


def _named(words: str, named: str, limit: int) -> str:
    filled = words.replace(GENERIC, named)
    return filled if len(filled) <= limit else words


def manifest_text(manifest: dict[str, Any], address: str) -> str:
    """YAML to paste into Slack's "From a manifest" box, headed by what it is for."""
    head = (f"# policybot's Slack app for {request_url(address)}, written by `python app.py slack-manifest`.\n"
            "# Paste it at https://api.slack.com/apps -> Create New App -> From a manifest"
            " (README: Install in Slack).\n")
    return head + yaml.safe_dump(manifest, sort_keys=False, allow_unicode=True, width=100)


def run_manifest(args: argparse.Namespace, settings: Settings | None = None) -> int:
    """The command: write (or print, with `-o -`) the filled-in manifest, or say what to fix (exit status 2)."""
    from policy_kb.errors import PolicyError
    from policy_kb.knowledge import load_knowledge_base

    settings = settings or Settings()
    try:
        kb = load_knowledge_base(settings.policy)
        manifest = manifest_for(args.url, kb.name, kb.policy.school)
    except (ManifestError, PolicyError) as exc:
        print(f"slack-manifest: {exc}", file=sys.stderr)
        return 2
    text = manifest_text(manifest, args.url)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    print(f"Wrote {output}. Paste it at https://api.slack.com/apps: Create New App > From a manifest.")
    return 0
