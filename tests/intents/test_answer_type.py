"""A question asking for a figure (how many, how often, how long, at what age) that the nearest clause does not give is
"not covered", while one a clause gives the figure for (the review date, the five areas, "never") is still answered.
None of these messages is in a labelled set or a guidance file."""

from __future__ import annotations

import pytest

from intents import understand
from intents.answer_type import asks_quantity, states_quantity
from intents.index import IndexEntry, build_index
from intents.matcher import figure_signal, question_tokens, score
from intents.topic import topic_log_odds
from intents.understanding import IN_SCOPE_FROM, NEAR_MISS_IN_SCOPE_FROM
from policy_kb.knowledge import KnowledgeBase

NO_FIGURE_IN_THE_POLICY = [
    # The first scores as about the policy (B.10: staff justify their actions to the governing body) until the figure
    # is weighed; the others are not covered by their words alone already, since the topic model learned what E.3's,
    # B.10's, C.1's and the review's near misses ask.
    "how many governors have to agree before a member of staff justifies their actions?",
    "How many times can a parent post about the school before we act?",
    "How long does a disciplinary for a social media breach usually take?",
    "How many teachers are allowed to run the Year 4 class blog between them?",
    "how often should we be putting updates on the class twitter page",
]
FIGURE_IN_THE_POLICY = [
    ("how many different areas does this policy deal with?", "PURPOSE"),
    ("how long have we got until governors look at the social media policy again", "META.REVIEW"),
    ("How soon are mums and dads supposed to tell us if they spot a nasty post about the school?", "APX.2"),
]


@pytest.mark.parametrize("question", NO_FIGURE_IN_THE_POLICY)
def test_a_figure_no_clause_gives_is_not_covered(kb: KnowledgeBase, question: str) -> None:
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id) == ("out_of_scope", None), u


@pytest.mark.parametrize(("question", "clause"), FIGURE_IN_THE_POLICY)
def test_a_figure_the_policy_gives_is_answered(kb: KnowledgeBase, question: str, clause: str) -> None:
    assert understand(question, kb.index).clause_id == clause


def test_asking_for_the_figure_is_what_turns_it_into_not_covered(kb: KnowledgeBase) -> None:
    question = NO_FIGURE_IN_THE_POLICY[0]
    toks = question_tokens(question, kb.index)
    topic = topic_log_odds(question, kb.index)
    words_alone = score(toks, kb.index, topic=topic)
    weighed = score(toks, kb.index, topic=topic, asks_figure=True)
    assert words_alone.in_scope >= 0.5 > weighed.in_scope
    assert weighed.subject_in_scope == words_alone.in_scope  # its subject is the policy's all the same


@pytest.mark.parametrize("question", [
    "How many staff can admin the page?", "how often do I have to change my password", "how long do we keep them",
    "At what age can children join Instagram?", "by when do I need to ask?", "how far in advance should I ask",
])
def test_questions_asking_for_a_figure(question: str) -> None:
    assert asks_quantity(question)


@pytest.mark.parametrize("question", ["can I post sports day photos?", "who do I tell?", "what happens if I do?",
                                      "is it ok to friend an ex-pupil?", "which year six class can use the blog?",
                                      "what year R children can go on the ipads", "what age group is it for?",
                                      "which year group does this apply to", "how much detail can I share?",
                                      "how far can I go when I moan about work?"])
def test_questions_not_asking_for_one(question: str) -> None:
    assert not asks_quantity(question)


@pytest.mark.parametrize(("text", "states"), [
    ("Next review: Summer term 2028.", True),
    ("There are five key areas.", True),
    ("Staff must never add pupils as friends.", True),
    ("It is requested that these are brought to the head teacher's attention at the earliest opportunity.", True),
    ("Staff must not post pictures of school events without the Headteacher's consent.", False),
    ("Users should not breach the terms and conditions of use.", False),  # "terms" of use, not school terms
    ("Parents may contact the school.", False),  # "may" the verb, not the month
    ("No one may post photos of pupils.", False),
    ("Services must be approved by the Headteacher in advance of any use.", True),  # settles "how far ahead"
    ("Reports are read within fourteen days.", True),
])
def test_clauses_stating_a_figure(text: str, states: bool) -> None:
    assert states_quantity(text) is states


def test_the_index_knows_which_clauses_give_a_figure() -> None:
    index = build_index([IndexEntry("X.1", "Reports are reviewed every two weeks."),
                         IndexEntry("X.2", "Staff must not post photos of pupils.")])
    assert index.quantified == (True, False)


def test_a_figure_question_a_clause_answers_or_was_taught_is_still_its_own(kb: KnowledgeBase) -> None:
    # One of B.6's example questions; B.6's answer also says to review the settings regularly.
    assert understand("how often should I check who can see my posts", kb.index).clause_id == "B.6"
    assert kb.index.quantified[kb.index.position("B.6")]


def test_a_clause_taught_figure_questions_is_not_penalised_for_them() -> None:
    index = build_index([IndexEntry("X.1", "Staff must keep their privacy settings private.",
                                    examples=("how often should I check my privacy settings",)),
                         IndexEntry("X.2", "Staff must not post photos of pupils.")])
    toks = question_tokens("how often do I check my privacy settings", index)
    assert index.closest_asks_figure(0, toks) and not index.quantified[0]
    assert figure_signal(True, 0, toks, index) == 0.0 and figure_signal(True, 1, toks, index) == 1.0
    assert figure_signal(False, 1, toks, index) == 0.0


def test_a_report_asking_how_long_is_still_a_report_with_its_clause(kb: KnowledgeBase) -> None:
    u = understand("How long can a parent leave a nasty comment about a teacher up?", kb.index)
    assert (u.intent, u.report, u.clause_id) == ("report_concern", True, "D.3"), u


def test_a_figure_question_on_a_clauses_subject_still_shows_the_clause_it_comes_nearest(kb: KnowledgeBase) -> None:
    # Not about the policy once the figure is weighed (the policy gives none), which must not hide the nearest clause
    # from an everyday question: its subject is D.4's (the Local Authority Legal Team decides) all the same.
    question = "how long does it take for the local authority legal team to decide?"
    match = score(question_tokens(question, kb.index), kb.index, topic=topic_log_odds(question, kb.index),
                  asks_figure=True, text=question)
    assert match.in_scope < IN_SCOPE_FROM and match.in_scope < match.subject_in_scope
    assert match.subject_in_scope >= NEAR_MISS_IN_SCOPE_FROM
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id, u.nearest) == ("out_of_scope", None, "D.4"), u
