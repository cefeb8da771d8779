"""Opening SQLite: a database that cannot be opened leaves nothing behind to fail after its event loop has closed."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import aiosqlite
import pytest
from sqlalchemy.exc import OperationalError

from bot.store.store import Store


def test_a_database_that_cannot_be_opened_leaves_no_work_for_a_closed_event_loop(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # aiosqlite stops a connection that failed to open by queueing the stop on its thread, with a future nobody
    # awaits; the thread answers it on the loop later. A busy machine is when that "later" comes after the loop has
    # closed (a CLI command's asyncio.run returning, a test ending): here the thread is made busy on purpose.
    threads: list[threading.Thread] = []
    stop = aiosqlite.Connection.stop

    def busy_stop(connection: aiosqlite.Connection) -> asyncio.Future[object] | None:
        connection._tx.put_nowait((None, lambda: time.sleep(0.2)))
        threads.append(connection._thread)
        return stop(connection)

    died: list[BaseException | None] = []
    monkeypatch.setattr(aiosqlite.Connection, "stop", busy_stop)
    monkeypatch.setattr(threading, "excepthook", lambda args: died.append(args.exc_value))
    (tmp_path / "t.db").mkdir()  # a directory where the database should be: every connection fails

    async def open_it() -> None:
        with pytest.raises(OperationalError):
            await Store.open(f"sqlite+aiosqlite:///{tmp_path}/t.db")

    asyncio.run(open_it())  # the loop is closed when this returns
    assert threads, "the failed connection was never stopped"
    for thread in threads:
        thread.join(timeout=5)
        assert not thread.is_alive()
    assert died == []
