"""Settings read from the environment and a `.env` file, named exactly as in INTERFACE.md."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.policy_path import BUNDLED_POLICY, ENV_FILE, POLICY_VARIABLE

LOCAL_HEADTEACHER = "local:headteacher"


class Settings(BaseSettings):
    """Everything an operator can set; defaults give the embedded local product."""

    # Only the names of INTERFACE.md: read by field name too, a stray ADMINS or DATABASE_URL meant for another program
    # would decide who sees safeguarding concerns, or where they are stored.
    model_config = SettingsConfigDict(env_file=ENV_FILE, extra="ignore")

    database_url: str = Field("sqlite+aiosqlite:///./policybot.db", alias="POLICYBOT_DATABASE_URL")
    policy: Path = Field(BUNDLED_POLICY, alias=POLICY_VARIABLE)
    host: str = Field("127.0.0.1", alias="HOST")
    port: int = Field(3978, alias="PORT")
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

    # Not in INTERFACE.md's table but operator-tunable; prefixed so they cannot clash with a school's own env.
    urgent_reminder_minutes: float = Field(15.0, alias="POLICYBOT_URGENT_REMINDER_MINUTES")
    max_message_chars: int = Field(4000, alias="POLICYBOT_MAX_MESSAGE_CHARS")
    outbox_retry_seconds: float = Field(1.0, alias="POLICYBOT_OUTBOX_RETRY_SECONDS")  # first backoff step, doubling

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
