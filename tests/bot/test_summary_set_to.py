"""A part named on the report's summary with what it should say ("change when to Monday", "where should be
snapchat") puts only what it should say in that part: "change when to Monday" made When "change when to Monday".
Each test is one teacher through the real engine, asserting the summary they see and what the sent report holds."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import walk_to_confirm
from tests.bot.test_summary_corrections import ASKED, EVIDENCE, fields, labels, sent
from tests.bot.when_stored import stored


@pytest.mark.parametrize(("typed", "part", "field", "value"), [
    ("change when to Monday", "When", "when", "Monday"),
    ("Change the date to 14/11 please", "When", "when", "14/11"),
    ("when should be yesterday afternoon", "When", "when", "yesterday afternoon"),
    ("change who is responsible to Mrs Patel", "Who is responsible", "responsible", "Mrs Patel"),
    ("where should be snapchat", "Where it happened", "platform", "snapchat"),
    ("set the child to Amy P, Year 4", "Who is affected", "affected", "Amy P, Year 4"),
    # an initial's full stop ends no sentence (a second sentence is asked about whole)
    ("change when to 3 p.m. on Friday", "When", "when", "3 p.m. on Friday"),
])
async def test_a_part_set_to_words_gets_only_those_words(chat: Chat, typed: str, part: str, field: str,
                                                         value: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(typed)
    said = chat.replies[0].text  # "I've changed “When” to “Monday”" (or "put … in as", where it was not given)
    assert ASKED not in chat.text and f"\u201c{value}\u201d" in said and f"\u201c{part}\u201d" in said
    assert "Here is your report" in chat.last.text and f"*{part}:* {stored(value)}\n" in chat.last.text
    assert (await sent(chat))[field] == stored(value)


async def test_who_alone_is_asked_which_with_only_the_name_waiting(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("change who to Mrs Patel")
    assert chat.last.text.startswith(ASKED) and "*What you just typed:* Mrs Patel\n" in chat.last.text
    assert (await fields(chat))["responsible"] != "Mrs Patel"  # nothing in until a part is pressed
    await chat.click("Who is responsible")
    assert (await sent(chat))["responsible"] == "Mrs Patel"


async def test_a_longer_answer_set_to_words_is_asked_replace_or_add_with_those_words(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("change the evidence to the screenshots on her iPad")
    assert labels(chat) == ["Replace it", "Add to it", "Keep as it is"] and EVIDENCE in chat.last.text
    await chat.click("Replace it")
    assert (await sent(chat))["evidence"] == "the screenshots on her iPad"


async def test_the_kind_set_to_a_kind_is_chosen_as_under_edit(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("set the kind to staff conduct")
    assert "*Kind of concern:* A member of staff's conduct, online or in person" in chat.last.text
    assert (await sent(chat))["category"] == "staff_conduct"


@pytest.mark.parametrize("typed", ["change it to Monday", "the child should be moved to another class",
                                   # what should be done with it, not what it should say: Where became "reported…"
                                   "the app should be reported to CEOP", "the evidence must be kept safe",
                                   # ...and "got rid of", a deed no list of words had
                                   "the app should be got rid of", "the app should be taken down",
                                   "the app should be properly looked into", "the app should be made private",
                                   "the app should be uninstalled", "the account should be shut down",
                                   "the app should be Banned"])
async def test_words_naming_no_part_are_asked_about_whole_as_before(chat: Chat, typed: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(typed)
    assert chat.last.text.startswith(ASKED) and f"*What you just typed:* {typed}" in chat.last.text


@pytest.mark.parametrize(("typed", "when", "where"), [
    ("change when to monday and where to the library", "monday", "the library"),
    ("when: monday, where: library", "monday", "library"),
    ("change when to friday and where to snapchat", "friday", "snapchat"),
    ("set where to snapchat and when to friday", "friday", "snapchat"),
    ("change the place to the bus, then when to friday", "friday", "the bus"),
    ("Where: library and when: friday", "friday", "library"),
    ("When: Monday\nWhere: Snapchat", "Monday", "Snapchat"),
    ("where should be snapchat and when should be friday", "friday", "snapchat"),
    ("change when to friday and where to snapchat, then send", "friday", "snapchat"),
])
async def test_two_parts_each_named_with_its_answer_are_both_changed(chat: Chat, typed: str, when: str,
                                                                     where: str) -> None:
    """Each part labelled with its own few words: both changed, each said, and the summary shown once with both (they
    were asked about whole, as one answer for one part to be pressed)."""
    await walk_to_confirm(chat)
    await chat.say(typed)
    assert ASKED not in chat.text
    assert "\u201cWhen\u201d" in chat.text and "\u201cWhere it happened\u201d" in chat.text
    assert chat.text.count("Here is your report") == 1 and "Here is your report" in chat.last.text
    assert f"*When:* {stored(when)}\n" in chat.last.text and f"*Where it happened:* {where}\n" in chat.last.text
    report = await sent(chat)
    assert (report["when"], report["platform"]) == (stored(when), where)


@pytest.mark.parametrize("typed", ["change when to friday and also he has her number",
                                   "change when to please",
                                   # "who" is one of two parts: asked, never guessed, so neither is put in
                                   "change who to Mrs Patel and where to snapchat",
                                   # the same part twice, a choice, or a long part beside a short one
                                   "change when to monday and when to tuesday",
                                   "change when to friday and the kind to staff conduct",
                                   "change when to friday and the evidence to screenshots",
                                   "change when to friday and where to the bus. he also hit her"])
async def test_words_that_are_not_one_parts_answer_are_asked_about_whole(chat: Chat, typed: str) -> None:
    """More told beside the answer, nothing but a please, or parts set together of which one is not a short part's
    plain answer: no part gets the words after "to" (When said "please"); the whole message waits for a part to be
    pressed."""
    await walk_to_confirm(chat)
    await chat.say(typed)
    assert chat.last.text.startswith(ASKED) and f"*What you just typed:* {typed}" in chat.last.text
    assert (await fields(chat))["when"] == stored("Saturday night")


@pytest.mark.parametrize(("typed", "value"), [("set when to tuesday, please send", "tuesday"),
                                              ("change when to tuesday and send it", "tuesday"),
                                              ("change when to tuesday then send", "tuesday"),
                                              # as "send it asap" alone sends (`says_send`): one list of the words
                                              ("set when to tuesday, send it asap", "tuesday"),
                                              ("change when to tuesday then send it off", "tuesday"),
                                              # "now" before send is the answer's: When said "just"
                                              ("change when to just now, send it", "just now")])
async def test_send_asked_for_after_a_short_answer_is_not_part_of_it(chat: Chat, typed: str, value: str) -> None:
    """The change is made and shown on the summary, the report not sent until Send is pressed on it."""
    await walk_to_confirm(chat)
    await chat.say(typed)
    assert "Here is your report" in chat.last.text and f"*When:* {stored(value)}\n" in chat.last.text
    assert (await sent(chat))["when"] == stored(value)


async def test_send_words_inside_what_happened_are_kept(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("change what happened to he told her to delete it and send it")
    await chat.click("Replace it")
    assert (await sent(chat))["what"] == "he told her to delete it and send it"


@pytest.mark.parametrize(("typed", "part", "field", "value"), [
    ("Where: library", "Where it happened", "platform", "library"),
    ("When: Friday 3pm", "When", "when", "Friday 3pm"),
])
async def test_a_part_typed_as_the_summary_labels_it_gets_only_its_answer(chat: Chat, typed: str, part: str,
                                                                         field: str, value: str) -> None:
    """"Where: library" put in as the summary shows it: Where said "Where: library" once its part was pressed."""
    await walk_to_confirm(chat)
    await chat.say(typed)
    assert f"*{part}:* {stored(value)}\n" in chat.last.text
    assert (await sent(chat))[field] == stored(value)


@pytest.mark.parametrize(("typed", "field"), [
    ("change when to Monday\nAlso he sent her a photo of himself", "when"),
    ("change when to Monday. He sent her a photo of himself too", "when"),
    ("where should be snapchat, and he also messaged her on tiktok", "platform"),
    ("What happened: he sent her a photo of himself\nWhen: Monday", "what"),
])
async def test_a_second_line_or_sentence_is_never_put_in_the_part_named_first(chat: Chat, typed: str,
                                                                              field: str) -> None:
    """More told on a line or in a sentence of its own, or a long part labelled before a second: the whole message is
    asked about, as "friday and also he has her number" is (When said "Monday\\nAlso he sent her a photo…")."""
    await walk_to_confirm(chat)
    before = (await fields(chat))[field]
    await chat.say(typed)
    assert chat.last.text.startswith(ASKED) and (await fields(chat))[field] == before


@pytest.mark.parametrize(("typed", "first", "second"), [
    # the first part's answer has an "and" of its own: the second part's name and answer went into the first
    ("change affected to Sam and Tom and responsible to Jo", ("affected", "Sam and Tom"), ("responsible", "Jo")),
    ("change who is affected to Amy, Ben and who is responsible to Cal", ("affected", "Amy, Ben"),
     ("responsible", "Cal")),
    ("change where to snapchat and instagram and when to monday", ("platform", "snapchat and instagram"),
     ("when", "monday")),
])
async def test_a_first_answer_with_and_in_it_keeps_the_second_part_out_of_it(
        chat: Chat, typed: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    await walk_to_confirm(chat)
    await chat.say(typed)
    assert ASKED not in chat.text and chat.text.count("Here is your report") == 1
    report = await sent(chat)
    assert (report[first[0]], report[second[0]]) == (first[1], stored(second[1]))
