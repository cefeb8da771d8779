"""A question told after a story, or wrapped in courtesy, is judged by what it asks: a scene in the policy's words
(a parent, a text, the website) or the greeting and sign-off round it do not make a question about something else the
policy's. Lines of tests/data/oos_story_polite_probe.jsonl, the probe of helper oos2."""

from __future__ import annotations

import pytest

from intents import understand
from intents.courtesy import without_courtesy
from intents.story_asked import asked_after_story
from policy_kb.knowledge import KnowledgeBase


@pytest.mark.parametrize("question", [
    "So my Year 6s are doing their SATs revision and one of them asked if they can use a calculator in the test. "
    "Anyway, are calculators allowed in the arithmetic paper?",
    "A parent rang to ask why she got a text saying her son was absent when he was in school. Anyway, who sends the "
    "absence text messages?",
    "We had a parent come in this morning to complain about the new lunch menu on the website. Anyway, who decides "
    "what goes on the school dinner menu?",
    "Hello, I was wondering whether the school's online newsletter can include staff birthdays? Kind regards.",
])
def test_school_business_told_or_asked_politely_is_not_covered(kb: KnowledgeBase, question: str) -> None:
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id) == ("out_of_scope", None)


@pytest.mark.parametrize(("question", "clause"), [
    ("So yesterday in assembly one of my old Year 6s popped up in my Instagram requests, she's in Year 9 now. "
     "Anyway, can I accept her?", "B.1"),
    ("So I've had this idea to run a class YouTube channel for our science experiments. Anyway, who has to approve "
     "it before I start?", "C.1"),
    ("So my friend showed me that anyone can see my Facebook profile picture and posts. Anyway, what does the policy "
     "say about privacy settings?", "B.6"),
    ("Good morning, could you kindly confirm whether I may post photos of our sports day on my own Instagram? Many "
     "thanks.", "B.3"),
    ("Dear colleagues, I was wondering whether my Facebook account needs to be set to private rather than public? "
     "Best wishes.", "B.6"),
])
def test_policy_questions_told_or_asked_politely_keep_their_clause(kb: KnowledgeBase, question: str,
                                                                   clause: str) -> None:
    assert understand(question, kb.index).clause_id == clause


def test_the_question_after_the_story_is_read_without_the_turn_into_it() -> None:
    told = "We had a fire drill on Wednesday. Anyway, who checks the toilets?"
    assert asked_after_story(told) == "who checks the toilets?"
    assert asked_after_story("Can I add ex-pupils? Thanks.") is None  # asked first, nothing told before it


def test_courtesy_comes_off_but_not_words_that_only_look_like_it() -> None:
    assert without_courtesy("Good morning, I hope you are well. Could you kindly tell me the code for the "
                            "photocopier? Many thanks in advance.") == "the code for the photocopier?"
    assert without_courtesy("best time to post on insta for likes?") == "best time to post on insta for likes?"
