"""Where a report goes on this install, said to the people told of it: a Slack or Teams channel, the Headteacher's
inbox on a local install, a conversation set in the local chat, or nowhere yet.

"The Headteacher's channel" is true of Slack and Teams only: on a local install (neither on) a report goes to the
inbox at /inbox, and a teacher told it "reached the Headteacher's channel" would look for a channel that is not
there. Every notice that names the place (held up, got through, waiting for one) takes its words from here.
"""

from __future__ import annotations

from bot.config import Settings
from bot.destinations import LOCAL_INBOX

# Only an ID or a conversation reference is stored, never a name to show
PLACES = {"slack": "the Slack channel set up for concerns", "teams": "the Teams channel set up for concerns",
          "local": "the conversation set up for concerns in the local chat"}
INBOX = "the Headteacher's inbox in the local chat"
NO_CHANNEL = "no Headteacher's channel is set up yet"
# A local install whose POLICYBOT_ADMINS leaves out local:headteacher: its inbox is off (bot/destinations.py)
NO_INBOX = "the Headteacher's inbox on this computer is off and nowhere else is set up yet"
NOWHERE = (NO_CHANNEL, NO_INBOX)


def place(platform: str | None, address: str | None) -> str:
    """Where a message for the Headteacher goes (or went) on `platform` at `address`; "the Headteacher" if unknown."""
    if platform == "local" and address == LOCAL_INBOX:
        return INBOX
    return PLACES.get(platform or "", "the Headteacher")


def archivable(platform: str | None) -> bool:
    """Whether a refusal there may be an archived channel (Slack, Teams), not the local chat's."""
    return platform in ("slack", "teams")


def nowhere(settings: Settings) -> str:
    """Why a report waits when no destination is set: no channel where Slack or Teams runs, else the inbox off."""
    return NO_INBOX if settings.local_only else NO_CHANNEL


def waits_for_one(why: str) -> str:
    """Said of a concern raised while there is nowhere to send it (`why`: `nowhere`), after "is recorded, but"."""
    return f"{why}, so it cannot reach the Headteacher until one is"
