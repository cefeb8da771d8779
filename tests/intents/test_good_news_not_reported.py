"""Good news and stories told to ask what the policy allows are not begun as reports, and the concerns worded like them
still are (or have the report offered first).

"what a day! the kids made a video for the school facebook page" began a report surely (the narrative rules took the
video for a pupil's image shared), "a mum called mr smith a legend on facebook" doubtfully (the report model weighed
the parent, the platform and "called"), and "one of the parents in my class asked me whether I could add her on
facebook now that her son has left, I wasn't sure so can I?" surely (the model, 0.83): `intents/no_concern_told.py`.
"""

from __future__ import annotations

import pytest

from intents import Understanding, understand
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import report_begun, report_offered_first

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# Praise, thanks, news and plans about posting good things
GOOD_NEWS = [
    "parents posted loads of nice comments about the nativity",
    "my class were so good on the trip today, proud of them",
    "a mum called mr smith a legend on the class whatsapp",
    "the head said on facebook that the trip was a success",
    'what a day! the kids made a video for the school facebook page',
    'a mum called mr smith a legend on facebook',
    'the kids made a lovely video for the class blog today',
    'year 4 made a brilliant film about recycling for the school website',
    'a dad posted such a kind message about the nativity on the class whatsapp',
    'loads of parents have left lovely comments on the sports day photos',
    'a mum sent me a thank you message on the class dojo, made my day',
    'the head posted on facebook that the fair was a success',
    'we put the photos from the trip on the school facebook page, the parents loved them',
    'my class made a video thanking the dinner ladies, so cute',
    'just a heads up, the new class blog is live and the kids have posted their poems',
    'a parent shared our harvest festival post on facebook and said how proud she was',
    'year 6 made a tiktok style dance video for the leavers assembly, it was amazing',
    'the pta posted the raffle winners on the parents whatsapp group',
    'a grandad wrote a lovely comment on the school facebook about the choir',
    'the kids were so excited to see their art on the school instagram',
    'one of the mums posted a thank you card photo on facebook for the reception staff',
    'what a brilliant trip today, the kids were so well behaved and the photos are great',
    'the class whatsapp has been buzzing with messages about world book day costumes',
    'a parent messaged to say thanks for the video of the assembly',
    'proud of my class today, they filmed a news report for the school youtube channel',
    'the head says we can share the sports day video on the school page',
    'mrs jones class made a video for the charity appeal and it got loads of likes',
    'the kids wrote lovely messages to the new baby for miss taylor',
    'a dad posted that the school play was the best he had ever seen',
    'parents have been posting about the new uniform on facebook, they love it',
    'a mum called me a hero on facebook for finding her sons coat',
    'the children sent a video message to our partner school in kenya',
    'shall we put the christmas concert video on the class blog',
    'is it ok to post a photo of the kids holding their certificates on the school facebook page',
    'a parent asked for the photos from the trip, can i send them on the class whatsapp',
    'the kids shared their science videos with the other class today',
    'we made a video of the leavers and the parents were all crying happy tears',
    'a mum posted a photo of her son with his medal on facebook and tagged the school',
    'the school facebook page got 200 likes for the nativity post',
    'year 2 posted their stories on the class blog and parents commented',
    'the new headteacher posted a welcome message on the school website',
    'my ta made a slideshow of the trip photos for parents evening',
    'a parent sent lovely messages to all the staff on the class whatsapp at the end of term',
]

# What the policy allows, asked after a story that tells no concern
STORIES = [
    "one of the parents in my class asked me whether I could add her on facebook now that her son has "
    "left, I wasn't sure so can I?",
    'we had a lovely sports day and a few mums want the photos, am I allowed to post them on the class page?',
    "a mum from my class sent me a friend request last night, she's really nice and her daughter left "
    "last year, is it ok to accept?",
    'my TA has been asked by a dad to join the class whatsapp group he set up, should she join it?',
    "I bumped into a former pupil in town and she asked if she could follow me on instagram, she's 16 "
    "now, can I let her?",
    'the kids made a video for the harvest festival and a grandparent asked for a copy, can I email it to him?',
    'after the nativity one of the dads asked if he could film the children singing, is that allowed?',
    'a parent messaged me on facebook to ask about homework, I replied but should I have?',
    "my sister's son is in year 4 at our school and she wants to tag me in photos of him, is that ok?",
    'we went to the zoo on a trip and I took loads of pictures on my phone, can I keep them on there?',
    "yesterday a mum said she'd set up a facebook group for the class parents and asked me to join, can I?",
    'a new parent asked me on whatsapp what time the trip leaves, can I reply from my own number?',
    "I've been asked by the head to run the school twitter account, am I allowed to use my own phone for it?",
    'one of my year 6s asked if I had tiktok and wanted to follow me, what should I say?',
    'the PTA want to post pictures from the christmas fair on their facebook page, do they need permission?',
    'a dad came up to me at pick up and asked if I was on facebook because he wants to add me, can I say yes?',
    'my class loved our science week and I want to put a video of them on youtube, can I do that?',
    "a former colleague who left last year posted a photo of our staff party with me in it, can I ask "
    "her to take it down?",
    "one of the mums is a good friend of mine outside school, we've been friends for years, can we still "
    "be friends on facebook?",
    'a parent tagged the school in a post thanking us for the trip, can I like it from my own account?',
    "my year 2 class wrote letters to a local care home and they want to put them on their facebook, is "
    "that ok with us?",
    "the local paper came to take photos of our eco club, do we need parents' permission for that?",
    'a student teacher in my class has been posting about her placement on instagram, is that allowed?',
    "I run a football club outside school and some of the kids from school are in it, can I have a "
    "whatsapp group with their parents?",
    'a parent asked me to send her the photos of her son at forest school by text, can I?',
    'we had our school disco last night and the kids want me to post the dance off video on the blog, am I allowed?',
    "I was at a wedding at the weekend and a parent of one of my pupils was there, she took a photo with "
    "me, can she post it?",
    "our head of year said we can't use our phones in class, but what if I'm taking photos for the school page?",
    'a governor asked me to share the school newsletter on my personal facebook, should I?',
]

# Concerns worded like them: short, casual, a hurtful post, a pupil's photo shared, a child upset by messages; some
# with praise words or a closing question
CONCERNS = [
    'the kids made a video mocking a girl in my class and put it on tiktok',
    'a mum called mr smith a paedo on facebook',
    'a dad posted a nasty message about miss taylor on the class whatsapp',
    'loads of parents have left horrible comments on the sports day photos about one of the boys',
    'someone made a fake account of the school facebook page and is posting rude stuff',
    'a parent shared a photo of my class on facebook without asking, you can see all the kids faces',
    'year 6 made a video of a boy crying in the toilets and shared it on snapchat',
    'one of the mums posted a photo of a pupil from the trip on her public instagram',
    'a girl in year 5 is upset because the class whatsapp group keeps sending her horrible messages',
    'a child in my class was crying today, someone posted a mean video of her',
    'the kids were saying nasty things about a new boy on the class group chat',
    'a parent posted on facebook that miss jones is useless and should be sacked',
    'a dad filmed the kids in the playground and put it on his facebook',
    'my class made a video calling a boy fat and sent it round whatsapp',
    'a mum posted a picture of another child from the party and wrote horrible things under it',
    'year 4 have set up a whatsapp group to leave one girl out and send her nasty messages',
    "a parent shared a screenshot of a pupil's work on facebook to make fun of him",
    'a stranger commented on the school facebook page asking for a girls snapchat',
    'one of my pupils has been getting messages from a man on roblox',
    'a year 3 boy showed me a video on his phone that scared him',
    'a ta posted photos of the class on her own instagram',
    'the kids were filmed getting changed for pe and it ended up on snapchat',
    'a parent has been posting threats about the head on the class whatsapp',
    'a mum called me a liar on facebook and shared my photo',
    'someone posted a photo of our pupils in uniform on tiktok with rude comments',
    'a boy in year 6 sent a naked picture of a girl to the group chat',
    'a girl in my class told me older kids keep messaging her on snapchat and she is scared',
    'one of the dads keeps messaging a year 5 girl on instagram',
    "a pupil's photo was shared on a facebook group with her full name and address",
    'the kids made a horrible meme of a teacher and posted it on tiktok',
    'parents have been posting lies about a member of staff on facebook',
    'a child came in upset because of messages on the class whatsapp last night',
    'a supply teacher added pupils on snapchat',
    'a mum posted a video of a fight in the playground on facebook',
    'some year 6s posted a video of a year 3 being pushed over',
    'the kids made a lovely video for the school facebook page but a stranger commented asking for their names',
    'a mum posted lovely photos of sports day on facebook with all the kids faces in',
    'a dad called mr smith a legend on facebook and then posted his home address',
    'great trip today but one of the girls was crying because the others posted a mean video of her',
    'the kids made a brilliant video for the school facebook page and a man messaged one of the girls asking to meet',
    'what a day! a year 6 girl told me her stepdad filmed her in the bath',
    'so proud of my class but one boy showed me messages from an older teen on snapchat',
    'a lovely mum told me her partner hits her in front of the kids',
    'the kids posted their poems on the class blog and someone left a racist comment',
    "a parent posted a video of the nativity with every child's face on facebook, is that allowed?",
    'a dad filmed the kids in the playground and put it on his facebook, can he do that?',
    'one of the mums keeps posting pictures of a girl in my class on her instagram, is that ok?',
    'the kids were so excited, a man on roblox sent them free robux and asked for pics',
    'thanks for the help earlier, a girl in year 4 just said her uncle touches her',
    'a parent posted on the class whatsapp that miss jones is useless, can I reply?',
    'someone set up a fake school instagram and is posting our pupils photos, can we get it taken down?',
    'a pupil posted a video of a fight at lunch on tiktok, is that covered by the policy?',
    'one of my pupils thanked me for being kind, then said she doesnt want to go home because dad hits her',
]


def _begun(meaning: Understanding) -> bool:
    """Started as a report at once (surely, or doubtfully with the way back), not answered with it offered first."""
    return meaning.intent == "report_concern" and not meaning.report_first


@pytest.mark.parametrize("words", GOOD_NEWS + STORIES)
def test_good_news_and_stories_asking_what_is_allowed_begin_no_report(words: str, kb: KnowledgeBase) -> None:
    assert not _begun(understand(words, kb.index)), words


@pytest.mark.parametrize("words", CONCERNS)
def test_concerns_worded_alike_are_still_reports_or_offered_first(words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first, meaning


@pytest.mark.parametrize("words", ["a mum called mr smith a legend on facebook",
                                   "what a day! the kids made a video for the school facebook page"])
async def test_praise_told_in_chat_is_answered_not_reported(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


async def test_a_parents_photo_of_a_pupil_told_as_good_news_has_the_report_offered_first(chat: Chat) -> None:
    # a pupil's image shared by a parent may be D.1's concern, however cheerful: offered, never dropped
    await chat.say("a mum posted a photo of her son with his medal on facebook and tagged the school")
    assert report_offered_first(chat) and not report_begun(chat), chat.text


async def test_a_story_asking_what_is_allowed_is_answered_as_the_question(chat: Chat) -> None:
    await chat.say("one of the parents in my class asked me whether I could add her on facebook now that her son has "
                   "left, I wasn't sure so can I?")
    assert not report_begun(chat) and not report_offered_first(chat), chat.text
    assert "Never add pupils or ex-pupils as friends" in chat.text, chat.text  # B.1 quoted
