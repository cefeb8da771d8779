"""Violence the harm net missed, and false reports begun where nothing happened to a person, found by a review with
sentences of our own, typed as busy staff type them.

Adults hitting or fighting one another where it is the school's business (a parent or carer in it, a place at school,
children watching: "a mum punched another mum in the playground", "two parents were fighting by the gate and the kids
saw it"), and something thrown, smashed or swung at a person ("he smashed the test tube into her face", "dad threw
the ball hard at his head"), were answered "the policy doesn't cover that", Ask the Headteacher offered and their
words logged: now the report is offered first (or begun, where a report rule takes it), with no Ask the Headteacher,
and the words are not logged. Adults fighting away from school with no child in it, snowballs, a ball thrown to
someone, being sick, a brick through a window stay plain. A thing damaged ("the storm last night smashed the
greenhouse by the nursery"), a harm word naming what a policy, a lesson or a game is about ("a parent asked if the
school has a policy on bullying", "a pillow fight at the residential") began a report and now do not; a question
about what to do if a child says or suffers something ("should I report it if a child says they hate their
brother?") is answered with the report offered first rather than begun, while a case told in a question ("should i
report this? a child told me her dad hits her") still begins one."""

from __future__ import annotations

import pytest

from bot.answers import MAYBE_REPORT
from intents import understand
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# Adults hitting or fighting one another at school, or where children see it
ADULTS_FIGHTING = [
    'a mum punched another mum in the playground',
    'a dad headbutted another parent at pick up',
    'two parents were fighting by the gate and the kids saw it',
    'a mum punched another mum in the playground with kids watching',
    'a parent hit another parent at the gate',
    'parents fighting in the playground',
    'a grandad slapped a mum at drop off',
    'a man punched a woman outside the school gates',
    'a mum pushed another mum over at the gate',
    'a dad threw a punch at another dad by the office',
    'two dads were scrapping in the car park at home time',
    'one of the mums slapped another mum at the christmas fayre',
    'jaydens dad punched amys dad at pick up',
    '2 mums had a punch up on the playground this morning',
    'there was a brawl between some parents at sports day',
    'a fight broke out between two dads at the disco',
    'a dad kicked another dad outside reception',
    'a grandma slapped a man at the gate in front of the kids',
    'a man hit a woman on the field while the children watched',
    'two men fighting outside the nursery gate',
    'my neighbours had a punch up last night and my yr 3 son saw all of it',
    'a mum grabbed another mum by the hair at pick up',
    'a step dad headbutted a man at the school gate',
    'dads fighting at the football tournament, the kids were crying',
    'saw a parent punch another parent in the car park',
    'a mum attacked another mum at drop off today',
    'a dad went for another dad at the gate, the reception kids were watching',
    'mrs khans husband hit a dad outside school',
    'a carer slapped another carer in the playground',
    'two grandads came to blows at the nativity',
    'a dad shoved another parent over at the gate',
    'parents were fighting in the car park and children were screaming',
    'mrs smith punched another mum at the gate',
]
# Adults fighting away from school with no child in it, a fight that is a cause or a game, an idiom, a "what if"
ADULTS_NOT_FIGHTING = [
    'my neighbours had a punch-up last night',
    'two blokes fighting in the pub',
    'saw a fight on the telly last night',
    'parents fighting the closure of the nursery',
    'two parents arguing about parking at the gate',
    'a dad beat another dad in the fathers race at sports day',
    'the mums are fighting for a place on the pta',
    'can parents fight in the playground?',
    'what if a parent hits another parent at the gate?',
    'a mum hit another mum car in the car park',
    'our staff had a snowball fight on the field',
    'the dads race was a close fight',
    'a parent asked about the fighting in year 5',
    'a parent complained that the dads team beat the mums team',
    'we are fighting a losing battle with parking at pick up',
    'a man knocked on the office window at pick up',
    'a mum hit the gate with her pram',
    'a dad kicked the ball to another dad at the fete',
    'two parents clashed at the pta meeting about the budget',
    'boxing club for parents starts monday in the hall',
    'the mums netball team smashed the dads team',
    'my husband and i had a row last night',
    'the parents are up in arms about the new uniform',
    'the teachers fought hard for the new playground',
    'two teachers had a pillow fight at the residential',
    'a dad slapped a sticker on another dads car',
    'a mum punched the air when her son won',
    'the grandads sparred over the raffle at the fete',
]
# Something thrown, smashed or swung at a person, or a bone broken by someone else
THROWN_AT_SOMEONE = [
    'he smashed the test tube into her face',
    'dad threw the ball hard at his head',
    'she threw a chair at him',
    'he hit her with a ruler',
    'a boy threw a stone at a year 2 child',
    'he swung a chair at her',
    'she slammed his head against the wall',
    'he flung a book at her face',
    'someone threw an egg at a girl on the way home',
    'jake threw scissors at a girl in yr3',
    'kai lobbed a rock at amy',
    'he chucked a pencil case at her head',
    'mum threw a plate at him',
    'a yr6 boy swung his bag at a reception child',
    'dad smashed a glass in his face',
    'he flung his water bottle at her face in the line',
    'a boy in 4b hurled a brick at ellie',
    'the big boys were chucking stones at the little ones',
    'she whacked the stick into his face',
    'he threw a mug at his mum',
    'he slammed the door on her fingers on purpose',
    'dad smashed a bottle over his head',
    'he took a swing at a year 1 in the toilets',
    'he threw a punch at her brother',
    'she threw hot tea at her son',
    'ty rammed his head into the radiator',
    'step dad threw a remote at her face',
    'he kept throwing conkers at her face',
    'a man threw a bottle at some kids on the field',
    'he broke her arm',
    'jake broke her nose',
    'the older lads lobbed bricks at the year 3s on the way home',
    'a mum smashed a bottle over a dads head outside school',
]
# Play, being sick, a party, a look, property, a test done well, one's own fall
NOT_THROWN_AT_ANYONE = [
    'the kids threw snowballs at each other at break',
    'he threw up in class',
    'someone threw a brick through the classroom window',
    'she threw the ball to him',
    'threw a party',
    'smashed it in the test',
    'she threw a tantrum at lunch',
    'he threw a look at her',
    'we threw a surprise party for the head',
    'he smashed it at sports day',
    'whats the behaviour policy for throwing food at lunch',
    'my class smashed their reading targets',
    'she threw her coat on the floor',
    'he threw the ball to amy in pe',
    'i threw a question at him in the interview',
    'he kicked the ball into the net',
    'they threw beanbags at the target',
    'the wind smashed the gate against the wall',
    'the caretaker smashed the ice on the pond',
    'she broke her arm on the trampoline',
    'he broke his leg playing football',
    'i broke my wrist skiing',
    'she threw herself into the nativity',
    'can i throw the old laptops in the skip?',
    'dad threw a fit at parents evening',
    'he threw his lunch in the bin',
    'we threw water balloons at each other on the last day',
    'she slammed the door and stormed off',
    'the ball hit the window',
    'someone smashed the glass on the back door',
]
# A thing damaged, a harm word naming a policy, a lesson or a game: nothing happened to a person
NOTHING_HAPPENED_TO_ANYONE = [
    'the storm last night smashed the greenhouse by the nursery',
    'a parent asked if the school has a policy on bullying',
    'the wind blew down the fence by the year 1 playground',
    'someone smashed the bus shelter outside school last night',
    'a tree fell and smashed the shed roof by reception',
    'kids broke the bench by the field again',
    'the gales wrecked the polytunnel last night',
    'vandals smashed the greenhouse over the weekend',
    'a parent asked what our anti bullying policy says',
    'our anti bullying week starts on monday',
    'the grooming training this morning was really good',
    'a mum wants to know if we have a policy on cyberbullying',
    'the wind smashed a window in the year 2 classroom last night',
    'someone vandalised the bike shed over half term',
    'the flood damaged the nursery carpets',
    'a lorry knocked down the wall by the car park',
    'a parent asked for a copy of the anti-bullying policy',
    'a dad asked if we do training on online grooming',
    'a parent wants to know what our policy on self harm is',
    'a mum asked if there is a lesson about online bullying in year 5',
    'the hail cracked the skylight above reception',
    'year 6 had a water fight on the field today',
    'the kids had a pillow fight at the residential last night',
]
# Reports that must stay reports, begun at once
STILL_REPORTS = [
    'a parent told me her son is being bullied',
    'a parent asked me to report that her daughter is being bullied on snapchat',
    'a boy in year 4 is being bullied at lunch',
    'someone smashed the classroom window and hurt a child',
    'dad smashed the window and hit her',
    'a mum says her son is being groomed online',
    'should i report this? a child told me her dad hits her',
    'who do i tell? amy in 3b says her dad hit her last night',
    'do i need to report it if a child told me today that her uncle touched her?',
    'who do i tell if a child in my class says her dad hits her?',
]
# What to do if a child says or suffers something, asked in general
WHAT_TO_DO = [
    'should I report it if a child says they hate their brother?',
    'who do I tell if I think a child is being hurt at home?',
    'who do i tell if a child tells me their dad hits them?',
    'do i need to report it if a pupil says their mum smacks them?',
    'who do i speak to if a pupil says their uncle hurts them?',
    'where do i report it if a child tells me they are being hit at home?',
    'should we tell the dsl if a child says their step dad hits them?',
    'how do i report it if a child says they are being bullied online?',
]


def _ask_the_head_offered(chat: Chat) -> bool:
    return "Ask the Headteacher" in [b.label for r in chat.replies for b in r.buttons]


@pytest.mark.parametrize("words", [*ADULTS_FIGHTING, *THROWN_AT_SOMEONE])
async def test_violence_offers_the_report_first_or_begins_one_never_ask_the_head_and_is_not_logged(
        chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    if not report_begun(chat):
        assert chat.replies[0].buttons[0].label == "Report a concern", chat.text
    assert not _ask_the_head_offered(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", [*ADULTS_NOT_FIGHTING, *NOT_THROWN_AT_ANYONE, *NOTHING_HAPPENED_TO_ANYONE])
def test_nothing_done_to_a_person_is_neither_a_report_nor_offered_one(words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, meaning


# Through the engine: answered as the question, Ask the Headteacher offered as for any question
PLAIN_IN_CHAT = ["my neighbours had a punch-up last night", "the kids threw snowballs at each other at break",
                 "someone threw a brick through the classroom window",
                 "the storm last night smashed the greenhouse by the nursery",
                 "a parent asked if the school has a policy on bullying"]


@pytest.mark.parametrize("words", PLAIN_IN_CHAT)
async def test_nothing_done_to_a_person_begins_no_report_in_the_chat(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not chat.replies[0].text.startswith(MAYBE_REPORT), chat.text


@pytest.mark.parametrize("words", STILL_REPORTS)
async def test_a_report_told_still_begins_one(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat), chat.text


@pytest.mark.parametrize("words", WHAT_TO_DO)
async def test_what_to_do_asked_in_general_is_answered_with_the_report_first_not_begun(chat: Chat, words: str) -> None:
    meaning = understand(words, chat.runtime.engine.kb.index)
    assert meaning.intent == "report_concern" and meaning.report  # ask --json still calls it a report
    await chat.say(words)
    assert not report_begun(chat) and report_offered_first(chat), chat.text
    assert chat.replies[0].buttons[0].label == "Report a concern" and not _ask_the_head_offered(chat), chat.text
    assert all(words not in q for q in await logged(chat))
