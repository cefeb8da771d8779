"""Every test (and every `app.py` it runs) keeps the built index and the compiled patterns in a cache directory of its
own session, never in the user's ~/.cache.

Set as this file is read, before any test module is collected: the intent rules' patterns are compiled (and their
cache found) when `intents` is first imported, which collection does.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

_BEFORE = os.environ.get("XDG_CACHE_HOME")
_SESSION_CACHE = tempfile.mkdtemp(prefix="policybot-test-cache-")
os.environ["XDG_CACHE_HOME"] = _SESSION_CACHE


def _restore() -> None:
    if _BEFORE is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = _BEFORE
    shutil.rmtree(_SESSION_CACHE, ignore_errors=True)


# Registered before `intents` is imported, so it runs after the pattern cache is written at exit (atexit runs last
# registered first) and removes that too.
atexit.register(_restore)

if TYPE_CHECKING:  # imported by the fixture, not here: `intents` must not be imported before the cache is set above
    from policy_kb.knowledge import KnowledgeBase


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where a SQLite database migrated once for the whole session is kept (made by the first engine runtime that
    needs it: tests/bot/conftest.py)."""
    return tmp_path_factory.mktemp("template") / "policybot.db"


@pytest.fixture(scope="session")
def bundled_kb() -> KnowledgeBase:
    """The bundled policy, loaded once for every engine runtime of the session (each opened on the default policy)."""
    from bot.policy_path import BUNDLED_POLICY
    from policy_kb.knowledge import load_knowledge_base

    return load_knowledge_base(BUNDLED_POLICY)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, each test function's first case only: the rest of a long list of cases (the same chat with
    other words, to test how they are read) runs on SQLite alone, since reading words does not depend on the
    database, and those lists made the PostgreSQL half of the suite most of its time. Every test function still runs
    on both databases at least once. One marked `every_case` runs every case on both: its cases differ in what they
    store (a note still waiting, a reporter told first), which only the first used to test on PostgreSQL."""
    seen: set[str] = set()
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        if (callspec is not None and callspec.params.get("db_url") == "postgresql"
                and item.get_closest_marker("every_case") is None):
            function = item.nodeid.split("[", 1)[0]  # its file, class and name
            if function in seen:
                dropped.append(item)
                continue
            seen.add(function)
        kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
