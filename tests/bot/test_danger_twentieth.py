"""What was left at "Is a child in immediate danger?" and on a report's summary after helper danger19 (helper
danger20):

- a pet harmed and then the child, the child's telling dated "at break" ("…then him, he told me at lunch"), was a
  plain No, the time of the telling read as where the harm was (a pupil's scrap); and "…then her, nan says…" was a
  No, "her nan" read as whose the next word is, though a family saying or telling us is a new telling;
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent


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
