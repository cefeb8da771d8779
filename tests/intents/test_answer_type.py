"""A question asking for a figure (how many, how often, how long, at what age) that the nearest clause does not give is
"not covered", while one a clause gives the figure for (the review date, the five areas, "never") is still answered.
None of these messages is in a labelled set or a guidance file."""

from __future__ import annotations

import pytest

from intents import understand
from intents.answer_type import asks_quantity, states_quantity
from intents.index import IndexEntry, build_index
from intents.matcher import question_tokens, score
from intents.topic import topic_log_odds
from policy_kb.knowledge import KnowledgeBase

NO_FIGURE_IN_THE_POLICY = [
    # Each scores as about the policy (B.10, the disciplinary clause) until the figure asked for is weighed.
    "How many warnings does a member of staff get before disciplinary action for a bad post?",
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


@pytest.mark.parametrize("question", NO_FIGURE_IN_THE_POLICY[:2])
def test_asking_for_the_figure_is_what_turns_it_into_not_covered(kb: KnowledgeBase, question: str) -> None:
    toks = question_tokens(question, kb.index)
    topic = topic_log_odds(question, kb.index)
    words_alone = score(toks, kb.index, topic=topic)
    assert words_alone.hits[0].clause_id == "B.10"
    assert words_alone.in_scope >= 0.5 > score(toks, kb.index, topic=topic, asks_figure=True).in_scope


@pytest.mark.parametrize("question", [
    "How many staff can admin the page?", "how often do I have to change my password", "how long do we keep them",
    "At what age can children join Instagram?", "by when do I need to ask?", "how far in advance should I ask",
])
def test_questions_asking_for_a_figure(question: str) -> None:
    assert asks_quantity(question)


@pytest.mark.parametrize("question", ["can I post sports day photos?", "who do I tell?", "what happens if I do?",
                                      "is it ok to friend an ex-pupil?"])
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
])
def test_clauses_stating_a_figure(text: str, states: bool) -> None:
    assert states_quantity(text) is states


def test_the_index_knows_which_clauses_give_a_figure() -> None:
    index = build_index([IndexEntry("X.1", "Reports are reviewed every two weeks."),
                         IndexEntry("X.2", "Staff must not post photos of pupils.")])
    assert index.quantified == (True, False)
