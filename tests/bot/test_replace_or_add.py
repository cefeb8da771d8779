"""Replace it / Add to it / Keep as it is, as scripted teachers (a third review's scripts, faa4039): words typed over
an answer shown are asked about, and only the very next message answers the question. Each test is one conversation
through the real engine; a child's words, the evidence and what the Headteacher of an URGENT report sees must never
change but by what the teacher said of the words they can see."""

from __future__ import annotations

import io

import pytest

from adapters.local.terminal import TerminalChat
from bot import actions
from bot.runtime import open_runtime, running
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_concern_report import concerns_in, kept_draft, trail_of, walk_to_confirm
from tests.fakes.escalation_channel import FakeChannel

CHILD = "They said everyone in the chat wants me gone"
EVIDENCE = "Sam's mum showed me the messages on her phone"
WHAT = "A group chat of Year 5s has been sending Sam nasty messages and a vote on who hates him."
ACTIONS = "Told the class teacher"


async def fields(chat: Chat) -> dict[str, str]:
    return dict((await kept_draft(chat))[1].get("fields", {}))  # type: ignore[arg-type]


async def asked(chat: Chat, edit: str, typed: str, danger: str = "no") -> None:
    """From the summary, Edit a step and type words over the answer shown: the Replace / Add / Keep question."""
    await walk_to_confirm(chat, danger=danger)
    await chat.click(edit)
    await chat.say(typed)
    assert [b.label for b in chat.last.buttons] == ["Replace it", "Add to it", "Keep as it is"]


def is_asked(chat: Chat) -> bool:
    return "What you just typed" in chat.text


def head_saw(channel: FakeChannel) -> list[str]:
    """Every version of the URGENT concern's summary the Headteacher was sent, as one string each."""
    return [str(s.view.summary) for s in channel.sent if s.view is not None]


# --- 1. Each kind of reply to the question, from the summary -----------------------------------------------------

async def test_replace_it_pressed_replaces_the_childs_words_and_returns_to_the_summary(chat: Chat) -> None:
    await asked(chat, "Edit: Child's own words", "he said he would hurt me")
    await chat.click("Replace it")
    assert (await fields(chat))["disclosure"] == "he said he would hurt me"
    assert "Replaced." in chat.text and "Here is your report" in chat.last.text


async def test_add_to_it_pressed_adds_the_words_on_a_new_line(chat: Chat) -> None:
    await asked(chat, "Edit: Evidence", "screenshots too")
    await chat.click("Add to it")
    assert (await fields(chat))["evidence"] == f"{EVIDENCE}\nscreenshots too"


async def test_keep_as_it_is_pressed_leaves_the_words_out(chat: Chat) -> None:
    await asked(chat, "Edit: What happened", "ok thanks bye now")
    await chat.click("Keep as it is")
    assert (await fields(chat))["what"] == WHAT and "Here is your report" in chat.last.text


@pytest.mark.parametrize("said", ["replace", "Replace it.", "use the new one"])
async def test_replace_typed_replaces(chat: Chat, said: str) -> None:
    await asked(chat, "Edit: Evidence", "none")
    await chat.say(said)
    assert (await fields(chat))["evidence"] == "none"


@pytest.mark.parametrize("said", ["add", "add to it", "both", "keep both", "yes add it"])
async def test_add_typed_adds(chat: Chat, said: str) -> None:
    await asked(chat, "Edit: Done so far", "rang mum")
    await chat.say(said)
    assert (await fields(chat))["actions"] == f"{ACTIONS}\nrang mum"


@pytest.mark.parametrize("said", ["keep", "keep as is", "leave it", "no, keep it", "Keep as it is"])
async def test_keep_typed_keeps(chat: Chat, said: str) -> None:
    await asked(chat, "Edit: Child's own words", "he hit me")
    await chat.say(said)
    assert (await fields(chat))["disclosure"] == CHILD and "Here is your report" in chat.last.text


@pytest.mark.parametrize("said", ["yes, replace it", "replace please", "ok replace it", "replace it thanks",
                                  "yes please replace it"])
async def test_replace_said_politely_or_with_a_comma_is_understood(chat: Chat, said: str) -> None:
    """"yes, replace it" (a comma) or "replace please" is not read as Replace: the question is asked again, now of
    those very words as the child's, so a press of Replace it then puts "yes, replace it" in as what the child said
    (`_plain` keeps commas; no please or thanks is taken off, unlike every other command in the report)."""
    await asked(chat, "Edit: Child's own words", "he hit me")
    await chat.say(said)
    assert (await fields(chat))["disclosure"] == "he hit me"


@pytest.mark.parametrize("said", ["yes, add it", "add it please", "ok add it", "add them both"])
async def test_add_said_politely_or_with_a_comma_is_understood(chat: Chat, said: str) -> None:
    await asked(chat, "Edit: Child's own words", "he hit me")
    await chat.say(said)
    assert (await fields(chat))["disclosure"] == f"{CHILD}\nhe hit me"


async def test_a_polite_replace_then_the_replace_button_never_files_it_as_the_childs_words(chat: Chat) -> None:
    await asked(chat, "Edit: Child's own words", "he hit me")
    await chat.say("yes, replace it")  # understood: replaced, never asked about as new words
    assert (await fields(chat))["disclosure"] == "he hit me" and "Here is your report" in chat.last.text


@pytest.mark.parametrize("said", ["\u201cyes\u201d", '"replace"', "'both'"])
async def test_quoted_words_while_the_question_waits_are_never_its_answer(chat: Chat, said: str) -> None:
    """Quoted words are someone's words, never a command: “yes” typed (the child said yes) replaces the child's words
    with the earlier words typed instead."""
    await asked(chat, "Edit: Child's own words", "he hit me")
    await chat.say(said)
    assert "Replaced." not in chat.text and "Added." not in chat.text
    assert (await fields(chat))["disclosure"] in (CHILD, said)


async def test_no_to_the_question_at_the_evidence_is_not_asked_about_as_new_evidence(chat: Chat) -> None:
    """"no" (do not replace it) is asked about again as words that might replace the evidence, and again, forever."""
    await asked(chat, "Edit: Evidence", "none")
    await chat.say("no")
    assert not is_asked(chat) and (await fields(chat))["evidence"] == EVIDENCE


async def test_anything_else_is_read_afresh_a_long_answer_replaces(chat: Chat) -> None:
    await asked(chat, "Edit: Evidence", "none")
    await chat.say("Screenshots of the chat on the class iPad, kept locked in the office")
    assert (await fields(chat))["evidence"] == "Screenshots of the chat on the class iPad, kept locked in the office"


# --- 2. Back, then short corrections -----------------------------------------------------------------------------

async def test_back_then_a_short_correction_to_what_happened_is_asked_then_replaced(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say("no")
    for _ in range(4):
        await chat.click("Skip")
    await chat.say(WHAT)
    await chat.say("back")
    await chat.say("Jake hit Sam")
    assert is_asked(chat) and (await fields(chat))["what"] == WHAT
    await chat.say("replace")
    assert (await fields(chat))["what"] == "Jake hit Sam" and "Did a child tell you" in chat.last.text


async def test_replace_pressed_twice_changes_nothing_more(chat: Chat) -> None:
    await asked(chat, "Edit: Evidence", "none")
    button = chat.button("Replace it")
    await chat.press(button.action, button.value)
    await chat.press(button.action, button.value)
    assert "no longer waiting" in chat.text and (await fields(chat))["evidence"] == "none"
    assert "Here is your report" in chat.last.text


async def test_a_stale_replace_from_an_earlier_edit_does_not_drop_the_question_now_waiting(chat: Chat) -> None:
    """A Replace it left on screen from an earlier edit, pressed while another is waiting: it changes nothing (as
    it should), but it also silently drops the question now waiting, so the right Replace it then does nothing."""
    await asked(chat, "Edit: Evidence", "none")
    stale = chat.button("Replace it")
    await chat.click("Keep as it is")
    await chat.click("Edit: Evidence")
    await chat.say("photos")
    live = chat.button("Replace it")
    await chat.press(stale.action, stale.value)
    assert "no longer waiting" in chat.text
    await chat.press(live.action, live.value)
    assert (await fields(chat))["evidence"] == "photos"


# --- 3. An URGENT report: what the Headteacher sees, and the trail -------------------------------------------------

async def test_urgent_the_head_sees_nothing_of_words_waiting_then_the_replacement_once(
        chat: Chat, channel: FakeChannel) -> None:
    await asked(chat, "Edit: Child's own words", "he said he would kill me", danger="yes")
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    before = len(await trail_of(chat))
    assert not any("would kill me" in s for s in head_saw(channel))
    [concern] = await concerns_in(chat)
    assert concern.fields["disclosure"] == CHILD
    await chat.click("Replace it")
    trail = [line for line in (await trail_of(chat))[before:] if line[0] != "escalated"]  # the post's own line
    assert trail == [("details added", "Child's own words changed")]
    [concern] = await concerns_in(chat)
    assert concern.fields["disclosure"] == "he said he would kill me"
    await channel.wait_for(lambda c: any("would kill me" in s for s in head_saw(c)))
    assert len(channel.posts()) == 1


async def test_urgent_keep_as_it_is_adds_no_trail_line(chat: Chat, channel: FakeChannel) -> None:
    await asked(chat, "Edit: Evidence", "none", danger="yes")
    before = await trail_of(chat, people_only=True)
    await chat.click("Keep as it is")
    assert await trail_of(chat, people_only=True) == before
    [concern] = await concerns_in(chat)
    assert concern.fields["evidence"] == EVIDENCE


async def test_urgent_add_reaches_the_head_whole(chat: Chat, channel: FakeChannel) -> None:
    await asked(chat, "Edit: What happened", "Jake hit Sam", danger="yes")
    await chat.click("Add to it")
    [concern] = await concerns_in(chat)
    assert concern.fields["what"] == f"{WHAT}\nJake hit Sam"
    # "added to", not "changed": nothing the Headteacher read was taken out
    assert [d for a, d in await trail_of(chat) if a == "details added"][-1] == "What happened added to"
    await channel.wait_for(lambda c: any("Jake hit Sam" in s for s in head_saw(c)))


async def test_urgent_a_question_typed_while_it_waits_is_not_sent_to_the_head_as_the_evidence(
        chat: Chat, channel: FakeChannel) -> None:
    """Four words or fewer over a longer answer are asked about, but a question (as likely a word to the bot as
    anything) skips the asking: it replaces the evidence at once, and the Headteacher of an URGENT concern is sent
    "Evidence: Can I screenshot them?"."""
    await asked(chat, "Edit: Evidence", "none", danger="yes")
    await chat.say("Can I screenshot them?")
    [concern] = await concerns_in(chat)
    assert concern.fields["evidence"] == EVIDENCE


async def test_urgent_too_long_an_addition_changes_nothing_the_head_has(chat: Chat, channel: FakeChannel) -> None:
    await asked(chat, "Edit: Child's own words", "x" * 2990, danger="yes")
    await chat.click("Add to it")
    assert "longer than I can keep" in chat.text
    [concern] = await concerns_in(chat)
    assert concern.fields["disclosure"] == CHILD


# --- 4. The question waiting, and the message after it is not its answer ----------------------------------------

async def test_a_restart_while_it_waits_then_yes_does_not_replace_the_childs_words_unseen(db_url: str) -> None:
    """After a restart the report is shown again with the question about the words waiting (it was shown as its plain
    question, and "yes" then replaced the child's words with words no longer on screen)."""
    channel = FakeChannel()
    first = await open_runtime(make_settings(db_url), {"local": channel})
    async with running(first):
        chat = Chat(first)
        await asked(chat, "Edit: Child's own words", "he hit me")
    second = await open_runtime(make_settings(db_url), {"local": channel})
    async with running(second):
        chat = Chat(second)
        shown = await second.engine.resume(chat.conversation)
        assert "What you just typed" in shown[-1].text and "Replace it" in [b.label for b in shown[-1].buttons]
        await chat.say("yes")  # a child did tell me: never an answer to the question
        assert (await fields(chat))["disclosure"] == CHILD
        await chat.click("Edit: Child's own words")
        await chat.say("he hit me")
        await chat.click("Replace it")
        assert (await fields(chat))["disclosure"] == "he hit me"


@pytest.mark.parametrize("aside", ["report a concern", "my reports", "undo"])
async def test_a_word_to_the_bot_while_it_waits_then_yes_keeps_the_evidence(chat: Chat, aside: str) -> None:
    """"report a concern", "my reports" or "undo" between the question and "yes" (there is evidence): "yes" used to
    replace the evidence with "none", typed before and perhaps no longer shown."""
    await asked(chat, "Edit: Evidence", "none")
    await chat.say(aside)
    await chat.say("yes")
    assert (await fields(chat))["evidence"] == EVIDENCE


async def test_the_form_opened_while_it_waits_then_yes_keeps_the_childs_words(chat: Chat) -> None:
    await asked(chat, "Edit: Child's own words", "he hit me")
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    values = {f.name: f.value for f in opened.form.fields}
    assert values.get("disclosure") == CHILD  # the form holds the answer, not the words waiting
    await chat.say("yes")  # back in the chat: yes, a child told me
    assert (await fields(chat))["disclosure"] == CHILD


async def test_cancel_while_it_waits_cancels_the_edit_only(chat: Chat) -> None:
    await asked(chat, "Edit: Evidence", "none")
    await chat.say("cancel")
    assert "Edit cancelled" in chat.text and (await fields(chat))["evidence"] == EVIDENCE
    await chat.say("replace")  # the question is gone: not an answer to it
    assert (await fields(chat))["evidence"] == EVIDENCE


async def test_help_while_it_waits_then_replace_changes_nothing(chat: Chat) -> None:
    await asked(chat, "Edit: Evidence", "none")
    await chat.say("help")
    await chat.say("replace")
    assert (await fields(chat))["evidence"] != "none"


async def test_what_should_i_do_while_it_waits_is_help_and_keeps_the_answer(chat: Chat) -> None:
    await asked(chat, "Edit: Child's own words", "he hit me")
    await chat.say("what should I do now?")
    assert (await fields(chat))["disclosure"] == CHILD


# --- 5. The terminal's numbers ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("number", "expected"), [("1", "he hit me"), ("2", f"{CHILD}\nhe hit me"), ("3", CHILD)])
async def test_the_terminal_numbers_the_three_buttons_in_order(chat: Chat, number: str, expected: str) -> None:
    await asked(chat, "Edit: Child's own words", "he hit me")
    term = TerminalChat(chat.runtime, chat.user, chat.name, lambda: "", io.StringIO())
    term.show(chat.replies)
    msg = term.interpret(number)
    await chat.press(msg.action or "", msg.value)
    assert (await fields(chat))["disclosure"] == expected


# --- 6. Agreement, empty skippable steps, additions -----------------------------------------------------------

@pytest.mark.parametrize("said", ["ok", "thanks", "ok thnaks", "ok thanks"])
async def test_ok_at_an_empty_evidence_step_is_not_saved(chat: Chat, said: str) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Evidence")
    await chat.click("Skip")
    await chat.click("Remove it")
    await chat.click("Edit: Evidence")
    await chat.say(said)
    assert (await fields(chat))["evidence"] in ("", "Not given", "Not known") and said not in (
        await fields(chat))["evidence"]


@pytest.mark.parametrize("said", ["ok thnaks", "yes thats rigth", "perfcet thanks"])
async def test_agreement_through_a_slip_keeps_what_happened(chat: Chat, said: str) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: What happened")
    await chat.say(said)
    assert (await fields(chat))["what"] == WHAT


async def test_an_addition_past_3000_characters_by_and_is_refused(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: What happened")
    await chat.say("and " + "y" * 2950)
    assert "longer than I can keep" in chat.text and (await fields(chat))["what"] == WHAT
