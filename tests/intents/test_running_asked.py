"""A question asking how something of the school's is run (who looks after an account or gets the filter's alerts, how
to set an app up or get into it, where something is kept, a password) is "not covered" when the nearest clause neither
says nor was taught it, while the rule questions in the same words are still answered. None of these messages is in a
labelled set or a guidance file."""

from __future__ import annotations

import pytest

from intents import understand
from intents.answer_type import asks_running, states_running
from policy_kb.knowledge import KnowledgeBase

# Each was answered from the clause named before asks_running (A.2 at 0.89, B.3 at 0.79).
RUNNING_NOT_IN_THE_POLICY = [
    ("A boy searched something awful on the laptop and it got blocked. Who sees the alerts from the filter?", "A.2"),
    ("who has the password for the school instagram? I need to post the sports day pictures the head approved", "B.3"),
]
# The same words asking what is allowed or who must approve: the policy's.
RULES_IN_THE_SAME_WORDS = [
    ("does smoothwall alert anyone when a pupil searches something bad?", "A.2"),
    ("who has to approve a class twitter account?", "C.1"),
    ("can I set up a class blog without asking the head?", "C.1"),
    ("who do I tell if a parent posts lies about the school?", "APX.2"),
]


@pytest.mark.parametrize(("question", "nearest"), RUNNING_NOT_IN_THE_POLICY)
def test_how_something_is_run_is_not_covered(kb: KnowledgeBase, question: str, nearest: str) -> None:
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id) == ("out_of_scope", None), u
    assert u.nearest == nearest  # the clause it shares words with is still shown as the nearest the policy comes


@pytest.mark.parametrize(("question", "clause"), RULES_IN_THE_SAME_WORDS)
def test_the_rule_in_the_same_words_is_answered(kb: KnowledgeBase, question: str, clause: str) -> None:
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id) == ("policy_question", clause), u


@pytest.mark.parametrize("question", [
    "who looks after the school's twitter account?", "Who actually receives the filter alerts?",
    "how do I set up seesaw for my class?", "How do parents log in to Dojo?", "what's the wifi password",
    "Where are the photo consent forms kept?", "Is there a guide for setting up Tapestry?",
])
def test_questions_asking_how_something_is_run(question: str) -> None:
    assert asks_running(question)


@pytest.mark.parametrize("question", [
    "A sports coach who runs after-school clubs wants to add pupils. Is that allowed?",  # a relative clause
    "who has to sign off a class account?", "who gets told if a teacher misuses tiktok?",  # approval, referral
    "can I share my facebook password with my husband?", "can I let a pupil log on with my password?",  # conduct
    "who do I tell about a nasty post?",
])
def test_questions_not_asking_how_something_is_run(question: str) -> None:
    assert not asks_running(question)


def test_a_clause_saying_where_things_are_kept_answers_it() -> None:
    assert states_running("Phones are stored in a locked box in the classroom.")
    assert not states_running("Staff must not post pictures of school events without the Headteacher's consent.")


# Who the members are of a body the policy names (D.4 hands posts to "the Local Authority Legal Team"): the policy says
# what the team does, never who is on it. Each was answered from D.4 before `asks_running` read "sits on" and "is on".
@pytest.mark.parametrize("question", [
    "Who serves on the council's legal team that parents' posts get passed to?",
    "who's on the LA legal team these days?",
    "Out of interest, who sits on the legal team at the local authority?",
])
def test_who_is_on_a_team_the_policy_names_is_not_covered(kb: KnowledgeBase, question: str) -> None:
    assert asks_running(question)
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id) == ("out_of_scope", None), u


@pytest.mark.parametrize("question", [
    "a dad who is on the board of governors keeps posting about staff, what do I do?",  # a relative clause
    "should a parent's nasty post go to the legal team?",
])
def test_a_team_named_without_asking_who_is_on_it(question: str) -> None:
    assert not asks_running(question)
