"""What a member of staff notices: the right clause, honest abstentions, reports, follow-ups, did-you-mean."""

from __future__ import annotations

import pytest

from intents import Candidate, Understanding, rank, understand
from intents.index import IndexEntry, build_index
from policy_kb.knowledge import KnowledgeBase
from tests.phrasings import a_close_call, a_vague_question


def test_sports_day_photos_is_b3(kb: KnowledgeBase) -> None:
    u = understand("Can I put my sports day pics on facebook??", kb.index)
    assert (u.intent, u.clause_id, u.report) == ("policy_question", "B.3", False)
    assert 0.5 <= u.confidence <= 1.0


@pytest.mark.parametrize("question", ["can i post pics of the gala on my facebook",
                                      "staff photos from the year 6 graduation on insta ok?"])
def test_any_school_event_a_teacher_posts_pictures_of_is_b3(question: str, kb: KnowledgeBase) -> None:
    """A gala or a graduation is a school event as sports day is: its pictures need the Headteacher's consent."""
    assert understand(question, kb.index).clause_id == "B.3"


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("a year 6 kid sent me a freind request on insta", "B.1"),
        ("can i go on tiktok during lessons", "B.4"),
        ("should my fb profile be locked down", "B.6"),
        ("can I have a moan about the governors on twitter", "B.7"),
        ("do I need the head's OK to start a class blog", "C.1"),
        ("what is the LADO", "B.0"),
        ("when is the policy next reviewed", "META.REVIEW"),
        ("WHAT IS SMOOTHWALL FOR", "A.2"),
        ("Is it OK to organize a class Instagram page? Who authorizes it?", "C.1"),  # American spelling
    ],
)
def test_chat_spellings_slang_and_typos_find_the_clause(kb: KnowledgeBase, question: str, clause: str) -> None:
    assert understand(question, kb.index).clause_id == clause


def test_follow_up_about_ex_pupils_stays_on_b1(kb: KnowledgeBase) -> None:
    first = understand("can I add a pupil as a friend?", kb.index)
    assert first.clause_id == "B.1"
    follow = understand("what about ex-pupils?", kb.index, previous_clause=first.clause_id)
    assert follow.clause_id == "B.1"


def test_short_follow_up_leans_on_the_previous_clause(kb: KnowledgeBase) -> None:
    assert understand("what about instagram?", kb.index, previous_clause="B.3").clause_id == "B.3"
    # Without the context the same words are too vague to cite anything with confidence.
    alone = understand("what about instagram?", kb.index)
    assert alone.clause_id != "B.3" or alone.confidence < 0.5


def test_a_full_new_question_is_matched_afresh(kb: KnowledgeBase) -> None:
    u = understand("Should my Facebook profile be private or public?", kb.index, previous_clause="B.3")
    assert u.clause_id == "B.6"


@pytest.mark.parametrize(
    "question",
    ["How many sick days do we get?", "where can staff park on Fridays", "what's for dinner", "When is INSET?",
     "How do I reset my laptop password?", "what is the uniform policy"],
)
def test_out_of_scope_abstains(kb: KnowledgeBase, question: str) -> None:
    u = understand(question, kb.index)
    assert u.clause_id is None and u.intent == "out_of_scope" and not u.report


@pytest.mark.parametrize(
    ("message", "clauses"),
    [
        ("I need to report a pupil who is being bullied on WhatsApp", {"E.4", "E.0"}),
        ("a parent posted abuse about a colleague on facebook and I want to report it", {"APX.1", "D.3"}),
        ("someone shared a photo of one of our pupils and I'm worried", {"APX.5", "D.1"}),
    ],
)
def test_report_intent_keeps_its_clause(kb: KnowledgeBase, message: str, clauses: set[str]) -> None:
    u = understand(message, kb.index)
    assert u.intent == "report_concern" and u.report
    assert u.clause_id in clauses


def test_report_without_a_clause(kb: KnowledgeBase) -> None:
    u = understand("I want to report a concern", kb.index)
    assert u.intent == "report_concern" and u.report and u.clause_id is None


@pytest.mark.parametrize(
    "message",
    ["how do I log an online safety concern", "Year 4 are sending nasty messages to a girl in a gaming chat",
     "kid bullied on snapchat - report", "I'm worried about a photo of one of our pupils on facebook",
     # no "I", a heading, a flag: how busy staff actually type it
     "need to report a teaching assistant who follows year 5 children on tiktok",
     "Reporting: a dad is naming staff in a facebook campaign", "flagging a post on the village page about our head",
     # a child's disclosure, a harm the words name, "worried about this"
     "a girl in my class told me an older boy keeps sending her messages that make her scared",
     "someone has hacked the PTA facebook page", "a parent is livestreaming the school disco with all the children",
     "a year 3 boy showed me a game chat on his tablet, worried about this",
     "I'm worried"],
)
def test_reports_are_recognised(kb: KnowledgeBase, message: str) -> None:
    u = understand(message, kb.index)
    assert u.intent == "report_concern" and u.report


def test_a_doubtful_report_is_matched_as_the_question_it_may_be(kb: KnowledgeBase) -> None:
    # Only the report model takes these for reports, and doubtfully: the intent says a report is possible, the clause
    # and `as_question` are what they are read as a question, so the engine can offer the report and answer.
    lies = understand("parents spreading lies online", kb.index)
    assert lies.intent == "report_concern" and lies.maybe_report and lies.as_question == "policy_question"
    assert lies.clause_id == "D.3"
    staff = understand("staff instagram", kb.index)  # not covered, but shown the clause the policy comes nearest with
    assert staff.maybe_report and staff.as_question == "out_of_scope" and staff.nearest is not None
    # Nothing to answer as a question, or only the closest the policy comes (B.1 at 0.31): a report, as before
    # ("reception admissions criteria" too, a false alarm); and read afresh, not leaning on the last answer.
    for nothing in ("kid sent nudes", "reception admissions criteria", "our kids on strangers insta"):
        u = understand(nothing, kb.index)
        assert u.intent == "report_concern" and not u.maybe_report, nothing
    assert not understand("dad hit her", kb.index, previous_clause="B.1").maybe_report
    for plain in ("teacher dm pupil", "a pupil is being bullied on WhatsApp", "I want to report a concern"):
        assert not understand(plain, kb.index).maybe_report, plain


@pytest.mark.parametrize(
    "message",
    ["how do I report a broken window in my classroom", "who do I tell that the staffroom printer has jammed",
     "how do I log in to Tapestry", "I need to raise my pay query", "worried about my PPA cover this week",
     "reporting period for the end of year", "A pupil showed me a funny video, can I share it?",
     "can pupils make fake accounts in a computing lesson?"],
)
def test_everyday_uses_of_report_words_do_not_start_a_report(kb: KnowledgeBase, message: str) -> None:
    assert not understand(message, kb.index).report


def test_hypothetical_question_is_not_a_report(kb: KnowledgeBase) -> None:
    u = understand("What if an online post threatens a pupil?", kb.index)
    assert u.intent == "policy_question" and not u.report and u.clause_id == "E.2"


@pytest.mark.parametrize(
    ("message", "kind"),
    [("hi", "greeting"), ("Thanks!", "thanks"), ("bye 👋", "bye"), ("tell me a joke", "joke"),
     ("hiya bot", "greeting"), ("ok", "ack"), ("got it", "ack"), ("ok thanks", "thanks")],
)
def test_smalltalk_has_no_clause(kb: KnowledgeBase, message: str, kind: str) -> None:
    u = understand(message, kb.index)
    assert (u.intent, u.smalltalk, u.clause_id) == ("smalltalk", kind, None)


@pytest.mark.parametrize("message", ["help", "What can you do?", "how does this work"])
def test_help(kb: KnowledgeBase, message: str) -> None:
    assert understand(message, kb.index).intent == "help"


def test_greeting_before_a_question_still_answers_it(kb: KnowledgeBase) -> None:
    assert understand("hi! can I friend an ex pupil on facebook?", kb.index).clause_id == "B.1"


def test_close_call_offers_both(kb: KnowledgeBase) -> None:
    question, pair = a_close_call(kb.index)
    u = understand(question, kb.index)
    assert pair <= {u.clause_id, *(c.clause_id for c in u.alternatives)}
    assert all(0.0 <= c.confidence <= u.confidence for c in u.alternatives)


@pytest.mark.parametrize(
    "message",
    ["", "   \n\t ", "\x00\x01\x1b[31m\x07", "🙂🙂🙂", "¿Puedo publicar fotos del día del deporte en Facebook?",
     "我可以在脸书上发布运动会的照片吗？", "Czy mogę dodać ucznia do znajomych?", "asdkjh qwpoeiru zmxncb"],
)
def test_bad_input_is_a_polite_abstain(kb: KnowledgeBase, message: str) -> None:
    u = understand(message, kb.index)
    assert u.clause_id is None and u.intent in ("out_of_scope", "smalltalk")


def test_a_100kb_message_does_not_crash(kb: KnowledgeBase) -> None:
    huge = "lorem ipsum dolor sit amet " * 4000  # ~108 KB
    u = understand(huge, kb.index)
    assert isinstance(u, Understanding) and u.clause_id is None
    story = "We had a lovely day. " * 3000 + " Can I post the sports day photos on my Facebook?"
    assert understand(story, kb.index).clause_id == "B.3"


def test_same_input_same_answer(kb: KnowledgeBase) -> None:
    q = "can parents post pics of other kids?"
    assert understand(q, kb.index) == understand(q, kb.index)
    assert rank(q, kb.index) == rank(q, kb.index)


def test_rank_returns_calibrated_candidates_best_first(kb: KnowledgeBase) -> None:
    ranked = rank("can parents post photos of other people's children", kb.index, limit=3)
    assert len(ranked) == 3 and all(isinstance(c, Candidate) for c in ranked)
    assert ranked[0].clause_id == "D.1"
    assert [c.confidence for c in ranked] == sorted((c.confidence for c in ranked), reverse=True)
    assert all(0.0 <= c.confidence <= 1.0 for c in ranked)
    assert rank("", kb.index) == []


def test_a_vague_policy_question_is_unsure_not_out_of_scope(kb: KnowledgeBase) -> None:
    u = understand(a_vague_question(kb.index), kb.index)
    assert u.clause_id is None and u.intent == "policy_question" and u.unsure and len(u.alternatives) >= 2
    away = understand("when is the next INSET day?", kb.index)
    assert away.intent == "out_of_scope" and not away.unsure


@pytest.mark.parametrize(
    ("question", "clause"),
    [("am I ok to have a rant about the council on my own insta?", "B.7"),
     ("is it alright to put a pic of my classroom display on my personal fb?", "B.2"),
     ("can I scroll tiktok while my class are doing their spelling test?", "B.4"),
     ("do parents have to ask before posting photos of other people's kids from the nativity?", "D.1")],
)
def test_questions_in_staffs_own_words_find_the_clause(kb: KnowledgeBase, question: str, clause: str) -> None:
    """None of the policy's words for it ("negative comments", "school life", "lesson times"): the guidance's
    examples in staff's own words carry the match."""
    assert understand(question, kb.index).clause_id == clause


def test_ordinary_school_admin_is_not_about_the_policy(kb: KnowledgeBase) -> None:
    for question in ("how do I order more glue sticks?", "can I swap my lunch duty with someone on Thursday?"):
        u = understand(question, kb.index)
        assert u.clause_id is None and u.intent == "out_of_scope", question


@pytest.mark.parametrize(
    ("question", "clause", "answered"),
    [("Is the guest wifi filtered by Smoothwall as well?", "A.2", False),
     ("could the year 6s use a VPN to get round smoothwall?", "A.2", False),
     ("can we switch off comments on the school's facebook page?", "APX.3", False),
     ("what happens if a child searches for something inappropriate on the school computers?", "A.2", True),
     ("should my facebook be private?", "B.6", True)],
)
def test_a_question_on_a_clause_s_subject_that_it_does_not_settle_is_not_covered(
        kb: KnowledgeBase, question: str, clause: str, answered: bool) -> None:
    # Each shares the clause's words; the first three ask what no clause says (the guidance's `not_settled` near
    # misses, written differently from these), and were answered from the clause before those were listed.
    u = understand(question, kb.index)
    if answered:
        assert u.clause_id == clause, question
    else:
        assert (u.intent, u.clause_id) == ("out_of_scope", None), question
        near_misses = kb.guidance(clause).not_settled  # type: ignore[union-attr]
        assert near_misses and question not in near_misses


@pytest.mark.parametrize(
    ("question", "nearest"),
    [("Does the school filter cover the guest wifi for visitors?", "A.2"),
     # Lost to the likelihood signal in the seventh session (its words are C.1's askers', a class YouTube channel);
     # named again in the twelfth session's nearest-text meaning, lost again in the thirteenth's (the texts compared in
     # 64 principal directions, README "Notes"): C.1 comes first, and the in-scope probability from its features is
     # too low to name a nearest clause.
     pytest.param("Is youtube blocked for the children in school?", "A.2",
                  marks=pytest.mark.xfail(strict=True, reason="C.1's class YouTube channel comes first")),
     ("what time is the staff meeting on Wednesday", None),  # everyday business: no clause comes near
     # Each is closest to a near miss of a clause (META.AGREED's "is there a template…", B.10's union question, A.2's
     # wifi) but is everyday business: naming the clause would quote "any breach of this policy will be dealt with"
     # to someone asking about their union, or Smoothwall to someone whose wifi is down.
     ("Is there a planning template for year 6 maths?", None),
     ("Is there a union rep in school?", None),
     ("Who do I tell if the wifi is down?", None)],
)
def test_a_not_covered_question_names_the_clause_it_comes_nearest_only_when_it_is_near(
        kb: KnowledgeBase, question: str, nearest: str | None) -> None:
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id, u.nearest) == ("out_of_scope", None, nearest), question


@pytest.mark.parametrize(
    "question",
    ["When does the governing body next look at the attendance policy?",
     "what does our homework policy say about year 2 spellings",
     "is there a first aid policy for the after-school club?"],
)
def test_a_question_about_another_school_policy_is_not_covered(kb: KnowledgeBase, question: str) -> None:
    u = understand(question, kb.index)
    assert u.intent == "out_of_scope" and u.clause_id is None


def test_another_policy_named_beside_something_online_is_still_this_policys_business(kb: KnowledgeBase) -> None:
    from intents.topic import names_another_policy

    assert names_another_policy("what does the behaviour policy say about answering back?")
    assert not names_another_policy("does the behaviour policy cover a pupil posting nasty comments on tiktok?")
    assert not names_another_policy("is the e-safety policy where the sanctions are?")  # E.0 points to it
    review = understand("when is the policy next reviewed?", kb.index)
    assert review.clause_id == "META.REVIEW"


# Each was answered from the clause that names the document (or shares its subject) until what the document itself
# says was told apart; the clause that points to the document, where one is a candidate, is the nearest the policy
# comes.
@pytest.mark.parametrize(("question", "nearest", "document"), [
    ("What do the Teachers' Standards say about conduct outside school?", "B.5", "the Teachers' Standards"),
    ("what does the safer working practice guidance say about hugging an upset child", "B.8",
     "the Guidance for Safer Working Practice"),
    ("When was the safer working practice guidance last revised?", "B.8", "the Guidance for Safer Working Practice"),
    ("What punishments does the e-safety policy set out for pupils who bully by text?", "E.0", "the e-safety policy"),
    ("when is the e-safety policy next up for review?", "E.0", "the e-safety policy"),  # META.REVIEW is this policy's
    ("What does KCSIE say about staff using social media?", None, "Keeping Children Safe in Education"),
    ("What does the Prevent duty require us to do about extremist videos online?", None, "the Prevent duty guidance"),
])
def test_what_another_document_itself_says_is_not_covered(kb: KnowledgeBase, question: str, nearest: str | None,
                                                          document: str) -> None:
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id, u.nearest, u.document) == ("out_of_scope", None, nearest, document), u


@pytest.mark.parametrize(("question", "clause"), [
    ("Does our policy say my posts have to fit with the Teachers' Standards?", "B.5"),
    ("do i actually have to follow safer working practice on social media", "B.8"),
    ("my mentor says the teachers standards apply to what I post online. does the school policy agree?", "B.5"),
    ("The Teachers' Standards say I must uphold public trust - does our policy say that applies to Facebook?", "B.5"),
    ("is the e-safety policy the one that sets out what happens to pupils who bully online?", "E.0"),
    ("Is the safer working practice guidance on the list of things I have to read?", "B.8"),
    # What the policy itself surely says on the subject is worth more than "not covered".
    ("Does safer working practice say I can't add ex-pupils on facebook?", "B.1"),
    ("What does the online safety policy say about adding pupils on Facebook?", "B.1"),
    ("Does Keeping Children Safe in Education say anything about filtering and monitoring?", "A.2"),
])
def test_what_the_policy_says_about_another_document_or_its_subject_is_still_answered(
        kb: KnowledgeBase, question: str, clause: str) -> None:
    assert understand(question, kb.index).clause_id == clause


@pytest.mark.parametrize(("first", "follow_up", "nearest"), [
    ("do my posts have to fit the teachers standards?", "and what do the teachers standards say about it?", "B.5"),
    ("can I add ex-pupils on facebook?", "and what does KCSIE say?", None),
])
def test_a_follow_up_asking_what_a_document_says_is_not_answered_from_the_last_clause(
        kb: KnowledgeBase, first: str, follow_up: str, nearest: str | None) -> None:
    previous = understand(first, kb.index).clause_id
    assert previous is not None
    u = understand(follow_up, kb.index, previous_clause=previous)
    assert (u.intent, u.clause_id, u.nearest) == ("out_of_scope", None, nearest), u


def test_the_documents_a_clause_points_to_and_a_question_asks_about() -> None:
    from intents.documents import DocumentQuestion, document_asked_about, documents_named

    assert documents_named("Staff should read and comply with 'Guidance for Safer Working Practice for Adults'. "
                           "It must not conflict with the current National Teacher's Standards.") == {
        "the Guidance for Safer Working Practice", "the Teachers' Standards"}
    kcsie = "Keeping Children Safe in Education"
    assert document_asked_about("When is KCSIE next due for review?") == DocumentQuestion(kcsie, dates=True)
    assert document_asked_about("what does the e-safety policy say about phones") == DocumentQuestion(
        "the e-safety policy", dates=False)
    assert document_asked_about("Does the policy say I must follow the Teachers' Standards?") is None
    assert document_asked_about("is it the e-safety policy that sets out the sanctions?") is None
    assert document_asked_about("Is the safer working practice document listed anywhere in our policy?") is None
    assert document_asked_about("is the esafety policy due a review soon?") == DocumentQuestion(
        "the e-safety policy", dates=True)
    assert document_asked_about("what sanctions does the online safety policy list for bullying?") == DocumentQuestion(
        "the e-safety policy", dates=False)
    assert document_asked_about("Is safer working practice on the list of things I must read?") is None
    assert document_asked_about("Do the Teachers' Standards mean I should review my privacy settings?") is None
    # A policy as the object is not the policy asked about.
    assert document_asked_about("what do the teachers standards say staff should do if they break the policy?") == (
        DocumentQuestion("the Teachers' Standards", dates=False))


def test_a_clause_with_no_words_of_its_own_lends_none_to_its_neighbour() -> None:
    # A.2 is all stop words, so it has no choices; A.1 shares no word with the question and must not be offered.
    index = build_index([IndexEntry("A.1", "photo of pupil on facebook"), IndexEntry("A.2", "the and"),
                         IndexEntry("A.3", "parent complaint online post")])
    assert [c.clause_id for c in rank("parent complaint", index)] == ["A.3"]


def test_the_nearest_clause_is_the_one_whose_near_miss_is_closest_and_only_a_near_miss_counts() -> None:
    from intents.matcher import question_tokens

    index = build_index([IndexEntry("A.1", "Staff must check the filter."), IndexEntry("A.2", "Staff must park well.")],
                        off_topic=["where do I park the minibus", "who checks the filter logs at weekends",
                                   "who parks in the filter bay"],
                        near_misses={"who checks the filter logs at weekends": "A.1",
                                     "who parks in the filter bay": "A.2"})

    def nearest(question: str) -> str | None:
        return index.near_miss_clause(question_tokens(question, index))

    assert nearest("who checks the filter logs?") == "A.1"
    assert nearest("where can I park the minibus?") is None  # an everyday not-covered question is closest
    assert nearest("who parks in the bay?") == "A.2"
    assert nearest("trampolines") is None  # no word in common with any


@pytest.mark.parametrize(("topic", "offered"), [("photos", {"B.3", "D.1"}), ("photos?", {"B.3", "D.1"}),
                                                 ("complaints", {"D.2"}), ("nativity", {"B.3"})])
def test_a_bare_topic_the_policy_has_words_for_is_offered_its_clauses(kb: KnowledgeBase, topic: str,
                                                                      offered: set[str]) -> None:
    # Too short to be judged about the policy by its length and words, but word for word one of its keywords:
    # "which part did you mean?", never "the policy doesn't cover that".
    u = understand(topic, kb.index)
    assert (u.intent, u.clause_id) == ("policy_question", None)
    assert offered <= {c.clause_id for c in u.alternatives}


@pytest.mark.parametrize("business", [
    "parking", "printer", "homework", "the office", "staff",
    # Words in nearly every clause name no topic. A bare "school" sits near the in-scope bar (0.55): just over it in
    # the thirteenth session (E.0 cited), under it again since the fourteenth's refit.
    "school"])
def test_a_bare_everyday_word_is_still_not_covered(kb: KnowledgeBase, business: str) -> None:
    assert understand(business, kb.index).intent == "out_of_scope"


# A post about an event is B.3's only when it is of pictures: the same event with none is comment on school life.
@pytest.mark.parametrize("event", [
    "our class assembly", "the school concert", "our school trip",
    # Named in one of B.3's example questions ("may I share images from our harvest festival online", "we had a great
    # residential, can i put the photos up"), which outweighs the pictures being absent: B.2 is offered second.
    pytest.param("the harvest festival", marks=pytest.mark.xfail(strict=True, reason="a B.3 example names it")),
    pytest.param("the year 4 residential", marks=pytest.mark.xfail(strict=True, reason="a B.3 example names it"))])
def test_a_post_about_an_event_without_pictures_is_b2_and_with_them_b3(kb: KnowledgeBase, event: str) -> None:
    assert understand(f"can I post on my facebook about {event} if there are no pics?", kb.index).clause_id == "B.2"
    assert understand(f"can I post pics of {event} on my facebook?", kb.index).clause_id == "B.3"


@pytest.mark.parametrize(("asked", "clause"), [
    ("what does B.3 say?", "B.3"), ("B.3", "B.3"), ("what does clause D.2 mean", "D.2"), ("apx.1?", "APX.1"),
    ("is META.REVIEW still right?", "META.REVIEW")])
def test_a_clause_asked_for_by_its_id_is_quoted(kb: KnowledgeBase, asked: str, clause: str) -> None:
    found = understand(asked, kb.index)
    assert (found.intent, found.clause_id) == ("policy_question", clause) and found.confidence == 1.0


@pytest.mark.parametrize(("asked", "clause"), [
    ("What does PURPOSE say?", "PURPOSE"), ("what does [PURPOSE] say?", "PURPOSE"), ("RATIONALE?", "RATIONALE"),
    ("[rationale]", "RATIONALE")])
def test_a_clause_whose_id_is_one_word_is_quoted_when_asked_for_as_cited(kb: KnowledgeBase, asked: str,
                                                                        clause: str) -> None:
    # The answers cite [PURPOSE] and [RATIONALE] as they cite [B.3]: "what does [PURPOSE] say?" was "not covered"
    found = understand(asked, kb.index)
    assert (found.intent, found.clause_id, found.confidence) == ("policy_question", clause, 1.0)


@pytest.mark.parametrize("asked", ["what is the purpose of the policy?", "WHAT IS THE PURPOSE OF THE POLICY"])
def test_a_one_word_id_in_words_or_a_sentence_in_capitals_is_not_taken_for_the_id(kb: KnowledgeBase,
                                                                                  asked: str) -> None:
    # Read by the matcher, which may be sure, but never quoted at 1.0 because a word happens to be an ID
    assert understand(asked, kb.index).confidence < 1.0


def test_two_clauses_named_are_offered_to_choose_from_and_a_report_naming_one_is_a_report(kb: KnowledgeBase) -> None:
    both = understand("B.3 or B.4, which applies to the class page?", kb.index)
    assert both.clause_id is None and [a.clause_id for a in both.alternatives] == ["B.3", "B.4"] and both.unsure
    assert understand("I need to report a breach of B.3 by a colleague", kb.index).intent == "report_concern"
