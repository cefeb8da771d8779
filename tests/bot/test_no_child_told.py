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


@pytest.mark.parametrize("said", [
    "na, daddy hits me",  # a child's "nah", not n/a
    "na i dont want to go home",
    "no disclosure but she said daddy hurts her",
    "not a pupil, a child at the park told me her dad hits her",
    "no child told me, her brother said he hits her",
    "nobody said anything about it, she just cried and said daddy hurt her",
    "no one said anything but he keeps hitting me",
    "not a child, her mum told me he said he would hurt her",
])
async def test_a_no_followed_by_someone_s_telling_keeps_the_words_as_the_child_s(chat: Chat, said: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)

    assert "Noted: no disclosure." not in chat.text
    _, draft = await kept_draft(chat)
    assert draft["fields"]["disclosure"] == said  # type: ignore[index]
    assert draft["fields"]["what"] == "Messages at night"  # type: ignore[index]


@pytest.mark.parametrize(("said", "told"), [
    ("not a child, her mum told me", "her mum told me"),
    ("no child told me, a colleague mentioned it", "a colleague mentioned it"),
    ("no child told me but I saw him hit her", "I saw him hit her"),
])
async def test_an_adult_s_telling_after_the_no_is_still_no_disclosure(chat: Chat, said: str, told: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)

    _, draft = await kept_draft(chat)
    assert draft["fields"]["disclosure"] == "No disclosure"  # type: ignore[index]
    assert draft["fields"]["what"] == f"Messages at night\n{told}"  # type: ignore[index]
