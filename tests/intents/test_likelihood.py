"""The likelihood feature: how each clause's own example questions say a question is asked about it (a naive Bayes
model kept in the index). It tells apart clauses whose words are alike but whose askers differ."""

from __future__ import annotations

import pickle

import pytest

from intents import understand
from intents.index import IndexEntry, build_index
from intents.matcher import FEATURES, features, question_tokens
from policy_kb.knowledge import KnowledgeBase

LIKELIHOOD = FEATURES.index("likelihood")
# Two clauses in the same words ("post", "photos", "event"), told apart only by who asks about them.
STAFF = IndexEntry("P.1", "Photos of school events may be posted only with consent.", (
    "can I post photos from the school trip", "am I allowed to put class photos on my facebook",
    "can I share pictures of the school play on instagram", "can teachers post photos of events"))
FAMILIES = IndexEntry("P.2", "Photos of school events that show other children may be posted only with consent.", (
    "can grandparents put videos of the nativity online", "are mums allowed to share photos of sports day",
    "can grandparents post pictures of the concert", "can dads share videos of the school play"))


def test_a_question_asked_as_one_clause_is_asked_scores_that_clause_likeliest() -> None:
    index = build_index([STAFF, FAMILIES])
    toks = question_tokens("can grandparents share the photos from the school trip", index)
    found = features(toks, index)
    families, staff = found[index.position("P.2")], found[index.position("P.1")]
    assert families[LIKELIHOOD] == 0.0 and staff[LIKELIHOOD] < -1.0  # relative to the likeliest: 0 is best
    mine = features(question_tokens("can I post the photos from the school trip", index), index)
    assert mine[index.position("P.1")][LIKELIHOOD] == 0.0 and mine[index.position("P.2")][LIKELIHOOD] < -1.0


def test_clauses_without_example_questions_are_weighed_alike() -> None:
    # A school that has written no guidance: the feature knows nothing, so it favours no clause.
    index = build_index([IndexEntry(e.clause_id, e.text) for e in (STAFF, FAMILIES)])
    found = features(question_tokens("can grandparents share the photos", index), index)
    assert [row[LIKELIHOOD] for row in found.values()] == [0.0, 0.0]


def test_a_clause_without_examples_takes_every_known_word_as_new() -> None:
    index = build_index([STAFF, IndexEntry("P.3", "Staff must keep their passwords private.")])
    asked = index.likelihoods(question_tokens("can I post photos from the school trip", index), [0, 1])
    assert asked[0] == 0.0 and asked[1] < 0.0
    # Words no example used say nothing for or against either clause.
    assert index.likelihoods(question_tokens("passwords", index), [0, 1]).tolist() == [0.0, 0.0]


def test_the_model_survives_the_index_cache() -> None:
    index = build_index([STAFF, FAMILIES])
    again = pickle.loads(pickle.dumps(index))
    toks = question_tokens("can grandparents share the photos from the school trip", index)
    assert again.likelihoods(toks, [0, 1]).tolist() == index.likelihoods(toks, [0, 1]).tolist()


@pytest.mark.parametrize(("question", "clause"), [
    # The words of B.3 (staff posting photos of events), asked the way D.1's questions are (parents posting them).
    # Offered second since the twelfth session (README "Notes"): "husband" does not name a parent, so its nearest
    # text in meaning is sought among the teachers' questions, and B.3 comes first (0.41 to 0.39 since the thirteenth).
    pytest.param("can my husband share the photos he took at the school fair if other people's kids are in them?",
                 "D.1", marks=pytest.mark.xfail(strict=True, reason="a spouse is not heard as a parent")),
    ("can aunties and uncles post the nativity video online?", "D.1"),
    ("can I post sports day photos?", "B.3"),
])
def test_who_is_asking_tells_apart_clauses_in_the_same_words(kb: KnowledgeBase, question: str, clause: str) -> None:
    assert understand(question, kb.index).clause_id == clause


# Found in the review of the seventh session: "pupils … facebook" was heard as D.1's askers (parents), so a teacher's
# question about their own photos was answered with the parents' rule. B.3's guidance lacked a teacher asking about
# photos of their own class; with two such examples the staff and parent versions part as a Headteacher would part them.
@pytest.mark.parametrize(("question", "clause"), [
    ("can I post photos of pupils on facebook?", "B.3"),
    ("can I put pictures of the kids in my class on insta?", "B.3"),
    ("am I allowed to post photos of pupils on my facebook page", "B.3"),
    ("can teachers post pics of pupils online", "B.3"),
    ("can parents post photos of pupils on facebook?", "D.1"),
    ("a dad posted photos of pupils on facebook", "D.1"),
])
def test_photos_of_pupils_are_the_staff_rule_for_staff_and_the_parents_rule_for_parents(
        kb: KnowledgeBase, question: str, clause: str) -> None:
    assert understand(question, kb.index).clause_id == clause
