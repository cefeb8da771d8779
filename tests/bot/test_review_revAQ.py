"""Review revAQ of danger16's stabbing let-off at "Is a child in immediate danger?" and on a report's summary
(staging 87c6796).

`danger_grave.NOT_A_STABBING` let a stabbing off for words that tell no toy and no game: a joke or a laugh ("no he
stabbed him with a pen as a joke": a DSL does not take "just a joke" as a reason, and a pen or a compass stab is an
injury), a pretence told after it ("…and pretended it was an accident"), a show's word that names a place ("in the
play area", "in the games room", "in a game of dare"), a filmed stabbing ("in the video"), a meal's time after "her"
read as her meal ("the boy stabbed her at lunch with a compass…"), a thing's word that begins what she was doing
("she got stabbed ice skating"). Each was a plain No at the question and no risk on
the summary (both urgent on 8c216b7).
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent
from tests.bot.test_summary_corrections import ASKED as WHICH_PART

DANGER = "Is a child in immediate danger"

REAL_STABBINGS = ["no he stabbed him with a pen as a joke", "no she stabbed him with a compass for a laugh",
                  "no he shot him as a joke", "no they stabbed her with scissors as a joke and she's bleeding",
                  "no he stabbed him and pretended it was an accident", "no he stabbed her in the play area",
                  "no they stabbed him in the games room", "no she was stabbed in the play park",
                  "no his brother stabbed him with a knife in a game of dare", "no she got stabbed in the video",
                  "no the boy stabbed her at lunch with a compass as a joke",
                  "no he stabbed him in the film club as a laugh",
                  # (a thing's word begins what she was doing, not a thing stabbed)
                  "no she got stabbed ice skating for a laugh", "no he stabbed her tree climbing as a joke"]


@pytest.mark.parametrize("said", REAL_STABBINGS)
async def test_a_stabbing_told_with_a_joke_a_place_or_a_pretence_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


@pytest.mark.parametrize("words", ["he stabbed him with a compass as a joke", "she was stabbed in the play area",
                                   "they stabbed him in the games hall for a laugh"])
async def test_such_a_stabbing_on_the_summary_is_no_correction(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART not in chat.text
    assert "Child in immediate danger:* Yes" in chat.last.text or DANGER in chat.last.text


# Guards, the same before and after: a toy, a game named, a show as the end of what is said, a thing stabbed
@pytest.mark.parametrize("said", ["no he stabbed him with a nerf gun for a laugh", "no he stabbed him in fortnite",
                                  "no he stabbed him in the game lol", "no he stabbed him in a film",
                                  "no she stabbed her sandwich with a fork", "no he stabbed the ball",
                                  "no they stabbed at the answers"])
async def test_a_toy_a_game_or_a_thing_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# Harm to a thing, then the child by he or she, with where the blow landed, what with or how hard: a plain No on
# 87c6796 (danger16 read the child only as the last of what is said)
THEN_THE_CHILD_HOW = ["no he punched the door and then punched her in the face", "no he hit the wall then hit her hard",
                      "no he kicked the dog and then her in the stomach",
                      "no she smashed the telly then slapped him across the face",
                      "no he hit the wall and then hit her with a belt"]


@pytest.mark.parametrize("said", THEN_THE_CHILD_HOW)
async def test_a_blow_after_a_thing_with_where_it_landed_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("words", ["he punched the door and then punched her in the face",
                                   "she smashed the telly then slapped him across the face"])
async def test_such_a_blow_on_the_summary_asks_the_danger_question(chat: Chat, words: str) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, words)


# Guards, the same before and after: her own thing after the blow, the blow at school, a ball
@pytest.mark.parametrize("said", ["no he kicked the dog and then her bag",
                                  "no he hit the wall then hit her hard at break",
                                  "no he kicked the ball and then her in the stomach"])
async def test_her_thing_school_or_a_ball_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# A grave act told as a joke or for a laugh: `danger_grave` let it off as a game (a plain No on 8c216b7 and 87c6796)
@pytest.mark.parametrize("said", ["no he strangled him as a joke", "no he choked her for a laugh",
                                  "no she smothered him with a pillow as a joke"])
async def test_a_grave_act_as_a_joke_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


async def test_a_grave_act_as_a_joke_on_the_summary_asks_the_danger_question(chat: Chat) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, "he strangled him as a joke")


# Guard, the same before and after: a pretence is none ("pretended to strangle him")
async def test_a_pretended_grave_act_stays_a_no(chat: Chat) -> None:
    assert await read_as(chat, "no he pretended to strangle him") == ("no", False)
