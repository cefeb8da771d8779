"""Review revAO of helper steps3: on a report's summary, a child's name or surname the word vectors place among things
("Boateng" is "boat" + "eng", "Nowak", "Wood", "Gift", "Spooner") was read as a thing gone missing and asked
"Which part?", not the danger question: the worse error, a missing child not asked about. Each test is one teacher
through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in
from tests.bot.test_review_revAD import to_summary

DANGER = "Is a child in immediate danger"
RISK_SAID = "tells of a risk"
WHICH_PART = "Which part of your report should this change?"


@pytest.mark.parametrize("words", [
    "Boateng is missing", "Nowak has gone missing", "Wood is missing", "Gift is missing",
    "Gift has gone missing from class", "Spooner went missing at lunch", "Update: Nowak is missing",
    "Hood has been missing since period 2", "lampard is missing", "boateng has gone missing",
    "Sorry to add this. Packer is missing"])
async def test_a_child_by_a_name_or_surname_that_is_also_an_object_still_asks_the_danger_question(
        chat: Chat, words: str) -> None:
    await to_summary(chat, "Sam B, Year 5")
    await chat.say(words)
    assert DANGER in chat.last.text and RISK_SAID in chat.replies[-2].text
    assert not any(WHICH_PART in r.text or r.urgent for r in chat.replies) and await concerns_in(chat) == []


@pytest.mark.parametrize("words", [
    "Florence has gone missing", "Blessing has gone missing", "Chance went missing at lunch",
    "King has gone missing", "lawrence has gone missing", "Constance is missing", "florence is missing"])
async def test_a_child_whose_name_ends_like_a_things_word_still_asks_the_danger_question(
        chat: Chat, words: str) -> None:
    """A name ending "-ence", "-ance" or "-ing" is no thing for that: only the listed things' words are, where a
    child may have gone missing ("Florence has gone missing" was asked "Which part?")."""
    await to_summary(chat, "Sam B, Year 5")
    await chat.say(words)
    assert DANGER in chat.last.text and RISK_SAID in chat.replies[-2].text
    assert not any(WHICH_PART in r.text or r.urgent for r in chat.replies) and await concerns_in(chat) == []
