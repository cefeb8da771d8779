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


# --- Words to the bot on the summary, or while the part question waits ------------------------------------------------

@pytest.mark.parametrize("aside", ["oops wrong button", "sorry, pressed the wrong one", "hang on", "one sec",
                                   "correct", "fine", "nothing else"])
async def test_a_word_to_the_bot_while_the_part_question_waits_leaves_the_words_waiting(chat: Chat,
                                                                                         aside: str) -> None:
    await walk_to_confirm(chat)
    await chat.say("it was on instagram not facebook")
    await chat.say(aside)
    assert "left out" not in chat.text and ASKED in chat.last.text and "instagram" in chat.last.text
    await chat.click("Where it happened")
    assert (await fields(chat))["platform"] == "it was on instagram not facebook"


@pytest.mark.parametrize("aside", ["correct", "fine", "great, send", "hang on", "one sec", "actually",
                                   "oops wrong button"])
async def test_that_it_is_right_or_to_wait_is_not_asked_about_as_a_correction(chat: Chat, aside: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(aside)
    assert ASKED not in chat.text and "Here is your report" in chat.last.text
    assert await concerns_in(chat) == []


@pytest.mark.parametrize(("said", "question"), [("i want to change the date", "When did it happen"),
                                                ("correct the date", "When did it happen"),
                                                ("i need to change who is affected", "Who is affected"),
                                                ("can i change the evidence", "Is there evidence")])
async def test_wanting_to_change_a_part_named_opens_it(chat: Chat, said: str, question: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(said)
    assert ASKED not in chat.text and question in chat.last.text


# --- The kind of concern from a sentence, as thumbed ------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "kind"), [("bullyng on whatsapp", "Online bullying"),
                                             ("shes being harrassed in the class chat", "Online bullying"),
                                             ("he photoshopped her face onto a meme", "A pupil's image")])
async def test_a_kind_typed_with_a_slip_is_taken(chat: Chat, typed: str, kind: str) -> None:
    await chat.say("report a concern")
    await chat.say(typed)
    assert "immediate danger" in chat.last.text and f"taken the kind of concern as \u201c{kind}" in chat.text
