"""Settings the server must refuse to start with, each with a clear sentence saying what to change.

`python app.py serve` calls `check_settings` before building the app; a problem prints to stderr and exits
with status 2, so a misconfigured bot never listens at all.
"""

from __future__ import annotations

import re
import sys

from adapters.cli.database_errors import url_problem
from bot.config import Settings

APP_TYPES = ("multitenant", "singletenant", "userassignedmsi")
# Loose on purpose (IDs vary in length): they catch a name ("#safeguarding", "slack:sam"), not a typo in an ID.
SLACK_CHANNEL_ID = re.compile(r"[CGD][A-Z0-9]{2,}")  # public, private (older G...) and direct-message channels
SLACK_USER_KEY = re.compile(r"slack:[UW][A-Z0-9]{2,}")


def problems(settings: Settings) -> list[str]:
    """Every reason this configuration must not serve, in plain words (empty when it may)."""
    found: list[str] = []
    if (database := url_problem(settings.database_url)) is not None:
        found.append(database)
    if settings.teams_anonymous and not settings.host_is_loopback:
        found.append(
            f"POLICYBOT_TEAMS_ANONYMOUS=1 turns off Teams authentication, so it is only allowed when HOST is a "
            f"loopback address (127.0.0.1, ::1 or localhost), not {settings.host!r}. Set HOST=127.0.0.1 for the "
            "Bot Framework Emulator, or set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD and unset "
            "POLICYBOT_TEAMS_ANONYMOUS.")
    if settings.microsoft_app_id:
        from adapters.teams.package import GUID

        if not GUID.match(settings.microsoft_app_id):  # every token would then be refused, silently
            found.append(f"MICROSOFT_APP_ID must be your Azure Bot's Microsoft App ID, a GUID such as "
                         f"0b4f0a1c-2d3e-4f50-8a6b-7c8d9e0f1a2b (Azure portal > your Azure Bot > Configuration), "
                         f"not {settings.microsoft_app_id!r}.")
        kind = (settings.microsoft_app_type or "MultiTenant").lower()
        if kind not in APP_TYPES:
            found.append(f"MICROSOFT_APP_TYPE must be MultiTenant, SingleTenant or UserAssignedMSI, not "
                         f"{settings.microsoft_app_type!r}.")
        if kind in ("multitenant", "singletenant") and not settings.microsoft_app_password:
            found.append("MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD is not: Teams needs both (the "
                         "client secret of the bot's Entra ID app registration).")
        if kind in ("singletenant", "userassignedmsi") and not settings.microsoft_app_tenant_id:
            found.append(f"MICROSOFT_APP_TYPE={settings.microsoft_app_type} needs MICROSOFT_APP_TENANT_ID (your "
                         "Microsoft 365 tenant's id).")
    found += slack_problems(settings)
    if settings.teams_enabled and settings.teams_headteacher_conversation:
        from adapters.teams.connector import parse_reference

        try:
            parse_reference(settings.teams_headteacher_conversation)
        except ValueError:
            found.append('TEAMS_HEADTEACHER_CONVERSATION must be a JSON conversation reference with "serviceUrl" and '
                         '"conversation": {"id": ...} (see the README\'s Teams section), or unset it and type '
                         "'set escalation channel' to the bot in the Headteacher's channel.")
    return found


def slack_problems(settings: Settings) -> list[str]:
    """Slack settings that would leave requests unverifiable or concerns undeliverable, in plain words."""
    found: list[str] = []
    if bool(settings.slack_bot_token.strip()) != bool(settings.slack_signing_secret.strip()):
        # An empty secret is the dangerous half: bolt would accept any request signed with an empty key.
        found.append("Slack needs both SLACK_BOT_TOKEN (the Bot User OAuth Token, xoxb-...) and SLACK_SIGNING_SECRET "
                     "(Basic Information > App Credentials); only one of them is set, so Slack requests could not "
                     "be verified or answered. Set both, or neither to turn Slack off.")
    channel = settings.slack_headteacher_channel.strip()
    if channel and not SLACK_CHANNEL_ID.fullmatch(channel):
        # chat.postMessage accepts some names, but conversations.history does not, so the look-back that stops
        # a concern being posted twice could never work; and channels get renamed.
        found.append(f"SLACK_HEADTEACHER_CHANNEL must be the channel's ID, such as C0123ABCDEF, not {channel!r}. "
                     "In Slack, open the channel, click its name, and copy the Channel ID at the bottom of the "
                     "About tab; or unset it and run /policy set-escalation-channel in that channel.")
    for key in settings.admins:
        if key.startswith("slack:") and not SLACK_USER_KEY.fullmatch(key):
            found.append(f"POLICYBOT_ADMINS entry {key!r} is not a Slack member ID: it must be slack: followed by "
                         "the ID Slack gives under the person's profile > ⋮ (More) > Copy member ID, such as "
                         "slack:U0123ABCDEF.")
    return found


def warnings(settings: Settings) -> list[str]:
    """Settings that work, but not as whoever set them probably meant, in plain words (empty when none)."""
    found: list[str] = []
    if settings.teams_anonymous and settings.microsoft_app_id:
        # The safe reading wins (tokens are checked), so this is a warning rather than a refusal to start: whoever
        # set anonymous mode to try the Emulator would otherwise only see every request refused.
        found.append("POLICYBOT_TEAMS_ANONYMOUS=1 and MICROSOFT_APP_ID are both set: Teams checks tokens and "
                     "anonymous mode is ignored. Unset POLICYBOT_TEAMS_ANONYMOUS for Teams, or unset "
                     "MICROSOFT_APP_ID (and MICROSOFT_APP_PASSWORD) to try the bot in the Bot Framework Emulator.")
    return found


def check_settings(settings: Settings) -> None:
    """Refuse to start (stderr, exit status 2) when the settings are unsafe or cannot work; warn (stderr) when they
    work but not as probably meant."""
    for warning in warnings(settings):
        print(f"policybot: warning: {warning}", file=sys.stderr)
    found = problems(settings)
    if not found:
        return
    for problem in found:
        print(f"policybot: refusing to start: {problem}", file=sys.stderr)
    raise SystemExit(2)
