"""The report conversation's bare words, words typed over an answer shown (replace, add or keep?) and reminders for
a report set aside, as scripted teachers (a second review's scripts, 2026-11-30; each failed before its fix). Each
test is one conversation through the real engine. No word a teacher typed to the bot may stand in for an answer, and
no answer given may be lost without the teacher being told."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.draft_reminders import DRAFT_REMINDER_AFTER
from bot.outbox import OutboxWorker
from bot.runtime import Runtime, open_runtime, running
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_concern_report import (
    concerns_in,
    kept_draft,
    start_routine,
    to_the_childs_words,
    to_what_happened,
    trail_of,
    walk_to_confirm,
)
from tests.bot.test_draft_reminders import (
    WINTER,
    alice,
    at_school,
    draft_entries,
    left_at,
    start_draft,
    touched,
)
from tests.fakes.escalation_channel import FakeChannel

EVIDENCE = "Sam's mum showed me the messages on her phone"
CHILD = "They said everyone in the chat wants me gone"
WHAT = "A group chat of Year 5s has been sending Sam nasty messages and a vote on who hates him."
TELLING = "A man keeps messaging a Year 4 girl on Snapchat asking to meet her"
IDLE = DRAFT_REMINDER_AFTER + timedelta(minutes=1)


async def fields(chat: Chat) -> dict[str, str]:
    return dict((await kept_draft(chat))[1]["fields"])  # type: ignore[arg-type]


async def asked_keep_or_remove(chat: Chat, edit: str) -> None:
    """From the summary, Edit a step with an answer and press Skip (No disclosure at the child's words): "Press Keep
    as it is to leave it and go on, Remove it (or type remove)…"."""
    await walk_to_confirm(chat)
    await chat.click(edit)
    await chat.click("No disclosure" if "own words" in edit else "Skip")
    assert "Remove it" in [b.label for b in chat.last.buttons]


async def urgent_at_what_happened(chat: Chat, channel: FakeChannel) -> None:
    """A disclosure typed straight in, a child in danger: the alert gone, the four short steps skipped, at "What
    happened?" with the telling shown as the answer so far."""
    await chat.say(TELLING)
    await chat.click("Online bullying")
    await chat.click("Yes")
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    for _ in range(4):
        await chat.say("skip")
    assert "What happened" in chat.last.text and "Your answer so far" in chat.last.text


# --- 1. Skip's keep-or-remove question: a teacher's words about the answer must never become the answer ---------

@pytest.mark.parametrize("said", ["no, it's fine", "no that's right", "nope, that's fine thanks", "no it's right"])
async def test_no_its_fine_to_keep_or_remove_keeps_the_childs_words(chat: Chat, said: str) -> None:
    """A regression of 0e9135d: d63da43 kept the child's words for these (its `_KEEP_NO`); now the DSL reads
    "Child's own words: no, it's fine" and the child's real words are gone."""
    await asked_keep_or_remove(chat, "Edit: Child's own words")
    await chat.say(said)
    assert (await fields(chat))["disclosure"] == CHILD


@pytest.mark.parametrize("said", ["no, it's fine", "no that's right"])
async def test_no_its_fine_to_keep_or_remove_keeps_the_evidence(chat: Chat, said: str) -> None:
    await asked_keep_or_remove(chat, "Edit: Evidence")
    await chat.say(said)
    assert (await fields(chat))["evidence"] == EVIDENCE


@pytest.mark.parametrize("said", ["keep her words", "no, keep what she said", "no dont", "don't keep it",
                                  "remove the child's words"])
async def test_keep_or_remove_said_in_other_words_is_never_the_childs_words(chat: Chat, said: str) -> None:
    """Whatever the teacher meant, their instruction must not be filed as a quotation from the child."""
    await asked_keep_or_remove(chat, "Edit: Child's own words")
    await chat.say(said)
    assert (await fields(chat))["disclosure"] in (CHILD, "No disclosure")


@pytest.mark.parametrize("said", ["remove the evidence please", "take the evidence out", "no, delete it, it's wrong",
                                  "yes get rid"])
async def test_remove_said_in_other_words_is_never_stored_as_the_evidence(chat: Chat, said: str) -> None:
    await asked_keep_or_remove(chat, "Edit: Evidence")
    await chat.say(said)
    assert (await fields(chat))["evidence"] in (EVIDENCE, "")


@pytest.mark.parametrize("said", ["yes keep it", "leave it in", "\U0001f44d", "no thanks"])
async def test_keep_said_plainly_keeps_the_childs_words(chat: Chat, said: str) -> None:
    await asked_keep_or_remove(chat, "Edit: Child's own words")
    await chat.say(said)
    assert (await fields(chat))["disclosure"] == CHILD and "Here is your report" in chat.last.text


# --- 2. A child's own words --------------------------------------------------------------------------------------

@pytest.mark.parametrize("said", ['"delete it"', "\u201cleave it\u201d", "'don't remove it'"])
async def test_a_childs_words_in_quotes_over_earlier_ones_are_kept_as_said(chat: Chat, said: str) -> None:
    """README: a child's words in quotes are kept as said. Typed over the child's words shown (the teacher
    correcting them), quoted "delete it" took the child's words out (No disclosure) and quoted "leave it" kept the
    old ones: read as commands through the quotes."""
    await walk_to_confirm(chat)
    await chat.click("Edit: Child's own words")
    await chat.say(said)
    assert (await fields(chat))["disclosure"] == CHILD  # new words over a child's: replace, add, or keep?
    await chat.click("Replace it")
    assert (await fields(chat))["disclosure"] == said


@pytest.mark.parametrize("said", ["and then he said don't tell your mum", "leave it", "don't remove it",
                                  "also my brother does it"])
async def test_a_childs_words_beginning_with_and_or_saying_leave_it_are_kept_exactly(chat: Chat, said: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)
    assert (await fields(chat))["disclosure"] == said


async def test_more_of_the_childs_words_do_not_silently_wipe_the_first(chat: Chat) -> None:
    """The teacher remembers more of what the child said and types it, beginning "and", over the words shown: the
    first words vanish and nothing says so (README: additions are not added at a child's words, but then the teacher
    must at least be told their earlier words were replaced)."""
    await walk_to_confirm(chat)
    await chat.click("Edit: Child's own words")
    await chat.say("and he said he would kill me if I told")
    disclosure = (await fields(chat))["disclosure"]
    assert CHILD in disclosure or "replaced" in chat.text.lower()


@pytest.mark.parametrize("said", ["should I tell the DSL?", "what should I do?", "who do I tell?"])
async def test_a_question_to_the_bot_at_the_childs_words_is_not_filed_as_them_unsaid(chat: Chat, said: str) -> None:
    """At every other step these are Help; here they are filed silently as the child's own words, which the DSL reads
    as a quotation. A child may say "what should I do?", so keeping them can be right, but then with the note the
    step gives other command-like words ("I've kept what you wrote as the child's own words…")."""
    await to_the_childs_words(chat)
    await chat.say(said)
    kept = (await fields(chat)).get("disclosure")
    assert kept != said or "kept what you wrote as the child's own words" in chat.text


async def test_yes_she_did_over_the_childs_words_keeps_them_and_yes_over_no_disclosure_asks(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Child's own words")
    await chat.say("yes she did")
    assert (await fields(chat))["disclosure"] == CHILD and "Here is your report" in chat.last.text
    await chat.click("Edit: Child's own words")
    await chat.click("No disclosure")
    await chat.click("Remove it")
    assert (await fields(chat))["disclosure"] == "No disclosure"
    await chat.click("Edit: Child's own words")
    await chat.say("Yes, she told me")
    assert (await fields(chat))["disclosure"] == "No disclosure" and "exact words" in chat.text


# --- 3. The account of what happened: agreeing, adding ----------------------------------------------------------

@pytest.mark.parametrize("said", ["yes thats rigth", "ok thnaks", "ok thx", "yep thats corect", "all goood",
                                  "yes, that's what happened", "yes thats all", "great, thanks so much"])
async def test_agreeing_with_a_typo_or_in_other_words_never_replaces_the_account(chat: Chat, said: str) -> None:
    """The one answer a report needs, replaced by the teacher's "ok thx": the DSL would read only that."""
    await walk_to_confirm(chat)
    await chat.click("Edit: What happened")
    await chat.say(said)
    assert (await fields(chat))["what"] == WHAT


@pytest.mark.parametrize("said", ["thats right ta", "correct thank you", "yes \U0001f44d\U0001f3fb",
                                  "sounds right to me", "no changes thanks", "yes leave it as it is"])
async def test_agreeing_as_the_readme_lists_keeps_the_account(chat: Chat, said: str) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: What happened")
    await chat.say(said)
    assert (await fields(chat))["what"] == WHAT and "Here is your report" in chat.last.text


async def test_an_addition_that_would_pass_3000_characters_never_replaces_the_account(chat: Chat) -> None:
    """A long account (2,980 characters), gone back to, and "and she had a bruise on her arm": too long to add, so
    `adding_to` gives up and the words replace the whole account, with nothing said."""
    account = "She told me about the messages. " * 93
    assert 2900 < len(account) <= 3000
    await to_what_happened(chat)
    await chat.say(account)
    await chat.say("back")
    assert "Your answer so far" in chat.last.text
    await chat.say("and she had a bruise on her arm")
    what = (await fields(chat))["what"]
    assert account.strip() in what or "too long" in chat.text.lower() or "longer than" in chat.text


async def test_an_addition_too_long_on_an_urgent_report_does_not_replace_what_the_head_has(
        chat: Chat, channel: FakeChannel) -> None:
    account = TELLING + ". " + "He has sent her many messages since the summer. " * 61
    assert 2940 < len(account.strip()) <= 3000
    await to_what_happened(chat, danger="yes")
    await chat.say(account)
    await chat.say("back")
    await chat.say("and he sent her a photo of himself last night")
    [concern] = await concerns_in(chat)
    assert account.strip() in concern.fields["what"], concern.fields["what"][:80]


async def test_and_then_nothing_happened_is_added_to_the_account(chat: Chat) -> None:
    """Is "and then nothing happened" a new answer? Added below the account, and said so: nothing is lost."""
    await walk_to_confirm(chat)
    await chat.click("Edit: What happened")
    await chat.say("and then nothing happened for a week")
    assert (await fields(chat))["what"] == f"{WHAT}\nand then nothing happened for a week"
    assert "Added to your answer" in chat.text


async def test_also_known_as_is_added_to_who_is_responsible(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Who is responsible")
    await chat.say("Jake M in 5B")
    await chat.click("Edit: Who is responsible")
    await chat.say("Also known as jd_2014 on Roblox")
    assert (await fields(chat))["responsible"] == "Jake M in 5B\nAlso known as jd_2014 on Roblox"


async def test_a_name_beginning_and_is_a_new_answer_not_an_addition(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Who is affected")
    await chat.say("Andy P, Year 3")
    assert (await fields(chat))["affected"] == "Andy P, Year 3" and "Added" not in chat.text


# --- 4. An URGENT report: agreement, additions, one alert, the trail -----------------------------------------

async def test_agreeing_through_an_urgent_report_sends_one_alert_and_no_changed_lines(
        chat: Chat, channel: FakeChannel) -> None:
    await urgent_at_what_happened(chat, channel)
    await chat.say("yes that's right")
    await chat.say("'he said he loves me'")  # a child's words in single quotes
    await chat.say("skip")
    await chat.say("skip")
    assert "Here is your report" in chat.last.text
    await chat.click("Edit: Child in immediate danger")
    await chat.say("ok \U0001f44d")
    await chat.click("Edit: What happened")
    await chat.say("looks good to me")
    await chat.click("Send report")
    [concern] = await concerns_in(chat)
    assert concern.urgent and concern.fields["what"] == TELLING
    assert concern.fields["danger"] == "yes" and concern.fields["disclosure"] == "'he said he loves me'"
    trail = await trail_of(chat)
    assert [a for a, _ in trail].count("reported") == 1
    assert not any("What happened" in d or "danger" in d.lower() for _, d in trail[1:])
    await channel.wait_for(lambda c: len(c.of("update")) >= 2)
    assert len(channel.posts()) == 1  # one alert, never a second


async def test_an_addition_on_an_urgent_report_reaches_the_head_whole(chat: Chat, channel: FakeChannel) -> None:
    await urgent_at_what_happened(chat, channel)
    await chat.say("yes, and he sent her a photo of himself")
    [concern] = await concerns_in(chat)
    assert concern.fields["what"] == f"{TELLING}\nand he sent her a photo of himself"
    assert ("details added", "What happened added to") in await trail_of(chat)
    assert len(channel.posts()) == 1


@pytest.mark.parametrize("said", ["ok", "thanks", "ok will do"])
async def test_an_ok_to_the_act_now_message_is_not_sent_to_the_head_as_who_is_affected(
        chat: Chat, channel: FakeChannel, said: str) -> None:
    """"Please act now: speak to the DSL in person…" is answered "ok" by a teacher who read it: stored as "Who is
    affected: ok" and sent to the Headteacher on the URGENT concern at once."""
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.click("Yes")
    assert "Please act now" in chat.text and "Who is affected" in chat.last.text
    await chat.say(said)
    [concern] = await concerns_in(chat)
    assert concern.fields.get("affected", "") in ("", None)


async def test_ok_after_the_urgent_alert_on_an_agreed_danger_answer_never_alerts_twice(
        chat: Chat, channel: FakeChannel) -> None:
    await walk_to_confirm(chat, danger="yes")
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    await chat.click("Edit: Child in immediate danger")
    await chat.say("all good")
    await chat.click("Edit: Child in immediate danger")
    await chat.say("that's correct thanks")
    assert (await fields(chat))["danger"] == "yes"
    await chat.click("Send report")
    assert len(channel.posts()) == 1


# --- 5. Back, Skip, Undo, Help, a restart -----------------------------------------------------------------------

async def test_back_then_agreeing_keeps_each_answer_gone_back_to(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("Jake M")
    await chat.say("back")
    await chat.say("yes that's right")
    await chat.say("back")
    await chat.say("back")
    await chat.say("ok thanks")
    assert (await fields(chat))["affected"] == "Sam B, Year 5"
    assert (await fields(chat))["responsible"] == "Jake M"


async def test_undo_after_a_cancel_then_agreeing_keeps_the_answer(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("cancel")
    await chat.say("undo")
    await chat.say("back")
    assert "Your answer so far" in chat.last.text
    await chat.say("\U0001f44d")
    assert (await fields(chat))["affected"] == "Sam B, Year 5"


@pytest.mark.parametrize("said", ["who do I tell?", "should I tell the head?", "what should I do now?"])
async def test_what_to_do_at_a_short_step_is_help_and_changes_nothing(chat: Chat, said: str) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Who is affected")
    await chat.say(said)
    assert "Finishing this report is how the Designated Safeguarding Lead is told" in chat.text
    assert (await fields(chat))["affected"] == "Sam B, Year 5"


async def test_a_restart_at_the_keep_or_remove_question_then_keep_it_keeps_it(db_url: str) -> None:
    channel = FakeChannel()
    first = await open_runtime(make_settings(db_url), {"local": channel})
    async with running(first):
        chat = Chat(first)
        await asked_keep_or_remove(chat, "Edit: Child's own words")
    second = await open_runtime(make_settings(db_url), {"local": channel})
    async with running(second):
        chat = Chat(second)
        shown = await second.engine.resume(chat.conversation)
        assert "report in progress" in shown[0].text
        await chat.say("yes keep it")
        assert (await fields(chat))["disclosure"] == CHILD


# --- 6. A report set aside, and its reminder ---------------------------------------------------------------------


async def set_aside(chat: Chat, urgent_b: bool = False) -> None:
    """Report A begun and cancelled, report B begun (urgent or not), undo: A back and B set aside; A then sent."""
    await start_draft(chat)
    await chat.say("cancel")
    await chat.say("report a concern")
    await chat.click("Online bullying")
    if urgent_b:
        await chat.click("Yes")
    else:
        await chat.say("no")
    await chat.say("Sam B, Year 5")
    await chat.say("undo")
    assert "set aside" in chat.text and "Where did it happen" in chat.last.text
    await chat.click("Skip")
    await chat.click("Skip")
    await chat.say("A parent posted abuse about a colleague on Facebook")
    for press in ("No disclosure", "Skip", "Skip", "Send report"):
        await chat.click(press)
    assert "report set aside" in chat.text


async def delivered_reminders(runtime: Runtime, channel: FakeChannel) -> list[str]:
    await runtime.outbox.deliver_due()
    return [n.text for n in channel.of("notify") if n.key.startswith("draft:")]


async def test_an_urgent_report_set_aside_is_not_said_to_be_unseen_by_the_dsl(quiet: Runtime,
                                                                              channel: FakeChannel) -> None:
    """Its URGENT alert went to the Headteacher when it was begun; the set-aside reminder says "the Designated
    Safeguarding Lead hasn't seen it", as no reminder of a draft in progress with its alert gone does."""
    chat = alice(quiet)
    await set_aside(chat, urgent_b=True)
    assert await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE) == 1
    [text] = await delivered_reminders(quiet, channel)
    assert "set aside" in text and "hasn't seen it" not in text


async def test_a_reminder_then_delete_deletes_it_and_no_reminder_follows(quiet: Runtime, channel: FakeChannel) -> None:
    chat = alice(quiet)
    await set_aside(chat)
    assert await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE) == 1
    assert len(await delivered_reminders(quiet, channel)) == 1
    await chat.say("delete")
    assert "deleted for good" in chat.text
    assert await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE + timedelta(days=1)) == 0
    await chat.say("undo")
    assert "no cancelled report to bring back" in chat.text.lower() or "nothing" in chat.text.lower()


async def test_a_reminder_then_cancel_says_it_is_set_aside_and_deletes_nothing(quiet: Runtime,
                                                                                channel: FakeChannel) -> None:
    chat = alice(quiet)
    await set_aside(chat)
    await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE)
    await delivered_reminders(quiet, channel)
    await chat.say("cancel")
    assert "set aside" in chat.text and "delete" in chat.text
    await chat.say("undo")
    assert "Who is responsible" in chat.last.text and (await fields(chat))["affected"] == "Sam B, Year 5"


async def test_another_report_begun_withdraws_the_reminder_and_is_reminded_of_itself(
        quiet: Runtime, channel: FakeChannel) -> None:
    chat = alice(quiet)
    await set_aside(chat)
    assert await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE) == 1
    await chat.say("report a concern")  # before the reminder went
    assert "set aside" in chat.text
    await chat.click("Online bullying")
    assert await delivered_reminders(quiet, channel) == []
    assert await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE) == 1
    [text] = await delivered_reminders(quiet, channel)
    assert "hasn't been sent yet" in text and "Type help here" in text


async def test_a_set_aside_reminder_survives_a_restart_and_a_second_worker_raises_none(
        quiet: Runtime, channel: FakeChannel) -> None:
    chat = alice(quiet)
    await set_aside(chat)
    later = await touched(quiet) + IDLE
    second = OutboxWorker(quiet.store, quiet.channels, quiet.settings)
    assert await quiet.outbox.raise_draft_reminders(later) == 1
    assert await second.raise_draft_reminders(later) == 0
    assert len(await draft_entries(quiet)) == 1
    shown = await quiet.engine.resume(chat.conversation)  # coming back: named, not in progress
    assert any("set aside" in r.text for r in shown)
    await chat.say("carry on")
    assert "Who is responsible" in chat.last.text
    assert await delivered_reminders(quiet, channel) == []  # carried on first: withdrawn


async def test_a_report_set_aside_at_night_is_reminded_of_at_half_past_seven(school: Runtime,
                                                                               channel: FakeChannel) -> None:
    chat = alice(school)
    await set_aside(chat)
    await left_at(school, at_school(WINTER, 22))
    morning = WINTER + timedelta(days=1)
    assert await school.outbox.raise_draft_reminders(at_school(morning, 1)) == 0
    assert await school.outbox.raise_draft_reminders(at_school(morning, 7, 30)) == 1
    [text] = await delivered_reminders(school, channel)
    assert "set aside" in text and "Type undo here" in text



async def test_new_words_over_a_childs_are_added_or_replace_them_only_when_the_teacher_says(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Child's own words")
    await chat.say("and he said he would kill me if I told")
    assert "Replace it" in [b.label for b in chat.last.buttons] and (await fields(chat))["disclosure"] == CHILD
    await chat.click("Add to it")
    assert (await fields(chat))["disclosure"] == f"{CHILD}\nand he said he would kill me if I told"
    assert "Here is your report" in chat.last.text
    await chat.click("Edit: Child's own words")
    await chat.say("I want to go home")
    stale = chat.button("Replace it")
    await chat.click("Keep as it is")  # the words typed are left out
    assert (await fields(chat))["disclosure"] == f"{CHILD}\nand he said he would kill me if I told"
    await chat.click("Edit: Child's own words")
    await chat.press(stale.action, stale.value)  # left on screen from words no longer waiting
    assert "no longer waiting" in chat.text and "I want to go home" not in (await fields(chat))["disclosure"]


async def test_a_few_words_over_a_longer_answer_are_asked_about_and_replace_it_when_told(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Evidence")
    await chat.say("none")  # over "Sam's mum showed me the messages on her phone": a slip, or the new answer?
    assert "*What you just typed:* none" in chat.text and (await fields(chat))["evidence"] == EVIDENCE
    await chat.say("replace")
    assert (await fields(chat))["evidence"] == "none" and "Here is your report" in chat.last.text
    await chat.click("Edit: Who is affected")
    await chat.say("Leo M")  # a short answer over a short one: a correction, taken as typed
    assert (await fields(chat))["affected"] == "Leo M"


async def test_an_addition_too_long_says_so_and_changes_nothing(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Child's own words")
    await chat.say("x" * 2990)
    await chat.click("Add to it")
    assert "longer than I can keep" in chat.text and (await fields(chat))["disclosure"] == CHILD
