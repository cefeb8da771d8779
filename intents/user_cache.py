"""Where policybot keeps what it can rebuild (the built index, compiled patterns): the user's own cache directory."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/policybot, or ~/.cache/policybot: the user's own cache, as other command-line tools use."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policybot"
