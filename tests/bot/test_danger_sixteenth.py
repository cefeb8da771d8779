"""What danger15 and reviews revAK / revAN left at "Is a child in immediate danger?" and on a report's summary (helper
danger16):

- harm to a pet or a thing "and then" the child, told of he, she or they (not an adult named), was a plain No: the
  urgent Not sure now, unless a game or school is told beside it (a pupil's ordinary blow beside a no stays a No);
- a push typed on the summary ("her dad pushed her out of the way and she banged her head") was "Which part?" while
  urgent at the question: it asks the danger question again now;
- a toy, a game or a thing stabbed ("no he stabbed him with a nerf gun", "no they stabbed at the answers") was urgent
  at the question: a No now, and no risk on the summary, as `danger_grave` reads a toy weapon.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent
from tests.bot.test_summary_corrections import ASKED as WHICH_PART

DANGER = "Is a child in immediate danger"

# (1) A blow to a pet or a thing, then the child, of he, she or they
AFTER_A_THING = ["no he kicked the dog and then him", "nah she hit the cat then hit her",
                 "no he punched the wall and then her", "no they kicked the dog then kicked him",
                 "no but he smashed his phone then turned on her", "no he booted the dog and then him too",
                 "No. He kicked the door in and then started on him, mum rang me this morning.",
                 "no she slapped the table and then the baby", "no he thumped the telly and then her"]


@pytest.mark.parametrize("said", AFTER_A_THING)
async def test_a_blow_to_a_thing_then_the_child_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


# Guards, the same before and after: a game (a pupil's ordinary blow beside a no, as "no he hits his dad at football"),
# school, no child after it, the blow denied, said past
STILL_NO = ["no he kicked the ball and then him", "no he kicked the dog and then him at break",
            "no he hit the wall then her in the playground", "no he kicked the ball and then ran off",
            "no he kicked the dog", "no he never kicked the dog or him", "no he hit her"]


@pytest.mark.parametrize("said", STILL_NO)
async def test_a_game_school_or_no_child_after_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


async def test_a_blow_after_a_thing_said_past_is_asked_again(chat: Chat) -> None:
    assert await read_as(chat, "no he kicked the dog and then him last year") == (None, False)


# (1) and (2) on the summary: the danger question again, as at the question
@pytest.mark.parametrize("words", ["he kicked the dog and then him",
                                   "her dad pushed her out of the way and she banged her head",
                                   "his stepdad shoved him down the stairs", "mum pushed him into the wall",
                                   "her coach pushed her over"])
async def test_a_push_or_a_blow_after_a_thing_on_the_summary_asks_the_danger_question(chat: Chat, words: str) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, words)


# Guards on the summary, the same before and after: a push kindly, for care, in a game; a toy stabbing (3)
@pytest.mark.parametrize("words", ["mum pushed him on the swing", "her dad pushed her out of the way of the car",
                                   "dad pushed him to try harder", "he kicked the ball and then him at break",
                                   "her dad pushed her bike up the hill"])
async def test_a_push_kindly_or_a_game_on_the_summary_is_asked_which_part(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART in chat.last.text and DANGER not in chat.text


# (3) A toy or a game, a thing stabbed, "stabbed at" an answer: read as `danger_grave` reads a toy weapon
NOT_A_STABBING = ["no they stabbed at the answers", "no he stabbed him with a nerf gun",
                  "no he stabbed him in fortnite", "no she stabbed the potato", "no he stabbed his finger on a pin",
                  "no he shot him with a nerf gun", "nah they just stabbed at their food",
                  "no he stabbed him with a plastic sword in the play", "no she stabbed her fork into the sausage",
                  "no she stabbed her sandwich with a fork", "no he stabbed him in the back in fortnite"]


@pytest.mark.parametrize("said", NOT_A_STABBING)
async def test_a_toy_a_game_or_a_thing_stabbed_is_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
    assert "URGENT" not in chat.text


@pytest.mark.parametrize("words", ["he stabbed him with a nerf gun", "they stabbed at the answers",
                                   "he got stabbed with a foam sword in drama"])
async def test_a_toy_stabbing_on_the_summary_is_asked_which_part(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART in chat.last.text and DANGER not in chat.text


# Guards, the same before and after: a stabbing of someone, with a knife, a pencil, at him, of a man
@pytest.mark.parametrize("said", ["no he stabbed him with a knife", "no he stabbed him with a pencil",
                                  "no he stabbed at him with a knife", "no he stabbed the man",
                                  "no they stabbed him", "no he stabbed someone on the way home",
                                  "no he stabbed him at lunch", "no he stabbed him then went home to play fortnite",
                                  "no he got stabbed at the food bank"])
async def test_a_stabbing_of_someone_stays_urgent(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# (typed on the summary, a stabbing told as now is a Yes at once: the danger question, or the alert, never a correction)
@pytest.mark.parametrize("words", ["he stabbed him with a knife", "he stabbed someone on the way home"])
async def test_a_stabbing_on_the_summary_is_no_correction(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART not in chat.text and (DANGER in chat.last.text or "URGENT" in chat.text)
