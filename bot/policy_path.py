"""Which policy file a command loads: the POLICYBOT_POLICY setting, or the bundled Longton Lane policy.

Settings are read by pydantic-settings (bot/config.py), which costs half of `ask`'s start-up to import (it brings
pydantic and asyncio). The commands that need no setting but the policy (`ask`, `eval`, `kb check`) import it only
when there is something for it to read: a POLICYBOT_POLICY variable (in any case: it matches names so) or a `.env`
file. With neither, what it would give is the default, and that is what they get.
"""

from __future__ import annotations

import os
from pathlib import Path

BUNDLED_POLICY = Path(__file__).resolve().parent.parent / "policy_kb" / "data" / "longton-lane-social-media-policy.md"
POLICY_VARIABLE = "POLICYBOT_POLICY"
ENV_FILE = ".env"  # read from the working directory, as INTERFACE.md says


def settings_may_set(variable: str) -> bool:
    """Whether the settings could give `variable` anything but its default: it is in the environment (in any case)
    or a `.env` file may name it."""
    return Path(ENV_FILE).exists() or any(name.upper() == variable for name in os.environ)


def configured_policy() -> Path:
    """The policy file the settings name (`Settings().policy`)."""
    if not settings_may_set(POLICY_VARIABLE):
        return BUNDLED_POLICY
    from bot.config import Settings

    return Settings().policy
