"""Review revX of helper notices5. At *When?*, a day still to come said as planned ("due to meet friday", "she's
supposed to see him on saturday") is kept as typed, never dated as the last such day gone; a cause ("due to a fight on
friday") still is (the clock set to when the teacher typed). An admin whose own question is refused for its message is
not told to "answer its asker yourself". Through the real engine and outbox."""

from __future__ import annotations

import asyncio

import pytest

from bot.runtime import open_runtime, running
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.bot.test_question_held_up import ask_the_head, questions_tried
from tests.bot.test_question_notices_fourth import ADMINS, DSL, head_chat, to
from tests.bot.test_question_refused_anew import ArchivedThenTooLong
from tests.bot.test_when_second import WEDNESDAY, when_shown


@pytest.mark.parametrize("said", [
    "due to meet friday", "they are due to meet on friday", "he is due to meet her friday", "it's due friday",
    "she's supposed to see him on saturday", "he is meant to collect her on friday",
    "they're expected to meet on saturday", "she is seeing him on friday", "she's seeing him friday",
])
async def test_a_day_planned_is_kept_as_typed_without_a_date(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                             said: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == said


@pytest.mark.parametrize(("said", "shown"), [
    ("he was excluded due to a fight on friday", "he was excluded due to a fight on friday (Fri 27 Nov 2026)"),
    ("due to fighting on friday", "due to fighting on friday (Fri 27 Nov 2026)"),
    ("she was due to meet him on friday", "she was due to meet him on friday (Fri 27 Nov 2026)"),
    ("he was supposed to see her saturday", "he was supposed to see her saturday (Sat 28 Nov 2026)"),
    ("last thursday", "last thursday (Thu 26 Nov 2026)"),
])
async def test_a_day_gone_given_as_a_cause_or_a_plan_gone_keeps_its_date(chat: Chat,
                                                                         monkeypatch: pytest.MonkeyPatch, said: str,
                                                                         shown: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == shown



async def _head_asks(db_url: str, mended: bool) -> list[str]:
    """The Headteacher (an admin) passes on a question of their own; the inbox refuses it for good, first for the
    channel unless `mended`, and is named again: what the Headteacher is told of their own question."""
    channel = ArchivedThenTooLong(mended=mended)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=ADMINS), {"local": channel})
    async with running(runtime):
        Chat(runtime, user=DSL, conversation=DSL)
        await ask_the_head(Chat(runtime, user=HEAD, conversation=HEAD, name="Sam Head"))
        await channel.wait_for(lambda c: len(to(c, HEAD)) == 1 and len(to(c, DSL)) == 1)
        channel.mended = True
        await head_chat(runtime).say("set escalation channel")
        if mended:  # refused for its message: never tried again (time enough for a wrong retry to show)
            await asyncio.sleep(0.3)
        else:  # refused for the channel: named again, it goes again (under load, later than any fixed wait)
            await channel.wait_for(lambda c: questions_tried(c) == 2 and len(to(c, HEAD)) == 2)
    return to(channel, HEAD)


async def test_an_admin_told_their_own_question_was_refused_anew_is_not_told_to_answer_its_asker(db_url: str) -> None:
    """They are its asker: "Please answer its asker yourself" read as if someone else had asked."""
    told = await _head_asks(db_url, mended=False)
    assert len(told) == 2 and "To send it" in told[0]  # the channel: what an admin can do, as before
    assert "I will not try again" in told[1] and "answer its asker" not in told[1]


async def test_an_admin_told_their_own_question_was_refused_for_its_message_is_not_told_to_answer_its_asker(
        db_url: str) -> None:
    [told] = await _head_asks(db_url, mended=True)
    assert "I will not try again" in told and "answer its asker" not in told
