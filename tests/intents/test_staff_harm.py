"""Harm done to a member of staff, the speaker or a colleague, by someone named by what they are (a parent, a carer, a
pupil, "a yr6 boy", "a man"), told with where or when it happened or in the register staff type it ("a parent slapped
me in the car park", "a parnet punched me at pick up", "a parent is stalking me online"), is a concern the Headteacher
must hear of: it begins a report or offers one first, never Ask the Headteacher, and its words are not logged with
the unanswered questions. The report model, taught mostly on harm to children, was unsure of such messages, and they
were answered "the policy doesn't cover that". A game lost, a knock, an idiom or the staffroom's weariness ("a parent
hit me up on whatsapp", "year 6 beat me at rounders", "a boy knocked into me in the corridor and said sorry", "my
class are killing me") stays a question or smalltalk."""

from __future__ import annotations

import pytest

from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# A member of staff hit, bitten, spat at, grabbed, stalked or threatened by a parent, a carer, a pupil or a stranger
HARMED = [
    "a parent slapped me in the car park",
    "a yr6 boy hit me at lunch",
    "a parnet punched me at pick up",
    "a parent is stalking me online",
    "a dad headbutted me at the gate this morning",
    "a mum spat at me in the playground",
    "a year 4 girl bit my arm in class",
    "one of the parents grabbed me by the throat after school",
    "a carer pushed me against the wall in reception",
    "my ta got punched by a parent at home time",
    "a colleague was assaulted by a parent in the car park",
    "a pupil kicked me in the stomach at break",
    "a y5 boy threw a chair at me in maths",
    "a parent assaulted me at parents evening",
    "a dad has been following me home from school",
    "a parent keeps turning up at my house",
    "a year 6 lad punched my ta in the corridor",
    "a boy from year 5 scratched my face during pe",
    "a grandad shoved me at the school gate",
    "a parent threatened to hit me in the car park",
    "a man spat on me at pick up yesterday",
    "a girl in year 3 kicked me repeatedly at lunchtime",
    "a parent keeps messaging me on instagram and following me home",
    "a dad cornered me in the car park and grabbed my arm",
    "a reception child bit me on the hand today",
    "a parent smacked my colleague at drop off",
    "a yr 2 boy punched me in the face in the hall",
    "a mum hit me with her bag at the gate",
    "parent slapped me at pick up today",
    "a year 6 pupil elbowed me in the face at lunch",
    "a parent has been stalking me on facebook",
    "a boy in my class stabbed me with a pencil this morning",
    "a parent followed me to my car and hit me",
    "a yr5 girl pulled my hair in the line",
    "a pupil attacked me in the playground",
    "a parent attacked my ta at the school gate",
    "a dad spat in my face at parents evening",
    "a carer is stalking my colleague",
    "a child hit me round the head in the dinner hall",
    "A PARENT PUNCHED ME IN THE CAR PARK",
    "a parent kicked me at sports day",
    "a boy headbutted me at lunch time",
    "one of my y6 boys hit me at play",
    "a parent slaped me at the gate",
    "a year 1 child kicked my ta in the shin at lunch",
    "a parent is stalking us on social media",
]

# No one harmed: an idiom, a game lost, a knock said sorry for, a word at the gate, the staffroom's weariness
NOT_HARMED = [
    "a parent hit me up on whatsapp",
    "year 6 beat me at rounders",
    "a parent hit me with a load of questions",
    "a boy knocked into me in the corridor and said sorry",
    "my class are killing me",
    "a parent hit me up on facebook about the trip",
    "year 5 beat me at tag rugby at lunch",
    "a parent caught me in the car park to ask about the trip",
    "a boy bumped into me at lunch and apologised",
    "a parent grabbed me at pick up to ask about reading books",
    "a parent stopped me in the car park about dinner money",
    "a mum cornered me at the gate about the nativity costumes",
    "my ta beat me at chess at lunch",
    "the year 6s thrashed me at dodgeball",
    "a parent hit me with a complaint about homework",
    "a colleague hit me up about cover",
    "a dad hit me with a barrage of emails",
    "a year 2 girl hugged me at home time",
    "a child high fived me in the playground",
    "a parent thanked me at pick up",
    "the kids smashed it at sports day",
    "a pupil beat me in the spelling test",
    "year 4 destroyed me at the quiz",
    "a boy tapped me on the shoulder in assembly",
    "a parent waved at me in the car park",
    "a boy knocked me over in the corridor by accident",
    "my class are driving me mad",
    "a parent is chasing me about the trip money",
    "a parent hit me with a last minute request at pick up",
    "the head hit me with a surprise observation",
    "year 3 smashed me at dodgeball",
    "a girl in year 2 beat me at a race on sports day",
    "a parent followed me on twitter",
    "a dad caught me at the gate about parking",
    "my yr6s hit me with so many questions today",
]


def test_both_lists_are_long_enough() -> None:
    assert len(set(HARMED)) >= 30 and len(set(NOT_HARMED)) >= 30


@pytest.mark.parametrize("words", HARMED)
async def test_harm_done_to_a_member_of_staff_begins_a_report_or_offers_it_first(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert all("Ask the Headteacher" != b.label for r in chat.replies for b in r.buttons), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", NOT_HARMED)
async def test_an_idiom_a_game_or_a_knock_to_a_member_of_staff_begins_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text
