"""Messages that may tell of harm to a child, of a member of staff's harsh treatment of one, or of a parent's post
laying a colleague's private life bare, which were answered only "not covered" or as a plain policy question (helper
harm3, 2026-12-01): the bare "what if a child is hit at home?", "who do i tell if i see bruises?", "the dinner lady
shouted at a kid today", "a parent posted on facebook that miss taylor is pregnant". Each now has the report offered
first (or, for the parent's post, is a report on D.3). Beside them, near neighbours that must be read exactly as
before: ordinary policy questions, accidents, cheering, glad news."""

from __future__ import annotations

import pytest

from bot.answers import STAFF_ROUTE_LEAD
from bot.flows.concern_wording import SEXUAL_IMAGE_GUIDANCE
from intents import understand
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# Harm to a child asked as a bare "what if", who to tell of a sign seen, or told (hitting, bruises, hunger, a child
# scared to go home), in staff's own style and typos
CHILD_HARMED = [
    'what if a child is hit at home?',
    'what if a kid gets hit at home',
    'wat if a child is bein hit at home?',
    'what if a pupil is being neglected?',
    'what if a child says they are scared to go home?',
    'what if a child is always hungry?',
    'what if a child comes in with bruises?',
    'what if i see bruises on a child?',
    'suppose a pupil is being hurt at home?',
    'what if a kid is scared of going home',
    'what if a child is getting hit by an older sibling?',
    'what if a child turns up hungry every day?',
    'who do i tell if i see bruises?',
    'who do i tell if i notice bruises on a kid',
    'who do i tell about bruises?',
    'who do i speak to if i see marks on a childs arm',
    'who do i tell if a kid is hungry all the time?',
    'sam came in hungry again, he says theres no food at home',
    'a kid in my class says hes scared to go home',
    'a child in 3b is scared to go home tonight',
    'she keeps coming in with bruises',
    'what if a child has no food at home?',
    'what if a kid is frightened to go home',
    'what if a child is being hurt by their step dad?',
    'who do i tell if i spot a black eye?',
    'who do i tell if i saw marks on a pupils neck',
]
# A member of staff shouting at, grabbing, humiliating or shaming a child, told or asked of
STAFF_TO_CHILD = [
    'what if a member of staff shouts at a child and makes them cry?',
    'what if a ta grabs a child by the arm?',
    'who do i tell if a teacher shouts at a child?',
    'who do i tell if a colleague grabbed a child?',
    'the dinner lady shouted at a kid today',
    'dinner lady screamed at a year 2 girl in the lunch hall',
    'the supply teacher grabbed a boy by the arm',
    'one of the tas dragged a child across the playground',
    'mrs jones humiliated a pupil in front of the class',
    'a ta made a girl stand in the corner and called her stupid',
    'the lunchtime supervisor shouted at amy till she cried',
    'a teacher swore at a child in year 5',
    'the coach pushed a kid at football club',
    'mr smith yanked a boy out of his chair',
    'my colleague keeps shouting at a kid with send',
    'a midday supervisor pinched a childs arm',
    'the dinner lady was shouting at a kid in reception',
    'dinnerlady shouted at a kid 2day',
    'the ta shouted in a childs face',
    'what if a teacher humiliates a pupil in class?',
    'what if the dinner lady grabs a kid?',
    'the ta called a boy stupid in front of everyone',
    'mr davies screamed in a year 3 boys face',
    'our pe teacher threw a ball at a kid on purpose',
    'the cover supervisor locked a child in the cupboard',
    'a dinner lady wouldnt let a girl go to the toilet',
]
# A parent or someone posting a colleague's private matters: pregnancy, illness, divorce, sexuality, address, number
PRIVATE_POSTED = [
    'a parent posted on facebook that miss taylor is pregnant',
    'a mum posted mr khans home address on the village fb group',
    'a dad put my phone number on facebook',
    'a parent posted that mrs jones is getting divorced',
    'one of the mums posted on insta that miss k has cancer',
    'a parent shared a photo of my house on facebook',
    'a parent posted where miss patel lives on the class whatsapp',
    'a parent wrote on fb that the head is having an affair',
    'a grandparent posted that mr brown is gay',
    'someone posted miss lees mobile number in the parents group chat',
    'a parent posted about miss taylors pregnancy on facebook',
    'a parent posted miss jones address on the class whatsapp',
    'a mum has put up a post saying mrs ali is on antidepressants',
    'a parent posted a pic of my house and my car reg on fb',
]
# (message, intent, clause, report offered first), each as it was read before these readings
NEIGHBOURS = [
    ('what if a parent adds me on facebook?', 'out_of_scope', None, False),
    ('who do i tell if i lose my phone?', 'out_of_scope', None, False),
    ('can a TA shout at sports day to cheer?', 'out_of_scope', None, False),
    # helper cheer: good news is no sure report, but pictures a parent shared keep the report offered first
    ('a parent posted a lovely photo of sports day', 'report_concern', 'D.1', True),
    ('what if a child posts on tiktok?', 'policy_question', None, False),
    ('what if a parent posts a photo of my class?', 'policy_question', 'D.1', False),
    ('who do i tell if the wifi is down?', 'out_of_scope', None, False),
    ('what if a child forgets their pe kit?', 'out_of_scope', None, False),
    ('what if a pupil is late every day?', 'out_of_scope', None, False),
    ('who do i tell if im off sick?', 'out_of_scope', None, False),
    ('the dinner lady gave a kid extra pudding today', 'out_of_scope', None, False),
    ('the dinner lady shouted across the hall that lunch was over', 'out_of_scope', None, False),
    ('the ta shouted at the kids to run faster at sports day lol', 'out_of_scope', None, False),
    ('mrs jones praised a pupil in assembly', 'out_of_scope', None, False),  # praise: no report (helper cheer)
    ('a ta helped a girl who fell over', 'out_of_scope', None, False),
    ('the supply teacher shouted at the class to line up', 'out_of_scope', None, False),
    ('can i shout at a child who is misbehaving?', 'out_of_scope', None, False),
    ('is it ok to raise my voice in class?', 'policy_question', 'B.4', False),
    ('miss taylor posted that she is pregnant', 'out_of_scope', None, False),
    ('a parent posted congratulations to miss taylor on her engagement', 'out_of_scope', None, False),
    ('a parent posted that the trip is cancelled', 'policy_question', 'APX.4', False),
    ('a parent posted that the school is brilliant', 'policy_question', 'B.2', False),
    # a parent's pictures of a school event told whole: answered (D.1) with the report offered, not begun, since
    # helper `reading5` (tests/intents/test_everyday_news_not_begun.py)
    ('a parent posted a photo of the nativity on facebook', 'report_concern', 'D.1', True),
    ('can parents post about staff on facebook?', 'policy_question', 'D.3', False),
    ('what if a parent posts my address online?', 'policy_question', 'D.3', False),
    ('who do i tell if a child is sick in class?', 'out_of_scope', None, False),
    ('who do i tell if a child has head lice?', 'out_of_scope', None, False),
    ('what if a child hurts themselves in pe?', 'out_of_scope', None, False),
    ('what if a child gets hit by a ball in pe?', 'out_of_scope', None, False),
    ('what if a kid bumps their head in the playground?', 'out_of_scope', None, False),
    ('what if its too hot for the kids on sports day?', 'out_of_scope', None, False),
    ('what if a child is scared of the dark on the residential?', 'out_of_scope', None, False),
    ('who do i tell if i see a parent smoking at the gate?', 'out_of_scope', None, False),
    ('a parent posted that miss taylor is amazing', 'out_of_scope', None, False),
    ('who do i tell if i see a post about a staff member?', 'policy_question', 'APX.2', False),
    ('who do i tell if my laptop is stolen?', 'out_of_scope', None, False),
    ('what if a kid says theyre hungry before lunch?', 'out_of_scope', None, False),
    ('can a teacher be sacked for hitting a pupil?', 'out_of_scope', None, False),
    ('should i screenshot the parents post?', 'policy_question', 'APX.2', False),
    ('can i screenshot the class photo for the newsletter?', 'out_of_scope', None, False),
    ('the kids were shouting at each other in the playground', 'out_of_scope', None, False),
    ('mrs jones grabbed a coffee with a parent', 'out_of_scope', None, False),
    ('the ta grabbed a kids coat off the floor', 'out_of_scope', None, False),
    ('a teacher grabbed him to stop him running into the road', 'out_of_scope', None, False),
    ('what if a parent shouts at me at pick up?', 'out_of_scope', None, False),
    ('who do i tell if a parent complains about homework?', 'out_of_scope', None, False),
    ('what if a child loses their reading book?', 'out_of_scope', None, False),
    ('who do i tell if i see a broken window?', 'out_of_scope', None, False),
    ('the head shouted happy birthday to a kid in assembly', 'out_of_scope', None, False),
    ('the dinner lady told a kid off for throwing peas', 'out_of_scope', None, False),
    ('what if a child is upset at drop off?', 'out_of_scope', None, False),
    ('what if a parent posts that the school is rubbish?', 'policy_question', 'APX.2', False),
    ('who do i tell if i spot a mistake on the website?', 'out_of_scope', None, False),
    ('a parent posted the school disco photos on fb', 'report_concern', 'D.1', False),
    ('what if i see a parent post about a teacher?', 'policy_question', 'APX.2', False),
    ('the coach shouted at the kids to keep going at football', 'out_of_scope', None, False),
    ('a parent posted that miss taylor is leaving at christmas', 'out_of_scope', None, False),
    ('a parent posted that mr brown got married at the weekend', 'policy_question', 'D.3', False),
    ('miss k posted on insta that she has cancer', 'report_concern', None, False),
    ('what if a child has a nosebleed?', 'out_of_scope', None, False),
    ('what if a parent posts that a teacher is pregnant?', 'policy_question', 'D.3', False),
    ('a parent posted that miss taylor is pregnant, congratulations!', 'out_of_scope', None, False),
    ('a parent posted the school address on facebook', 'policy_question', 'D.3', False),
    ('a parent posted the class photo on facebook', 'report_concern', 'D.1', False),
    ('a mum posted that her kids love miss taylor', 'policy_question', 'B.2', False),
    ('a parent posted that mr brown is the best teacher ever', 'policy_question', 'D.3', False),
    ('can parents post about a teachers private life?', 'policy_question', 'D.3', False),
    ('the ta shouted at the class to be quiet', 'out_of_scope', None, False),
    ('a parent posted that the trip was brilliant', 'policy_question', 'D.1', False),
]


@pytest.mark.parametrize("said", CHILD_HARMED + STAFF_TO_CHILD)
def test_harm_to_a_child_is_reported_or_has_the_report_offered_first(kb: KnowledgeBase, said: str) -> None:
    meaning = understand(said, kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first, meaning


@pytest.mark.parametrize("said", STAFF_TO_CHILD)
def test_a_member_of_staffs_treatment_of_a_child_offered_first_names_the_staff_route(kb: KnowledgeBase,
                                                                                   said: str) -> None:
    meaning = understand(said, kb.index)
    assert not meaning.report_first or meaning.about_staff, meaning


@pytest.mark.parametrize("said", PRIVATE_POSTED)
def test_a_colleagues_private_matters_posted_is_a_report_on_malicious_comments(kb: KnowledgeBase, said: str) -> None:
    meaning = understand(said, kb.index)
    assert (meaning.intent, meaning.clause_id) == ("report_concern", "D.3"), meaning


@pytest.mark.parametrize(("said", "intent", "clause", "offered"), NEIGHBOURS)
def test_a_near_neighbour_is_read_as_before(kb: KnowledgeBase, said: str, intent: str, clause: str | None,
                                            offered: bool) -> None:
    meaning = understand(said, kb.index)
    assert (meaning.intent, meaning.clause_id, meaning.report_first, meaning.about_staff) == (
        intent, clause, offered, False)


# Through the engine, where the reply's words matter

@pytest.mark.parametrize("said", ["what if a child is hit at home?", "who do i tell if i see bruises?",
                                  "what if a child says they are scared to go home?"])
async def test_a_bare_what_if_or_who_to_tell_of_harm_offers_the_report_and_the_dsl_first(chat: Chat, said: str) -> None:
    await chat.say(said)
    assert report_offered_first(chat) and not report_begun(chat), chat.text
    assert "Designated Safeguarding Lead (DSL)" in chat.replies[0].text
    assert "the policy says: The Social Media policy doesn't cover that" in chat.text
    assert "Report a concern" in [b.label for r in chat.replies for b in r.buttons]
    assert "Ask the Headteacher" not in [b.label for r in chat.replies for b in r.buttons]
    assert all(said not in q for q in await logged(chat))


async def test_a_member_of_staff_shouting_at_a_child_offers_the_report_with_the_staff_route(chat: Chat) -> None:
    await chat.say("the dinner lady shouted at a kid today")
    assert report_offered_first(chat) and not report_begun(chat), chat.text
    first = chat.replies[0].text
    assert f"{STAFF_ROUTE_LEAD} Headteacher first, LADO" in first
    assert "Chair of Governors" in first
    assert "Ask the Headteacher" not in [b.label for r in chat.replies for b in r.buttons]
    assert all("dinner lady" not in q for q in await logged(chat))


async def test_a_parent_posting_a_colleagues_pregnancy_begins_a_report(chat: Chat) -> None:
    await chat.say("a parent posted on facebook that miss taylor is pregnant")
    assert report_begun(chat), chat.text
    assert await logged(chat) == []


async def test_a_parent_posting_a_lovely_photo_is_answered_as_before(chat: Chat) -> None:
    await chat.say("a parent posted that miss taylor is amazing")
    assert not report_begun(chat) and not report_offered_first(chat), chat.text


async def test_screenshotting_a_pupils_photo_is_answered_from_the_guidance_with_the_caution(chat: Chat) -> None:
    await chat.say("should i screenshot the photo of the pupil?")
    assert "the school's reporting guidance (not the policy) for \u201cA pupil's image or identity shared\u201d" in \
        chat.text
    assert SEXUAL_IMAGE_GUIDANCE[1:] in chat.text
    assert "[B.3]" not in chat.text  # the nearest clause, on posting event photos, is no answer to it


async def test_screenshotting_the_class_photo_for_the_newsletter_still_shows_the_nearest_clause(chat: Chat) -> None:
    await chat.say("can i screenshot the class photo for the newsletter?")
    assert "[B.3]" in chat.text and "reporting guidance" not in chat.text, chat.text
