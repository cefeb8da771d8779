"""What was left at "Is a child in immediate danger?" and on a report's summary after helper danger19 (helper
danger20):

- a pet harmed and then the child, the child's telling dated "at break" ("…then him, he told me at lunch"), was a
  plain No, the time of the telling read as where the harm was (a pupil's scrap); and "…then her, nan says…" was a
  No, "her nan" read as whose the next word is, though a family saying or telling us is a new telling;
- a child afraid to go back "tonight" (not "home") was asked again at the question and "Which part?" on the summary,
  and "he says he can't go home tonight" too on the summary: a child afraid to go home tonight is in danger now, a
  Yes, the alert at once on the summary as "he's scared to go home" raises it; "she isn't afraid to go home" was a
  Yes too, its not unread: asked again;
- "no he pushed them into the road to cross" (helping across) was the urgent Not sure, and "no he shoved her off the
  wall" / "…knocked him off his bike" by he or she a plain No.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent
from tests.bot.test_summary_corrections import ASKED as WHICH_PART


# (1) A pet and then the child, told at break; or with the family telling after it
@pytest.mark.parametrize("said", ["no she slapped the cat and then him, he told me at lunch",
                                  "no he punched the puppy then her, she mentioned it at break time",
                                  "no he hit the cat and then her, nan said he was drunk",
                                  "no he kicked the rabbit and then her, dad told us this morning"])
async def test_a_pet_then_the_child_told_at_break_or_by_family_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


async def test_a_pet_then_the_child_told_at_break_on_the_summary_asks_the_danger_question(chat: Chat) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, "she slapped the cat and then him, he told me at lunch")


# Guards, the same before and after: done at break is a pupil's; her family after it doing, not telling
@pytest.mark.parametrize("said", ["no he kicked the dog and then him at break", "no she hit the cat then him at lunch",
                                  "no he kicked the dog and then her mum told him off",
                                  "no he kicked the dog and then her brother came in"])
async def test_a_pet_then_a_pupil_at_break_or_her_family_after_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# (2) A child afraid to go back tonight is afraid to go home, now: a Yes, the alert at once on the summary as "he's
# scared to go home" raises it
@pytest.mark.parametrize("said", ["she's too frightened to go back tonight", "he is terrified of going back tonight"])
async def test_afraid_to_go_back_tonight_is_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)


@pytest.mark.parametrize("words", ["she's too frightened to go back tonight", "he says he can't go home tonight"])
async def test_afraid_to_go_back_tonight_on_the_summary_raises_the_alert(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    [alert] = await concerns_in(chat)
    assert alert.urgent and words in alert.fields["what"]


# Guard, the same before and after: afraid to go back to class is no danger at home, on the summary a correction
async def test_afraid_to_go_back_to_class_on_the_summary_is_no_alert(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("she's frightened to go back to class after lunch")
    assert not await concerns_in(chat) and WHICH_PART in chat.last.text


# ...and not afraid, said, is no fear: it was a Yes, an URGENT alert, on the words alone; now asked again
@pytest.mark.parametrize("said", ["she isn't afraid to go home", "he's not too scared to go home"])
async def test_not_afraid_to_go_home_raises_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)


# (3) A push to help across is care, not a push into the road; a push off a wall or a bike by he or she is a fall
# from a height or into the road, the urgent Not sure as a push into the road is
@pytest.mark.parametrize("said", ["no she pushed him into the road to cross", "no he pushed her into the road so she "
                                  "could get across", "no mum pushed them into the road to help them cross"])
async def test_a_push_to_help_across_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


@pytest.mark.parametrize("said", ["no he shoved her off the wall", "no she knocked him off his bike",
                                  "no he pushed her off the top of the climbing wall"])
async def test_a_push_off_a_wall_or_a_bike_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# Guards, the same before and after: a push off a swing, or over, or her thing off a wall, by a pupil is a No
@pytest.mark.parametrize("said", ["no he pushed her off the swing", "no she knocked him over",
                                  "no he knocked her bag off the wall", "no she pushed him off his chair"])
async def test_a_push_off_a_swing_or_her_thing_off_a_wall_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


async def test_a_push_off_a_wall_on_the_summary_asks_the_danger_question(chat: Chat) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, "he shoved her off the wall")
