"""Risks to a child told or asked of with no harm done yet (review revK, helper `harm4`), read by the real engine.

A child's telling of neglect beside praise, who to tell of a hungry child or a child's secret, a child in contact online
with someone older, a stranger watching children and a parent or member of staff drunk were each answered as a plain
question or "not covered" with no report offered. Each now has the report offered first (a report begun where the
report rules already began one); their near neighbours read as they did at 659ea30.
"""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# No report offered at 659ea30 (a plain answer or "not covered"); each may disclose harm to a child
RISKS = [
    'a girl in year 5 is friends with an older man on tiktok, what can we do?',
    'a girl in year 6 keeps snapchatting an older lad, should we do something?',
    'a man has been loitering outside the playground',
    'a man in a van was watching them from the road',
    'a man keeps hanging around the school gates at home time',
    'a man was watching the children from the fence',
    'a man was watching the kids over the fence at lunch',
    'a parent turned up to the fete clearly drunk',
    'a strange man offered sweets to one of the boys at the gate',
    'a woman was staring at the children through the railings',
    'a y4 boy plays fortnite with a grown up man he met online, is that allowed?',
    'a y5 girl added an older boy on insta, is that allowed?',
    'a y5 girl is texting an older boy from secondary on whatsapp, is that ok?',
    'a y5 girl sends pics to an older boy on snap, can we do anything?',
    'a y6 boy has been chatting to a 19 year old on xbox, can we do anything?',
    'a y6 girl has been talking to a 16 year old on roblox, is that ok?',
    'a year 6 boy is chatting to an older girl on instagram, what can we do?',
    'brilliant concert, a grandad was slurring and staggering',
    'fab sports day, one of the dads stank of weed',
    'great assembly, though one of the dads was clearly drunk',
    'great parents evening, one mum smelt of booze',
    'great show tonight, though a ta was tipsy',
    'great trip, one of the helpers was drunk on the coach',
    'lovely harvest festival, although one of the mums was really drunk',
    'one of my year 6s is messaging a teenager on snapchat, should i worry?',
    'proud of my class today, one of them said they dont get fed at home',
    'some teenagers were hanging around the school gates',
    'sports day went well, but mrs b smelt of alcohol',
    'such a good lesson, a boy mentioned he doesnt get any food at home',
    'super day at sports day, a dad was drunk at the finish line',
    'the christmas play was brilliant but one of the mums was drunk',
    'the disco was great but a dad was off his face',
    'the kids had a great time, a man in a van was watching them from the road',
    'the kids had fun at forest school, a man was watching them from the path',
    'the nativity was lovely but mr x was drunk',
    'the play was amazing though a mum reeked of weed',
    'what a lovely day, one of them told me they dont get fed at the weekend',
    'what do we do if a pupil makes a disclosure',
    'what if a child discloses something to me',
    'what if a child tells me a secret',
    'what if a man is watching the children from the fence?',
    'what if a pupil asks me to keep a secret',
    'what if a pupil tells me a secret and asks me not to tell',
    'what should i do if a child asks me to keep a secret',
    'what should i do if a child wants me to keep it secret',
    'who do i tell if a child is hungry',
    'who do i tell if a man is watching the kids from the park',
    'who do i tell if a pupil seems hungry',
]

# Near neighbours: no report offered before, none now (family, a friend, a parked van, drink at an adults' do, a
# secret or hunger of no concern). The same risks asked of ("what if a child talks to an older boy online?") have the
# report offered since helper `reading5` (tests/intents/test_risks_asked.py).
NEIGHBOURS = [
    'who do i tell if i lose my lanyard',
    'what if a parent tells me a secret about the PTA',
    'proud of my class today, they all got fed up of rehearsals',
    'a van was parked outside school',
    'who do i tell if a child is hungry before lunch',
    'what if a child tells me a secret about a surprise for mums birthday',
    'what if a child forgets their packed lunch',
    'the kids never get fed up of that song',
    'i dont get fed until 7 most days',
    'our y6s talked to older pupils at the high school open day',
    'a man was watching the football from the road',
    'the lollipop man was watching them cross the road',
    'a car was parked by the gates all morning',
    'parents were watching the children at sports day',
    'a man from the council came to look at the drains',
    'great night at the staff party, mr jones was so drunk lol',
    'my dad was drunk at my wedding',
    'the kids were drunk on sugar after the party',
    'great assembly, though one of the dads was late',
    'the pta quiz night was great, a few dads were tipsy',
    'who do i tell if the wifi is down',
    'what if a child tells me they are moving house',
    'proud of my class, one of them said they got a new puppy',
    'a teacher was watching the children in the playground',
    'a y5 boy plays fortnite with his older brother, is that ok?',
    'a y6 girl talks to her cousin on facetime, is that allowed?',
    'who do i tell if the printer is jammed',
    'what if a child tells me they have a new baby sister',
    'what if a parent asks me to keep it secret that shes pregnant',
    'the kids were starving after pe so we had snack early',
    'a man was watching the match from his car',
    'a van was parked on the zigzags at home time, who do i tell?',
    'a man from the paper took photos at sports day with permission',
    'great assembly, the dads loved it',
    'the staff do was fun, mrs k was a bit tipsy lol',
    'my husband was drunk at the wedding',
    'what if a teacher is drunk at the christmas party?',
    'we watched the children perform at the nativity',
    'proud of my class today, they said their mum cooked them a lovely tea',
    'an older boy from year 6 reads with the year 1s, is that ok?',
    'the year 6s message their year 7 buddies at the high school, is that allowed?',
    'a car followed the school bus to the swimming baths, it was the parent helper',
]


@pytest.mark.parametrize("words", RISKS)
def test_risk_to_a_child_offers_the_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.report_first or meaning.report, (meaning.intent, meaning.clause_id)


@pytest.mark.parametrize("words", NEIGHBOURS)
def test_near_neighbour_offers_no_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert not (meaning.report_first or meaning.report), (meaning.intent, meaning.clause_id)


# What a teacher sees: the report offered first (or begun), the words kept out of the question log
IN_CHAT = [
    "proud of my class today, one of them said they dont get fed at home",
    "who do i tell if a child is hungry",
    "what if a child tells me a secret",
    "a y5 girl sends pics to an older boy on snap, can we do anything?",
    "a man in a van was watching them from the road",
    "great assembly, though one of the dads was clearly drunk",
]


@pytest.mark.parametrize("words", IN_CHAT)
async def test_risk_told_in_chat_offers_the_report_and_is_not_logged(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_offered_first(chat) or report_begun(chat), chat.text
    assert all(words not in q for q in await logged(chat))


async def test_neighbour_in_chat_is_answered_as_before(chat: Chat) -> None:
    await chat.say("who do i tell if i lose my lanyard")
    assert not report_offered_first(chat) and not report_begun(chat), chat.text
