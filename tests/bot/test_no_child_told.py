"""At "Did a child tell you about this?", words only a teacher could mean as "no" ("no child told me", "n/a", "not a
child, a parent showed me") are no disclosure, not a child's words for the DSL to read; anything a child could have
said stays the child's words."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import kept_draft, to_the_childs_words


@pytest.mark.parametrize("said", [
    "no child told me", "No child has told me anything.", "n/a", "N/A", "not applicable", "no, not a child",
    "not from a pupil", "nobody told me", "no one said anything about it", "no disclosure made",
    "no children involved", "no one told me, I saw it",
])
async def test_a_teacher_s_no_is_no_disclosure(chat: Chat, said: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)

    assert "Noted: no disclosure." in chat.text and "child's own words" not in chat.text.lower()
    _, draft = await kept_draft(chat)
    assert draft["fields"]["disclosure"] == "No disclosure"  # type: ignore[index]
    assert "Is there evidence?" in chat.last.text


@pytest.mark.parametrize(("said", "told"), [
    ("not a child, a parent showed me the post", "a parent showed me the post"),
    ("no child told me, I have screenshots of it", "I have screenshots of it"),
    ("there was no disclosure, a parent sent me the screenshot", "a parent sent me the screenshot"),
])
async def test_what_follows_the_no_is_kept_as_what_happened(chat: Chat, said: str, told: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)

    _, draft = await kept_draft(chat)
    fields = draft["fields"]
    assert fields["disclosure"] == "No disclosure"  # type: ignore[index]
    assert fields["what"] == f"Messages at night\n{told}"  # type: ignore[index]
    assert "noted what you wrote as what happened" in chat.text


@pytest.mark.parametrize("said", [
    "nobody told me it was wrong",  # a child's words can begin so
    "no, daddy said not to tell",
    '"no child told me"',  # in quotes: what the child said
    "not a child who told me",
])
async def test_words_a_child_could_have_said_are_kept_as_theirs(chat: Chat, said: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)

    _, draft = await kept_draft(chat)
    assert draft["fields"]["disclosure"] == said  # type: ignore[index]
