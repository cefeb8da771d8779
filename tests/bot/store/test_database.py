"""SQLite: a database that cannot be opened leaves nothing behind to fail after its event loop has closed, and words
deleted from it are gone from the file."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path

import aiosqlite
import pytest
from sqlalchemy.exc import OperationalError

from bot.runtime import open_runtime
from bot.store.store import Store
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_concern_report import to_what_happened
from tests.fakes.escalation_channel import FakeChannel


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


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_words_deleted_from_a_report_do_not_stay_in_the_database_file(db_url: str, tmp_path: Path) -> None:
    words = "Zebedee told me his uncle locks him in the shed"
    runtime = await open_runtime(make_settings(db_url), {"local": FakeChannel()})
    try:
        chat = Chat(runtime)
        await to_what_happened(chat)
        await chat.say(words)
        await chat.say("cancel")
        await chat.say("delete")  # deleted for good, as the reply says
        assert "deleted for good" in chat.text
    finally:
        await runtime.store.close()  # the last connection closed: SQLite checkpoints the write-ahead log
    stored = await asyncio.to_thread(_file_bytes, tmp_path)
    assert words.encode() not in stored and b"Zebedee" not in stored


def _file_bytes(folder: Path) -> bytes:
    """Every byte of the database's files, its log checkpointed first, as a copy of the file would be read."""
    with sqlite3.connect(folder / "policybot.db") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return b"".join(p.read_bytes() for p in folder.glob("policybot.db*"))
