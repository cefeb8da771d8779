"""Risks to a child asked of, with no harm done yet (helper `reading5`), read by the real engine: a child in contact
online with someone older or a stranger, and a parent or member of staff drunk where children are, asked as "what
if…", "what should i do if…", "is it ok if…". Each was "not covered" or B.1's answer with no report offered at
d7917f8; each now has the report offered first, the question still answered. Their near neighbours (family, friends,
a member of staff's contact, drink at an adults' do, a parent's drunken photos) read as they did.
"""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# No report offered at d7917f8 ("not covered", or B.1 alone)
OLDER_CONTACT_ASKED = [
    "what if a child talks to an older boy online?",
    "what should i do if a pupil is chatting to an adult on roblox",
    "is it ok if a year 6 is messaging a 16 year old",
    "what if a kid is talking to an older man on tiktok",
    "what do i do if a pupil is messaging an adult they met on fortnite",
    "what if one of my year 6s is talking to someone much older on roblox",
    "what happens if a pupil is sending pics to an older boy",
    "should i be worried if a year 5 is gaming with adults online",
    "is it a problem if a child in my class is facetiming a 15 year old",
    "what if a child is being messaged by an older man on insta",
    "what if a pupil has been talking to an adult stranger on minecraft",
    "what if a y6 is in contact with a 19 year old on snapchat?",
    "how worried should i be if a kid chats to grown ups on roblox",
    "what should we do if a girl in year 4 is messaging an older teenager on whatsapp",
    "what if an adult is messaging a child on snapchat",
    "what if a man keeps messaging a pupil online",
    "is it ok for a year 6 girl to be talking to an 18 year old on tiktok",
    "what if a boy in y5 is playing fortnite with a grown up he doesnt know",
    "what if a pupil tells me they are talking to an older boy online",
    "what if a child meets someone older online",
    "can a y6 talk to a 16 year old on roblox?",
]
DRUNK_ASKED = [
    "what if a parent is drunk at parents evening",
    "what if a parent turns up drunk to parents evening?",
    "what should i do if a dad is drunk at the school disco",
    "what if a mum smells of alcohol at the nativity",
    "what if a member of staff comes in drunk",
    "what do we do if a carer seems drunk at the christmas fair",
    "who do i tell if a dad turns up to the class assembly drunk",
    "can i refuse to talk to a drunk parent at parents evening",
    "what if a parent is stoned at the school gate in the morning",
    "is it ok to let a drunk mum into the classroom for the reading cafe",
    "what if the ta smells of weed",
    "how do i handle a parent who is drunk at a meeting about their child",
    "what happens if a teacher is hammered on the residential trip",
    "what if a parent volunteer on the trip has been drinking",
    "what if a dad is slurring his words at the school play",
    "should i ring anyone if a mum is drunk at drop off",
    "what if a parent comes to parents evening smelling of booze",
    "what if a parent is off her face at parents evening",
    "what if a coach is drunk at the football match with the kids",
    "what if one of the dads is drunk at the year 6 leavers assembly",
]
# Near neighbours: no report offered at d7917f8, none now
NEIGHBOURS = [
    "what if a child talks to her cousin online?",
    "what if a y5 boy plays fortnite with his older brother",
    "can i message a pupil on roblox",
    "what if a pupil adds me on snapchat",
    "what if a child talks to their friends online",
    "what if an older pupil helps a younger one on the ipad",
    "what if a teacher messages a pupil on snapchat",
    "what if a parent messages me about their child",
    "what if a child messages their older sister on whatsapp",
    "what if a child facetimes their grandad",
    "what if a pupil is friends with year 7s on snapchat",
    "what if a teenager from the secondary helps out at sports day",
    "what if my son messages a girl in my class",
    "what if a parent gets drunk at the pta quiz night",
    "can staff drink at the christmas party",
    "is it ok to post drunk photos of myself",
    "what if a parent posts drunk photos on facebook",
    "what if i get drunk at the staff party lol",
    "what if a parent is late to parents evening",
    "what if a colleague posts pictures from a night out at the pub",
    "what if a parent is drunk on power on the pta",
    "what if a teacher is drunk at the christmas party?",
]


@pytest.mark.parametrize("words", OLDER_CONTACT_ASKED + DRUNK_ASKED)
def test_risk_asked_of_offers_the_report_first(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.report_first or meaning.report, (meaning.intent, meaning.clause_id)


@pytest.mark.parametrize("words", NEIGHBOURS)
def test_near_neighbour_offers_no_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert not (meaning.report_first or meaning.report), (meaning.intent, meaning.clause_id)


@pytest.mark.parametrize("words", ["what if a child talks to an older boy online?",
                                   "what if a parent is drunk at parents evening"])
async def test_risk_asked_in_chat_offers_the_report_before_not_covered_and_is_not_logged(
        chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_offered_first(chat) and not report_begun(chat), chat.text
    assert "Ask the Headteacher" not in [b.label for r in chat.replies for b in r.buttons]
    assert all(words not in q for q in await logged(chat))
