"""At "Is a child in immediate danger?" (helper danger12, what review revAE left): the harm an adult does to a child
was read from a short list of blows, so the rest beside a no were a plain No: gripping the throat, pulling hair,
pinning down, tying up, biting, scalding, a baby shaken, not feeding, a child made to stand outside in the cold. Now
they are harm wherever harm is weighed (`danger_harm_acts`): the urgent Not sure beside a no or alone, a Yes when
"just" done or said to come, never cleared as an everyday telling-off, and read so on the summary. Their everyday
senses, pets, and children's play stay as they were.
"""

from __future__ import annotations

import pytest

from bot.flows.concern_wording import read_danger
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as

ASKED = "Is a child in immediate danger?"

# Physical harm, restraint, deprivation and cruel punishment by an adult, typed as teachers type a no
HARM_BESIDE_A_NO = [
    # physical harm
    "no her stepdad grabbed her by the neck last night", "nah dad grabbed his throat",
    "no but mum pulls his hair when shes angry", "no dad yanked her ears", "no, Lily's dad twisted her arm",
    "nope mum drags her upstairs by the hair", "no dad dragged him across the floor by his arm",
    "no she said her dad bites her", "no mum's boyfriend bit him", "no dad bit her arm", "no mum scratches him",
    "no mum pinched her", "no dad slapped her face", "no dad smacked his legs", "no stepdad throttled him",
    "no dad smothered her with a pillow", "no mum put a pillow over the baby's face",
    "no dad held her head under the water", "no dad put his hand over her mouth", "no dad squeezed her throat",
    "no mum shook the baby", "no mum shakes the baby when he cries", "no dad headbutted him", "no dad stamped on him",
    "no dad whipped him with a belt", "no mum scalded her with the kettle",
    # restraint
    "no his dad pinned him against the wall", "no ... dad pinned her down", "n dad pinned him down",
    "no mum's boyfriend held her down", "no uncle tied her to the chair", "no dad ties him up in the shed",
    "no dad shut him in the cupboard under the stairs",
    # deprivation
    "no mum doesn't feed her", "no mum never feeds him", "no dad won't give him any food", "no mum won't let her eat",
    "no mum wont let him sleep", "no dad keeps him awake all night", "no mum sends him to bed without food",
    "no dad starved her", "not that i know but her dad starves her",
    # cruel punishment
    "no mum made her sleep in the garden", "no dad made him sleep outside", "no mum left him outside in the cold",
    "no dad makes him stand in the garden in the rain", "no dad left her out in the rain",
    "no mum made him kneel on rice",
    # run on, "no but", with more told first
    "no dad shouted at him for being late and then pinned him down",
    "no dad shouted at her for being late and twisted her arm", "no just normal stuff but mum wont feed him",
    "no dad was drunk and grabbed her by the throat", "no jake's stepdad tied him up",
]


@pytest.mark.parametrize("said", HARM_BESIDE_A_NO)
async def test_harm_by_an_adult_beside_a_no_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


# With no yes or no, as "dad choked him" already was
@pytest.mark.parametrize("said", ["her stepdad pins her down", "mum won't feed him", "he said his dad ties him up",
                                  "her mum drags her round by her hair"])
async def test_the_same_told_alone_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# Just done, held down now, or said to come: a Yes, as "dad just hit him" is
@pytest.mark.parametrize("said", ["dad just pinned him down", "her dad has just grabbed her by the throat",
                                  "they're holding him down in the playground", "he's being pinned down by older "
                                  "boys now", "uncle is coming to collect her and he ties her up",
                                  "dad threatened to lock him in the shed", "scared dad will tie him up"])
async def test_the_same_just_done_now_or_to_come_is_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)


async def test_held_down_with_no_time_said_is_the_urgent_not_sure(chat: Chat) -> None:
    assert await read_as(chat, "he's been held down and kicked") == ("not_sure", True)


# An adult's game beside it, a younger brother or sister: asked again, never a plain No (as for a hit)
@pytest.mark.parametrize("said", ["no dad pinned him down when they were wrestling",
                                  "no dad tickles him and pins him down"])
async def test_an_adult_at_play_is_asked_again(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text and chat.last.text.startswith(ASKED)


# Cruelty told first is no everyday telling-off
async def test_a_telling_off_beside_a_cruel_act_is_not_cleared(chat: Chat) -> None:
    assert await read_as(chat, "no she gets tied up, dad shouts at her about her homework") == (None, False)


# Children's play and fights, pets, food and everyday acts, and denials: a No, as before
STILL_A_NO = [
    "no he pinned him down in wrestling club", "no they pulled each other's hair in a fight at break",
    "no his brother pinned him down at break", "no the dog bit him", "no the cat scratched her face",
    "no nan's dog bit her", "no mum won't feed him broccoli", "no mum won't feed him junk food",
    "no mum won't feed him sweets after 6", "no she won't feed the cat", "no mum won't let him have sweets",
    "no mum won't let him sleep over at a friend's", "no dad tied his shoelaces", "no mum tied her hair up",
    "no mum held his hand", "no mum held her baby", "no mum pulled her coat on", "no dad shook hands with the head",
    "no dad shook his head", "no dad twisted his arm to go to the party", "no dad twisted his ankle",
    "no mum smothers him in kisses", "no mum scratched her head", "no dad bit his tongue",
    "no mum burnt her hand on the oven", "no mum made him wait outside the shop",
    "no mum made him stay overnight at his nans", "no dad dragged him round the shops", "no dad pulled his leg",
    "no dad kept her in the dark about it", "no mum made him stand in the corner", "no dad never pins him down",
    "no dad isn't starving him",
]


@pytest.mark.parametrize("said", STILL_A_NO)
async def test_everyday_senses_play_pets_and_denials_stay_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# The danger answer changed from the summary reads the same
async def test_the_danger_answer_edited_on_the_summary_reads_the_harm(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Child in immediate danger")
    await chat.say("no, his dad grabbed him by the throat this morning")
    assert any(r.urgent for r in chat.replies)
    [alert] = await concerns_in(chat)
    assert alert.urgent


# Words typed on a report's summary are read as at the question, but for a disclosure with no answer in it (the
# second a guard: asked again there, as before)
@pytest.mark.parametrize("said", ["no mum wont feed him", "no dad pinned him down", "no dad shook the baby"])
def test_on_the_summary_the_same_words_beside_a_no_are_the_urgent_not_sure(said: str) -> None:
    assert read_danger(said, on_summary=True) == ("not_sure", True)


def test_on_the_summary_the_harm_alone_still_asks_the_question_again() -> None:
    assert read_danger("her stepdad pins her down", on_summary=True) == (None, False)
