"""A built PolicyIndex kept on disk, so `ask`, `eval` and `chat` start without rebuilding it.

Building normalises every clause, example and not-covered question (a few thousand texts): most of a one-question
command's own work. The file is named by a hash of everything the index is made from (the text of the policy,
guidance and labelled-question files, and the source code that reads them and builds the index), so an edited
policy, guidance file or matcher builds afresh and never meets a stale index, and a start that finds the file parses
neither the policy nor its guidance, nor any labelled question (nor imports the YAML parser). The cache is a
convenience: a directory that cannot be written, or a file that cannot be read, only means building as before.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import numpy as np

from intents import meaning
from intents.index import PolicyIndex
from intents.user_cache import cache_dir, source_digest, store

log = logging.getLogger(__name__)
KEEP = 8  # index files kept: one per policy a machine serves, plus a few older versions
# The packages whose code turns the input files into the index: the policy, guidance and question readers, and the
# matcher's normaliser and index builder.
_BUILDERS = (Path(__file__).parent, Path(__file__).parent.parent / "policy_kb")


def _key(texts: Iterable[str | None]) -> str:
    digest = hashlib.sha256()
    for text in texts:  # None: a file the policy does not have (no guidance, no questions)
        digest.update(b"absent" if text is None else hashlib.sha256(text.encode()).digest())
    for package in _BUILDERS:
        digest.update(source_digest(package))
    digest.update(f"{sys.version_info[:2]} {np.__version__}".encode())
    digest.update(_yaml_version())
    digest.update(_meaning_files())
    return digest.hexdigest()[:32]


def _meaning_files() -> bytes:
    """The word-piece vectors and tokenizer the index's meanings were built with (intents/meaning.py), or their
    absence: new vectors build the clauses' vectors afresh."""
    digest = hashlib.sha256()
    for path in (meaning.SCALES_FILE, meaning.TOKENIZER_FILE):
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"absent")
    # The 8 MB vectors by their size alone: bench/distil_wordpiece_vectors.py writes them with their scales, whose
    # contents differ with any new vectors, and hashing them too cost every start-up 10 ms.
    try:
        digest.update(str(meaning.VECTORS_FILE.stat().st_size).encode())
    except OSError:
        digest.update(b"absent")
    return digest.digest()


def _yaml_version() -> bytes:
    """The guidance parser's identity: its package's `__init__`, which states its version. Found, not imported (a
    hit must not import the parser); another PyYAML may read the same guidance differently."""
    try:
        spec = importlib.util.find_spec("yaml")
        return Path(spec.origin).read_bytes() if spec is not None and spec.origin else b"no yaml"
    except (ImportError, OSError, ValueError):
        return b"no yaml"


Built = TypeVar("Built", bound=tuple)


def cached_build(texts: Iterable[str | None], build: Callable[[], Built]) -> Built:
    """`build()`, a tuple whose first item is a PolicyIndex, read from the cache when it was built by this code from
    these exact file texts (None for a file that is absent). `build` must use these very texts, not read the files
    again: a file saved in between would otherwise leave an index cached under text it was not built from."""
    folder = cache_dir()
    path = folder / f"index-{_key(texts)}.pickle"
    try:
        with path.open("rb") as file:
            built = pickle.load(file)  # the user's own cache directory: trusted as their own files are
        if isinstance(built, tuple) and built and isinstance(built[0], PolicyIndex):
            return built  # type: ignore[return-value]
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign file is rebuilt, whatever unpickling raised
        log.warning("index cache %s unreadable (%s); rebuilding", path.name, type(exc).__name__)
    built = build()
    _store(folder, path, built)
    return built


def _store(folder: Path, path: Path, built: tuple) -> None:
    try:
        store(path, built)
        for stale in sorted(folder.glob("index-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]:
            stale.unlink(missing_ok=True)
    except OSError as exc:
        log.info("index cache not written (%s): building at each start", exc.strerror or type(exc).__name__)
