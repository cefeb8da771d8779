"""Harm told in shapes the harm net missed, and games and falls the report model took for harm, found by a review of
the harm net with sentences of our own. Told: a member of staff harmed by post ("a parent assaulted the head") or
with a bare "this morning", floored by a push ("a dad pushed me over at the gate"); a child by name harmed by the one
they live with ("grandad slapped ruby across the head"); a pupil grabbed by the collar; a child saying they will
kill themselves. Each begins a report or offers it first, never Ask the Headteacher, its words not logged. Not told:
a game lost told the other way round ("i got beaten at chess by a year 2"), a test done well ("my class smashed their
times tables test"), a fall at play and what it hurt ("he tripped on the step and hurt his ankle at lunch")."""

from __future__ import annotations

import pytest

from bot.answers import MAYBE_REPORT
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

TOLD = [
    "a parent assaulted the head in the car park",
    "a dad kicked the caretaker on the field",
    "a mum headbutted a teacher this afternoon",
    "a dad pushed me over at the gate",
    "one of the dads pushed my ta to the ground at pick up",
    "grandad slapped ruby across the head at the school gate",
    "her step dad punched alfie in the face",
    "a supply teacher grabbed a pupil by the collar",
    "mo keeps saying hes going to kill himself",
    "she told me she wants to hang herself",
]
NOT_TOLD = [
    "i got beaten at chess by a year 2 again",
    "we were thrashed at football by st johns",
    "my class smashed their times tables test",
    "year 4 aced the spelling test this week",
    "he tripped on the step and hurt his ankle at lunch",
    "she fell off the climbing frame and grazed her knee, mums been told",
    "dad beat jake at chess",
    "a parent pushed me for an answer about the trip",
    "i nearly killed myself laughing in assembly",
]


@pytest.mark.parametrize("words", NOT_TOLD)
async def test_a_game_a_test_or_a_fall_begins_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert "What kind of concern" not in chat.text and not chat.replies[0].text.startswith(MAYBE_REPORT), chat.text
    assert "Ask the Headteacher" in [b.label for r in chat.replies for b in r.buttons], chat.text


# Found by the code review of the harm net: harm told beside a game lost ("…and jake punched sam": the rest was judged
# with its "and" and taken for nothing), something smashed over someone's head whose name holds a game's word ("the
# game console"), a child tripped by another ("an older boy tripped her and she cut her head"): each was a report on
# the parent of today's work and was answered "not covered".
TOLD_BESIDE = [
    "year 6 beat me at rounders and jake punched sam",
    "year 6 beat me at rounders then liam kicked amy in the face",
    "dad smashed the game console over his head",
    "an older boy tripped her and she cut her head",
    "he tripped her up and she hurt her knee",
]


# A parent "kicking off", an illness beaten, hitting back: no one harmed, though the harm net read the one a child
# lives with and a blow before a word it took for a child's name
KIN_IDIOMS = ["dad kicked off", "mum kicked off today at the gate", "my dad beat cancer",
              "her mum beats depression", "dad hit back"]


@pytest.mark.parametrize("words", KIN_IDIOMS)
async def test_a_parent_kicking_off_or_beating_an_illness_offers_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert "What kind of concern" not in chat.text and not chat.replies[0].text.startswith(MAYBE_REPORT), chat.text


@pytest.mark.parametrize("words", [*TOLD, *TOLD_BESIDE])
async def test_harm_told_begins_a_report_or_offers_it_first(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert "What kind of concern" in chat.text or chat.replies[0].text.startswith(MAYBE_REPORT), chat.text
    assert all(b.label != "Ask the Headteacher" for r in chat.replies for b in r.buttons), chat.text
    assert all(words not in q for q in await logged(chat))
