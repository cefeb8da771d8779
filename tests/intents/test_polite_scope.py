"""A question put politely or after a scene is judged by what it asks: a clause cited only tentatively, to a message
the topic model finds off the policy's ground, is no answer (intents/understanding.py, TENTATIVE_TOPIC_FROM); and an
apology for asking ("Sorry to trouble you, but…") is how it is asked, never what it is about (intents/courtesy.py)."""

from __future__ import annotations

import pytest

from intents import understand
from intents.courtesy import without_courtesy
from policy_kb.knowledge import KnowledgeBase


@pytest.mark.parametrize("question", [
    "can I write a reference for a former pupil for her first job?",
    "Good afternoon, I was wondering whether I can write a reference for a former pupil for her first job?",
    "Sorry to trouble you, but can I write a reference for a former pupil for her first job?",
])
def test_a_question_cited_only_tentatively_and_off_the_policys_ground_is_not_covered(kb: KnowledgeBase,
                                                                                     question: str) -> None:
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id) == ("out_of_scope", None)


@pytest.mark.parametrize(("question", "clause"), [
    ("Sorry to trouble you, but can I accept a friend request from a pupil who left us last July?", "B.1"),
    ("Apologies for asking, but do I need the head's permission before posting photos of the school fair?", "B.3"),
    ("I hope this isn't a silly question, but should my Facebook profile be closed rather than open?", "B.6"),
])
def test_policy_questions_asked_with_an_apology_keep_their_clause(kb: KnowledgeBase, question: str,
                                                                  clause: str) -> None:
    assert understand(question, kb.index).clause_id == clause


@pytest.mark.parametrize(("said", "asked"), [
    ("Sorry to trouble you, but who orders the toner for the office printer?",
     "who orders the toner for the office printer?"),
    ("Good morning, apologies for asking but is the hall free on Friday?", "is the hall free on Friday?"),
    ("I hope this isn't a silly question, but where is the staff handbook kept?", "where is the staff handbook kept?"),
    ("I was hoping you could tell me when the trip money is due.", "when the trip money is due."),
    ("Could I possibly ask whether the wellbeing day is still on?", "whether the wellbeing day is still on?"),
    ("Would you mind reminding me how many adults go on a coach?", "how many adults go on a coach?"),
])
def test_an_apology_or_request_for_asking_comes_off(said: str, asked: str) -> None:
    assert without_courtesy(said) == asked


def test_an_apology_inside_a_message_is_not_its_question() -> None:
    # "sorry to ask" as a sentence of its own, not an opening: taken off where it stands, as before
    said = without_courtesy("The printer is jammed. Sorry to trouble you. Who fixes it?")
    assert " ".join(said.split()) == "The printer is jammed. Who fixes it?"
    # a message that is only an apology keeps its words
    assert without_courtesy("Sorry to bother you!") == "Sorry to bother you!"
