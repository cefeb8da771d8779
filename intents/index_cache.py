"""A built PolicyIndex kept on disk, so `ask`, `eval` and `chat` start without rebuilding it.

Building normalises every clause, example and not-covered question (a few thousand texts): most of a one-question
command's own work. The file is named by a hash of everything the index is made from (the entries, the
not-covered questions and the matcher's own source code), so an edited policy, guidance file or matcher builds
afresh and never meets a stale index. The cache is a convenience: a directory that cannot be written, or a file
that cannot be read, only means building as before.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from intents.index import IndexEntry, PolicyIndex, build_index

log = logging.getLogger(__name__)
KEEP = 8  # index files kept: one per policy a machine serves, plus a few older versions


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/policybot, or ~/.cache/policybot: the user's own cache, as other command-line tools use."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "policybot"


def _key(entries: list[IndexEntry], off_topic: list[str]) -> str:
    digest = hashlib.sha256(repr((entries, off_topic)).encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    digest.update(f"{sys.version_info[:2]} {np.__version__}".encode())
    return digest.hexdigest()[:32]


def cached_build_index(entries: Iterable[IndexEntry], off_topic: Iterable[str] = ()) -> PolicyIndex:
    """`build_index`, read from the cache when these exact inputs were built before."""
    entries, off_topic = list(entries), list(off_topic)
    folder = cache_dir()
    path = folder / f"index-{_key(entries, off_topic)}.pickle"
    try:
        with path.open("rb") as file:
            index = pickle.load(file)  # the user's own cache directory: trusted as their own files are
        if isinstance(index, PolicyIndex):
            return index
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign file is rebuilt, whatever unpickling raised
        log.warning("index cache %s unreadable (%s); rebuilding", path.name, type(exc).__name__)
    index = build_index(entries, off_topic)
    _store(folder, path, index)
    return index


def _store(folder: Path, path: Path, index: PolicyIndex) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a reader in another process sees the old file or the whole new one.
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".index-", delete=False) as file:
            pickle.dump(index, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(file.name, path)
        for stale in sorted(folder.glob("index-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError as exc:
        log.info("index cache not written (%s): building at each start", exc.strerror or type(exc).__name__)
