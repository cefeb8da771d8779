"""A review of the report flow as teachers use it: words typed on the summary and the part question, the kind read
from a sentence, and a form sent while words wait. Each test is one teacher through the real engine."""

from __future__ import annotations

import pytest

from bot import actions
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, kept_draft, walk_to_confirm

ASKED = "Which part of your report should this change?"


async def fields(chat: Chat) -> dict[str, str]:
    return dict((await kept_draft(chat))[1].get("fields", {}))  # type: ignore[arg-type]


async def send_the_form(chat: Chat) -> None:
    """Open the form from the chat and send it as it comes, answers and all."""
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    shown = {f.name: f.value for f in opened.form.fields if f.value}
    await chat.press(actions.FORM_SUBMIT, form={**shown, "_context": opened.form.value})


# --- A form sent while words typed in the chat wait: the words are said to be left out, never dropped unseen --------

@pytest.mark.parametrize("danger", ["no", "yes"])
async def test_a_form_sent_while_the_part_question_waits_says_the_words_are_not_in_it(chat: Chat,
                                                                                       danger: str) -> None:
    await walk_to_confirm(chat, danger=danger)
    await chat.say("sorry it was snapchat not whatsapp")
    assert ASKED in chat.last.text
    await send_the_form(chat)
    assert "C-0001" in chat.text
    assert "What you typed in the chat:* sorry it was snapchat not whatsapp" in chat.text
    assert "not in the report the form sent" in chat.text
    [concern] = await concerns_in(chat)
    assert concern.complete and concern.fields["platform"] == "WhatsApp"  # put nowhere unpressed


async def test_a_form_sent_while_replace_or_add_waits_says_the_words_are_not_in_it(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("also they made a fake account pretending to be him")
    await chat.click("What happened")
    assert "Replace it" in [b.label for b in chat.last.buttons]
    await send_the_form(chat)
    assert "fake account" in chat.text and "not in the report the form sent" in chat.text
