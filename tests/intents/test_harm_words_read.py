"""How messages with harm words are read, as a Headteacher, a DSL and busy teachers would type them (a review's
scripts, 2026-11-30, of the name rules and the harm net). (a) Questions staff ask that hold a harm word are answered
as at 116cc6b (intent, clause and the answer's first sentence, as `ask --json` gives them); hypothetical safeguarding
questions the policy does not cover are still the Headteacher's to see (Ask the Headteacher offered, the words
logged), not answered as a possible report. (b) Disclosures in varied words begin a report or offer it first, and
their words are never logged. (c) Chat with harm words in it is neither a report nor offered one."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from bot.answers import MAYBE_REPORT, answer_question
from bot.store.models import QuestionLog
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

BEFORE = [
    ('what should I do if a pupil is being bullied online?',
     'policy_question', 'E.4',
     'Using social networking to harass, bully or intimidate is covered by the policy whenever and wherever the '
     'post was made.'),
    ('a child is being bullied on WhatsApp by other pupils, what does the policy say?',
     'report_concern', 'E.4',
     'Using social networking to harass, bully or intimidate is covered by the policy whenever and wherever the '
     'post was made.'),
    ('can the school act if a pupil is bullied online at the weekend?',
     'policy_question', 'E.0',
     'The school can act on online bullying that happens outside school when it affects the running of the '
     "school, threatens a pupil or member of the public, or could harm the school's reputation; the e-safety "
     'policy sets out the sanctions.'),
    ('a parent posted abuse about a teacher on Facebook, what can we do?',
     'report_concern', 'APX.1',
     "Abusive, discriminatory or threatening posts about the school, staff or pupils aren't tolerated; the "
     'school contacts whoever posted them to have them removed straight away, and takes legal advice where '
     'needed.'),
    ('what happens if a parent posts threatening comments about staff online?',
     'policy_question', 'APX.1',
     "Abusive, discriminatory or threatening posts about the school, staff or pupils aren't tolerated; the "
     'school contacts whoever posted them to have them removed straight away, and takes legal advice where '
     'needed.'),
    # since helper parentpost a report of a name called online carries the clause it falls under (APX.1), so the
    # answer says what the policy says and the way to report it, where it said only "It sounds like you want to report"
    ('a parent called me a bully on Facebook, what does the policy say?',
     'report_concern', 'APX.1',
     "Abusive, discriminatory or threatening posts about the school, staff or pupils aren't tolerated; the "
     'school contacts whoever posted them to have them removed straight away, and takes legal advice where '
     'needed.'),
    ("a pupil's photo was shared on Instagram by another parent without consent, what now?",
     'report_concern', 'D.1',
     'Parents should only post pictures of their own children, not of other pupils.'),
    ('can parents post pictures of other children being hurt in a fight?',
     'policy_question', 'D.1',
     'Parents should only post pictures of their own children, not of other pupils.'),
    ('what do I do if a child tells me they are being hurt?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('if a pupil hits another in a video posted online, can the school act?',
     'policy_question', 'APX.5',
     'The school has a safeguarding duty and will act on social media content that puts a pupil at risk, '
     "including posts that identify a child or use their picture; don't post anything that could identify a "
     'pupil, and tell the DSL if you see such a post.'),
    ('can I report a parent who hit their child?',
     'report_concern', None,
     'It sounds like you want to report a concern - thank you for raising it.'),
    ('a video of a fight between two pupils is going round TikTok, what does the policy say?',
     'report_concern', 'E.1',
     'The school can act on an incident outside school if it could affect the orderly running of the school.'),
    ('pupils are sharing a video of a boy being beaten up, can school take action?',
     'report_concern', 'E.3',
     "The school can act on an incident outside school if it could harm the school's reputation."),
    ('what if a post threatens to hurt a member of staff?',
     'policy_question', 'E.2',
     'The school can act on an incident outside school if it poses a threat to another pupil or to a member of '
     'the public.'),
    ('someone posted that they will kill a teacher, what do we do?',
     'policy_question', None,
     "I'm not sure which part of the Social Media policy you mean."),
    ('a parent threatened to punch me in a Facebook comment, what does the policy say?',
     'report_concern', 'APX.1',
     "Abusive, discriminatory or threatening posts about the school, staff or pupils aren't tolerated; the "
     'school contacts whoever posted them to have them removed straight away, and takes legal advice where '
     'needed.'),
    ('can we take action over cyberbullying that happened outside school?',
     'policy_question', 'E.0',
     'The school can act on online bullying that happens outside school when it affects the running of the '
     "school, threatens a pupil or member of the public, or could harm the school's reputation; the e-safety "
     'policy sets out the sanctions.'),
    ('is harassment on social media covered by the policy?',
     'policy_question', 'E.4',
     'Using social networking to harass, bully or intimidate is covered by the policy whenever and wherever the '
     'post was made.'),
    ('a pupil is being harassed on Snapchat, does the policy apply?',
     'report_concern', 'E.4',
     'Using social networking to harass, bully or intimidate is covered by the policy whenever and wherever the '
     'post was made.'),
    ('what does the policy say about online abuse of staff?',
     'policy_question', 'APX.1',
     "Abusive, discriminatory or threatening posts about the school, staff or pupils aren't tolerated; the "
     'school contacts whoever posted them to have them removed straight away, and takes legal advice where '
     'needed.'),
    ('who do I tell if a parent posts abusive material about pupils?',
     'report_concern', 'APX.1',
     "Abusive, discriminatory or threatening posts about the school, staff or pupils aren't tolerated; the "
     'school contacts whoever posted them to have them removed straight away, and takes legal advice where '
     'needed.'),
    ('can the school get legal advice if a parent posts violent threats?',
     'policy_question', 'APX.1',
     "Abusive, discriminatory or threatening posts about the school, staff or pupils aren't tolerated; the "
     'school contacts whoever posted them to have them removed straight away, and takes legal advice where '
     'needed.'),
    ('what counts as abusive or threatening material under the code of conduct?',
     'policy_question', 'APX.1',
     "Abusive, discriminatory or threatening posts about the school, staff or pupils aren't tolerated; the "
     'school contacts whoever posted them to have them removed straight away, and takes legal advice where '
     'needed.'),
    ('a parent is intimidating a teacher on Twitter, what can the school do?',
     'report_concern', 'E.4',
     'Using social networking to harass, bully or intimidate is covered by the policy whenever and wherever the '
     'post was made.'),
    ('if a child is being groomed online what does the policy say?',
     'policy_question', 'RATIONALE',
     "Because the internet has changed children's lives in and out of school, and social networking can help but "
     'can also harm; the policy sets out how we use it safely.'),
    ('a child says someone online asked for pictures, what should I do?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('what if a pupil posts a video of themselves self harming?',
     'policy_question', 'E.3',
     "The school can act on an incident outside school if it could harm the school's reputation."),
    ('can I add a pupil who is being bullied as a friend to support them?',
     'policy_question', 'B.1',
     'Never add pupils or ex-pupils as friends or followers on your personal accounts.'),
    ('a child is being threatened on social media, is that covered?',
     'report_concern', 'E.2',
     'The school can act on an incident outside school if it poses a threat to another pupil or to a member of '
     'the public.'),
    ('what sanctions are there for bullying using new technologies?',
     'policy_question', 'E.0',
     'The school can act on online bullying that happens outside school when it affects the running of the '
     "school, threatens a pupil or member of the public, or could harm the school's reputation; the e-safety "
     'policy sets out the sanctions.'),
    ('a pupil was attacked and it was filmed and posted, what does the school do?',
     'report_concern', 'E.3',
     "The school can act on an incident outside school if it could harm the school's reputation."),
    ('does the policy cover bullying that poses a threat to another pupil?',
     'policy_question', 'E.2',
     'The school can act on an incident outside school if it poses a threat to another pupil or to a member of '
     'the public.'),
    ('a parent is posting lies that a teacher hit a child, what can we do?',
     'report_concern', 'D.3',
     'Parents should not post malicious or made-up comments about anyone in the school community.'),
    ('if a parent claims on Facebook that a teacher hurt their son, is that malicious?',
     'policy_question', 'D.3',
     'Parents should not post malicious or made-up comments about anyone in the school community.'),
    ('should I report online bullying to the headteacher?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ("is it a safeguarding issue if a child's photo is used to mock them online?",
     'report_concern', 'APX.5',
     'The school has a safeguarding duty and will act on social media content that puts a pupil at risk, '
     "including posts that identify a child or use their picture; don't post anything that could identify a "
     'pupil, and tell the DSL if you see such a post.'),
    ('what if a pupil is identified in a social media post about abuse?',
     'policy_question', 'APX.5',
     'The school has a safeguarding duty and will act on social media content that puts a pupil at risk, '
     "including posts that identify a child or use their picture; don't post anything that could identify a "
     'pupil, and tell the DSL if you see such a post.'),
    ('can I post about a child being hurt at school on my own Facebook?',
     'policy_question', 'B.3',
     "Only with the Headteacher's consent first: staff must not post pictures of school events without it."),
    ('can staff comment online about a fight at school?',
     'policy_question', 'E.1',
     'The school can act on an incident outside school if it could affect the orderly running of the school.'),
    ('a colleague posted that a pupil is violent, is that allowed?',
     'report_concern', None,
     'It sounds like you want to report a concern - thank you for raising it.'),
    ("a parent shared a picture of a child's injuries on Facebook, what should happen?",
     'report_concern', 'D.1',
     'Parents should only post pictures of their own children, not of other pupils.'),
    ('someone posted a photo of a pupil with bruises, what do I do?',
     'report_concern', None,
     'It sounds like you want to report a concern - thank you for raising it.'),
    ('what do I do if I see a post bullying a pupil?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('are there sanctions if pupils bully each other in a group chat?',
     'policy_question', 'E.0',
     'The school can act on online bullying that happens outside school when it affects the running of the '
     "school, threatens a pupil or member of the public, or could harm the school's reputation; the e-safety "
     'policy sets out the sanctions.'),
    ('does the policy say what to do about threats of violence online?',
     'policy_question', 'E.2',
     'The school can act on an incident outside school if it poses a threat to another pupil or to a member of '
     'the public.'),
    ('if a parent posts that they will beat up another parent at the gate, can school act?',
     'policy_question', 'E.2',
     'The school can act on an incident outside school if it poses a threat to another pupil or to a member of '
     'the public.'),
    ('what does the policy say about cyberbullying of teachers by parents?',
     'policy_question', 'APX.3',
     "Social media isn't the place for issues like bullying, attendance, additional needs or complaints; the "
     "school won't discuss them there and will direct people to the proper procedure."),
    ('if a pupil is being abused online who do I tell?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('can the school act on a threat to a member of the public posted by a pupil?',
     'policy_question', 'E.2',
     'The school can act on an incident outside school if it poses a threat to another pupil or to a member of '
     'the public.'),
    ("a pupil's mum posted a video of her slapping another child, can we get it removed?",
     'report_concern', 'D.1',
     'Parents should only post pictures of their own children, not of other pupils.'),
    ('who do I tell if a child has bruises?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('what should I do if a child says they were hit at home?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('is a child being left home alone a safeguarding issue?',
     'report_concern', None,
     'It sounds like you want to report a concern - thank you for raising it.'),
    ('what if a pupil tells me their dad hits them?',
     'report_concern', None,
     'It sounds like you want to report a concern - thank you for raising it.'),
    ("what's the procedure if a child is being abused at home?",
     'report_concern', None,
     'It sounds like you want to report a concern - thank you for raising it.'),
    ('if a child discloses they are being sexually abused, who do I tell?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('what do we do if a pupil comes in with a black eye?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('who is the DSL if a child is being hurt?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('do I need to write it down if a child says someone hurt them?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('should I tell parents if their child says they were hit?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('what if a child is being neglected?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('if a pupil threatens to kill another pupil, what happens?',
     'policy_question', 'E.2',
     'The school can act on an incident outside school if it poses a threat to another pupil or to a member of '
     'the public.'),
    ('what do I do if a child is hurt in the playground?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('what is the policy on restraint if a pupil is hitting staff?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('can I touch a child who is upset?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('is it ok to hug a pupil who was hurt?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('what happens if a teacher hits a child?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('how do I report a child being bullied?',
     'report_concern', None,
     'It sounds like you want to report a concern - thank you for raising it.'),
    ('what if a child is being bullied and beaten up after school?',
     'policy_question', 'E.4',
     'Using social networking to harass, bully or intimidate is covered by the policy whenever and wherever the '
     'post was made.'),
    ("what's the LADO's role if a member of staff hurt a child?",
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('if a child was punched on the bus, who deals with it?',
     'policy_question', 'E.3',
     "The school can act on an incident outside school if it could harm the school's reputation."),
    ('what should I do if I think a child is being groomed?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('if a child is self harming who should I tell?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('does the policy cover a child being hurt at home?',
     'policy_question', 'E.2',
     'The school can act on an incident outside school if it poses a threat to another pupil or to a member of '
     'the public.'),
    ('is it a safeguarding concern if a child is always hungry?',
     'report_concern', None,
     'It sounds like you want to report a concern - thank you for raising it.'),
    ('what if a parent is abusing a child?',
     'policy_question', 'APX.1',
     "Abusive, discriminatory or threatening posts about the school, staff or pupils aren't tolerated; the "
     'school contacts whoever posted them to have them removed straight away, and takes legal advice where '
     'needed.'),
    ('what training do staff get on recognising abuse?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('should I ask a child questions if they say they are being hurt?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('what if a child is getting hit by an older sibling?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
    ('can a teacher be sacked for hitting a pupil?',
     'out_of_scope', None,
     "The Social Media policy doesn't cover that, so I can't give you a policy answer."),
]

# (a) questions from the list above whose `ask --json` changed at 10204a9: each a hypothetical question about what to
# do, not a case; now answered "If this is a concern, please report it…" with no Ask the Headteacher and not logged
CHANGED = [
    "who is the DSL if a child is being hurt?",
    "do I need to write it down if a child says someone hurt them?",
    "should I tell parents if their child says they were hit?",
    "what's the LADO's role if a member of staff hurt a child?",
    "should I ask a child questions if they say they are being hurt?",
    "can a teacher be sacked for hitting a pupil?",
]

# (a') who to tell, or what to do, asked of harm to a child: since helper danger2 (2026-12-01) the report is offered
# first, as a DSL would have it, and their words are not logged (intents/harm_asked.py); `ask --json` is unchanged.
# Until then they were the Headteacher's to see, as CHANGED still are.
WHO_TO_TELL = [
    "what do I do if a child tells me they are being hurt?",
    "if a pupil is being abused online who do I tell?",
    "who do I tell if a child has bruises?",
    "what should I do if a child says they were hit at home?",
    "if a child discloses they are being sexually abused, who do I tell?",
    "what do we do if a pupil comes in with a black eye?",
    "what do I do if a child is hurt in the playground?",
    "what should I do if I think a child is being groomed?",
    "if a child is self harming who should I tell?",
]

# (a'') the bare "what if" of harm to a child, nothing asked after it: since helper harm3 (2026-12-01) the report is
# offered first too, as the teacher may be asking about the child in front of them (intents/harm_asked.py); until then
# they were among CHANGED. "What if a parent is abusing a child?" is still answered from APX.1, beneath the offer.
WHAT_IF = [
    "what if a child is being neglected?",
    "what happens if a teacher hits a child?",
    "what if a parent is abusing a child?",
    "what if a child is getting hit by an older sibling?",
]
OFFERED = WHO_TO_TELL + WHAT_IF

# (b) disclosures: short, long, typos, a child's words quoted, second-hand
DISCLOSURES = [
    "Amelia in Y2 told me her dad hits her with a belt",
    "he hit me",
    "mum smacks me when i'm naughty she said",
    '"my step dad hurts me" - Tyler, 3B',
    "a girl in my class said her uncle touches her at night and she doesnt like it",
    "jayden said his mums boyfriend kicked him in the stomach",
    "I think Leo is being hit at home, he has bruises on his arms again",
    "Kyle's sister told me that their dad punched Kyle",
    "one of my year 4s came in with a black eye and says she can't say how",
    "ruby says nobody feeds her at home and she is always hungry",
    'he said "daddy burnt me with a cigarette"',
    "a pupil disclosed that her brother has been touching her",
    "Ayesha said she gets locked in her room all weekend",
    "my TA overheard Sam saying his mum hit him with a hairbrush",
    "sophie tld me her dad hitts her mum and her",
    "Noah was left home alone all weekend again, his neighbour told me",
    "a dinner lady told me she saw Mia's grandad slap her hard in the face at pick up",
    "Ethan has finger marks on his neck",
    '"he puts his hand down my pants" said Lily today',
    "Jake keeps getting beaten up by older boys on the way home",
    "there's a boy in reception whose mum shakes him when he cries",
    "Priya told me her cousin raped her",
    "Oliver said a man at the park showed him pictures and touched him",
    "child in my class says dad chokes her when he's angry",
    "Freya's been coming in with burns on her hands and won't say why",
    "she said her step mum threw a kettle at her",
    "Mohammed told his friend that his dad beats him every night, and the friend told me",
    "i'm worried, Zara said her mum's boyfriend makes her sit in a cold bath as punishment",
    "grandad does rude things to me when we're alone, Amy said",
    "Tom says his mum doesnt come home for days",
]

# (c) staffroom chat with harm words in it. A class, a task or a time wearing the speaker out ("year 6 are killing me
# today", "report writing is beating me up this week", "this week has battered me"), once a report, is in
# test_staffroom_idioms.py.
CHAT = [
    "that lesson killed me",
    "the heat is killing me",
    "Ofsted hit us hard",
    "I could murder a coffee",
    "my feet are killing me after playground duty",
    "the new timetable is a kick in the teeth",
    "that inset day was torture",
    "the photocopier hates me, I could strangle it",
    "this marking is killing me",
    "the data drop hit me like a truck",
    "I'm going to kill the person who took my stapler",
    "we got hammered by the rain at sports day",
]


# A case told, then asked about as the policy's or the school's: since helper `cheer` answered as that question with
# the report offered first (`intents/no_concern_told.py`), where it was begun at once; intent and clause as before
TOLD_THEN_ASKED = [
    "a child is being bullied on WhatsApp by other pupils, what does the policy say?",
    "a video of a fight between two pupils is going round TikTok, what does the policy say?",
    "a pupil is being harassed on Snapchat, does the policy apply?",
    "a child is being threatened on social media, is that covered?",
    "a pupil was attacked and it was filmed and posted, what does the school do?",
]


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]


@pytest.mark.parametrize(("question", "intent", "clause_id", "first"), BEFORE, ids=[b[0] for b in BEFORE])
def test_a_question_with_harm_words_is_answered_as_before(
    kb: KnowledgeBase, question: str, intent: str, clause_id: str | None, first: str
) -> None:
    answer = answer_question(question, kb)
    offered = question in OFFERED or question in TOLD_THEN_ASKED
    said = answer.text.split("If you were asking what the policy says: ", 1)[-1] if offered else answer.text
    assert (answer.understanding.intent, answer.understanding.clause_id, first_sentence(said)) == (
        intent, clause_id, first)
    assert answer.text.startswith(MAYBE_REPORT) == offered


async def logged(chat: Chat) -> list[str]:
    async with chat.runtime.store.transaction() as s:
        return [e.question for e in (await s.execute(select(QuestionLog))).scalars()]


def report_begun(chat: Chat) -> bool:
    return "What kind of concern" in chat.text


def report_offered_first(chat: Chat) -> bool:
    return bool(chat.replies) and chat.replies[0].text.startswith(MAYBE_REPORT)


def labels(chat: Chat) -> list[str]:
    return [b.label for r in chat.replies for b in r.buttons]


@pytest.mark.parametrize("question", CHANGED)
async def test_a_hypothetical_safeguarding_question_is_still_the_headteachers(chat: Chat, question: str) -> None:
    await chat.say(question)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text
    assert "Ask the Headteacher" in labels(chat)
    assert await logged(chat) == [question]


@pytest.mark.parametrize("question", OFFERED)
async def test_who_to_tell_asked_of_harm_to_a_child_offers_the_report_first(chat: Chat, question: str) -> None:
    await chat.say(question)
    assert report_offered_first(chat) and not report_begun(chat), chat.text
    assert "Ask the Headteacher" not in labels(chat)
    assert all(question not in q for q in await logged(chat))


@pytest.mark.parametrize("words", DISCLOSURES)
async def test_a_disclosure_begins_a_report_or_offers_it_first_and_is_not_logged(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat) or report_offered_first(chat), chat.text
    assert "Ask the Headteacher" not in labels(chat)
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", CHAT)
async def test_chat_with_harm_words_is_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat) and not report_offered_first(chat), chat.text
