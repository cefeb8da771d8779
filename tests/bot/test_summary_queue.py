"""Several corrections typed on a report's summary, and "no evidence"-style corrections: each is asked about in
turn ("Which part of your report should this change?"), none lost, none put anywhere unpressed, none sent to the
Headteacher unpressed; and a form opened while words wait shows them. Each test is one teacher through the real
engine, asserting what they see and what the sent concern holds."""

from __future__ import annotations

import pytest

from adapters.local.render import reply_json
from adapters.slack.modal import form_modal
from adapters.teams.form import form_card
from bot import actions
from bot.runtime import open_runtime, running
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_concern_report import concerns_in, kept_draft, trail_of, walk_to_confirm
from tests.bot.test_summary_corrections import ASKED, fields, sent
from tests.bot.when_stored import stored
from tests.fakes.escalation_channel import FakeChannel

FIRST = "it was on instagram not whatsapp"
SECOND = "actually it was on monday at 3pm"
THIRD = "her friend Leo in 5C was there too"


def labels(chat: Chat) -> list[str]:
    return [b.label for b in chat.last.buttons]


async def two_waiting(chat: Chat, danger: str = "no") -> None:
    """Two corrections typed in a row on the summary, the part question for the first still unanswered."""
    await walk_to_confirm(chat, danger=danger)
    await chat.say(FIRST)
    await chat.say(SECOND)
    assert ASKED in chat.last.text and FIRST in chat.last.text


# --- 1. Two corrections in a row: both kept, each asked about in turn ------------------------------------------------

async def test_two_corrections_in_a_row_are_both_asked_about_and_both_put_where_pressed(chat: Chat) -> None:
    await two_waiting(chat)
    assert SECOND in chat.text and "left out" not in chat.text and "Then I'll ask about the next" in chat.last.text
    assert labels(chat)[0] == "Where it happened"
    await chat.click("Where it happened")
    # the change shown on the summary, then the second words asked about
    assert f"*Where it happened:* {FIRST}" in chat.text
    assert ASKED in chat.last.text and f"*What you typed next:* {SECOND}" in chat.last.text
    assert labels(chat)[0] == "When"
    await chat.click("When")
    assert "Here is your report" in chat.last.text and ASKED not in chat.last.text
    held = await sent(chat)
    assert held["platform"] == FIRST and held["when"] == stored(SECOND)


async def test_dont_change_anything_leaves_out_only_the_words_it_was_for(chat: Chat) -> None:
    await two_waiting(chat)
    await chat.click("Don't change anything")
    assert "Nothing changed" in chat.text and ASKED in chat.last.text and SECOND in chat.last.text
    await chat.say("no")  # typed, for the second: left out too
    assert "Here is your report" in chat.last.text
    held = await sent(chat)
    assert held["platform"] == "WhatsApp" and held["when"] == stored("Saturday night")
    assert FIRST not in str(held) and SECOND not in str(held)


@pytest.mark.parametrize("how", ["send", "yes", "press"])
async def test_the_report_is_not_sent_while_either_waits(chat: Chat, how: str) -> None:
    await walk_to_confirm(chat)
    summary = chat.button("Send report")
    await chat.say(FIRST)
    await chat.say(SECOND)
    for _ in range(2):  # before the first is settled, and after it, while the second waits
        if how == "press":
            await chat.press(summary.action, summary.value)
        else:
            await chat.say(how)
        assert await concerns_in(chat) == [] and ASKED in chat.last.text
        if FIRST in chat.last.text:
            await chat.click("Where it happened")
            assert SECOND in chat.last.text
    await chat.click("When")
    held = await sent(chat)
    assert held["platform"] == FIRST and held["when"] == stored(SECOND)


async def test_a_part_button_left_from_the_first_words_changes_nothing_while_the_second_wait(chat: Chat) -> None:
    await two_waiting(chat)
    first_where = chat.button("Where it happened")
    await chat.press(first_where.action, first_where.value)
    await chat.press(first_where.action, first_where.value)  # a double tap
    assert "no longer waiting" in chat.text and ASKED in chat.last.text and SECOND in chat.last.text
    assert (await fields(chat))["platform"] == FIRST and (await fields(chat))["when"] == stored("Saturday night")
    await chat.click("When")
    assert (await sent(chat))["when"] == stored(SECOND)


async def test_the_same_words_typed_twice_wait_once(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say(FIRST)
    await chat.say(FIRST)
    assert "already waiting" in chat.text and "Then I'll ask" not in chat.last.text
    await chat.click("Where it happened")
    assert "Here is your report" in chat.last.text and ASKED not in chat.last.text


async def test_cancel_while_two_wait_leaves_both_out_shown_and_keeps_the_report(chat: Chat) -> None:
    await two_waiting(chat)
    await chat.say("cancel")
    assert "Nothing changed" in chat.text and f"*Also left out:* {SECOND}" in chat.text
    assert "Here is your report" in chat.last.text and ASKED not in chat.last.text
    _, draft = await kept_draft(chat)
    assert SECOND not in str(draft) and FIRST not in str(draft)
    held = await sent(chat)
    assert held["platform"] == "WhatsApp" and held["when"] == stored("Saturday night")


async def test_undo_typed_while_two_wait_brings_back_nothing_and_both_still_wait(chat: Chat) -> None:
    await two_waiting(chat)
    await chat.say("undo")
    assert "nothing to bring back" in chat.text and ASKED in chat.last.text and FIRST in chat.last.text
    await chat.click("Where it happened")
    await chat.click("When")
    held = await sent(chat)
    assert held["platform"] == FIRST and held["when"] == stored(SECOND)


async def test_a_long_part_asked_replace_or_add_then_the_next_words(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("also she showed me the screenshot")
    await chat.say(SECOND)
    await chat.click("Evidence")
    assert labels(chat) == ["Replace it", "Add to it", "Keep as it is"]
    await chat.say("cancel")  # cancels the edit only
    assert "Edit cancelled" in chat.text and ASKED in chat.last.text and SECOND in chat.last.text
    await chat.click("When")
    held = await sent(chat)
    assert held["when"] == stored(SECOND) and "screenshot" not in held["evidence"]


async def test_it_was_a_question_for_the_first_then_the_second_is_asked(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("is it ok to message her on facebook")  # one the policy surely answers is answered at once
    await chat.say(SECOND)
    await chat.click("It was a question")
    assert any(r.citation is not None and r.citation.clause_id == "APX.3" for r in chat.replies)
    assert ASKED in chat.last.text and SECOND in chat.last.text
    await chat.click("When")
    assert (await sent(chat))["when"] == stored(SECOND)


async def test_a_restart_with_two_waiting_asks_each_in_turn(db_url: str) -> None:
    channel = FakeChannel()
    first = await open_runtime(make_settings(db_url), {"local": channel})
    async with running(first):
        await two_waiting(Chat(first))
    second = await open_runtime(make_settings(db_url), {"local": channel})
    async with running(second):
        chat = Chat(second)
        chat.replies = await second.engine.resume(chat.conversation)
        assert ASKED in chat.last.text and FIRST in chat.last.text and "Then I'll ask about the next" in chat.last.text
        await chat.click("Where it happened")
        assert SECOND in chat.last.text
        await chat.click("When")
        held = await sent(chat)
        assert held["platform"] == FIRST and held["when"] == stored(SECOND)


async def test_more_than_three_waiting_is_refused_with_the_words_shown_back(chat: Chat) -> None:
    await walk_to_confirm(chat)
    for words in (FIRST, SECOND, THIRD):
        await chat.say(words)
    await chat.say("the account was @jay_x")
    assert "*What you've just typed:* the account was @jay_x" in chat.text and "haven't kept this" in chat.text
    assert "Then I'll ask about the 2 more things you typed" in chat.last.text
    await chat.click("Where it happened")
    await chat.click("When")
    assert THIRD in chat.last.text
    await chat.click("Who is affected")
    held = await sent(chat)
    assert held["platform"] == FIRST and held["when"] == stored(SECOND) and held["affected"].endswith(THIRD)
    assert "jay_x" not in str(held)


async def test_urgent_nothing_waiting_reaches_the_head_until_pressed(chat: Chat) -> None:
    await two_waiting(chat, danger="yes")
    [concern] = await concerns_in(chat)
    assert FIRST not in str(concern.fields) and SECOND not in str(concern.fields)
    await chat.click("Where it happened")
    [concern] = await concerns_in(chat)
    assert concern.fields["platform"] == FIRST and SECOND not in str(concern.fields)
    before = len(await trail_of(chat))
    await chat.click("When")
    [concern] = await concerns_in(chat)
    assert concern.fields["when"] == stored(SECOND)
    assert [d for a, d in (await trail_of(chat))[before:] if a == "details added"] == ["When changed"]


async def test_a_form_sent_while_two_wait_says_both_are_not_in_it(chat: Chat) -> None:
    await two_waiting(chat)
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    shown = {f.name: f.value for f in opened.form.fields if f.value}
    await chat.press(actions.FORM_SUBMIT, form={**shown, "_context": opened.form.value})
    for words in (FIRST, SECOND):
        assert f"What you typed in the chat:* {words}" in chat.text
    [concern] = await concerns_in(chat)
    assert concern.complete and FIRST not in str(concern.fields) and SECOND not in str(concern.fields)


# --- 2. A part said to have nothing: a correction for that part, asked about like any --------------------------------

@pytest.mark.parametrize(("words", "part", "field", "replace_asked"), [
    ("no evidence", "Evidence", "evidence", True),
    ("there is no evidence", "Evidence", "evidence", True),
    ("no action taken yet", "Done so far", "actions", True),
    ("none taken", "Done so far", "actions", True),
    ("no child named", "Who is affected", "affected", False),
    ("no screenshots", "Evidence", "evidence", True),
])
async def test_a_part_said_to_have_nothing_is_asked_about_with_that_part_first(
        chat: Chat, words: str, part: str, field: str, replace_asked: bool) -> None:
    await walk_to_confirm(chat)
    before = await fields(chat)
    await chat.say(words)
    assert ASKED in chat.last.text and words in chat.last.text and labels(chat)[0] == part
    assert await fields(chat) == before  # nothing changed by typing alone
    await chat.click(part)
    if replace_asked:
        await chat.click("Replace it")
    assert "Here is your report" in chat.last.text
    assert (await sent(chat))[field] == words


async def test_no_disclosure_on_the_summary_asks_before_taking_the_childs_words_out(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("no disclosure")
    assert labels(chat)[0] == "Child's own words"
    await chat.click("Child's own words")
    assert "Remove it" in labels(chat)
    await chat.click("Remove it")
    assert (await sent(chat))["disclosure"] == "No disclosure"


@pytest.mark.parametrize(("said", "seen"), [("no danger", "immediate danger"), ("no", "Here is your report"),
                                            ("no, evidence", "Is there evidence?")])
async def test_no_danger_still_opens_the_danger_question_and_no_alone_is_no_correction(
        chat: Chat, said: str, seen: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(said)
    assert ASKED not in chat.text and seen in chat.last.text


async def test_no_evidence_typed_while_the_part_question_waits_is_more_words_not_the_part(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say(FIRST)
    await chat.say("no evidence")
    assert ASKED in chat.last.text and FIRST in chat.last.text  # the first words still asked about
    assert (await fields(chat))["evidence"] != FIRST
    await chat.click("Where it happened")
    assert "no evidence" in chat.last.text and labels(chat)[0] == "Evidence"


# --- 3. The form opened while words wait shows them -------------------------------------------------------------------

async def test_a_form_opened_while_words_wait_shows_them_on_every_platform(chat: Chat) -> None:
    await two_waiting(chat)
    [opened] = await chat.press(actions.FORM_OPEN)
    form = opened.form
    assert form is not None and f"\u201c{FIRST}\u201d" in form.intro and f"\u201c{SECOND}\u201d" in form.intro
    assert FIRST in str(reply_json(opened)["form"])  # the local web chat
    assert FIRST in str(form_card(form))  # Teams
    intro = form_modal(form, {})["blocks"][0]["text"]  # Slack: as typed, never read as mrkdwn
    assert intro["type"] == "plain_text" and FIRST in intro["text"]
    # a form sent with a field missing comes back with them still on it
    [refused] = await chat.press(actions.FORM_SUBMIT, form={"_context": form.value})
    assert refused.form is not None and refused.form.has_errors and FIRST in refused.form.intro
    # and with none waiting, none said
    await chat.say("help")  # the question again, its buttons with it
    await chat.click("Where it happened")
    await chat.click("When")
    [again] = await chat.press(actions.FORM_OPEN)
    assert again.form is not None and "Not in this form yet" not in again.form.intro


# --- Words put in a part from the summary, then left without Replace it or Add to it: said, never dropped unseen ----

@pytest.mark.parametrize("then", ["help", "Screenshots of the chat on the class iPad, kept locked in the office"])
async def test_words_waiting_on_replace_or_add_and_passed_by_are_shown_as_left_out(chat: Chat, then: str) -> None:
    await walk_to_confirm(chat)
    await chat.say("also she showed me the screenshot")
    await chat.click("Evidence")
    await chat.say(then)
    assert "*What you typed before:* also she showed me the screenshot\nThat is not in your report" in chat.text
    assert "also she showed me the screenshot" not in (await fields(chat))["evidence"]


async def test_keep_as_it_is_leaves_the_words_out_without_a_second_word(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("also she showed me the screenshot")
    await chat.click("Evidence")
    await chat.click("Keep as it is")
    assert "That is not in your report" not in chat.text and "Here is your report" in chat.last.text
