"""Whether a platform refused a message for good because of the message itself, not the channel it was for.

A channel archived, deleted, or without policybot in it (Slack's `channel_not_found`, `is_archived`, a Teams 403 or
404) is mended by someone: unarchive it, add policybot back, or name another with "set escalation channel". A message
the platform refuses as it is (Slack's `msg_too_long` or `invalid_blocks`, a Teams 413 or 400) is refused the same
way by any channel, so telling an admin "it may be archived" would send them to mend what is not broken.
"""

from __future__ import annotations

import re

from bot.escalation import DeliveryError

# Slack Web API error codes that describe the message sent, whatever the channel
_SLACK = ("msg_too_long", "invalid_blocks", "invalid_blocks_format", "too_many_attachments", "invalid_attachments",
          "no_text", "invalid_arguments", "invalid_metadata_format", "invalid_metadata_schema", "metadata_too_large",
          "too_many_blocks")
_CODE = re.compile(r"^slack [\w.]+: (\w+)$")
_TEAMS = re.compile(r"^connector answered HTTP (400|413)$")


def about_the_message(exc: DeliveryError) -> bool:
    """True when the refusal is of the message as sent, so naming the channel again will not help."""
    said = str(exc)
    code = _CODE.match(said)
    return exc.permanent and ((code is not None and code.group(1) in _SLACK) or _TEAMS.match(said) is not None)
