"""The summary, third pass (helper `summary3`): a second concern typed while "Which part?" waits is asked about as
one typed on the summary is, when its turn comes; more of the same incident (who did it, more of what was said)
told with new names is asked which part it changes, never "part of this report or new?", while a different child
or a different harm still is; the kind read from a report's opening is an offer only until it is kept; and what
teachers type at the summary and at "Which part?" is read as they mean it. Each test is one teacher through the
real engine, asserting what they see, what the report holds and what the Headteacher gets."""

from __future__ import annotations

import pytest

from bot import actions
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, kept_draft, walk_to_confirm
from tests.bot.test_summary_corrections import ASKED, fields

NEW_QUESTION = "Is this part of this report, or a new concern?"
NEW = "also a different thing - a parent posted abuse about Mrs Khan on facebook"
TOLD = "A parent posted abuse about Mrs Khan on facebook"
CORRECTION = "actually it was on sunday"


def labels(chat: Chat) -> list[str]:
    return [b.label for b in chat.last.buttons]


# --- 1. A second concern typed while "Which part?" waits --------------------------------------------------------------

async def test_a_new_concern_typed_while_which_part_waits_is_asked_about_as_a_new_concern(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say(CORRECTION)
    await chat.say(NEW)
    assert NEW in chat.text and "Kept" in chat.text and ASKED in chat.last.text
    assert "ask which part that changes" not in chat.text  # not promised a part question it will not get
    await chat.click("When")
    assert "*When:* actually it was on sunday" in chat.text
    assert chat.last.text.startswith(NEW_QUESTION) and f"*What you typed next:* {NEW}" in chat.last.text
    assert "Add it to this report" in labels(chat) and "Send this report, then a new one" in labels(chat)
    assert await concerns_in(chat) == []  # nothing sent yet
    await chat.click("Send this report, then a new one")
    [first] = await concerns_in(chat)
    assert first.complete and NEW not in " ".join(dict(first.fields).values())  # the first report is its own
    assert dict(first.fields)["when"].startswith(CORRECTION)
    _, draft = await kept_draft(chat)
    assert draft["fields"]["what"] == TOLD  # type: ignore[index]


async def test_a_new_concern_queued_behind_a_new_concern_is_asked_about_in_turn(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say(NEW)
    assert chat.last.text.startswith(NEW_QUESTION)
    second = "separately, Mr Jones has been messaging a year 6 girl on snapchat"
    await chat.say(second)
    assert "Kept" in chat.text and chat.last.text.startswith(NEW_QUESTION)
    await chat.click("Don't change anything")
    assert chat.last.text.startswith(NEW_QUESTION) and f"*What you typed next:* {second}" in chat.last.text


async def test_an_ordinary_correction_queued_is_still_asked_which_part(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say(CORRECTION)
    await chat.say("it was on instagram not whatsapp")
    await chat.click("When")
    assert ASKED in chat.last.text and labels(chat)[0] == "Where it happened"
    await chat.click("Where it happened")
    held = await fields(chat)
    assert held["platform"] == "it was on instagram not whatsapp" and held["when"].startswith(CORRECTION)


async def test_a_new_concern_queued_behind_replace_or_add_is_asked_about_as_one(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("also she showed me the screenshot")
    await chat.click("Evidence")
    assert "Replace it" in labels(chat)
    await chat.say(NEW)
    assert "Kept" in chat.text
    await chat.click("Add to it")
    assert chat.last.text.startswith(NEW_QUESTION) and NEW in chat.last.text


# --- 2. More of the same incident, with new names -----------------------------------------------------------------

@pytest.mark.parametrize(("words", "first"), [
    ("Jake in year 6 is the one bullying him on snapchat", "Who is responsible"),
    ("Jake in year 6 is the one bullying him", "Who is responsible"),
    ("Leo in year 6 has been sending him threats on instagram", "Who is responsible"),
    ("Jake from year 6 keeps messaging him on insta calling him gay", "Who is responsible"),
    ("Leo said he would beat him up at the park on friday", None),
])
async def test_more_of_the_same_incident_is_asked_which_part_not_whether_new(chat: Chat, words: str,
                                                                             first: str | None) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert chat.last.text.startswith(ASKED) and NEW_QUESTION not in chat.text
    if first:
        assert labels(chat)[0] == first
    await chat.click(labels(chat)[0])
    assert words in " ".join((await fields(chat)).values())


@pytest.mark.parametrize("words", [
    "Ellie in year 2 is being bullied by Leo on tiktok",  # another child
    "Leo in year 6 has been sending her threats on instagram",  # a her, in a report that says only him
    "Leo posted a photo of him on snapchat",  # another harm: a pupil's image
    "mr jones has been messaging him on snapchat",  # an adult's doing
    "a girl in year 2 told me her dad hits her on facetime",
])
async def test_a_different_child_or_harm_is_still_asked_whether_new(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    if "hits her" in words:  # a new risk: the danger question first (since helper summary4)
        assert "Is a child in immediate danger" in chat.last.text
        await chat.click("No")
    assert chat.last.text.startswith(NEW_QUESTION)


# --- 3. The kind read from the opening is offered, not chosen, until kept -----------------------------------------

OPENING = "a parent has posted on facebook that mrs khan is useless and should be sacked"
PARENT_POST = "An inappropriate post by a parent, carer or visitor"


async def test_a_form_opened_while_the_kind_is_only_offered_has_no_kind_chosen(chat: Chat) -> None:
    await chat.say(OPENING)
    assert f"*Your answer so far:* {PARENT_POST}" in chat.last.text
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    form = {f.name: f.value for f in opened.form.fields}
    assert form["category"] == "" and form["what"] == OPENING  # the teacher's words, but no kind chosen for them
    # sent without choosing one, the form asks for it: never filed under a kind nobody chose
    [refused] = await chat.press(actions.FORM_SUBMIT, form={**{k: v for k, v in form.items() if v},
                                                            "_context": opened.form.value})
    assert refused.form is not None and refused.form.has_errors and await concerns_in(chat) == []


async def test_a_report_cancelled_while_the_kind_is_offered_is_not_named_by_it(chat: Chat) -> None:
    await chat.say(OPENING)
    await chat.say("cancel")
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say("cancel")
    await chat.say("undo")  # the later one back; the first listed by when it began, with no kind nobody chose
    assert "You have more kept" in chat.text
    assert "(Online bullying" in chat.text.split("You have more kept")[0]  # the one back, its kind chosen
    assert PARENT_POST not in chat.text.split("You have more kept")[1].split("\n")[0]


async def test_a_report_brought_back_offers_its_kind_again_still_to_keep(chat: Chat) -> None:
    await chat.say(OPENING)
    await chat.say("cancel")
    await chat.say("undo")
    assert f"*Your answer so far:* {PARENT_POST}" in chat.text and "Keep as it is" in labels(chat)
    _, draft = await kept_draft(chat)
    assert "category" not in draft["fields"]  # type: ignore[operator]


async def test_the_offered_kind_is_kept_only_when_the_teacher_keeps_it(chat: Chat) -> None:
    await chat.say(OPENING)
    _, draft = await kept_draft(chat)
    assert "category" not in draft["fields"]  # type: ignore[operator]
    await chat.say("help")
    assert f"*Your answer so far:* {PARENT_POST}" in chat.last.text
    await chat.click("Keep as it is")
    assert "immediate danger" in chat.last.text
    _, draft = await kept_draft(chat)
    assert draft["fields"]["category"] == "parent_post"  # type: ignore[index]


async def test_a_practical_question_while_the_kind_is_offered_names_the_kind_it_follows(chat: Chat) -> None:
    await chat.say(OPENING)
    await chat.say("should i screenshot it?")
    assert f"guidance for \u201c{PARENT_POST}\u201d" in chat.text  # whose guidance it is, said
    assert f"*Your answer so far:* {PARENT_POST}" in chat.last.text and "Keep as it is" in labels(chat)
    _, draft = await kept_draft(chat)
    assert "category" not in draft["fields"]  # type: ignore[operator]


# --- 4. What teachers type at the summary and at "Which part?" ---------------------------------------------------

@pytest.mark.parametrize("words", ["actually dont send", "wait, don't send it yet!", "dont send it yet please"])
async def test_dont_send_on_the_summary_holds_the_report_and_changes_nothing(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    before = await fields(chat)
    await chat.say(words)
    assert chat.replies[0].text.startswith("Not sent") and ASKED not in chat.text
    assert "Here is your report" in chat.last.text and await fields(chat) == before
    assert await concerns_in(chat) == []


@pytest.mark.parametrize("words", ["also", "oh and", "one more thing..."])
async def test_a_lead_in_alone_on_the_summary_waits_for_the_rest(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    before = await fields(chat)
    await chat.say(words)
    assert chat.replies[0].text.startswith("Go on: type what you'd like to add") and ASKED not in chat.text
    assert await fields(chat) == before
    await chat.say("he also sent him a voice note")  # the rest, asked about as ever
    assert chat.last.text.startswith(ASKED)


@pytest.mark.parametrize("words", ["actually dont send", "also"])
async def test_dont_send_or_a_lead_in_at_which_part_is_a_pause_not_more_words(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(CORRECTION)
    await chat.say(words)
    assert "Kept" not in chat.text and ASKED in chat.last.text and CORRECTION in chat.last.text
    await chat.click("When")
    assert "Here is your report" in chat.last.text and ASKED not in chat.last.text  # nothing else was queued


@pytest.mark.parametrize(("words", "part"), [
    ("the one doing it is Jake R in 6B", "Who is responsible"),
    ("the perpetrator is Jake R", "Who is responsible"),
])
async def test_who_did_it_puts_who_is_responsible_first(chat: Chat, words: str, part: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert chat.last.text.startswith(ASKED) and labels(chat)[0] == part


async def test_not_that_the_day_at_which_part_chooses_when(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("sorry it was on sunday not saturday")
    await chat.say("not that, the day")
    assert "I've changed \u201cWhen\u201d" in chat.text
    assert (await fields(chat))["when"].startswith("sorry it was on sunday not saturday")


async def test_scrap_that_at_which_part_leaves_the_words_out(chat: Chat) -> None:
    await walk_to_confirm(chat)
    before = await fields(chat)
    await chat.say(CORRECTION)
    await chat.say("scrap that")
    assert "Nothing changed" in chat.text and "Here is your report" in chat.last.text
    assert await fields(chat) == before


async def test_remove_a_part_named_on_the_summary_opens_it(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("can you remove the evidence bit")
    assert ASKED not in chat.text and chat.last.text.startswith("Is there evidence?")
    assert "Keep as it is" in labels(chat)
