"""A correction typed on a report's summary instead of pressing Edit ("actually it was on monday at 3pm not
yesterday") is taken: the bot asks which part it changes, puts it there once a part is pressed, and shows the report
again. Never lost, never put anywhere unseen or unpressed. Each test is one teacher through the real engine,
asserting what they see and what the sent concern holds."""

from __future__ import annotations

import pytest

from bot.runtime import open_runtime, running
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_concern_report import concerns_in, kept_draft, to_what_happened, trail_of, walk_to_confirm
from tests.bot.when_stored import stored
from tests.fakes.escalation_channel import FakeChannel

ASKED = "Which part of your report should this change?"
PARTS = ["Kind of concern", "Child in immediate danger", "Who is affected", "Who is responsible", "Where it happened",
         "When", "What happened", "Child's own words", "Evidence", "Done so far"]
# walk_to_confirm's answers
EVIDENCE = "Sam's mum showed me the messages on her phone"
ACTIONS = "Told the class teacher"


async def fields(chat: Chat) -> dict[str, str]:
    return dict((await kept_draft(chat))[1].get("fields", {}))  # type: ignore[arg-type]


async def sent(chat: Chat) -> dict[str, str]:
    """Send the report from the summary shown, and what the concern holds."""
    await chat.click("Send report")
    [concern] = await concerns_in(chat)
    assert concern.complete
    return dict(concern.fields)


def cited(chat: Chat) -> list[str]:
    return [r.citation.clause_id for r in chat.replies if r.citation is not None]


def labels(chat: Chat) -> list[str]:
    return [b.label for b in chat.last.buttons]


async def typed_on_summary(chat: Chat, words: str, danger: str = "no") -> None:
    await walk_to_confirm(chat, danger=danger)
    await chat.say(words)
    assert chat.last.text.startswith(ASKED) and words in chat.last.text


# --- 1. The teacher's corrections, each put where they press --------------------------------------------------------

@pytest.mark.parametrize(("words", "part", "field", "before"), [
    ("actually it was on monday at 3pm not yesterday", "When", "when", "Saturday night"),
    ("sorry the child is Amy P in year 4 not year 5", "Who is affected", "affected", "Sam B, Year 5"),
    ("it was on instagram not facebook", "Where it happened", "platform", "WhatsApp"),
    ("no it was friday lunchtime", "When", "when", "Saturday night"),
])
async def test_a_correction_is_asked_about_offered_first_where_it_reads_and_taken_when_pressed(
        chat: Chat, words: str, part: str, field: str, before: str) -> None:
    await typed_on_summary(chat, words)
    assert labels(chat) == [part, *(p for p in PARTS if p != part), "Don't change anything"]
    assert (await fields(chat))[field] == stored(before)  # nothing changed by typing alone
    await chat.click(part)
    assert f"I've changed \u201c{part}\u201d to what you typed." in chat.text and before in chat.text
    assert "Here is your report" in chat.last.text and f"*{part}:* {words}" in chat.last.text
    assert (await sent(chat))[field] == stored(words)


async def test_words_adding_to_the_evidence_are_asked_replace_add_or_keep_then_added(chat: Chat) -> None:
    await typed_on_summary(chat, "also she showed me the screenshot")
    assert labels(chat)[0] == "Evidence"
    await chat.click("Evidence")
    assert labels(chat) == ["Replace it", "Add to it", "Keep as it is"] and EVIDENCE in chat.last.text
    await chat.click("Add to it")
    assert "Here is your report" in chat.last.text
    assert (await sent(chat))["evidence"] == f"{EVIDENCE}\nalso she showed me the screenshot"


async def test_done_so_far_replaced_when_the_teacher_says_replace(chat: Chat) -> None:
    await typed_on_summary(chat, "i rang her mum at home and told the DSL")
    assert labels(chat)[0] == "Done so far"
    await chat.click("Done so far")
    await chat.click("Replace it")
    assert (await sent(chat))["actions"] == "i rang her mum at home and told the DSL"


async def test_an_account_name_goes_where_none_was_given_without_a_second_question(chat: Chat) -> None:
    await typed_on_summary(chat, "the account was called @jayden_x")
    assert labels(chat)[0] == "Who is responsible"
    await chat.click("Who is responsible")
    assert "I've put what you typed in as \u201cWho is responsible\u201d" in chat.text
    assert (await sent(chat))["responsible"] == "the account was called @jayden_x"


async def test_words_that_name_no_part_are_offered_every_part_in_the_summarys_order(chat: Chat) -> None:
    await typed_on_summary(chat, "her friend Leo in 5C was there too")
    assert labels(chat) == [*PARTS, "Don't change anything"]
    await chat.click("Who is affected")  # "too": added to the child named, never put in their place
    assert "I've added what you typed to \u201cWho is affected\u201d" in chat.text
    assert (await sent(chat))["affected"] == "Sam B, Year 5\nher friend Leo in 5C was there too"


@pytest.mark.parametrize(("words", "first"), [
    # "did it" in a question about when or where is no one named as responsible
    ("where did it happen again?", "Kind of concern"),
    # "the class teacher" is a member of staff, not the class of the child affected
    ("the class teacher has seen the screenshots", "Evidence"),
    # a part named with a word between, or by its own name ("the danger is no", "she also said", "I've now told")
    ("the danger is actually yes, he's waiting outside", "Child in immediate danger"),
    ("she also said he threatened to share a photo", "Child's own words"),
    ("I've now told the DSL and rang mum", "Done so far"),
    ("police have been called", "Done so far"),
    ("it was 14/11", "When"),
    ("mum screenshotted them", "Evidence"),
])
async def test_a_part_is_offered_first_only_for_what_its_words_name(chat: Chat, words: str, first: str) -> None:
    await typed_on_summary(chat, words)
    assert labels(chat)[0] == first


async def test_a_part_typed_by_name_is_chosen(chat: Chat) -> None:
    await typed_on_summary(chat, "it was the 14th")
    await chat.say("the when please")
    assert (await sent(chat))["when"] == stored("it was the 14th")


@pytest.mark.parametrize(("said", "question"), [("change the evidence", "Is there evidence?"),
                                                ("edit: when", "When did it happen"), ("where", "Where did it happen"),
                                                ("the date is wrong", "When did it happen"),
                                                ("sorry wrong child", "Who is affected")])
async def test_a_part_named_on_the_summary_opens_it_as_its_edit_button_does(chat: Chat, said: str,
                                                                             question: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(said)
    assert ASKED not in chat.text and question in chat.last.text and "Keep as it is" in labels(chat)


# --- 2. Leaving the words out --------------------------------------------------------------------------------------

@pytest.mark.parametrize("leave", ["press", "no", "don't change anything", "cancel"])
async def test_dont_change_anything_leaves_the_report_as_it_was_and_keeps_the_words_nowhere(
        chat: Chat, leave: str) -> None:
    await walk_to_confirm(chat)
    before = await fields(chat)
    await chat.say("actually it was on monday at 3pm not yesterday")
    assert ASKED in chat.text
    if leave == "press":
        await chat.click("Don't change anything")
    else:
        await chat.say(leave)
    assert "Nothing changed" in chat.text and "Here is your report" in chat.last.text
    _, draft = await kept_draft(chat)
    assert "monday" not in str(draft) and await fields(chat) == before  # the report not cancelled either
    held = await sent(chat)
    assert "monday" not in str(held) and held["when"] == stored("Saturday night")


# --- 3. The kind and the danger answer: choices, opened as Edit opens them --------------------------------------------

async def test_the_kind_chosen_opens_the_kind_question_and_keeps_the_words_with_what_happened(chat: Chat) -> None:
    told = "actually it was her dad who posted it, not a pupil"
    await typed_on_summary(chat, told)
    what = (await fields(chat))["what"]
    await chat.click("Kind of concern")
    assert "not its answer" in chat.text and "added them to \u201cWhat happened\u201d" in chat.text
    assert "What kind of concern" in chat.last.text
    await chat.click("An inappropriate post by a parent")
    assert "Here is your report" in chat.last.text and told in chat.last.text
    held = await sent(chat)
    assert held["category"] == "parent_post" and held["what"] == f"{what}\n{told}"


async def test_danger_chosen_and_answered_yes_raises_the_alert_as_edit_does(chat: Chat, channel: FakeChannel) -> None:
    await typed_on_summary(chat, "I think she is at risk tonight, he knows where she lives")
    await chat.click("Child in immediate danger")
    await chat.click("Yes")
    assert any("URGENT concern C-0001" in r.text for r in chat.replies) and "Here is your report" in chat.last.text
    await channel.wait_for(lambda c: len(c.posts()) == 1 and c.posts()[0].view is not None
                           and c.posts()[0].view.urgent)
    # what the teacher typed reaches the Headteacher with the alert, as what happened
    [concern] = await concerns_in(chat)
    assert concern.fields["what"].endswith("\nI think she is at risk tonight, he knows where she lives")


# --- 4. Nothing sent or changed unpressed, stale presses, a restart ---------------------------------------------------

@pytest.mark.parametrize("word", ["yes", "send", "ok", "press", "thanks"])
async def test_send_or_yes_while_the_question_waits_does_not_send_without_the_words(chat: Chat, word: str) -> None:
    await walk_to_confirm(chat)
    summary = chat.button("Send report")
    await chat.say("it was on instagram not facebook")
    if word == "press":  # Send report, on the summary above the question
        await chat.press(summary.action, summary.value)
    else:
        await chat.say(word)
    assert await concerns_in(chat) == [] and ASKED in chat.last.text
    assert "it was on instagram not facebook" in chat.last.text
    await chat.click("Where it happened")
    assert (await sent(chat))["platform"] == "it was on instagram not facebook"


async def test_a_part_pressed_twice_changes_nothing_more(chat: Chat) -> None:
    await typed_on_summary(chat, "actually it was on monday at 3pm not yesterday")
    button = chat.button("When")
    await chat.press(button.action, button.value)
    await chat.click("Edit: When")
    await chat.say("Monday 3pm")
    await chat.press(button.action, button.value)  # the first question's When, again
    assert "no longer waiting" in chat.text and (await fields(chat))["when"] == stored("Monday 3pm")


async def test_a_part_left_from_earlier_words_changes_nothing_and_the_words_now_still_wait(chat: Chat) -> None:
    await typed_on_summary(chat, "it was on instagram not facebook")
    stale = chat.button("Where it happened")
    await chat.click("Don't change anything")
    await chat.say("actually it was on monday at 3pm not yesterday")
    await chat.press(stale.action, stale.value)
    assert "no longer waiting" in chat.text and ASKED in chat.last.text and "monday" in chat.last.text
    assert (await fields(chat))["platform"] == "WhatsApp"
    await chat.click("When")
    held = await sent(chat)
    assert held["platform"] == "WhatsApp" and held["when"] == stored("actually it was on monday at 3pm not yesterday")


async def test_a_restart_while_the_question_waits_shows_it_again(db_url: str) -> None:
    channel = FakeChannel()
    first = await open_runtime(make_settings(db_url), {"local": channel})
    async with running(first):
        await typed_on_summary(Chat(first), "sorry the child is Amy P in year 4 not year 5")
    second = await open_runtime(make_settings(db_url), {"local": channel})
    async with running(second):
        chat = Chat(second)
        shown = await second.engine.resume(chat.conversation)
        assert ASKED in shown[-1].text and "Amy P in year 4" in shown[-1].text
        chat.replies = shown
        await chat.click("Who is affected")
        assert (await sent(chat))["affected"] == "sorry the child is Amy P in year 4 not year 5"


@pytest.mark.parametrize("aside", ["report a concern", "help", "my reports"])
async def test_a_word_to_the_bot_while_it_waits_shows_the_question_again(chat: Chat, aside: str) -> None:
    await typed_on_summary(chat, "it was on instagram not facebook")
    await chat.say(aside)
    assert ASKED in chat.last.text and "instagram" in chat.last.text
    await chat.click("Where it happened")
    assert (await sent(chat))["platform"] == "it was on instagram not facebook"


async def test_new_words_while_it_waits_are_kept_and_asked_about_after_the_earlier(chat: Chat) -> None:
    await typed_on_summary(chat, "it was on instagram")
    await chat.say("sorry I mean snapchat")
    assert "left out" not in chat.text and "*What you typed before:* it was on instagram" in chat.last.text
    await chat.click("Don't change anything")
    assert "sorry I mean snapchat" in chat.last.text
    await chat.click("Where it happened")
    assert (await sent(chat))["platform"] == "sorry I mean snapchat"


async def test_edit_pressed_while_it_waits_opens_that_answer_and_shows_the_words(chat: Chat) -> None:
    await walk_to_confirm(chat)
    edit = chat.button("Edit: When")
    await chat.say("actually it was on monday at 3pm not yesterday")
    await chat.press(edit.action, edit.value)
    assert "monday at 3pm" in chat.text and "When did it happen" in chat.last.text
    await chat.say("Monday 3pm")
    assert (await sent(chat))["when"] == stored("Monday 3pm")


# --- 5. What stays as it was on the summary ---------------------------------------------------------------------------

@pytest.mark.parametrize("bare", ["thanks", "ok thanks", "no", "hello", "\U0001f44d", "that's all correct", "all done",
                                  "what?", "no that's wrong", "change it", "nothing else", "no, that's all"])
async def test_bare_words_are_not_asked_about_the_correction_after_them_is(chat: Chat, bare: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(bare)
    assert ASKED not in chat.text and "Here is your report" in chat.last.text
    assert ("Which part is wrong? Press its Edit button" in chat.text) == (bare in ("no that's wrong", "change it"))
    await chat.say("it was on instagram not facebook")
    assert ASKED in chat.last.text


async def test_a_question_typed_on_the_summary_is_answered_once_the_teacher_says_so(chat: Chat) -> None:
    # one the policy surely answers is answered at once (tests/bot/test_questions_mid_report.py); this, unsurely
    await typed_on_summary(chat, "is it ok to message her on facebook")  # read as about where: that part first
    assert labels(chat) == ["Where it happened", *(p for p in PARTS if p != "Where it happened"),
                            "Don't change anything", "It was a question"]
    before = await fields(chat)
    await chat.click("It was a question")
    assert cited(chat) == ["APX.3"]
    assert "unchanged and not sent yet" in chat.text and "Here is your report" in chat.last.text
    assert await fields(chat) == before and not await concerns_in(chat)
    assert (await sent(chat))["actions"] == ACTIONS


async def test_it_was_a_question_typed_while_the_part_is_asked_answers_it(chat: Chat) -> None:
    await typed_on_summary(chat, "is it ok to message her on facebook")
    left = chat.button("It was a question")
    await chat.say("it was a question")
    assert cited(chat) == ["APX.3"] and "Here is your report" in chat.last.text
    await chat.press(left.action, left.value)  # the button left from the question: nothing twice
    assert cited(chat) == [] and "Here is your report" in chat.last.text


async def test_a_question_to_the_bot_that_is_not_the_policys_can_still_be_left_out(chat: Chat) -> None:
    await typed_on_summary(chat, "should I also tell her parents?")
    assert "press It was a question" in chat.last.text
    await chat.click("Don't change anything")
    assert (await sent(chat))["actions"] == ACTIONS


async def test_a_correction_right_after_words_offered_back_is_taken(chat: Chat) -> None:
    """The last answer a policy question, offered back on the summary: a correction typed then is asked about too."""
    await to_what_happened(chat)
    await chat.say("Nasty messages in the class group chat")
    await chat.click("No disclosure")
    await chat.click("Skip")
    await chat.say("can I post sports day photos?")
    assert chat.last.buttons[-1].label == "It was a question"
    await chat.say("it was on whatsapp")
    await chat.click("Where it happened")
    assert (await sent(chat))["platform"] == "it was on whatsapp"


# --- 6. An URGENT report: the Headteacher's copy and the trail ----------------------------------------------------

async def test_urgent_a_correction_reaches_the_head_once_pressed_with_the_trail_saying_changed(
        chat: Chat, channel: FakeChannel) -> None:
    await typed_on_summary(chat, "actually it was on monday at 3pm not yesterday", danger="yes")
    [concern] = await concerns_in(chat)
    assert concern.fields["when"] == stored("Saturday night")  # waiting words reach no one
    before = len(await trail_of(chat))
    await chat.click("When")
    [concern] = await concerns_in(chat)
    assert concern.fields["when"] == stored("actually it was on monday at 3pm not yesterday")
    assert concern.fields.get("earlier_when") == stored("Saturday night")  # what the Head first read, kept
    assert [d for a, d in (await trail_of(chat))[before:] if a == "details added"] == ["When changed"]
    await channel.wait_for(lambda c: any("monday at 3pm" in str(s.view.summary) for s in c.sent
                                         if s.view is not None))


async def test_urgent_dont_change_anything_adds_nothing_to_the_trail(chat: Chat) -> None:
    await typed_on_summary(chat, "it was on instagram not facebook", danger="yes")
    before = await trail_of(chat, people_only=True)
    await chat.click("Don't change anything")
    assert await trail_of(chat, people_only=True) == before
    [concern] = await concerns_in(chat)
    assert concern.fields["platform"] == "WhatsApp"



@pytest.mark.parametrize("said", ["send it please", "please send", "send report thanks", "Send it please!"])
async def test_send_said_politely_on_the_summary_sends(chat: Chat, said: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(said)
    assert ASKED not in chat.text and "Press 'Send report'" not in chat.text
    [concern] = await concerns_in(chat)
    assert concern.complete and concern.reference in chat.text
