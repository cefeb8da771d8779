"""What review revAS left at "Is a child in immediate danger?" and on a report's summary (helper danger19):

- "he is being hit by his dad at home" raised the alert at once on the summary while "…at home by his dad" asked the
  danger question: danger18's skip of harm at home needed "at home" straight after the act; both ask now, and told as
  now ("…right now") both raise the alert at once;
- a push of the child (or of the pram or wheelchair she is in) into a road, down stairs or over, by a bare he or she,
  or "tipped", was a plain No beside a no: the urgent Not sure, and the danger question on the summary;
- "…hit the cat and then her sister" was a plain No: a brother or sister harmed after a pet is a child harmed;
- "…and then them, the puppies were fine" (them the animals) and "…then him in fortnite" (a game) were the urgent Not
  sure: a No, as "no he kicked the dog" and "no he kicked him in fortnite" are.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent


# (1) Who does it told between the act and "at home"
@pytest.mark.parametrize("words", ["he is being hit by his dad at home", "she is being kicked by her stepdad at home",
                                   "he is being hit at home by his dad"])
async def test_harm_at_home_with_who_does_it_on_the_summary_asks_the_danger_question(chat: Chat, words: str) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, words)


@pytest.mark.parametrize("said", ["he is being hit by his dad at home", "she is being slapped by her mum at home"])
async def test_harm_at_home_with_who_does_it_at_the_question_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# ...told as now, the alert at once on the summary, whichever order
@pytest.mark.parametrize("words", ["he is being hit by his dad at home right now",
                                   "he is being hit at home by his dad right now"])
async def test_harm_at_home_with_who_told_as_now_on_the_summary_raises_the_alert(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    [alert] = await concerns_in(chat)
    assert alert.urgent and words in alert.fields["what"]


# Guard, the same before and after: being attacked by someone with no home told is a danger now
async def test_being_hit_by_someone_with_no_home_told_is_a_yes(chat: Chat) -> None:
    assert await read_as(chat, "he is being hit by a man outside the gate") == ("yes", True)


# (2) A push into harm by he or she, or a tip of her pram, and a brother or sister after a pet
@pytest.mark.parametrize("said", ["no he shoved her into the road", "no she pushed him down the stairs",
                                  "no he pushed his wheelchair into the road",
                                  "no mum tipped her buggy over with the baby still in it",
                                  "no she pushed her into the path of a car",
                                  "no he hit the cat and then his brother",
                                  "no she slapped the dog then her little sister"])
async def test_a_push_into_harm_or_a_sibling_after_a_pet_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("words", ["he shoved her into the road", "mum tipped her pushchair over with the baby in it",
                                   "she kicked the dog and then her brother"])
async def test_a_push_into_harm_or_a_sibling_after_a_pet_on_the_summary_asks_the_danger_question(
        chat: Chat, words: str) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, words)


# Guards, the same before and after: a push in play, into a pool, her thing somewhere harmless, her brother coming
# in, her bag pushed over a wall, a pupil's push over or hard with no place of harm (a push into a road "at break"
# is the urgent Not sure since the lead's change: tests/bot/test_danger_push_at_break.py)
@pytest.mark.parametrize("said", ["no he pushed her on the swing", "no he pushed her into the pool",
                                  "no he knocked her over", "no she shoved him hard",
                                  "no mum tipped her buggy",
                                  "no she pushed her wheelchair to the table",
                                  "no he kicked the dog and then her brother came in",
                                  "no he pushed her bag over the wall",
                                  "no she kicked the dog and then her brother's bike"])
async def test_a_push_in_play_at_school_or_of_a_thing_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# (3) Them the animals, him in a game
@pytest.mark.parametrize("said", ["no he kicked the cat and then them, the kittens are ok",
                                  "no she hit the dog and then them, the puppies were fine",
                                  "no he punched the wall and then him in minecraft",
                                  "no she kicked the dog and then him on roblox"])
async def test_animals_after_a_pet_or_a_blow_in_a_game_is_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# ...an adult's blow in a game is asked about, never the alert and never a plain No (as "dad hit him with a pillow")
@pytest.mark.parametrize("said", ["no dad kicked the dog and then him in fortnite", "no mum slapped her on roblox"])
async def test_an_adults_blow_in_a_game_is_asked_again(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)


# Guard, the same before and after: the game as the reason for the blow is no game
async def test_an_adults_blow_for_playing_a_game_stays_the_urgent_not_sure(chat: Chat) -> None:
    assert await read_as(chat, "no dad hit him for playing fortnite") == ("not_sure", True)


# Guards, the same before and after: them the children, him with more told
@pytest.mark.parametrize("said", ["no he kicked the dog and then them, the kids were crying",
                                  "no he kicked the dog and then him, his mum rang me"])
async def test_them_the_children_after_a_pet_stays_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
