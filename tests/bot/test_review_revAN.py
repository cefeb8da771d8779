"""Review revAN of danger15's grave acts at "Is a child in immediate danger?" (staging ecbb761).

Everyday words beside the grave verbs were the urgent Not sure: a word after "choked" not on a list was taken as the
name of the one choked ("no he choked loads", "…under pressure"), "him" read inside "himself" ("no he burnt himself
on the kettle"), a CD burned for someone. And grave acts written other ways were plain Nos: passive ("no he was
strangled"), tried ("no he tried to drown him in the pool"), fire set to hair, a head held under water, a pillow
over a face, a knee on a neck, beaten unconscious.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as

EVERYDAY = ["no he choked loads", "no he choked during the penalty shootout", "no he choked under pressure",
            "no he choked twice at lunch", "no she choked slightly on the high note", "no he choked tbh",
            "no he burnt himself on the kettle", "no i burned them a cd for the disco",
            "no they choked themselves laughing"]


@pytest.mark.parametrize("said", EVERYDAY)
async def test_everyday_words_beside_a_grave_verb_stay_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
    assert "URGENT" not in chat.text


MISSED = ["no he set fire to her hair", "no the older lad set her hair on fire at the park",
          "no he tried to drown him in the pool", "no he held her head under the water in the bath",
          "no he put a pillow over the babys face", "no they put a bag over his head",
          "no he was strangled", "no she was choked by an older boy", "no he was raped",
          "no he was burnt with a cigarette", "no he was beaten unconscious", "no he tried to strangle her",
          "no a year 9 boy knelt on his neck", "no his stepdad squeezed her neck till she went purple"]


@pytest.mark.parametrize("said", MISSED)
async def test_a_grave_act_told_another_way_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


# Still not it: denied, a choice of words, upset ("choked" as upset), a name still read when there is one
@pytest.mark.parametrize("said", ["no he wasnt strangled, he was just winded", "no she was choked, gutted about it",
                                  "no he hasnt been stabbed", "no she drowned her chips in vinegar",
                                  "no he put a blanket over the babys cot"])
async def test_denied_or_everyday_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


async def test_a_name_after_choked_is_still_read(chat: Chat) -> None:
    assert await read_as(chat, "no jack choked sam in the toilets") == ("not_sure", True)
