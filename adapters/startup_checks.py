"""Settings the server must refuse to start with, each with a clear sentence saying what to change.

`python app.py serve` calls `check_settings` before building the app; a problem prints to stderr and exits
with status 2, so a misconfigured bot never listens at all.
"""

from __future__ import annotations

import sys

from bot.config import Settings

APP_TYPES = ("multitenant", "singletenant", "userassignedmsi")


def problems(settings: Settings) -> list[str]:
    """Every reason this configuration must not serve, in plain words (empty when it may)."""
    found: list[str] = []
    if settings.teams_anonymous and not settings.host_is_loopback:
        found.append(
            f"POLICYBOT_TEAMS_ANONYMOUS=1 turns off Teams authentication, so it is only allowed when HOST is a "
            f"loopback address (127.0.0.1, ::1 or localhost), not {settings.host!r}. Set HOST=127.0.0.1 for the "
            "Bot Framework Emulator, or set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD and unset "
            "POLICYBOT_TEAMS_ANONYMOUS.")
    if settings.microsoft_app_id:
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
    if bool(settings.slack_bot_token.strip()) != bool(settings.slack_signing_secret.strip()):
        found.append("Slack needs both SLACK_BOT_TOKEN (the Bot User OAuth Token, xoxb-...) and SLACK_SIGNING_SECRET "
                     "(Basic Information > App Credentials); only one of them is set, so Slack requests could not "
                     "be verified or answered. Set both, or neither to turn Slack off.")
    if settings.teams_enabled and settings.teams_headteacher_conversation:
        from adapters.teams.connector import parse_reference

        try:
            parse_reference(settings.teams_headteacher_conversation)
        except ValueError:
            found.append('TEAMS_HEADTEACHER_CONVERSATION must be a JSON conversation reference with "serviceUrl" and '
                         '"conversation": {"id": ...} (see the README\'s Teams section), or unset it and type '
                         "'set escalation channel' to the bot in the Headteacher's channel.")
    return found


def check_settings(settings: Settings) -> None:
    """Refuse to start (stderr, exit status 2) when the settings are unsafe or cannot work."""
    found = problems(settings)
    if not found:
        return
    for problem in found:
        print(f"policybot: refusing to start: {problem}", file=sys.stderr)
    raise SystemExit(2)
