"""Where an outbox entry goes: the Headteacher's destination on each platform, and a reporter's own address.

Destinations are registered in chat (`set escalation channel`, stored as settings) or given in the environment;
an escalation with none yet waits (`NO_DESTINATION`), as does one its channel refused for good (`REFUSED`: archived,
the bot removed), and each is released the moment one is set.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import LOCAL_HEADTEACHER, Settings
from bot.escalation import MAY_HAVE_LANDED, EscalationChannel
from bot.store.models import OutboxEntry, Setting, User

ESCALATION_SETTING = "escalation.{platform}"
NO_DESTINATION = "no escalation destination configured yet"  # such entries go as soon as one is set
REFUSED = "refused for good: "  # how the last error of an escalation its channel refused begins
LOCAL_INBOX = "inbox"  # the local Headteacher inbox's address, where local-only installs escalate


async def headteacher(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel],
                      preferred: str) -> tuple[str, str] | None:
    """Where escalations go: the reporter's platform if it has a Headteacher destination, else any that does."""
    for platform in [preferred] + [p for p in ("slack", "teams", "local") if p != preferred]:
        if platform in channels and (address := await escalation_address(session, settings, platform)):
            return platform, address
    return None


async def reporter(session: AsyncSession, channels: Mapping[str, EscalationChannel],
                   user: str) -> tuple[str, str] | None:
    """Where to tell a reporter about their concern: the address their platform gave us, if it can be reached."""
    platform, _, ident = user.partition(":")
    if platform not in channels:
        return None
    row = await session.get(User, user)
    if row is None or not row.address:
        # Named by their alias (a Teams admin by Entra object id): the address their own key was given.
        row = (await session.execute(select(User).where(User.alias == user, User.address.is_not(None))
                                     .order_by(User.last_seen.desc()).limit(1))).scalar_one_or_none() or row
    if row is not None and row.address:
        return platform, row.address
    if platform == "slack":  # posting to a user id opens the app's DM with them
        return platform, ident
    if platform == "local":
        return platform, user
    return None


async def release_waiting(session: AsyncSession, now: datetime) -> None:
    """Make entries that were waiting for somewhere to go, or for a channel that refused them, due now (not those
    backing off after a 429: the platform asked for the wait)."""
    await session.execute(update(OutboxEntry).where(OutboxEntry.status == "pending",
                                                    OutboxEntry.last_error.in_((NO_DESTINATION,
                                                                                MAY_HAVE_LANDED + NO_DESTINATION))
                                                    | OutboxEntry.last_error.startswith(REFUSED, autoescape=True))
                          .values(next_attempt_at=now))


async def named_since(session: AsyncSession, since: datetime) -> bool:
    """A Headteacher's destination was set in chat (`set escalation channel`) at or after `since`, on any platform."""
    found = await session.execute(select(Setting.key).where(Setting.key.like(ESCALATION_SETTING.format(platform="%")),
                                                            Setting.set_at >= since).limit(1))
    return found.first() is not None


async def nowhere_yet(session: AsyncSession, settings: Settings) -> bool:
    """No platform policybot runs on has a Headteacher's destination: a concern sent now waits until one is set, so
    its reporter must not be told it has gone (nor, with no admin named, would anyone else know it waits). The local
    chat runs beside Slack and Teams too, and `headteacher` escalates to a conversation set there with "set escalation
    channel" whatever else is on, so its setting counts (its inbox only on a local-only install)."""
    running = [platform for platform, on in (("slack", settings.slack_enabled), ("teams", settings.teams_enabled),
                                             ("local", True)) if on]
    for platform in running:
        if await escalation_address(session, settings, platform):
            return False
    return True


async def escalation_address(session: AsyncSession, settings: Settings, platform: str) -> str | None:
    """The Headteacher destination for a platform: registered in chat, else from the environment."""
    row = await session.get(Setting, ESCALATION_SETTING.format(platform=platform))
    if row is not None and row.value:
        return row.value
    if platform == "slack":
        return settings.slack_headteacher_channel or None
    if platform == "teams":
        return settings.teams_headteacher_conversation or None
    if platform == "local":
        # The inbox only where someone can read it: it acts as local:headteacher, and with POLICYBOT_ADMINS naming
        # others it is off, so an escalation posted there would be seen by nobody. Then it waits, and the admins are
        # told it is held up in their own chat, until one of them types "set escalation channel" there.
        return LOCAL_INBOX if settings.local_only and settings.is_admin(LOCAL_HEADTEACHER) else None
    return None
