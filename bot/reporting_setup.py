"""What a school has set up for reports, as the answers about reporting (bot/about_reporting_words.py) may say it:
where a sent report goes on this install, and how many people are its admins.

"It goes to the Headteacher's channel" is untrue where none is set (`destinations.nowhere_yet`: the report waits), and
"the Headteacher's channel" is not what the local install's inbox is; so a turn says what its settings hold. `ask`
has no database, where a channel set in chat is kept, and so says neither (`None` where a setup is taken).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.destinations import escalation_address
from bot.report_route import place


@dataclass(frozen=True, slots=True)
class ReportingSetup:
    """`where`: where a report sent now goes, as a phrase ("the Slack channel set up for concerns"), None when nowhere
    is set yet; `admins`: how many people may list and act on concerns (POLICYBOT_ADMINS, or the local inbox);
    `no_sign_in`: neither Slack nor Teams is on, so reports are read in the local inbox and chat, which have no
    sign-in: anyone at the computer policybot runs on can open the inbox, or type a reporter's or an admin's name."""

    where: str | None
    admins: int
    no_sign_in: bool = False


async def reporting_setup(session: AsyncSession, settings: Settings, platform: str) -> ReportingSetup:
    """This install's setup, as `destinations.headteacher` would route a report from `platform`: its own platform's
    destination first, then any running platform's (the local chat runs beside Slack and Teams)."""
    running = [p for p, on in (("slack", settings.slack_enabled), ("teams", settings.teams_enabled), ("local", True))
               if on]
    where = None
    for candidate in [p for p in running if p == platform] + [p for p in running if p != platform]:
        if (address := await escalation_address(session, settings, candidate)) is not None:
            where = place(candidate, address)
            break
    return ReportingSetup(where, len(settings.effective_admins), no_sign_in=settings.local_only)
