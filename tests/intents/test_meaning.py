"""The meaning signal: a question near a clause's questions in meaning, though in other words, leans to that clause.

None of the questions here is in a labelled set or a guidance file."""

from __future__ import annotations

import logging
import pickle
import shutil
from pathlib import Path

import numpy as np
import pytest

from intents import index_cache, meaning
from intents.index import PARENT, IndexEntry, build_index
from intents.matcher import FEATURES, WEIGHTS, features, question_tokens
from policy_kb.knowledge import KnowledgeBase

MEANING = FEATURES.index("meaning")
LESSONS = IndexEntry("T.1", "Staff must not use their phones during lessons.", (
    "can I check my phone while I'm teaching", "is it ok to text during a lesson",
    "am I allowed on my mobile in class"))
PHOTOS = IndexEntry("T.2", "Staff must not post pictures of school events without consent.", (
    "can I put the sports day photos on facebook", "am I allowed to share pictures of the school play",
    "can I upload the trip photos online"))


@pytest.fixture
def without_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The vectors file gone (a trimmed install, a failed checkout)."""
    monkeypatch.setattr(meaning, "VECTORS_FILE", tmp_path / "missing.npy")
    meaning._load.cache_clear()
    yield
    meaning._load.cache_clear()


def test_words_that_differ_but_mean_the_same_lean_to_the_clause_they_mean() -> None:
    index = build_index([LESSONS, PHOTOS])
    # No content word in common with either clause's questions: "scrolling", "feed", "maths" mean lessons and phones.
    question = "is scrolling my feed ok while the children do their maths?"
    found = features(question_tokens(question, index), index, text=question)
    assert found[index.position("T.1")][MEANING] > found[index.position("T.2")][MEANING] + 0.05
    other = "may I upload our carnival snaps to insta?"
    found = features(question_tokens(other, index), index, text=other)
    assert found[index.position("T.2")][MEANING] > found[index.position("T.1")][MEANING] + 0.05


def test_the_matcher_weighs_meaning_as_fitted() -> None:
    # bench/calibrate.py fitted it beside the lexical signals; a weight of 0 would mean the vectors do nothing.
    assert WEIGHTS[MEANING] > 0.0


def test_without_a_text_or_the_vectors_the_signal_is_zero_and_the_matcher_still_ranks(without_vectors: None,
                                                                                     caplog: pytest.LogCaptureFixture
                                                                                     ) -> None:
    with caplog.at_level(logging.WARNING, logger="intents.meaning"):
        index = build_index([LESSONS, PHOTOS])
    assert "meaning signal" in caplog.text
    question = "can I check my phone in a lesson?"
    found = features(question_tokens(question, index), index, text=question)
    assert [row[MEANING] for row in found.values()] == [0.0] * len(found)
    best = max(found, key=lambda p: float(np.dot(WEIGHTS, found[p])))
    assert index.clause_ids[best] == "T.1"
    # The in-scope probability is the words-only model's (SCOPE_WORDS), not SCOPE's with "near nothing in meaning":
    # a trimmed install still answers.
    from intents.matcher import score

    with_text = score(question_tokens(question, index), index, text=question)
    assert with_text.in_scope == score(question_tokens(question, index), index).in_scope
    assert with_text.hits[0].clause_id == "T.1" and with_text.in_scope > 0.5


@pytest.mark.parametrize("text", ["", "   ", "\x00\x07\x1b[31m", "\U0001F600\U0001F44D", "x" * 100_000,
                                  "¿Puedo publicar fotos del día del deporte?" * 3_000])
def test_bad_input_gives_a_unit_vector_or_none_and_costs_little(text: str) -> None:
    index = build_index([LESSONS, PHOTOS])
    vector = index.meanings.of(text)
    assert vector is None or abs(float(np.linalg.norm(vector)) - 1.0) < 1e-4
    assert len(meaning.pieces(text)) <= meaning.MAX_PIECES
    cosines = index.meanings.cosines(vector, [0, 1])
    assert np.all(np.isfinite(cosines)) and np.all(np.abs(cosines) <= 1.0 + 1e-5)


def test_a_school_s_own_clauses_get_vectors_of_their_own_words() -> None:
    # A policy the vectors never saw: its clauses' vectors come from its own texts, one unit vector each.
    entries = [IndexEntry("X.1", "Governors must declare any business interests."),
               IndexEntry("X.2", "Visitors must sign in at reception and wear a badge.")]
    index = build_index(entries)
    norms = np.linalg.norm(index.meanings.clause_vectors, axis=1)
    assert index.meanings.clause_vectors.shape == (2, meaning.dimensions()) and np.allclose(norms, 1.0, atol=1e-4)
    question = "do people coming into school need a lanyard?"
    assert index.meanings.cosines(index.meanings.of(question), [1])[0] > index.meanings.cosines(
        index.meanings.of(question), [0])[0]


def test_the_index_keeps_its_meanings_through_the_cache() -> None:
    index = build_index([LESSONS, PHOTOS])
    again = pickle.loads(pickle.dumps(index))
    assert np.array_equal(again.meanings.clause_vectors, index.meanings.clause_vectors)
    assert np.array_equal(again.meanings.idf, index.meanings.idf)
    assert np.array_equal(again.meanings.text_vectors, index.meanings.text_vectors)
    assert np.array_equal(again.meanings.text_basis, index.meanings.text_basis)
    assert np.array_equal(again.meanings.text_split, index.meanings.text_split)


def test_new_vectors_never_meet_an_index_cached_with_the_old(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = index_cache._key(["policy text"])
    copy = tmp_path / "scales.npy"
    shutil.copyfile(meaning.SCALES_FILE, copy)
    monkeypatch.setattr(meaning, "SCALES_FILE", copy)
    assert index_cache._key(["policy text"]) == before  # the same bytes: the same index
    scales = np.load(copy)
    scales[0] += 1.0
    np.save(copy, scales)
    assert index_cache._key(["policy text"]) != before


def test_the_not_covered_questions_are_never_weighed_by_meaning() -> None:
    # Their vector is the mean of many unlike questions: weighed, it lost its near misses to the clauses they are near.
    index = build_index([LESSONS, PHOTOS], off_topic=["can I use my phone to pay for the staff lunch",
                                                      "where do I park at the school fair", "when is pay day"])
    question = "can I use my phone to pay for lunch in the staffroom?"
    found = features(question_tokens(question, index), index, text=question)
    assert index.off_topic in found and found[index.off_topic][MEANING] == 0.0
    clauses = [row[MEANING] for position, row in found.items() if position != index.off_topic]
    assert max(clauses) == 0.0 and min(clauses) < 0.0  # the nearest clause 0, the other less


def test_without_a_topic_model_a_question_near_in_meaning_is_likelier_about_the_policy() -> None:
    # Another school's policy has no topic model: the in-scope probability weighs how near in meaning the message
    # is to its nearest candidate clause (SCOPE's `near`), so words no lexicon lists still say the policy is meant.
    from intents.matcher import SCOPE, score

    assert SCOPE[5] > 1.0  # `near`, after the five lexical signals
    index = build_index([LESSONS, PHOTOS])
    near = "am I ok to scroll my feed on my mobile while the class does maths?"
    with_meaning = score(question_tokens(near, index), index, text=near)
    without = score(question_tokens(near, index), index)
    assert with_meaning.hits[0].clause_id == "T.1"
    assert with_meaning.in_scope > without.in_scope + 0.1


def test_a_question_asked_as_one_of_a_clause_s_questions_is_near_it_however_unlike_the_rest() -> None:
    # A clause is asked about in many ways; the mean of them is near none in particular. The nearest one counts too.
    index = build_index([LESSONS, PHOTOS])
    question = "am I allowed on my mobile in class"  # LESSONS' third question, word for word
    vector = index.meanings.of(question)
    lessons, photos = index.position("T.1"), index.position("T.2")
    nearness = index.meanings.nearness(vector, np.array([lessons, photos]))
    mean_only = index.meanings.cosines(vector, [lessons, photos])
    assert nearness[0] - mean_only[0] == pytest.approx(1.0, abs=1e-4)  # its own question: cosine 1
    assert nearness[1] - mean_only[1] < 0.9
    assert nearness[0] - nearness[1] > mean_only[0] - mean_only[1]  # the gap widens


def test_a_question_not_naming_parents_is_weighed_against_the_clause_s_questions_that_do_not_either() -> None:
    # Word vectors hear "can I post the play photos" as near "can parents post the play photos" as any question:
    # who is asking is in the word "parents". A question is matched to the clause's questions alike in naming parents.
    entry = IndexEntry("P.1", "Parents must not post photographs of other children.", (
        "can parents post photos of the school play online", "who may film the nativity",
        "what should families do about pictures from the disco"))
    index = build_index([entry, LESSONS])
    # Its sentence and two of its questions name parents ("families" are parents to the matcher too); one does not.
    position = np.array([index.position("P.1")])
    assert (index.meanings.text_split - index.meanings.text_start)[position].tolist() == [1]
    assert index.meanings.text_count[position].tolist() == [4]
    staff = "can I post photos of the school play online"
    vector = index.meanings.of(staff)
    assert index.meanings.nearness(vector, position, parents=False)[0] < index.meanings.nearness(
        vector, position, parents=True)[0] - 0.1
    # A clause with no question alike in that (LESSONS names no parent) is weighed against all of its questions.
    lessons = np.array([index.position("T.1")])
    asked = index.meanings.of("can parents check my phone in lessons")
    assert index.meanings.nearness(asked, lessons, parents=True)[0] == pytest.approx(
        index.meanings.nearness(asked, lessons, parents=False)[0])


def test_on_a_policy_with_thousands_of_questions_each_is_still_nearest_its_own_clause(kb: KnowledgeBase) -> None:
    # The bundled policy's 6,000 texts are compared in their first NEAREST_DIMENSIONS principal directions, not at the
    # vectors' full width: a quarter of the bytes read per question. A question the school taught is still nearest
    # in meaning to the clause it was taught for.
    meanings = kb.index.meanings
    assert meanings.text_vectors.shape[1] == meaning.NEAREST_DIMENSIONS < meaning.dimensions()
    weighed = meanings.weighed.nonzero()[0]
    taught = [(kb.index.position(c), q) for c, questions in sorted(kb.learned.items()) for q in questions[::10]
              if kb.index.position(c) in weighed]
    assert len(taught) > 300
    nearest = [weighed[np.argmax(meanings.nearness(meanings.of(q), weighed, PARENT in question_tokens(q, kb.index)))]
               for _, q in taught]
    assert sum(n == p for n, (p, _) in zip(nearest, taught, strict=True)) / len(taught) >= 0.98


def test_each_clause_is_weighed_against_its_own_texts_wherever_it_sits_and_whatever_kinds_it_has() -> None:
    # Built by hand in two directions. The first clause has no text; the second one of each kind (not naming parents,
    # then naming them); the last only texts naming parents, both further than orthogonal from the question, which no
    # padding after them may lift to 0.
    meanings = meaning.Meanings(
        idf=np.ones(1, np.float32),
        clause_vectors=np.array([[0.0, 0.0], [0.6, 0.8], [-0.8, -0.6]], np.float32),
        weighed=np.array([False, True, True]),
        text_vectors=np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [-0.6, -0.8], [0.0, 0.0]], np.float32),
        text_basis=np.eye(2, dtype=np.float32),
        text_start=np.array([0, 0, 2]), text_count=np.array([0, 2, 2]), text_split=np.array([0, 1, 2]))
    question = np.array([1.0, 0.0], np.float32)
    everyone = np.array([0, 1, 2])
    # Not naming parents: the second clause's own such text (cosine 1); the last has none, so all of its count.
    assert meanings.nearness(question, everyone, parents=False) == pytest.approx([0.0, 0.6 + 1.0, -0.8 - 0.6])
    # Naming parents: the second clause's parent text (cosine 0); the last clause's nearest is still -0.6, not 0.
    assert meanings.nearness(question, everyone, parents=True) == pytest.approx([0.0, 0.6 + 0.0, -0.8 - 0.6])
