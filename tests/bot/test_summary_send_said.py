"""Send said on the report's summary with a please, a now or an "urgent" ("please send now, urgent", "yes send it
please") sends it, as the Send button does: it used to be asked about as a correction. Words that tell anything more
("send it, and also he has her number") stay a correction, never dropped; and while words wait on "Which part should
this change?", no send sends without them. One teacher through the real engine each."""

from __future__ import annotations

import pytest

from bot.flows.concern_wording import PART_NOT_SENT
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_summary_corrections import ASKED
from tests.bot.when_stored import stored


@pytest.mark.parametrize("said", ["please send now, urgent", "send it now please", "ok send", "yes send it please",
                                  "Send the report now, it's urgent!", "can you submit it asap"])
async def test_send_said_with_courtesy_or_urgency_sends_the_report(chat: Chat, said: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(said)
    assert ASKED not in chat.text and "Your report is recorded as C-0001" in chat.text
    [concern] = await concerns_in(chat)
    assert concern.complete and concern.fields["when"] == stored("Saturday night")


async def test_send_with_new_facts_stays_a_correction_and_keeps_them(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("send it, and also he has her number")
    assert chat.last.text.startswith(ASKED) and "he has her number" in chat.last.text
    assert await concerns_in(chat) == []


async def test_please_send_now_while_words_wait_asks_about_them_first(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("also she showed me the screenshot")
    await chat.say("please send now, urgent")
    assert PART_NOT_SENT in chat.text and "showed me the screenshot" in chat.last.text
    assert await concerns_in(chat) == []


@pytest.mark.parametrize("asked", ["send?", "send it?", "send now?", "can you send it now?"])
async def test_send_asked_about_with_a_question_mark_does_not_send(chat: Chat, asked: str) -> None:
    """"send it?" asks whether to: the report stays unsent, the summary and its Send button still there."""
    await walk_to_confirm(chat)
    await chat.say(asked)
    assert "Your report is recorded" not in chat.text and await concerns_in(chat) == []
