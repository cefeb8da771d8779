"""Bare words in the report conversation (yes, no, ok, thanks, 👍, keep it, remove it) and doubtful reports, as
scripted teachers: each test is one conversation a Headteacher, DSL or teacher might have (a review's scripts,
2026-11-30; each failed before its fix). No word a teacher typed to the bot may stand in for an answer."""

from __future__ import annotations

import pytest

from bot import actions
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import (
    concerns_in,
    kept_draft,
    to_the_childs_words,
    to_what_happened,
    walk_to_confirm,
)
from tests.fakes.escalation_channel import FakeChannel

EVIDENCE = "Sam's mum showed me the messages on her phone"
CHILD = "They said everyone in the chat wants me gone"


async def fields(chat: Chat) -> dict[str, str]:
    return dict((await kept_draft(chat))[1]["fields"])  # type: ignore[arg-type]


async def skip_asked_at(chat: Chat, edit: str) -> None:
    """On the summary, Edit a step with an answer and press Skip (No disclosure at the child's words): asked to keep or
    remove it."""
    await walk_to_confirm(chat)
    await chat.click(edit)
    await chat.click("No disclosure" if "own words" in edit else "Skip")
    assert "Remove it" in [b.label for b in chat.last.buttons] or "Remove it" in chat.text


async def doubtful_to_what_happened(chat: Chat, opening: str = "dad hit her") -> None:
    """A doubtful report, its kind chosen, no danger, the short steps skipped: at "What happened?" with the opening
    words shown as the answer so far."""
    await chat.say(opening)
    await chat.click("Another online-safety concern")
    await chat.click("No")
    for _ in range(4):
        await chat.say("skip")
    assert "What happened" in chat.last.text and opening in chat.last.text


# --- 1. Skip's keep-or-remove question: replies that say keep or remove must never become the answer -------------

@pytest.mark.parametrize("said", ["yes remove it", "yes please remove it", "yes take it out"])
async def test_yes_remove_it_to_keep_or_remove_at_the_childs_words_is_never_the_childs_words(chat: Chat,
                                                                                           said: str) -> None:
    await skip_asked_at(chat, "Edit: Child's own words")
    await chat.say(said)
    # the DSL must not read "Child's own words: yes remove it"; removing leaves No disclosure
    assert (await fields(chat))["disclosure"] == "No disclosure"
    assert said not in chat.last.text


@pytest.mark.parametrize("said", ["don't remove it", "leave it in", "nah", "yes keep it"])
async def test_keep_said_in_words_to_keep_or_remove_keeps_the_childs_words(chat: Chat, said: str) -> None:
    await skip_asked_at(chat, "Edit: Child's own words")
    await chat.say(said)
    assert (await fields(chat))["disclosure"] == CHILD


@pytest.mark.parametrize("said", ["nah", "don't remove it", "leave it in", "yes keep it"])
async def test_keep_said_in_words_to_keep_or_remove_keeps_the_evidence(chat: Chat, said: str) -> None:
    await skip_asked_at(chat, "Edit: Evidence")
    await chat.say(said)
    assert (await fields(chat))["evidence"] == EVIDENCE


@pytest.mark.parametrize("said", ["yes remove it", "no, remove it"])
async def test_remove_said_in_words_to_keep_or_remove_is_not_stored_as_the_evidence(chat: Chat, said: str) -> None:
    await skip_asked_at(chat, "Edit: Evidence")
    await chat.say(said)
    assert (await fields(chat))["evidence"] == "" and "Taken out of your report" in chat.text


@pytest.mark.parametrize("said", ["no", "No!", "no, keep it", "No - keep it", "no thanks", "\U0001f44d"])
async def test_no_or_a_thumb_to_keep_or_remove_keeps_the_evidence(chat: Chat, said: str) -> None:
    await skip_asked_at(chat, "Edit: Evidence")
    await chat.say(said)
    assert (await fields(chat))["evidence"] == EVIDENCE and "Here is your report" in chat.last.text


async def test_a_plain_no_over_a_childs_words_then_no_again_keeps_them(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Child's own words")
    await chat.say("no")  # over a child's words: asked first, as Skip does
    assert "Remove it" in [b.label for b in chat.last.buttons]
    await chat.say("no")
    assert (await fields(chat))["disclosure"] == CHILD


# --- 2. "Did a child tell you about this?": a yes is not the child's words -------------------------------------

@pytest.mark.parametrize("said", ["yes she did", "yes, she told me", "Yes he did."])
async def test_yes_she_did_over_no_disclosure_asks_for_the_childs_words(chat: Chat, said: str) -> None:
    """A teacher who pressed No disclosure, then on the summary remembers the child did tell them."""
    await to_the_childs_words(chat)
    await chat.click("No disclosure")
    await chat.say("skip")
    await chat.say("skip")
    assert "Here is your report" in chat.last.text
    await chat.click("Edit: Child's own words")
    await chat.say(said)
    assert (await fields(chat))["disclosure"] == "No disclosure"  # never "yes she did" as the child's words
    assert "exact words" in chat.text


async def test_yes_she_did_after_going_back_over_no_disclosure_asks_for_the_childs_words(chat: Chat) -> None:
    await to_the_childs_words(chat)
    await chat.say("no")
    assert "Noted: no disclosure" in chat.text
    await chat.say("back")
    await chat.say("yes she did")
    assert (await fields(chat))["disclosure"] == "No disclosure" and "exact words" in chat.text


@pytest.mark.parametrize("said", ["'yes'", "\u2018yes\u2019", "'that's right'"])
async def test_a_childs_yes_in_british_single_quotes_is_kept_as_their_words(chat: Chat, said: str) -> None:
    """The prompt says to type the child's word in quotes; a UK teacher's quotes are single ones."""
    await to_the_childs_words(chat)
    await chat.say(said)
    assert (await fields(chat)).get("disclosure") == said


@pytest.mark.parametrize("said", ["\u201cyes\u201d", "\u201cno\u201d", "\u201cok\u201d", "\u201cthanks\u201d", '"yes"'])
async def test_a_childs_one_word_in_double_quotes_is_kept(chat: Chat, said: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)
    assert (await fields(chat)).get("disclosure") == said


@pytest.mark.parametrize("said", ["yes", "ok", "yes she told me", "\U0001f44d", "ok thanks", "Yes, she did, thanks"])
async def test_yes_with_nothing_given_asks_for_the_childs_words(chat: Chat, said: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)
    assert "write down the child's exact words" in chat.text and not (await fields(chat)).get("disclosure")


# --- 3. Agreeing with the answer shown keeps it ---------------------------------------------------------------

@pytest.mark.parametrize("said", ["ok \U0001f44d", "yes \u2705", "That's all correct", "Looks good to me",
                                  "yes that's still right", "no change", "unchanged", "that's fine as it is"])
async def test_agreeing_in_other_words_keeps_the_evidence_shown(chat: Chat, said: str) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Evidence")
    assert "Your answer so far" in chat.last.text
    await chat.say(said)
    assert (await fields(chat))["evidence"] == EVIDENCE


@pytest.mark.parametrize("said", ["ok thanks", "yes that's right", "\U0001f44d", ":+1:", "all good", "Ok, thank you.",
                                  "\U0001f44d\U0001f44d", "fine thanks"])
async def test_agreeing_keeps_who_is_affected_and_what_has_been_done(chat: Chat, said: str) -> None:
    await walk_to_confirm(chat)
    for edit, name, answer in (("Edit: Who is affected", "affected", "Sam B, Year 5"),
                               ("Edit: Done so far", "actions", "Told the class teacher")):
        await chat.click(edit)
        await chat.say(said)
        assert (await fields(chat))[name] == answer and "Here is your report" in chat.last.text


@pytest.mark.parametrize("said", ["ok", "ok thanks", "\U0001f44d", "all good"])
async def test_agreeing_with_the_danger_answer_shown_keeps_it(chat: Chat, channel: FakeChannel, said: str) -> None:
    """README: words that only agree with the answer shown keep it "at every step"; at the danger question they
    are asked again as unclear."""
    await walk_to_confirm(chat, danger="yes")
    await chat.click("Edit: Child in immediate danger")
    assert "Your answer so far" in chat.last.text
    await chat.say(said)
    assert "Here is your report" in chat.last.text and (await fields(chat))["danger"] == "yes"


async def test_agreeing_on_an_urgent_report_keeps_the_telling_the_head_was_sent(
        chat: Chat, channel: FakeChannel) -> None:
    telling = "A man keeps messaging a Year 4 girl on Snapchat asking to meet her"
    await chat.say(telling)
    await chat.click("Online bullying")
    await chat.click("Yes")
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    for _ in range(4):
        await chat.say("skip")
    assert "Your answer so far" in chat.last.text
    await chat.say("yes that's right")
    assert "Did a child tell you" in chat.last.text
    await chat.say("\U0001f44d")  # to the child's words, nothing given: asked for them, not stored
    assert "exact words" in chat.last.text
    [concern] = await concerns_in(chat)
    assert concern.urgent and concern.fields["what"] == telling and not concern.fields.get("disclosure")
    assert len(channel.posts()) == 1  # one alert, never a second


# --- 4. The one required answer -------------------------------------------------------------------------------

async def test_yes_and_more_at_what_happened_keeps_the_opening_words(chat: Chat) -> None:
    """"dad hit her", then at What happened (shown as the answer so far) "yes, and she had a bruise…": the DSL
    must still read who hit her."""
    await doubtful_to_what_happened(chat)
    await chat.say("yes, and she had a bruise on her arm")
    assert (await fields(chat))["what"] == "dad hit her\nand she had a bruise on her arm"
    assert "Added to your answer" in chat.text and "Did a child tell you" in chat.last.text


@pytest.mark.parametrize("said", ["ok", "\U0001f44d", "yes"])
async def test_a_bare_ok_is_not_what_happened(chat: Chat, said: str) -> None:
    """The one answer a report cannot do without, nothing shown: "ok" or 👍 is not an account."""
    await to_what_happened(chat, "Another online-safety concern")
    await chat.say(said)
    assert (await fields(chat)).get("what") in (None, "") and "What happened" in chat.last.text


# --- 5. Doubtful reports ------------------------------------------------------------------------------------

async def test_help_and_a_restart_at_a_doubtful_report_explain_the_button(chat: Chat) -> None:
    await chat.say("uncle touching y1")
    await chat.say("help")
    assert "It was a question" in chat.replies[0].text and "Nothing has been sent" in chat.replies[0].text
    shown = await chat.runtime.engine.resume(chat.conversation)
    assert "may be a concern" in shown[0].text and "press It was a question" in shown[-1].text


@pytest.mark.parametrize("said", ["should I tell the DSL?", "what should I do?"])
async def test_a_question_to_the_bot_is_not_sent_to_the_dsl_as_what_happened(chat: Chat, said: str) -> None:
    """README: words at the first question that tell nothing and name no kind ("who do i tell?") are asked again;
    these are kept and go to the DSL inside What happened once a kind is chosen."""
    await chat.say("dad hit her")
    await chat.say(said)
    await chat.click("Another online-safety concern")
    assert (await fields(chat))["what"] == "dad hit her"


async def test_what_do_i_do_with_a_question_mark_is_help_at_a_doubtful_report(chat: Chat) -> None:
    """README lists "what do i do" as Help at the first question; typed with its question mark it is not."""
    await chat.say("dad hit her")
    await chat.say("what do i do?")
    assert "Pick the closest kind" in chat.text


async def test_a_kept_question_then_it_was_a_question_answers_it_and_undo_brings_the_disclosure_back(
        chat: Chat) -> None:
    await chat.say("dad hit her")
    await chat.say("what does the policy say about photos")
    assert "reads as a question" in chat.text
    await chat.click("It was a question")
    assert chat.replies[0].text.startswith("Report cancelled.") and "Undo" in chat.text
    await chat.say("undo")
    assert (await fields(chat))["what"] == "dad hit her" and "It was a question" in [b.label for b in chat.last.buttons]
    await chat.click("Another online-safety concern")
    assert "immediate danger" in chat.last.text and (await fields(chat))["what"] == "dad hit her"


@pytest.mark.parametrize("said", ["no, it's a real concern", "No it's not a question", "yes", "ok thanks"])
async def test_words_that_keep_a_doubtful_report_keep_it(chat: Chat, said: str) -> None:
    await chat.say("dad hit her")
    await chat.say(said)
    assert "What kind of concern" in chat.last.text and "Report cancelled" not in chat.text
    assert (await fields(chat))["what"] == "dad hit her"


async def test_a_doubtful_disclosure_in_a_channel_is_not_told_to_report_it_there(chat: Chat) -> None:
    """In a channel others read, the reply must not say "report it here… type report a concern" beside "Let's keep
    this private: others can read this channel", and one press must not just repeat the same offer."""
    staff = Chat(chat.runtime, user="local:bob", conversation="local:staffroom", extra={actions.EXTRA_GROUP: "1"})
    replies = await staff.say("dad hit her")
    assert all(r.private for r in replies) and "dad hit her" not in staff.text
    assert "report it here" not in staff.text
    assert await concerns_in(staff) == []


async def test_more_told_at_a_doubtful_first_question_ends_the_offer_and_stays_as_what_happened(chat: Chat) -> None:
    await chat.say("dad hit her")
    await chat.say("she told me this morning, she has a bruise on her arm")
    assert "It was a question" not in [b.label for b in chat.last.buttons]
    await chat.click("Another online-safety concern")
    await chat.say("not sure")  # treated as urgent: the alert carries both tellings
    [concern] = await concerns_in(chat)
    assert concern.urgent and "bruise" in concern.fields["what"] and "dad hit her" in concern.fields["what"]
