"""Settings read from the environment and a `.env` file, named exactly as in INTERFACE.md."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.input_checks import MAX_MESSAGE_CHARS, MAX_MESSAGE_VARIABLE
from bot.policy_path import BUNDLED_POLICY, ENV_FILE, POLICY_VARIABLE
from bot.settings_error import SettingsError

LOCAL_HEADTEACHER = "local:headteacher"


class Settings(BaseSettings):
    """Everything an operator can set; defaults give the embedded local product."""

    # Only the names of INTERFACE.md: read by field name too, a stray ADMINS or DATABASE_URL meant for another program
    # would decide who sees safeguarding concerns, or where they are stored.
    model_config = SettingsConfigDict(env_file=ENV_FILE, extra="ignore")

    database_url: str = Field("sqlite+aiosqlite:///./policybot.db", alias="POLICYBOT_DATABASE_URL")
    policy: Path = Field(BUNDLED_POLICY, alias=POLICY_VARIABLE)
    host: str = Field("127.0.0.1", alias="HOST")
    port: int = Field(3978, alias="PORT", ge=0, le=65535)
    admins: Annotated[tuple[str, ...], NoDecode] = Field((), alias="POLICYBOT_ADMINS")

    slack_bot_token: str = Field("", alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str = Field("", alias="SLACK_SIGNING_SECRET")
    slack_api_url: str = Field("https://slack.com/api/", alias="SLACK_API_URL")
    slack_headteacher_channel: str = Field("", alias="SLACK_HEADTEACHER_CHANNEL")

    microsoft_app_id: str = Field("", alias="MICROSOFT_APP_ID")
    microsoft_app_password: str = Field("", alias="MICROSOFT_APP_PASSWORD")
    microsoft_app_tenant_id: str = Field("", alias="MICROSOFT_APP_TENANT_ID")
    microsoft_app_type: str = Field("MultiTenant", alias="MICROSOFT_APP_TYPE")
    teams_anonymous: bool = Field(False, alias="POLICYBOT_TEAMS_ANONYMOUS")
    teams_headteacher_conversation: str = Field("", alias="TEAMS_HEADTEACHER_CONVERSATION")
    # Only for `teams-package`: who publishes the Teams app (the school) and its web pages, which Teams shows on the
    # app's page; the name defaults to the loaded policy's `school`
    teams_developer_name: str = Field("", alias="TEAMS_DEVELOPER_NAME")
    teams_website_url: str = Field("", alias="TEAMS_WEBSITE_URL")
    teams_privacy_url: str = Field("", alias="TEAMS_PRIVACY_URL")
    teams_terms_url: str = Field("", alias="TEAMS_TERMS_URL")

    # Not in INTERFACE.md's table but operator-tunable; prefixed so they cannot clash with a school's own env.
    urgent_reminder_minutes: float = Field(15.0, alias="POLICYBOT_URGENT_REMINDER_MINUTES")
    # at least 1: a limit of 0 or below refuses every message, the chat's and `ask`'s alike
    max_message_chars: int = Field(MAX_MESSAGE_CHARS, alias=MAX_MESSAGE_VARIABLE, ge=1)
    outbox_retry_seconds: float = Field(1.0, alias="POLICYBOT_OUTBOX_RETRY_SECONDS")  # first backoff step, doubling

    def __init__(self, **values: Any) -> None:
        """Read the settings; one that cannot be read raises SettingsError, a line naming it, not pydantic's dump."""
        try:
            super().__init__(**values)
        except ValidationError as exc:
            raise SettingsError([_problem(error) for error in exc.errors()]) from None

    @field_validator("admins", mode="before")
    @classmethod
    def _split_admins(cls, value: object) -> tuple[str, ...]:
        if value is None or value == "":
            return ()
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return tuple(value)  # type: ignore[arg-type]

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token and self.slack_signing_secret)

    @property
    def teams_enabled(self) -> bool:
        return bool(self.microsoft_app_id or self.teams_anonymous)

    @property
    def local_only(self) -> bool:
        return not (self.slack_enabled or self.teams_enabled)

    @property
    def host_is_loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    @property
    def effective_admins(self) -> tuple[str, ...]:
        """POLICYBOT_ADMINS, or on a loopback-only local install the local Headteacher inbox's user."""
        if self.admins:
            return self.admins
        if self.local_only and self.host_is_loopback:
            return (LOCAL_HEADTEACHER,)
        return ()

    def is_admin(self, user: str) -> bool:
        return user in self.effective_admins

    def inbox_off_because(self) -> str | None:
        """Why the local inbox refuses everyone, in the words of whoever set the environment; None when it is on.
        The remedy depends on which setting shut it, and HOST=127.0.0.1 alone never opens it once ADMINS is set."""
        if self.is_admin(LOCAL_HEADTEACHER):
            return None
        if self.admins:
            return "local:headteacher is not in POLICYBOT_ADMINS; add it there to open the inbox"
        return (f"HOST {self.host} is not a loopback address; set HOST=127.0.0.1, or add local:headteacher to "
                "POLICYBOT_ADMINS, to open the inbox")


# What a value must be, by pydantic's error type, in the words of whoever edits the environment or .env.
_MUST_BE = {"int_parsing": "a whole number", "int_from_float": "a whole number", "int_type": "a whole number",
            "float_parsing": "a number", "float_type": "a number", "bool_parsing": "1 or 0 (or true or false)",
            "bool_type": "1 or 0 (or true or false)"}
_SECRET_WORDS = ("TOKEN", "SECRET", "PASSWORD", "DATABASE_URL")  # never repeated: they may hold a credential


def _problem(error: Any) -> str:
    """One pydantic error as one line naming the variable, e.g. POLICYBOT_MAX_MESSAGE_CHARS must be a whole number."""
    field = str(error["loc"][0]) if error.get("loc") else ""
    info = Settings.model_fields.get(field)
    name = (info.alias if info is not None and info.alias else field) or "a setting"
    given = "" if any(word in name.upper() for word in _SECRET_WORDS) else f", not {str(error.get('input'))[:60]!r}"
    if name == "PORT":
        return f"PORT must be a port number from 0 to 65535, such as 3978{given}."
    if error.get("type") == "greater_than_equal":
        return f"{name} must be at least {error.get('ctx', {}).get('ge')}{given}."
    must = _MUST_BE.get(error.get("type", ""))
    if must is not None:
        return f"{name} must be {must}{given}."
    message = str(error.get("msg") or "is not valid")
    return f"{name} is not valid ({message[:1].lower()}{message[1:]}){given}."
