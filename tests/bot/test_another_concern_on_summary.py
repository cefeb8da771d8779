"""A second, unrelated concern typed on an open report's summary ("also a different thing — a parent posted abuse
about Mrs Khan on facebook") is not taken as a change to the first report: the teacher is asked whether it goes in
this report, or becomes a report of its own once this one is sent or saved for later. The first report is never
dropped or changed by it, and nothing is sent without the teacher's say. Each test is one teacher through the real
engine, asserting what they see and what the Headteacher gets."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, kept_draft, trail_of, walk_to_confirm
from tests.bot.test_summary_corrections import ASKED, fields

NEW = "also a different thing \u2014 a parent posted abuse about Mrs Khan on facebook"
TOLD = "A parent posted abuse about Mrs Khan on facebook"  # the new report's first telling, without the lead-in
QUESTION = "Is this part of this report, or a new concern?"
CHOICES = ["Add it to this report", "Send this report, then a new one", "Save this report, start a new one",
           "Don't change anything"]
WHAT = "A group chat of Year 5s has been sending Sam nasty messages and a vote on who hates him."


def labels(chat: Chat) -> list[str]:
    return [b.label for b in chat.last.buttons]


# A second child's disclosure of harm at home: a new risk, so the danger question comes first (since helper summary4)
RISK = "oh and another concern: Ellie in year 2 says her dad hits her"


async def asked_about_new(chat: Chat, words: str = NEW, danger: str = "no") -> dict[str, str]:
    await walk_to_confirm(chat, danger=danger)
    before = await fields(chat)
    await chat.say(words)
    if words == RISK and danger == "no":
        assert "Is a child in immediate danger" in chat.last.text
        await chat.click("No")
    assert chat.last.text.startswith(QUESTION) and words in chat.last.text
    assert labels(chat) == CHOICES
    assert await fields(chat) == before  # nothing changed by typing alone
    return before


@pytest.mark.parametrize("words", [
    NEW,
    "a parent posted abuse about Mrs Khan on facebook",
    "separately, Mr Jones has been messaging a year 6 girl on snapchat",
    RISK,
])
async def test_a_new_concern_on_the_summary_is_asked_about_not_placed_in_a_part(chat: Chat, words: str) -> None:
    await asked_about_new(chat, words)
    assert ASKED not in chat.text
    assert await concerns_in(chat) == []  # nothing sent


@pytest.mark.parametrize("words", [
    "it was on instagram not facebook",
    "his mum also posted about it on facebook",
    "i rang her mum at home and told the DSL",
    "also she showed me the screenshot",
    # who did it, or more found, told with new names and a new platform: still this report's (Sam is in it)
    "Jake Smith in year 6 started it on snapchat",
    "Sam's mum also found messages on instagram from Leo in Year 6",
    "there was also a photo of Sam shared on snapchat by Leo in year 6",
])
async def test_a_correction_is_still_asked_which_part_it_changes(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert chat.last.text.startswith(ASKED)


async def test_send_this_report_then_a_new_one(chat: Chat) -> None:
    before = await asked_about_new(chat)
    await chat.click("Send this report, then a new one")
    assert "C-0001" in chat.text and "Now the new concern, as a report of its own" in chat.text
    assert "What kind of concern" in chat.last.text
    [first] = await concerns_in(chat)
    assert first.complete and dict(first.fields) == before  # sent as it was checked: the new words are not in it
    flow, draft = await kept_draft(chat)
    # its words as what happened, and the kind they name offered as the answer so far (helper `kind`), not yet the
    # kind's answer (helper `summary3`)
    assert flow == "concern_report" and draft["fields"] == {"what": TOLD} and draft["offered_kind"] == "parent_post"
    await chat.click("An inappropriate post")
    await chat.say("no")
    for _ in range(4):
        await chat.click("Skip")
    assert TOLD in chat.last.text and "Keep as it is" in labels(chat)  # the new report's first telling, kept


async def test_save_this_report_start_a_new_one_and_undo_brings_it_back(chat: Chat) -> None:
    before = await asked_about_new(chat)
    await chat.click("Save this report, start a new one")
    assert "Your report is saved, not sent" in chat.text and "type undo" in chat.text
    assert "What kind of concern" in chat.last.text
    assert await concerns_in(chat) == []
    await chat.say("undo")
    assert "Your report is back" in chat.text and "Here is your report" in chat.last.text
    assert await fields(chat) == before
    await chat.click("Send report")
    [first] = await concerns_in(chat)
    assert dict(first.fields) == before
    assert "report set aside" in chat.text  # the new one waits, not lost


async def test_add_it_to_this_report_puts_it_in_what_happened(chat: Chat) -> None:
    await asked_about_new(chat)
    await chat.click("Add it to this report")
    assert "added what you typed to \u201cWhat happened\u201d" in chat.text and "Here is your report" in chat.last.text
    await chat.click("Send report")
    [first] = await concerns_in(chat)
    assert first.fields["what"] == f"{WHAT}\n{NEW}"


async def test_dont_change_anything_leaves_the_report_as_it_was(chat: Chat) -> None:
    before = await asked_about_new(chat)
    await chat.click("Don't change anything")
    assert "Here is your report" in chat.last.text
    await chat.click("Send report")
    [first] = await concerns_in(chat)
    assert dict(first.fields) == before


@pytest.mark.parametrize(("typed", "sent"), [("send it first then a new one", True), ("save it for later", False)])
async def test_the_choice_typed_in_words(chat: Chat, typed: str, sent: bool) -> None:
    before = await asked_about_new(chat)
    await chat.say("a new report")  # which way is still to say: asked, nothing sent
    assert "sent first, or saved for later" in chat.text and chat.last.text.startswith(QUESTION)
    assert await concerns_in(chat) == []
    await chat.say(typed)
    assert "Now the new concern" in chat.text
    assert [dict(c.fields) for c in await concerns_in(chat)] == ([before] if sent else [])


async def test_yes_or_an_old_send_button_while_asked_sends_nothing(chat: Chat) -> None:
    await walk_to_confirm(chat)
    send = chat.button("Send report")  # on the summary, before the new words
    await chat.say(NEW)
    await chat.say("yes")
    assert "hasn't been sent" in chat.text and chat.last.text.startswith(QUESTION)
    await chat.press(send.action, send.value)
    assert chat.last.text.startswith(QUESTION) and await concerns_in(chat) == []


async def test_an_urgent_report_saved_for_later_keeps_its_alert_and_what_was_given(chat: Chat) -> None:
    before = await asked_about_new(chat, danger="yes")
    await chat.click("Save this report, start a new one")
    assert "URGENT concern C-0001 keeps what you gave" in chat.text
    [alert] = await concerns_in(chat)
    assert not alert.complete and alert.details_stopped_at is not None and alert.fields["what"] == WHAT
    assert "reporter stopped" in [action for action, _ in await trail_of(chat)]
    await chat.say("undo")
    assert await fields(chat) == before
    await chat.click("Send report")
    [alert] = await concerns_in(chat)
    assert alert.complete and NEW not in alert.fields["what"]


@pytest.mark.parametrize("no", ["no", "nope", "no its a new one", "not part of this report"])
async def test_no_to_is_this_part_of_this_report_keeps_the_new_concern_waiting(chat: Chat, no: str) -> None:
    # "no" answers the question asked (not part of this report): a child's disclosure is never left out by it
    told = RISK
    before = await asked_about_new(chat, told)
    await chat.say(no)
    assert "Nothing changed" not in chat.text and "sent first, or saved for later" in chat.text
    assert chat.last.text.startswith(QUESTION) and told in chat.last.text and labels(chat) == CHOICES
    assert await concerns_in(chat) == []
    await chat.click("Send this report, then a new one")
    [first] = await concerns_in(chat)
    assert dict(first.fields) == before
    _, draft = await kept_draft(chat)
    assert draft["fields"]["what"] == "Ellie in year 2 says her dad hits her"  # type: ignore[index]
