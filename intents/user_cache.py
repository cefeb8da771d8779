"""Where policybot keeps what it can rebuild (the built index, compiled patterns): the user's own cache directory."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import tempfile
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


def store(path: Path, value: object) -> None:
    """Pickle `value` to `path`, written aside and renamed: a reader in another process sees the old file or the whole
    new one, and a failed write (a full disk) leaves no half-written file behind. Raises OSError when it cannot."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = None
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}-", delete=False) as file:
            temporary = file.name
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise
