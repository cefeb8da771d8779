"""slack/manifest.yml matches what the adapter listens for, within the limits Slack checks when it is pasted."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from adapters.slack import translate
from adapters.slack.wording import SLACK_HELP

ROOT = Path(__file__).resolve().parents[3]
MANIFEST = ROOT / "slack" / "manifest.yml"
ADAPTER = ROOT / "adapters" / "slack"


def load() -> dict:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def test_every_entry_point_the_adapter_handles_is_in_the_manifest() -> None:
    manifest = load()
    features, settings = manifest["features"], manifest["settings"]
    assert [c["command"] for c in features["slash_commands"]] == [translate.SLASH_COMMAND]
    assert [s["callback_id"] for s in features["shortcuts"]] == [translate.REPORT_SHORTCUT]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_home_opened", "app_mention", "message.im"}
    assert settings["interactivity"]["is_enabled"] is True
    assert features["app_home"]["home_tab_enabled"] is True
    urls = [settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"],
            *(c["url"] for c in features["slash_commands"])]
    assert all(url.startswith("https://") and url.endswith("/slack/events") for url in urls)


# Every Web API method the adapter calls, and the bot scopes Slack requires for it (from each method's page on
# docs.slack.dev); views.*, auth.test and chat.postEphemeral/update need none beyond chat:write or nothing.
METHOD_SCOPES = {
    "chat.postMessage": {"chat:write"}, "chat.postEphemeral": {"chat:write"}, "chat.update": {"chat:write"},
    "conversations.history": {"channels:history", "groups:history", "im:history"},
    "conversations.info": {"channels:read", "groups:read"},
    "conversations.open": {"im:write"}, "users.info": {"users:read"},
    "views.open": set(), "views.publish": set(), "auth.test": set(),
}
CALLED = re.compile(r"client\.([a-z]+)_(\w+)\(")  # slack_sdk names chat.postMessage chat_postMessage


def test_the_scopes_cover_every_web_api_method_the_adapter_calls() -> None:
    scopes = set(load()["oauth_config"]["scopes"]["bot"])
    source = "\n".join(p.read_text(encoding="utf-8") for p in ADAPTER.glob("*.py"))
    called = {f"{family}.{name}" for family, name in CALLED.findall(source)}
    assert called, "no Web API calls found: has the client been renamed?"
    assert not called - METHOD_SCOPES.keys(), f"add {called - METHOD_SCOPES.keys()} and its scopes to METHOD_SCOPES"
    for method in called:
        assert METHOD_SCOPES[method] <= scopes, f"{method} needs {METHOD_SCOPES[method] - scopes}"
    # the events and the command need their own: mentions, DMs, /policy
    assert {"app_mentions:read", "im:history", "commands"} <= scopes


def test_names_and_descriptions_fit_slacks_limits() -> None:
    manifest = load()
    info = manifest["display_information"]
    assert len(info["name"]) <= 35 and len(info["description"]) <= 140
    assert 174 <= len(info["long_description"]) <= 4000
    assert all(len(s["name"]) <= 24 and len(s["description"]) <= 150 for s in manifest["features"]["shortcuts"])


def test_the_help_names_the_shortcut_as_slack_shows_it() -> None:
    [shortcut] = load()["features"]["shortcuts"]
    assert f"*{shortcut['name']}*" in SLACK_HELP.text  # "Report this message as a concern" is over Slack's 24


def test_the_descriptions_name_no_school_or_policy_of_its_own() -> None:
    # No build step fills slack/manifest.yml: pasted as it is by any school, it must not name Longton Lane's policy.
    manifest = load()
    described = " ".join([manifest["display_information"]["description"],
                          manifest["display_information"]["long_description"],
                          *(c["description"] for c in manifest["features"]["slash_commands"])])
    assert "the school's policy" in described
    for named in ("Social Media", "Networking", "Longton"):
        assert named not in described
