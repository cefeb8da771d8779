"""slack/manifest.yml matches what the adapter listens for, within the limits Slack checks when it is pasted."""

from __future__ import annotations

from pathlib import Path

import yaml

from adapters.slack import translate

MANIFEST = Path(__file__).resolve().parents[3] / "slack" / "manifest.yml"


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


def test_the_scopes_cover_every_web_api_method_the_adapter_calls() -> None:
    scopes = set(load()["oauth_config"]["scopes"]["bot"])
    assert {"chat:write", "commands", "app_mentions:read", "im:history", "im:write", "channels:history",
            "groups:history", "users:read"} <= scopes


def test_names_and_descriptions_fit_slacks_limits() -> None:
    manifest = load()
    info = manifest["display_information"]
    assert len(info["name"]) <= 35 and len(info["description"]) <= 140
    assert 174 <= len(info["long_description"]) <= 4000
    assert all(len(s["name"]) <= 24 and len(s["description"]) <= 150 for s in manifest["features"]["shortcuts"])
