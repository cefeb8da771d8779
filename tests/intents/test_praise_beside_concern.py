"""Concerns told beside praise or thanks, or told and then asked about, that review revK (2026-12-01) found answered as
a plain question or "not covered" with no report offered: helper cheer's reading of good news and stories asking what
is allowed (`intents/no_concern_told.py`) took an adult messaging a child, names called in a group chat, a child's
telling ("a pupil said a teacher kissed her") and a parent's livestream for no concern; a pupil's picture shared and
then asked about was B.3 alone, before cheer too (`intents/pupil_image_shared.py`), and an adult messaging a child
B.1 or "not covered" (`intents/adult_contacts_child.py`); "mrs p pulled a childs hair" was "not covered"; and "what
if i see marks on a childs neck" was "not covered", though "who do i tell if i see marks…" had the report offered.
Beside them, the good news and policy questions that must stay as they were."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import report_begun, report_offered_first

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# Each begun as a report, or answered with it offered first
CONCERNS = [
    # an adult contacting a child, asked about
    "a dad messaged a year 6 girl on instagram, is that allowed?",
    "a dad has been messaging a y6 girl on snapchat, is that ok?",
    "one of the dads sends a y5 girl messages on tiktok every night, is that allowed?",
    # bullying, numbers shared
    "a y6 pupil has made a group chat calling another boy names, is that allowed?",
    "a parent posted a screenshot of the class whatsapp with other parents numbers in it, can she do that?",
    # a child's telling beside praise
    "super proud of the team. also a pupil said a teacher kissed her",
    "the kids loved the trip, one boy said his brother shows him videos of people dying",
    # a parent's livestream, a claim about staff beside a kind word
    "awesome assembly, one of the dads live streamed it on facebook",
    "a mum wrote a lovely post about miss green, and said she's an alcoholic",
    # a pupil's picture shared, then asked about
    "a year 5 boy shared a photo of another pupil on snapchat, can we do anything?",
    "a year 5 boy shared a photo of another pupil on snapchat, what can we do?",
    "a y5 boy shared a pic of another pupil on snapchat, is that allowed?",
    "a year 6 shared a photo of a classmate on tiktok, can school do anything?",
    "a grandparent shared a photo of a pupil in her swimming costume, is that ok?",
    # an adult messaging or following a child not their own, then asked about (B.1 or "not covered" before cheer too)
    "a man on tiktok has been dming a y5 girl, is that allowed?",
    "the football coach texts the girls in y6 late at night, can he?",
    "a dad messaged my year 6 on insta, is that ok",
    "a ta follows some year 6 girls on tiktok, is that ok?",
    # a member of staff pulling a child's hair
    "amazing work today team! mrs p pulled a childs hair",
    # a sign of harm asked as a "what if"
    "what if i see marks on a childs neck",
    "what if i spot burns on a childs hands",
    "what if i notice bruises on a childs arm",
]
# Each neither begun as a report nor with it offered first
PLAIN = [
    "i shared a photo of a pupil's artwork on the class blog, ok?",
    "can a parent share a photo of another child?",
    "what if a pupil shares a photo of another pupil?",
    "is it ok if i share a photo of a pupil with their parent?",
    "a mum messaged me to say thanks, can i reply?",
    "a parent sent me a facebook message about their child's SEN support. should I reply on there?",
    "what if i find bruises on my arm",
    "what if i see a bruise on a banana",
    "the head shouted well done at sports day",
    "can staff grab a coffee with parents?",
    "volunteer reader, one of the kids wants to add me on tiktok, allowed?",
    "a dad messaged his son on whatsapp, is that ok?",
    "can a coach message the kids on whatsapp?",
    "a dad texted me about his daughter, can i reply?",
    "mrs p pulled a child out of the pool",
    "PE coach here, can i add the kids from football club on tiktok",
]


@pytest.mark.parametrize("words", CONCERNS)
def test_a_concern_beside_praise_or_a_question_has_the_report(words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first, meaning


@pytest.mark.parametrize("words", PLAIN)
def test_good_news_and_rules_asked_have_no_report(words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, meaning


async def test_a_pupils_photo_shared_and_asked_about_is_answered_with_the_report_offered(chat: Chat) -> None:
    await chat.say("a year 5 boy shared a photo of another pupil on snapchat, can we do anything?")
    assert report_offered_first(chat) and not report_begun(chat), chat.text


async def test_an_adult_messaging_a_child_asked_about_is_no_plain_answer(chat: Chat) -> None:
    await chat.say("a dad has been messaging a y6 girl on snapchat, is that ok?")
    assert report_begun(chat) or report_offered_first(chat), chat.text
