"""A teacher telling that a parent (a carer, a visitor, someone) has posted something about a member of staff, a pupil
or the school is one of the concerns policybot exists for: an abusive parent post. Told by what the post said ("a
parent posted that mr smith is a paedo on facebook"), by a name called ("a parent is calling mr smith a paedophile
online") or in slang ("a parent is slagging off miss jones on the village facebook group"), it came back as a plain
policy question (D.3, D.2, B.7, APX.1), answered with the clause and no report. It begins a report now, surely, with
the clause it falls under as context: what was said of them (D.3, malicious comments), a name called or abuse (APX.1),
the school run down (D.2). Told and then asked about, the question is answered with the report offered first. A
question about what the policy says, praise, news, the speaker's own post or a post about someone not of the school
stays a question or out of scope, and is offered no report."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import logged, report_begun, report_offered_first

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

# What a post said of them: reported speech with an insult or an allegation
SAID = [
    "a parent posted that mr smith is a paedo on facebook",
    "a parent posted that mr smith is useless on facebook",
    "one of the mums has posted on fb that mrs patel is a liar",
    "a dad put on facebook that miss khan cant teach",
    "a dad posted mr smith is a nonce on fb",
    "a parent wrote on the community page that the head is a joke",
    "a mum commented on the school post that miss jones is useless",
    "a dad tweeted that our head is a disgrace",
    "a visitor posted on facebook that our staff are useless",
    "someone posted that mr smith is a pervert on the village facebook page",
    "a carer posted that miss jones hates the kids",
    "a parent has posted on facebook that a child in my class is a thief",
    "a mum posted on facebook that a year 6 boy is a bully",
    "a mum is posting that the school is rubbish on fb",
    "a parent posted that longton lane is a dump",
    "A parent's posted that the head's useless on FB",
    "a parent posted that mr smith is a peado on facebook",
    "a mum posted that mrs k is a fat cow on facebook",
    "a parent said on facebook that mr smith should be sacked",
    "a dad wrote on fb that miss jones shouldnt be allowed near kids",
    "a mum is saying on facebook that miss jones is a racist",
    "a dad is telling everyone on facebook that mr smith is a paedo",
    "a mum is accusing mr smith of being a paedo on facebook",
    "a parent accused my ta of hitting her son on facebook",
    "a dad posted on the village group accusing the head of lying",
    "ive just seen a parent has posted that mr smith is useless on facebook",
    "a parent posted that im a terrible teacher on facebook",
    "someone posted on the village group that our ta is a drunk",
    "one of the dads is going on fb saying the head is a liar",
    "a parent shared a post saying mr smith is a predator",
    "a parent posted that the teachers at longton lane are lazy",
    "a parent has written on facebook that mr smith is incompetent and should be sacked",
    "A parent posted on Facebook that Mr Smith is a paedo.",
    "Parent posting that Mrs Jones is a liar on FB!!",
    "a dad put on the village facebook group that our head is a crook",
    "a parent posted that our year 2 teacher is thick on facebook",
    "a parent posted that she thinks mr smith is useless on facebook",
]
# A name called, mockery
CALLED = [
    "a parent is calling mr smith a paedophile online",
    "a parent called mr smith a paedo on facebook",
    "a parent called me a liar on the school facebook page",
    "a dad called miss jones a bitch in the comments on fb",
    "parent calling the head a nonce on twitter",
    "a grandparent is calling mrs ali a racist on facebook",
    "a parent called a pupil a little shit on facebook",
    "a parent is calling mr smith a pedo online",
    "a parent posted about mr smith on facebook calling him a nonce",
    "a parent put a post up calling miss jones useless",
    "a parent left a google review calling the school a joke",
    "a mum is making fun of a pupil with autism on facebook",
    "a parent is mocking a child in my class on tiktok",
    "a dad is taking the piss out of mrs patel on facebook",
    "a parent has called the school a shithole on facebook",
    "a mum posted a rant about miss jones calling her useless",
    "mr smith got called a paedo on the village fb group",
]
# Slang verbs of disparaging, told of staff or the school
SLANG = [
    "a parent is slagging off miss jones on the village facebook group",
    "a parent is slagging off a teacher on facebook",
    "parent slagging off the school on the village fb page",
    "a mum is slagging me off on facebook",
    "some parents are slagging off mr obrien in the year 4 whatsapp group",
    "a parent is trashing the school on facebook",
    "a parent is trashing mrs green on the parents group chat",
    "a mum has been slating the school on facebook all week",
    "a parent slated mr hussain on the village fb group last night",
    "a dad is bad mouthing my ta on facebook",
    "a parent has been badmouthing miss jones online",
    "a parent had a go at mr smith on facebook",
    "a mum is having a go at the head on the school facebook page",
    "one of the dads ripped into miss jones on facebook",
    "a parent is ripping into our year 6 teacher on tiktok",
    "a parent is naming and shaming mr smith on facebook",
    "a mum named and shamed my ta on the village group",
    "someone is slagging off the school on tiktok",
    "a dad is slagging off a year 3 girl on facebook",
    "dad slagging off mr smith on fb",
    "a parent slagged off mrs jones on facebook yesterday",
    "a mum slagged the head off on facebook",
    "a parent is slagging the school off on the village facebook page",
    "a parnet is slaggin off miss jones on facebook",
    "miss jones is being slagged off on facebook by a parent",
    "the head is being trashed on facebook by some parents",
    "a parent is mouthing off about mr smith on facebook",
    "a parent keeps slagging off the teachers on facebook",
    "mum in 4b slagging off miss jones in the class whatsapp",
    "a parent is slagging off my colleague on facebook",
    "dad slatin miss jones on fb",
]
TOLD = SAID + CALLED + SLANG

# Told, then asked about: the question answered, the report offered first
ASKED_AFTER = [
    "a parent posted that mr smith is a paedo on facebook, can we make her take it down?",
    "A mum is slagging off Miss Jones on the village Facebook group. What does the policy say?",
    "a parent has posted that the head is useless on facebook is that allowed?",
    "one of the mums is trashing the school on the community page, any advice?",
]

# Questions about the policy, praise, news, the speaker's own post, someone not of the school: no report, none offered
NEAR_MISSES = [
    # the policy asked about
    "can parents post that a teacher is rubbish?",
    "what if a parent slags off the school?",
    "is a parent allowed to call a teacher names online?",
    "what happens if a parent posts that a teacher is useless?",
    "can a parent slag off the school on facebook?",
    "what do we do if parents are slagging off staff online?",
    "is it ok for parents to call the head names on facebook",
    "what does the policy say about parents slagging off teachers",
    "are parents allowed to criticise the school on facebook",
    "what if a parent calls a teacher a paedo online?",
    "how do i stop parents slagging off the school online",
    "should we reply when parents slate the school on facebook?",
    "who deals with parents bad mouthing staff online?",
    "what is the policy on parents naming and shaming teachers on social media",
    "can parents name and shame staff on facebook?",
    "if a parent has a go at me on facebook what do i do?",
    "what should staff do if parents call them names on facebook?",
    "do we have to report parents who slag off teachers online?",
    "can we ask parents to take down posts slagging off the school?",
    "does the policy cover parents trashing the school on tripadvisor",
    "are grandparents allowed to post that the head is rubbish?",
    "what can we do about parents calling teachers useless on facebook?",
    "can a parent be banned for calling the head a liar online?",
    "can a parent be sued for calling a teacher a paedo on facebook?",
    "what should i do if a parent calls me useless online",
    "is slagging off a teacher on facebook against the policy?",
    "does the policy say parents cant call staff names on social media",
    "how do we respond to parents trashing the school online",
    "are parents allowed to name and shame a teacher on the village group",
    "parents slagging off staff online - what's the school's stance?",
    "what if someone posts that mr smith is a paedo?",
    "if a parent posted that a teacher was useless would that break the policy",
    "would it be abusive if a parent called a teacher a liar online?",
    "can parents say a teacher is useless on facebook if its true",
    "parents calling teachers names online, what does the policy say",
    "how should staff deal with parents slating them on social media?",
    # the speaker's own post
    "can i slag off the school on my own facebook?",
    "am i allowed to post that ofsted were useless",
    "can i call a colleague useless on facebook",
    "is it ok to post that the council are useless?",
    "can staff slag off parents on facebook?",
    # praise and news in the same shape
    "a parent posted a lovely thank-you to mr smith on facebook",
    "a parent posted that mr smith is brilliant on facebook",
    "a parent posted that mr smith is leaving on facebook",
    "a mum posted that miss jones is the best teacher ever",
    "a dad posted that sports day was amazing",
    "a mum shared the school newsletter on facebook",
    "a parent posted that school is closed tomorrow because of snow",
    "a parent posted that mr smiths class won the quiz",
    "a dad posted on facebook that the school fair raised 500 pounds",
    "a parent wrote a lovely review of the school on google",
    "a dad shared a post saying the school play was fab",
    "a parent posted that miss jones is amazing and called her a star",
    "a parent posted that mr smith was brilliant at the disco lol",
    "a mum posted a thank you card for miss jones on facebook",
    "a parent posted that mr smith is retiring on facebook",
    "a dad posted that the head did a great job at the fair",
    "a parent said on facebook that the school is the best in town",
    # a call on the phone, a group, things, people not of the school, off line
    "a parent called the office to say mr smith is off sick",
    "a parent called mr smith about the trip",
    "a parent is calling the school about the snow day",
    "a parent called me about the online safety evening",
    "the parents group on facebook is really useful",
    "the kids were trashing the classroom",
    "a parent had a go at me in front of the group at the disco",
    "my friend is always slagging off her school on insta",
    "the local paper slated the school",
    "ofsted slated us in 2019",
]


def test_the_lists_are_long_enough() -> None:
    assert len(set(TOLD)) >= 80 and len(set(NEAR_MISSES)) >= 60


@pytest.mark.parametrize("words", TOLD)
def test_a_post_told_is_a_report_with_its_clause(words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" and not meaning.doubtful and not meaning.maybe_report, meaning
    assert meaning.clause_id in {"D.3", "APX.1", "D.2"}, meaning


@pytest.mark.parametrize(("words", "clause"), [
    ("a parent posted that mr smith is a paedo on facebook", "D.3"),  # malicious or fictitious comments
    ("a parent accused my ta of hitting her son on facebook", "D.3"),
    ("a parent is calling mr smith a paedophile online", "APX.1"),  # foul or abusive material about staff
    ("a parent is slagging off miss jones on the village facebook group", "APX.1"),
    ("a parent is slagging off a teacher on facebook", "APX.1"),  # not B.7, staff's own posts
    ("a parent is trashing the school on facebook", "D.2"),  # a complaint posted, not made to the school
])
def test_the_clause_is_what_was_posted(words: str, clause: str, kb: KnowledgeBase) -> None:
    assert understand(words, kb.index).clause_id == clause


@pytest.mark.parametrize("words", NEAR_MISSES)
def test_a_question_praise_or_news_is_no_report_nor_offered_one(words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent in ("policy_question", "out_of_scope") and not meaning.report_first, meaning


@pytest.mark.parametrize("words", [
    "a parent posted that mr smith is a paedo on facebook",
    "a parent is calling mr smith a paedophile online",
    "a parent is slagging off miss jones on the village facebook group",
    "a parent called mr smith a nonce on twitter. who do i tell?",
])
async def test_in_the_chat_a_post_told_begins_a_report_and_is_not_logged(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_begun(chat), chat.text
    assert all(words not in q for q in await logged(chat))


@pytest.mark.parametrize("words", ASKED_AFTER)
async def test_a_post_told_then_asked_about_is_answered_with_the_report_offered_first(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert report_offered_first(chat) and not report_begun(chat), chat.text
    assert all(words not in q for q in await logged(chat))
