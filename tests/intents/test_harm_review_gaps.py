"""Gaps left in today's harm reading, found in review (helper `revA`) with sentences of our own.

A quarrel reading (`harm_told.only_a_quarrel`) took a child's parents fighting at home ("mum and dad had a fight
over money again last night", "mum and her boyfriend had a fight about drugs") for staffroom chat and answered it
"not covered": main began the report, as domestic abuse a child lives with is for the DSL. A scuffle told with a laugh
in which a child was hurt in words the reading did not know ("…and ella got a nosebleed", "…got winded") only had the
report offered, where main began it.
"""

from __future__ import annotations

import pytest

from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# A child's parents or carers fighting, told without "her" or "his": a household's fight, not a quarrel over a rota
HOUSEHOLD_FIGHTS = [
    "mum and dad had a fight over money again last night",
    "mum and her boyfriend had a fight about drugs at the weekend",
    "mum and step dad had a fight over money again",
    "dad and his girlfriend had a massive fight about money lol",
    "mummy and daddy had a fight about the car",
]
# A fight told lightly in which someone was hurt
HURT_IN_A_SCUFFLE = [
    "the kids had a fight over the lego lol and ella got a nosebleed",
    "the year 5s had a fight over the ball lol one of them got winded",
    "two dads had a fight over parking lol and one has a split lip",
    "the boys had a scrap over a pencil haha and he has scratches on his neck",
]


@pytest.mark.parametrize("words", HOUSEHOLD_FIGHTS)
async def test_a_child_s_parents_fighting_is_no_quarrel(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", HURT_IN_A_SCUFFLE)
async def test_a_scuffle_told_with_a_laugh_that_hurt_someone_is_never_only_not_covered(chat: Chat,
                                                                                       words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", ["two mums had a fight over the bake sale rota", "the mums fell out over the raffle",
                                   "two teachers had a fight over the photocopier lol",
                                   "mum and dad had to fight for his ehcp, can i share the news on facebook"])
async def test_a_quarrel_between_adults_over_a_thing_still_begins_nothing(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


# An adult laying hands on a child, told as staff tell it: main and staging answered each "not covered" and logged it
CHILD_HANDLED = [
    "nan grabbed hold of her by the hair in the playground",
    "a step dad pushed a child over in the car park",
    "a dad pushed his son over at the gate",
    "a parent grabbed a year 2 child by the arm",
    "a dad yanked his daughter by the arm at home time",
    "the grandad shoved a child in the line",
    "one of the mums dragged a reception kid across the playground",
]
# A parent's hands on a child that harm no one
CHILD_NOT_HANDLED = [
    "nan grabbed the kids some sweets from the fete",
    "a mum pushed her daughter to do better in her sats",
    "grandad grabbed the kids a drink at the fete",
    "mum pushed him in the buggy to school",
    "a dad pushed his son in the wheelchair at sports day can i post it",
]


@pytest.mark.parametrize("words", CHILD_HANDLED)
async def test_an_adult_laying_hands_on_a_child_offers_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", CHILD_NOT_HANDLED)
async def test_a_parent_s_hands_that_harm_no_one_offer_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


# "Killed it" or "smashed it" told by a child of someone at home, or of something done to someone: main began each
# report; the reading of a thing done well ("year 6 killed it at the concert") took them all for praise
KILLED_IT_AS_HARM = [
    "ruby said her dad killed it in front of her",
    "mums boyfriend killed it in front of him",
    "he said dad killed it at home with a hammer",
    "her step dad killed it today",
    "he killed it on purpose in front of the other kids",
    "he smashed it at her today lol",
]
# Done well: still no report
KILLED_IT_AS_PRAISE = [
    "year 6 killed it at the concert",
    "our head killed it at the governors meeting",
    "she smashed it in her observation",
    "she nailed it in her interview",
    "year 2 killed it lol",
    "you smashed it today x",
    "the kids rocked it in assembly as usual",
    "he killed it at the talent show lol",
    "the mums killed it at the bake sale",
]


@pytest.mark.parametrize("words", KILLED_IT_AS_HARM)
async def test_killed_it_told_of_harm_is_never_only_not_covered(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", KILLED_IT_AS_PRAISE)
async def test_killed_it_as_praise_begins_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat), chat.text


@pytest.mark.parametrize("words", ["a parent keeps emailing me about the spelling test lol",
                                   "mums keep messaging me about the christmas fair",
                                   "a dad keeps messaging me about the trip money"])
async def test_a_parent_keeping_on_about_school_business_offers_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


@pytest.mark.parametrize("words", ["a dad keeps messaging me on insta", "a dad keeps messaging me about meeting up",
                                   "a parent keeps messaging me about the trip and its getting creepy"])
async def test_a_parent_keeping_on_otherwise_still_offers_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text


# An adult's push on staff told after a busy preamble, in a room the reading did not list, or typed in a hurry
STAFF_PUSHED_AS_TYPED = [
    "quick one - a mum shoved my ta in the cloakroom when she asked her to wait",
    "sorry to bother you but a dad pushed me at the gate",
    "fyi a parent pushed the receptionist in the foyer this morning",
    "a mum pushed my ta in the cloakroom",
    "a dad pushd me at the gate",
    "mum pused a child in the line at pick up",
]


@pytest.mark.parametrize("words", STAFF_PUSHED_AS_TYPED)
async def test_a_push_told_as_staff_type_it_offers_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


async def test_results_smashed_with_their_spelt_there_begin_no_report(chat: Chat) -> None:
    await chat.say("yr 6 absolutly smashed there sats mocks this week so proud")
    assert not report_begun(chat), chat.text


async def test_a_row_told_with_nobody_hurt_offers_no_report(chat: Chat) -> None:
    await chat.say("the parents were squabbling over the raffle again lol nobody hurt just loud")
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


@pytest.mark.parametrize("words", ["infants", "juniors", "y9", "toddlers", "4B infants"])
async def test_a_year_group_alone_offers_no_report(chat: Chat, words: str) -> None:
    # the scuffle's offer reached every message of words the report model never saw that names children
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text
