"""Where policybot keeps what it can rebuild (the built index, compiled patterns): the user's own cache directory."""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/policybot, or ~/.cache/policybot: the user's own cache, as other command-line tools use."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policybot"


@functools.cache
def source_digest(package: Path) -> bytes:
    """A digest of the source of every module in a package folder: what is cached from that code's work is kept
    under it, so edited code never meets what the old code made."""
    digest = hashlib.sha256()
    for source in sorted(package.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + hashlib.sha256(source.read_bytes()).digest())
    return digest.digest()
