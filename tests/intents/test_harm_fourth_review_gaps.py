"""Gaps and over-reach in the harm readings found by a fourth review (helper `harm4`), through the real engine.

Missed: aggression told again by a pronoun further on than the adult's six free words ("…to say thanks but he was
really aggressive"); a child's quoted "my" ("she said my mum is always drunk"); a carer drunk at pick up asked as a
"what if", answered plainly. Over-reach: the teacher's own family's quarrel over the telly told with a laugh, a bag
grabbed on the way out, a threat to complain to Ofsted, a dog's aggression, staff left alone with a class, and a
fight on the telly each began a report or offered one.
"""

from __future__ import annotations

import pytest

from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# A parent's aggression told in a clause of its own, further on: only "not covered", its words logged
AGGRESSION_FURTHER_ON = [
    "a dad was waiting at my car to say thanks but he was really aggressive",
    "a dad was waiting at my car to say thanks but he was really aggressive with me",
    "a mum came up to me at the gate after school and then she got really aggressive",
    "a dad came to see me about the trip money and he was so aggressive",
    "a mum came to see me about the nits letter and she got really aggressive with me",
    "a dad was waiting for me in the car park and was really aggressive",
    "one of the dads came over at home time to ask about the party and he became really hostile",
]


@pytest.mark.parametrize("words", AGGRESSION_FURTHER_ON)
async def test_aggression_told_further_on_offers_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


# A child's own words quoted straight after "she said": the "my" is the child's, a disclosure passed on
CHILD_QUOTED = [
    "she said my mum is always drunk",
    "he said my dad is drunk every night",
    "she told me my mum gets drunk all the time",
    "a girl in my class said my mummy is always drunk",
    "she told me my mummy smells of wine when she picks me up",
    "he told the ta my dad drives us to school drunk",
]


@pytest.mark.parametrize("words", CHILD_QUOTED)
async def test_a_childs_quoted_my_begins_a_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat), chat.text
    assert all(words not in q for q in await logged(chat))


# A carer drunk or high with children in their charge, or a stranger photographing them, asked as a "what if": it may
# be at the gate as the teacher asks, so the report is offered first, then the policy's "not covered, tell the DSL"
DANGER_ASKED = [
    "what if a parent smells of alcohol at pick up?",
    "what should i do if a parent turns up drunk to collect their child?",
    "what do we do if a mum is drunk at home time",
    "if a parent smells of weed at drop off what should i do",
    "can i refuse to let a drunk parent take their child",
    "what if a parent turns up to collect drunk",
    "should i let a child go home with a parent who smells of drink",
    "what if a man is taking photos of the kids over the fence",
]


@pytest.mark.parametrize("words", DANGER_ASKED)
async def test_a_danger_at_the_gate_asked_as_what_if_offers_the_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_offered_first(chat), chat.text
    assert "doesn't cover" in chat.text and "Designated Safeguarding Lead" in chat.text
    assert not report_begun(chat)
    assert all(words not in q for q in await logged(chat))


# Still plain questions: drink at an event with no one drunk ("what should i do if a child has bruises", what to do
# asked of harm to a child, has the report offered first since helper danger2: test_harm_asked.py). A parent or a
# teacher drunk asked of where children are ("what if a parent is drunk at parents evening", "what if a teacher smells
# of alcohol", "…at the christmas fair") has the report offered first since helper `reading5`, as its brief asked
# (tests/intents/test_risks_asked.py)
STILL_QUESTIONS = [
    "can parents drink alcohol at the summer fair",
    "what if a parent gets drunk at the pta quiz night",
]


@pytest.mark.parametrize("words", STILL_QUESTIONS)
async def test_drink_with_no_child_in_charge_stays_a_question(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


# Staffroom chat a teacher would find a report silly for
HARMLESS = [
    # the teacher's own family, a trivial quarrel, with a laugh
    "mum and dad argued about which film to watch lol",
    "my mum and dad had a fight about the holiday lol",
    "my mum and dad had a row about the satnav haha",
    "mum and dad fell out over the crossword lol",
    "mum and dad had a massive fight about the dishwasher lol",
    "my mum and dad are always arguing about the heating lol",
    "me and my sister had a fight about the holiday lol",
    # a thing grabbed on the way out
    "mum grabbed her bag and left",
    "dad grabbed her keys and drove off",
    "nan grabbed her purse and ran out",
    "mum grabbed her stuff and left the meeting",
    "grandad grabbed his coat and stormed out lol",
    # a threat of a complaint
    "a parent was really threatening to complain to ofsted",
    "a mum was threatening to go to the governors",
    "a dad threatened to report me to ofsted",
    "a parent is threatening to take us to court",
    "a mum is threatening legal action over the trip",
    "a dad keeps threatening to go to ofsted about the lunches",
    # an animal's aggression
    "a dad's dog was aggressive at the gate",
    "a mums dog was really aggressive to the kids at pick up",
    "the parents dog got aggressive in the playground",
    # aggression at a game the adult plays
    "a dad ran the tug of war and he was so aggressive lol",
    "the parents played the teachers at rounders and they were really aggressive haha",
    # staff left alone
    "we were left alone to get on with it",
    "i was left alone with year 6 all afternoon",
    "ive been left alone to plan the whole topic",
    "i was left alone in the classroom",
    # a fight on a screen or in a story
    "tom and jerry were fighting on the telly",
    "harry and draco had a fight in the film lol",
    "jack and jill had a fight in the nursery rhyme",
    "the kids watched tom and jerry fighting on tv lol",
]


@pytest.mark.parametrize("words", HARMLESS)
async def test_staffroom_chat_begins_and_offers_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


# Beside each of those, what is still harm: begun or offered first, never only "not covered"
STILL_HARM = [
    "a mum was really threatening at the gate",
    "a parent threatened me",
    "a dad was threatening to hit me",
    "a mum threatened to report me to the police for grabbing her son",
    "a parent threatened to go to ofsted and then threatened to hit me",
    "a mum with a big dog was really aggressive to me at pick up",
    "a dad was really aggressive with his dog at the gate",
    "mum and dad had a fight about the car",
    "mum and dad had a fight about the car lol and dad threw a plate",
    "mum and dad had a fight about money lol",
    "her mum and dad were arguing about the telly lol",
    "he said mum and dad had a fight about the holiday lol",
    "she said my mum and dad fight all the time",
    "dad snatched her phone and threw it at her",
    "mum grabbed her coat and dragged her out",
    "dad grabbed her arm",
    "she said we were left alone at home",
    "he was left alone to fend for himself",
    "tom and sam were fighting again",
    "ollie and sam had a fight lol",
]


@pytest.mark.parametrize("words", STILL_HARM)
async def test_harm_beside_the_look_alikes_is_never_only_not_covered(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))


# Harm told beside a look-alike the fourth review vetoes (a complaint threatened, a thing grabbed, a family's quarrel
# with a laugh): cut out, the look-alike took the harm's subject with it, and the harm was answered only "not covered"
HARM_BESIDE_A_LOOK_ALIKE = [
    "a parent threatened to complain and then punched the ta",
    "a parent threatened to complain to the head and then spat at me",
    "a parent threatened to sue and pushed me against the wall",
    "a parent threatened to get me sacked and to slash my tyres",
    "a parent threatened to complain and to hurt me",
    "a mum was really threatening to take it further at the gate and then shoved me",
    "a parent was threatening to complain to ofsted and then got really aggressive",
    "mum grabbed her purse and left the baby in the car",
    "mum grabbed her bag and left the kids at home alone",
    "mum picked up the shopping bag and swung it at her son",
    "a dad grabbed the bike and rode it at a child",
    "dad grabbed his keys and drove off with the kids in the car drunk",
]


@pytest.mark.parametrize("words", HARM_BESIDE_A_LOOK_ALIKE)
async def test_harm_beside_a_vetoed_look_alike_is_still_harm(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all(words not in q for q in await logged(chat))
