"""A part's value on the summary followed by a comma and a clause that tells more ("change platform to snapchat, he
added her there and when to monday") is not a clean value: the whole message is asked about, nothing misfiled (Where
became "snapchat, he added her there"). A name's or a day's own comma still sets the part. Real engine, as typed."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import walk_to_confirm
from tests.bot.test_summary_corrections import ASKED, fields, sent
from tests.bot.when_stored import stored

TOLD = "change platform to snapchat, he added her there and when to monday"


@pytest.mark.parametrize("typed", [TOLD, "change platform to snapchat, he added her there",
                                   "change when to monday - she told me at break",
                                   "change where to snapchat, because that is where he messaged her",
                                   "change when to Saturday, after he messaged her",
                                   "change when to monday, her mum told me at pickup",
                                   "change where to snapchat, his brother added her there"])
async def test_a_clause_after_a_part_s_value_asks_about_the_whole_and_changes_nothing(chat: Chat,
                                                                                      typed: str) -> None:
    await walk_to_confirm(chat)
    before = await fields(chat)

    await chat.say(typed)

    assert chat.last.text.startswith(ASKED), chat.last.text
    assert f"*What you just typed:* {typed}\n" in chat.last.text
    assert await fields(chat) == before  # nothing in until a part is pressed
    assert "I've changed" not in chat.text


async def test_the_words_then_go_whole_where_the_teacher_says(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say(TOLD)
    await chat.click("What happened")
    await chat.click("Add to it")
    report = await sent(chat)
    assert report["platform"] == "WhatsApp" and report["when"] == stored("Saturday night")
    assert report["what"].endswith(TOLD)


@pytest.mark.parametrize(("typed", "field", "value"), [
    ("change where to snapchat, and when to monday", "when", "monday"),
    ("change when to Saturday, about 9pm", "when", "Saturday, about 9pm"),
    ("change responsible to Mrs Patel, the TA", "responsible", "Mrs Patel, the TA"),
    # a time or a person after the comma, no clause: each went to "Which part?", and the part chosen got the whole
    # message ("When: change when to Saturday, after school")
    ("change when to Saturday, after school", "when", "Saturday, after school"),
    ("change when to Friday, before registration", "when", "Friday, before registration"),
    ("change when to Saturday, I think", "when", "Saturday, I think"),
    ("change responsible to Mrs Patel, my class TA", "responsible", "Mrs Patel, my class TA"),
    ("change affected to Sam B, his older brother", "affected", "Sam B, his older brother"),
])
async def test_a_clean_value_with_a_comma_of_its_own_is_still_set(chat: Chat, typed: str, field: str,
                                                                  value: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(typed)
    assert ASKED not in chat.text
    assert (await sent(chat))[field] == stored(value)


@pytest.mark.parametrize(("typed", "part", "field", "value"), [
    ("change when to Tuesday, when she got home", "When", "when", "Tuesday, when she got home"),
    ("change where to snapchat, he added her there", "Where it happened", "platform", "snapchat, he added her there"),
])
async def test_the_part_it_named_chosen_takes_the_words_after_change_to_not_the_instruction(
        chat: Chat, typed: str, part: str, field: str, value: str) -> None:
    """Asked about whole, then the part the words named pressed: it said "When: change when to Tuesday, when she got
    home" (review revJ noticed), the instruction filed as the answer."""
    await walk_to_confirm(chat)
    await chat.say(typed)
    assert chat.last.text.startswith(ASKED)
    await chat.click(part)
    assert (await fields(chat))[field] == stored(value)
