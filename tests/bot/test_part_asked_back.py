"""Helper summary5: a person's name typed alone at *When?* ("Mr Davies", "her stepdad") was kept as when it happened,
and a time alone at *Who is affected?* ("last night at 9") as who: the DSL read "When: Mr Davies". Now each is asked
back with two buttons, as *Who is responsible?* asks of a time; a typed yes or no answers, and the step answered
plainly instead puts the words before where they looked to belong. Each test is one teacher through the real
engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_summary_corrections import fields

LOOKS_WHO = "looks like who is responsible, not when"
LOOKS_WHEN = "looks like when it happened, not who"


async def to_affected(chat: Chat) -> None:
    await chat.say("I need to report something")
    await chat.click("Online bullying")
    await chat.say("no")
    assert "Who is affected" in chat.last.text


async def to_when(chat: Chat) -> None:
    await to_affected(chat)
    await chat.say("Sam B, Year 5")
    await chat.click("Skip")
    await chat.click("WhatsApp")
    assert "When did it happen" in chat.last.text


@pytest.mark.parametrize("words", ["Mr Davies", "her stepdad", "Jake in year 6"])
async def test_a_person_alone_at_when_is_asked_back_and_put_as_who(chat: Chat, words: str) -> None:
    await to_when(chat)
    await chat.say(words)
    assert LOOKS_WHO in chat.last.text and "What happened?" not in chat.text
    await chat.click("Yes, it's who")
    assert "When did it happen" in chat.last.text  # asked again, the words moved
    await chat.say("yesterday after school")
    kept = await fields(chat)
    assert kept["responsible"] == words and kept["when"].startswith("yesterday after school")


@pytest.mark.parametrize(("typed", "part"), [("yes", "responsible"), ("yes please", "responsible"), ("no", "when")])
async def test_a_typed_yes_moves_the_words_and_a_typed_no_keeps_them(chat: Chat, typed: str, part: str) -> None:
    await to_when(chat)
    await chat.say("Mr Davies")
    await chat.say(typed)
    assert (await fields(chat))[part] == "Mr Davies"
    assert ("What happened?" if part == "when" else "When did it happen") in chat.last.text


async def test_a_time_typed_instead_keeps_the_name_as_who(chat: Chat) -> None:
    await to_when(chat)
    await chat.say("Mr Davies")
    await chat.say("on monday")
    kept = await fields(chat)
    assert kept["responsible"] == "Mr Davies" and kept["when"].startswith("on monday")
    assert "I've put \u201cMr Davies\u201d as who is responsible" in chat.text


async def test_a_time_alone_at_who_is_affected_is_asked_back_and_put_as_when(chat: Chat) -> None:
    await to_affected(chat)
    await chat.say("last night at 9")
    assert LOOKS_WHEN in chat.last.text and "Who is responsible" not in chat.text
    await chat.click("Yes, it's when")
    assert "Who is affected" in chat.last.text
    await chat.say("Sam B, Year 5")
    kept = await fields(chat)
    assert kept["affected"] == "Sam B, Year 5" and kept["when"].startswith("last night at 9")


async def test_a_name_typed_instead_at_who_is_affected_keeps_the_time_as_when(chat: Chat) -> None:
    await to_affected(chat)
    await chat.say("last night at 9")
    await chat.say("Sam B, Year 5")
    kept = await fields(chat)
    assert kept["affected"] == "Sam B, Year 5" and kept["when"].startswith("last night at 9")
    assert "Who is responsible" in chat.last.text


@pytest.mark.parametrize("words", ["last night at 9", "Sam B, Year 5"])
async def test_no_change_keeps_the_words_where_typed(chat: Chat, words: str) -> None:
    await to_affected(chat)
    await chat.say(words)
    if words == "last night at 9":
        await chat.click("No, keep it as who")
    assert (await fields(chat))["affected"] == words
    assert "Who is responsible" in chat.last.text


@pytest.mark.parametrize("words", ["last night about 9pm", "Saturday night", "after school on monday"])
async def test_ordinary_times_at_when_are_kept_as_before(chat: Chat, words: str) -> None:
    await to_when(chat)
    await chat.say(words)
    assert LOOKS_WHO not in chat.text and "What happened?" in chat.last.text
