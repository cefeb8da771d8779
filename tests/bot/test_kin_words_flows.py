"""The family words of the report flow's readings ("Is a child in immediate danger?", the summary, "Did a child tell
you about this?", the kind offered) come from the one kin vocabulary in intents/rule_words.py (helper kin3): each list
had spelled its own, so "mammy", "grandmother", "nanny" or "his brothers" read as family in one reading and as nobody
in the next ("dad hits mum" was the urgent Not sure, "dad hits mammy" asked again)."""

from __future__ import annotations

import pytest

from bot.flows.bare_words import plain
from bot.flows.kind_unsettled import unsettled
from bot.flows.risk_more_kinds import carer_missing
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import kept_draft, to_the_childs_words
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent


# A parent harmed at home, or someone named by the home they share with a parent: the urgent Not sure beside a no
@pytest.mark.parametrize("said", ["no but dad hits mammy", "no the man her mammy lives with hits her",
                                  "no the woman his stepdad lives with hurts him"])
async def test_harm_at_home_named_by_any_parent_word_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# Guard, the same before and after: the words each list had
async def test_harm_to_mum_at_home_stays_the_urgent_not_sure(chat: Chat) -> None:
    assert await read_as(chat, "no but dad hits mum") == ("not_sure", True)


# Something poisonous of the family's swallowed, or a brother or sister attacked now: a Yes
@pytest.mark.parametrize("said", ["she has swallowed some of her grandmothers pills",
                                  "he has swallowed some of his mummys tablets", "they're hitting his brothers now"])
async def test_danger_now_to_a_child_told_with_any_family_word_is_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)


# A child outside waiting for family at pick-up is where they are, asked again as "waiting for her mum" always was
@pytest.mark.parametrize("said", ["she's outside now waiting for her grandmother",
                                  "he's outside now waiting for his nanny", "she's outside now waiting for her mum"])
async def test_a_child_outside_waiting_for_family_is_asked_again(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)


# On the summary, a grown-up of the family's harm told asks the danger question
@pytest.mark.parametrize("words", ["her mammy slapped her", "his grandmother hits him", "her nanny kicks him"])
async def test_family_harm_told_on_the_summary_asks_the_danger_question(chat: Chat, words: str) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, words)


@pytest.mark.parametrize("words", ["his grandmother is missing", "her stepmom has been missing since friday",
                                   "her mammy ran away"])
def test_a_carer_missing_by_any_family_word_is_read(words: str) -> None:
    assert carer_missing(plain(words))


# Guard, the same before and after: a parent missing something is not missing
def test_a_parent_missing_a_meeting_is_not_a_carer_missing() -> None:
    assert not carer_missing(plain("mum is missing parents evening"))


# An adult's telling after a teacher's no is no disclosure, whichever family word names the adult
@pytest.mark.parametrize(("said", "told"), [
    ("not a child, her mammy told me", "her mammy told me"),
    ("no child told me, his grandmother mentioned it", "his grandmother mentioned it"),
])
async def test_a_family_member_s_telling_after_the_no_is_no_disclosure(chat: Chat, said: str, told: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)

    _, draft = await kept_draft(chat)
    assert draft["fields"]["disclosure"] == "No disclosure"  # type: ignore[index]
    assert draft["fields"]["what"] == f"Messages at night\n{told}"  # type: ignore[index]


# A parent's post by any family word is a parent's post: the kind is offered, not asked
@pytest.mark.parametrize("told", ["mammy posted a photo of the class on facebook",
                                  "her aunty posted a video of the class", "his granny posted about the school trip"])
def test_a_post_by_any_family_word_is_a_parent_s_post(told: str) -> None:
    assert not unsettled(told, "parent_post")
