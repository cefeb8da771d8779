"""A mark an adult leaves on the child, told at "Is a child in immediate danger?" and on a report's summary (the lead,
thirty-fourth session, from review revAX's "noticed"): "no mum leaves marks on her" was a plain No and "no her dad
leaves bruises on him" asked again, where "no she has marks from her mum" was already the urgent Not sure. A mark on a
thing of the child's, or a mark the adult never leaves, stays a No.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent


@pytest.mark.parametrize("said", ["no mum leaves marks on her",
                                  "no her dad leaves bruises on him",
                                  "no dad left a mark on her arm",
                                  "no her stepdad left bruises all over his back",
                                  "no his mums boyfriend always leaves marks on him when he's drunk",
                                  "no mum gave her bruises",
                                  "no dad gave her a split lip"])
async def test_a_mark_an_adult_leaves_on_the_child_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


async def test_a_mark_left_on_the_child_typed_on_the_summary_asks_the_danger_question(chat: Chat) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, "her dad leaves bruises on her arms")


# Guards, the same before and after: a mark on her things, a mark never left, a pupil's scratch at break
@pytest.mark.parametrize("said", ["no mum leaves marks on her homework",
                                  "no mum leaves the marks sheet on her desk",
                                  "no mum never leaves marks on her",
                                  "no her brother left a scratch on her at break",
                                  "no dad left a note on her bed",
                                  "no mum leaves cream on her arm for the eczema"])
async def test_a_mark_on_a_thing_or_never_left_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
