"""Review revAA of helper summary5. An old button of the asked-back question (*When?* "Mr Davies" looks like who)
pressed after the other was put the words in two parts; "missing from the group chat" asked the danger question again
(or raised the URGENT alert at once), while "Sam is missing", "he was stabbed" and the like were asked only "Which
part?". Each test is one teacher through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_part_asked_back import to_affected, to_when
from tests.bot.test_summary_corrections import ASKED, fields

DANGER = "Is a child in immediate danger"
OLD_BUTTON = "That button belongs to an earlier question"


async def test_the_old_keep_button_after_yes_its_who_does_not_put_the_name_in_when_too(chat: Chat) -> None:
    await to_when(chat)
    await chat.say("Mr Davies")
    asked = list(chat.replies)
    await chat.click("Yes, it's who")
    chat.replies = asked
    await chat.click("No, keep it as when")
    assert OLD_BUTTON in chat.text and "When did it happen" in chat.last.text
    kept = await fields(chat)
    assert kept["responsible"] == "Mr Davies" and "when" not in kept


async def test_the_old_keep_button_after_yes_its_when_does_not_put_the_time_as_who_too(chat: Chat) -> None:
    await to_affected(chat)
    await chat.say("last night at 9")
    asked = list(chat.replies)
    await chat.click("Yes, it's when")
    chat.replies = asked
    await chat.click("No, keep it as who")
    assert OLD_BUTTON in chat.text and "Who is affected" in chat.last.text
    kept = await fields(chat)
    assert kept["when"].startswith("last night at 9") and "affected" not in kept


async def test_the_keep_button_pressed_while_asked_keeps_the_words_where_typed(chat: Chat) -> None:
    await to_when(chat)
    await chat.say("Mr Davies")
    await chat.click("No, keep it as when")
    assert "What happened?" in chat.last.text
    assert (await fields(chat))["when"] == "Mr Davies"


@pytest.mark.parametrize("words", ["Sam is missing", "Sam has been missing since lunch", "he was stabbed",
                                   "she was threatened with a knife", "she ran off with an older man",
                                   "he was left on his own all night"])
async def test_a_risk_told_of_the_child_on_the_summary_is_asked_about_or_alerted_not_which_part(
        chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert ASKED not in chat.text
    if not any(r.urgent for r in chat.replies):  # told as no danger now: asked again, the words kept
        assert DANGER in chat.last.text and words in chat.text
        await chat.click("Yes")
    [alert] = await concerns_in(chat)
    assert alert.urgent and words in alert.fields["what"]


@pytest.mark.parametrize("words", ["she went missing from the group chat", "he is missing from the chat",
                                   "Sam was missing from the class WhatsApp group", "the date is missing",
                                   "he ran off at lunch", "the knife emoji", "he said he'd kill me if I told — joking"])
async def test_ordinary_corrections_are_asked_which_part_with_no_danger_question_or_alert(
        chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert ASKED in chat.last.text and DANGER not in chat.text
    assert not any(r.urgent for r in chat.replies) and await concerns_in(chat) == []


async def test_an_old_yes_its_when_from_who_is_affected_pressed_at_who_is_responsible_changes_nothing(
        chat: Chat) -> None:
    # Both steps' "Yes, it's when" values share `as-when:`; the step at the head of a choice's value keeps them apart
    await to_affected(chat)
    await chat.say("last night at 9")
    asked = list(chat.replies)
    await chat.say("Sam B, Year 4")  # Who is affected answered instead: the time goes to When, as it looked
    assert "Who is responsible" in chat.last.text
    before = await fields(chat)
    chat.replies = asked
    await chat.click("Yes, it's when")
    assert OLD_BUTTON in chat.text and "Who is responsible" in chat.last.text
    assert await fields(chat) == before
