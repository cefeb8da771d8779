"""Everyday news told whole is answered with the report offered first, not begun at once (helper `reading5`): a child
in touch online with a friend or their own family ("a y5 girl sends pics to her friend on snap", "a y5 boy plays
fortnite with his older brother") and a parent's pictures of a school event ("a parent posted photos of sports day on
facebook", D.1's matter). At d7917f8 the report model or the narrative rules began each as a report, surely. Anything
more told (someone older, nudes, pictures going round, all the kids in it, a worry) still begins one.
"""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import report_begun, report_offered_first

db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# Begun as a report at once at d7917f8 (some doubtfully, with the way back)
EVERYDAY = [
    "a y5 girl sends pics to her friend on snap",
    "a y5 boy plays fortnite with his older brother",
    "one of my year 6s is messaging her best friend on whatsapp every night",
    "a boy in my class plays roblox with his cousin",
    "a y4 girl facetimes her nan every night",
    "a year 3 boy plays minecraft with his friends online",
    "y6 girl sends selfies to her bestie on snapchat",
    "a girl in year 5 is snapchatting her friends after school",
    "a y2 boy games with his big brother on xbox",
    "one of our pupils chats with her cousin on roblox",
    "a y6 boy sends videos to his mates on whatsapp",
    "fyi a year 5 girl is texting her friends at night",
    "a child in my class plays fortnite with his dad",
    "a y3 girl sends photos to her sister on whatsapp",
    "a reception kid plays roblox with his older sister",
    "year 6 girls are messaging each other on tiktok",
    "a boy in y4 talks to his friends on discord",
    "a pupil sends snaps to her classmates",
    "my y5 boy plays games online with his cousin at the weekend",
    "a yr 6 girl sends lots of pics to her friend on snapchat",
    "a parent posted photos of sports day on facebook",
    "one of the dads has put a video of the class assembly on tiktok",
    "a parent put photos from the school trip on insta",
    "fyi a mum shared photos of sports day on her facebook",
    "some parents are posting videos of the nativity on facebook",
    "a grandparent shared pics of the christmas fair on facebook",
    "a year 2 mum posted photos of the leavers assembly on instagram",
    "a dad uploaded a video of the swimming gala to facebook",
    "a parent posted pics from sports day on the class whatsapp group",
    "a mum put photos of the disco on her insta story",
    "parents posted photos of the summer fair on facebook",
    "a dad shared a video from the christmas concert on facebook",
    "one of the mums posted pictures of world book day on facebook",
    "a parent posted photos of the relay on fb today",
]
# Still begun at once, as at d7917f8: more is told than everyday news
BEGUN = [
    "a y5 girl sends pics to an older boy on snap",
    "a y5 girl sends nudes to her friend on snap",
    "a y5 boy plays fortnite with a 16 year old",
    "a y6 girl is talking to a man on roblox",
    "a y5 girl sends pics to her boyfriend in year 8",
    "a y5 girl sends pics to her friend on snap and now they are going round the class",
    "a y4 boy plays fortnite with his uncle who hits him",
    "a y6 girl sends pics of another girl to her friends on snap",
    "a boy in my class sends horrible messages to his friends",
    "a y5 girl sends pics to a man she met on roblox",
    "a y6 girl has been sending pics to someone she doesnt know on snap",
    "a y6 boy sent a picture of his privates to his friend on snap",
    "a y5 girl sends pics to her friend on snap and she is scared",
    "a dad has been messaging a y6 girl on snapchat",
    "a parent posted photos of sports day on facebook with all the kids in it",
    "a mum posted pics of the nativity on facebook with a lac child in it",
    "a parent posted photos of my class on facebook without asking",
    "a man posted photos of the children on facebook",
    "a parent posted a photo of another child crying at sports day on facebook",
    "a parent posted horrible comments about sports day on facebook",
    "a parent posted photos of sports day on facebook and named the children",
    "a parent posted a video of a child being hit at sports day",
]


@pytest.mark.parametrize("words", EVERYDAY)
def test_everyday_news_has_the_report_offered_not_begun(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" and meaning.report_first, (meaning.intent, meaning.clause_id)


@pytest.mark.parametrize("words", BEGUN)
def test_more_told_is_still_begun_at_once(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" and not meaning.report_first, (meaning.intent, meaning.clause_id)


async def test_a_parents_sports_day_photos_get_d1_with_the_report_offered_first(chat: Chat) -> None:
    await chat.say("a parent posted photos of sports day on facebook")
    assert report_offered_first(chat) and not report_begun(chat), chat.text
    assert "Parents should only post pictures of their own children" in chat.text  # D.1's answer


async def test_a_child_messaging_a_friend_is_not_taken_into_a_report(chat: Chat) -> None:
    await chat.say("a y5 girl sends pics to her friend on snap")
    assert report_offered_first(chat) and not report_begun(chat), chat.text
