"""Two or more people typed at *When?* as one message ("Sam and Leo", "Jake Smith, Leo B") were kept as when it
happened, where one person alone ("Mr Davies") is asked back (helper notices7): the DSL read "When: Sam and Leo". Now
they are asked about together, as one person is; a time, a season or months joined the same way are kept as when.
Each test is one teacher through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_part_asked_back import to_when
from tests.bot.test_summary_corrections import fields

LOOK_WHO = "look like who is responsible, not when"
LOOKS_WHO = "looks like who is responsible, not when"


@pytest.mark.parametrize("words", [
    "Sam and Leo", "Jake Smith, Leo B", "Ava, Mia and Noah", "Priya & Tom", "her stepdad and his friend",
    "Mr Davies and Mrs Khan", "Leo B. and Oscar",
])
async def test_people_named_together_at_when_are_asked_back_and_put_as_who(chat: Chat, words: str) -> None:
    await asked_back_at_when_and_kept_as_who(chat, words)


async def asked_back_at_when_and_kept_as_who(chat: Chat, words: str) -> None:
    """`words` typed at When are asked about as who; said so, they are Who is responsible and When is asked again."""
    await to_when(chat)
    await chat.say(words)
    assert LOOKS_WHO in chat.last.text and "What happened?" not in chat.text
    await chat.click("Yes, it's who")
    assert "When did it happen" in chat.last.text
    await chat.say("yesterday after school")
    kept = await fields(chat)
    assert kept["responsible"] == words and kept["when"].startswith("yesterday after school")


@pytest.mark.parametrize("words", [
    "Christmas and New Year", "Easter and Christmas", "May and June", "Monday and Tuesday", "break and lunch",
    "Maths and English", "Halloween, Bonfire Night", "sam and leo was it monday",
])
async def test_times_joined_the_same_way_are_kept_as_when(chat: Chat, words: str) -> None:
    await to_when(chat)
    await chat.say(words)
    assert LOOKS_WHO not in chat.text and LOOK_WHO not in chat.text and "What happened?" in chat.last.text


@pytest.mark.parametrize("words", ["Sam & Leo's mum", "Leo's mum", "Jake and Priya's dad"])
async def test_someone_named_by_a_childs_name_is_asked_back(chat: Chat, words: str) -> None:
    """Review revAL: "Leo's mum" (the apostrophe typed) was kept as when, alone or beside a name."""
    await to_when(chat)
    await chat.say(words)
    assert LOOKS_WHO in chat.last.text or LOOK_WHO in chat.last.text


@pytest.mark.parametrize("words", ["Summer and Autumn", "Spring and Summer", "Winter, Spring"])
async def test_seasons_joined_are_kept_as_when(chat: Chat, words: str) -> None:
    """Review revAL: a season's word may be a name ("Summer"), so "Summer and Autumn" was asked back as who."""
    await to_when(chat)
    await chat.say(words)
    assert LOOKS_WHO not in chat.text and LOOK_WHO not in chat.text and "What happened?" in chat.last.text
