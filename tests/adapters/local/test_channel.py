"""LocalChannel: an escalation posts once per reference; a notice reaches its user once, however often it is retried."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.local.channel import LocalChannel, take_notices
from bot.escalation import DeliveryError, EscalationView
from bot.store.store import Store


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await Store.open(f"sqlite+aiosqlite:///{tmp_path}/t.db")
    yield s
    await s.close()


def view(reference: str) -> EscalationView:
    return EscalationView(reference, True, "Online bullying of a pupil", "new", None, "Alice", (), (), "URGENT")


async def test_post_returns_the_same_receipt_for_a_retry(store: Store) -> None:
    channel = LocalChannel(lambda: store)
    first = await channel.post(view("C-0007"), "inbox", "C-0007:post")
    again = await channel.post(view("C-0007"), "inbox", "C-0007:post", retry=True)
    assert first == again and first.message_ref == "local:C-0007"


async def test_a_retried_notice_shows_once_and_only_to_its_user(store: Store) -> None:
    channel = LocalChannel(lambda: store)
    await channel.notify("local:alice", "Your concern C-0001 has been acknowledged.", "C-0001:tell:acknowledged")
    await channel.notify("local:alice", "Your concern C-0001 has been acknowledged.", "C-0001:tell:acknowledged",
                         retry=True)
    await channel.notify("local:alice", "Your concern C-0001 has been closed.", "C-0001:tell:closed")
    assert await take_notices(store, "local:bob") == []
    assert await take_notices(store, "local:alice") == ["Your concern C-0001 has been acknowledged.",
                                                        "Your concern C-0001 has been closed."]
    assert await take_notices(store, "local:alice") == []  # each notice shows once


async def test_a_database_that_is_away_makes_the_outbox_try_again(store: Store, tmp_path: Path) -> None:
    await store.close()
    (tmp_path / "t.db").unlink()
    (tmp_path / "t.db").mkdir()  # a directory where the database was: every connection now fails
    with pytest.raises(DeliveryError) as raised:
        await LocalChannel(lambda: store).notify("local:alice", "text", "k1")
    assert not raised.value.permanent
