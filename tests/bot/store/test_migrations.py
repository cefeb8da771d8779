"""The migrations build exactly the schema the models describe, run on every start, and keep what is stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import IntegrityError

from bot import actions
from bot.runtime import open_runtime
from bot.store.database import alembic_config, create_engine, migrate, migration_connection
from bot.store.models import Base, Notice
from bot.store.store import Store, utcnow
from tests.bot.conftest import Chat, make_settings
from tests.fakes.escalation_channel import FakeChannel

# The migrations are run here on a database with nothing in it, never one only emptied of rows (tests/bot/conftest.py)
pytestmark = pytest.mark.schema_dropped

CONCERN = ("INSERT INTO concerns (id, reference, category, urgent, status, complete, reporter, reporter_name, "
           "reporter_conversation, fields, source, created_at, updated_at, reminders_sent) VALUES ({id}, 'C-000{id}', "
           "'bullying', false, 'new', true, 'local:alice', 'Alice', 'local:alice', '{{\"what\": \"kept {id}\"}}', "
           "'chat', '2025-01-06 09:00:00', '2025-01-06 09:00:00', 0)")


async def test_migrated_database_matches_the_models_and_reopens(db_url: str) -> None:
    store = await Store.open(db_url)
    await store.close()
    store = await Store.open(db_url)  # a restart migrates again: nothing to do, nothing lost

    def diff(connection: Connection) -> list[object]:
        return compare_metadata(MigrationContext.configure(connection), Base.metadata)

    async with store.engine.connect() as conn:
        assert await conn.run_sync(diff) == []
    assert await store.ping()
    await store.close()


async def test_a_database_from_an_older_release_is_upgraded_on_start_and_keeps_its_concerns(db_url: str) -> None:
    engine = create_engine(db_url)
    await migrate(engine, "0001")  # the schema of the first release
    async with engine.begin() as conn:
        await conn.execute(text(
            "INSERT INTO concerns (reference, category, urgent, status, complete, reporter, reporter_name, "
            "reporter_conversation, fields, source, created_at, updated_at, reminders_sent) VALUES ('C-0001', "
            "'bullying', false, 'new', true, 'local:alice', 'Alice', 'local:alice', '{\"what\": \"kept\"}', 'chat', "
            "'2025-01-06 09:00:00', '2025-01-06 09:00:00', 0)"))
    await engine.dispose()

    store = await Store.open(db_url)  # what the server does at start
    try:
        async with store.engine.connect() as conn:
            row = (await conn.execute(text("SELECT reference, fields, details_stopped_at FROM concerns"))).one()
            version = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar_one()
    finally:
        await store.close()
    assert row[0] == "C-0001" and "kept" in str(row[1]) and row[2] is None
    assert version == ScriptDirectory.from_config(alembic_config(db_url)).get_current_head()


async def test_a_sqlite_database_from_before_concern_numbers_were_kept_upgrades_with_rows_and_numbers_intact(
        tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/policybot.db"
    engine = create_engine(url)
    await migrate(engine, "0004")  # the release before
    async with engine.begin() as conn:
        for concern in (1, 2, 3):
            await conn.execute(text(CONCERN.format(id=concern)))
            await conn.execute(text(f"INSERT INTO concern_events (concern_id, at, actor, action, detail) VALUES "
                                    f"({concern}, '2025-01-06 09:00:00', 'local:alice', 'submitted', '')"))
        await conn.execute(text(
            "INSERT INTO outbox (key, kind, concern_id, payload, status, attempts, next_attempt_at, last_error, "
            "created_at) VALUES ('C-0003:post', 'post', 3, '{}', 'delivered', 1, '2025-01-06', '', '2025-01-06')"))
    await engine.dispose()
    # The newest deleted by hand in the sqlite3 shell (which does not enforce foreign keys), its outbox entry left
    with sqlite3.connect(tmp_path / "policybot.db") as shell:
        shell.execute("DELETE FROM concern_events WHERE concern_id = 3")
        shell.execute("DELETE FROM concerns WHERE id = 3")
    shell.close()

    runtime = await open_runtime(make_settings(url), {"local": FakeChannel()})  # what the server does at start
    try:
        async with runtime.store.engine.connect() as conn:
            rows = (await conn.execute(text("SELECT id, reference, fields FROM concerns ORDER BY id"))).all()
            trail = (await conn.execute(text("SELECT concern_id FROM concern_events ORDER BY id"))).scalars().all()
            enforced = (await conn.execute(text("PRAGMA foreign_keys"))).scalar_one()
        chat = Chat(runtime)
        await chat.press(actions.FORM_SUBMIT, form={"category": "bullying", "danger": "no", "what": "Nasty messages"})
    finally:
        await runtime.store.close()
    assert [(r[0], r[1]) for r in rows] == [(1, "C-0001"), (2, "C-0002")]
    assert "kept 1" in str(rows[0][2]) and "kept 2" in str(rows[1][2]) and trail[:2] == [1, 2]
    assert enforced == 1  # turned off only while the tables were copied
    assert "C-0004" in chat.text  # not C-0003, which its outbox entry shows was given out


async def test_a_database_error_never_quotes_the_words_being_written(db_url: str) -> None:
    """Errors reach the logs; the words in a report or a notice must not ride along with them."""
    store = await Store.open(db_url)
    try:
        with pytest.raises(IntegrityError) as raised:
            async with store.transaction() as s:
                for _ in range(2):  # the same key twice: a unique-constraint error
                    s.add(Notice(user="local:alice", text="Amy Smith told me about the photos", key="same",
                                 created_at=utcnow()))
                    await s.flush()
    finally:
        await store.close()
    assert "Amy Smith" not in str(raised.value)


async def _downgrade(url: str, revision: str) -> None:
    engine = create_engine(url)

    def down(connection: Connection) -> None:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)

    try:
        async with migration_connection(engine) as conn:
            await conn.run_sync(down)
    finally:
        await engine.dispose()


async def test_the_question_trail_is_added_and_taken_away_with_every_question_kept(tmp_path: Path) -> None:
    """0008 adds question_events (the trail of a question passed to the Headteacher); downgraded, it goes and every
    question stays; upgraded again, it is back, empty."""
    url = f"sqlite+aiosqlite:///{tmp_path}/policybot.db"
    engine = create_engine(url)
    await migrate(engine, "0007")  # the release before
    async with engine.begin() as conn:
        await conn.execute(text("INSERT INTO question_log (id, at, user, question, intent, confidence, answered, "
                                "asked_head) VALUES (7, '2025-01-06 09:00:00', 'local:alice', 'Where can I park?', "
                                "'policy_question', 0.0, false, true)"))
    await migrate(engine, "0008")
    async with engine.begin() as conn:
        await conn.execute(text("INSERT INTO question_events (question_id, at, action, detail) VALUES "
                                "(7, '2025-01-06 09:20:00', 'held up', 'no Headteacher''s channel is set up yet')"))
    await engine.dispose()

    await _downgrade(url, "0007")
    with sqlite3.connect(tmp_path / "policybot.db") as shell:
        tables = {r[0] for r in shell.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        kept = shell.execute("SELECT id, question FROM question_log").fetchall()
    shell.close()
    assert "question_events" not in tables and kept == [(7, "Where can I park?")]

    store = await Store.open(url)  # what the server does at start: up to the newest again
    try:
        async with store.engine.connect() as conn:
            trail = (await conn.execute(text("SELECT count(*) FROM question_events"))).scalar_one()
            asked = (await conn.execute(text("SELECT question FROM question_log"))).scalars().all()
    finally:
        await store.close()
    assert trail == 0 and asked == ["Where can I park?"]


async def test_whether_a_question_was_cut_is_added_apart_from_its_words_and_taken_back_into_them(
        tmp_path: Path) -> None:
    """0009 adds question_log.cut (helper notices6): rows from before keep their text, the mark notices5 put in it
    too, and have no `cut`; downgraded, a question stored cut since gets the mark back in its text (so the release
    before shows it cut) and the column goes; upgraded again, nothing is lost."""
    url = f"sqlite+aiosqlite:///{tmp_path}/policybot.db"
    mark = "\u2026 [cut at 2,000 characters]"
    before, since, whole = "p" * 2000 + mark, "q" * 2000, "r" * 2000
    row = ("INSERT INTO question_log (id, at, user, question, intent, confidence, answered, asked_head{cut}) VALUES "
           "({id}, '2025-01-06 09:00:00', 'local:alice', '{question}', 'out_of_scope', 0.0, false, false{value})")
    engine = create_engine(url)
    await migrate(engine, "0008")  # the release before
    async with engine.begin() as conn:
        await conn.execute(text(row.format(id=1, question=before, cut="", value="")))
    await migrate(engine, "0009")
    async with engine.begin() as conn:
        await conn.execute(text(row.format(id=2, question=since, cut=", cut", value=", true")))
        await conn.execute(text(row.format(id=3, question=whole, cut=", cut", value=", false")))
        upgraded = (await conn.execute(text("SELECT id, question, cut FROM question_log ORDER BY id"))).all()
    await engine.dispose()
    assert [tuple(r) for r in upgraded] == [(1, before, None), (2, since, True), (3, whole, False)]

    await _downgrade(url, "0008")
    with sqlite3.connect(tmp_path / "policybot.db") as shell:
        columns = {r[1] for r in shell.execute("PRAGMA table_info(question_log)")}
        kept = shell.execute("SELECT id, question FROM question_log ORDER BY id").fetchall()
    shell.close()
    assert "cut" not in columns and kept == [(1, before), (2, since + mark), (3, whole)]

    store = await Store.open(url)  # what the server does at start: up to the newest again
    try:
        async with store.engine.connect() as conn:
            again = (await conn.execute(text("SELECT id, question, cut FROM question_log ORDER BY id"))).all()
    finally:
        await store.close()
    assert [tuple(r) for r in again] == [(1, before, None), (2, since + mark, None), (3, whole, None)]


async def test_the_cut_mark_goes_back_into_the_words_once_on_every_database(db_url: str) -> None:
    """Review revAF: 0009's downgrade on SQLite and PostgreSQL alike (the test above reads SQLite's file only), with a
    question of quotes and non-ASCII words, a row notices5 marked in its text (not marked twice) and one never cut."""
    mark = "\u2026 [cut at 2,000 characters]"
    words = "Can I post the Year 6 caf\u00e9's \u201cend of term\u201d photos? " * 50
    rows = {1: (words[:2000] + mark, None), 2: (words[:2000], True), 3: ("Where can I park?", False),
            4: (words[:2000], None)}
    engine = create_engine(db_url)
    await migrate(engine, "0009")
    async with engine.begin() as conn:
        for id_, (question, cut) in rows.items():
            await conn.execute(text(
                "INSERT INTO question_log (id, at, \"user\", question, intent, confidence, answered, asked_head, cut) "
                "VALUES (:id, '2025-01-06 09:00:00', 'local:alice', :q, 'out_of_scope', 0.0, false, false, :cut)"),
                {"id": id_, "q": question, "cut": cut})
    await engine.dispose()

    await _downgrade(db_url, "0008")
    engine = create_engine(db_url)
    async with engine.connect() as conn:
        columns = await conn.run_sync(lambda c: {col["name"] for col in inspect(c).get_columns("question_log")})
        kept = dict((await conn.execute(text("SELECT id, question FROM question_log ORDER BY id"))).all())
    await engine.dispose()
    assert "cut" not in columns
    assert kept == {1: words[:2000] + mark, 2: words[:2000] + mark, 3: "Where can I park?", 4: words[:2000]}
