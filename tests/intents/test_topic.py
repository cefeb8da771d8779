"""The topic model's log-odds, weighed in the matcher's in-scope probability, turn answers to everyday school
business into "not covered", and leave policy questions (and follow-ups leaning on the last answer) alone. None of
these messages is in a set the model was fitted on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import BUNDLED_POLICY
from intents import understand
from intents.linear_model import load_model
from intents.matcher import question_tokens, score
from intents.topic import MODEL_FILE, topic_log_odds
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base

BUSINESS = [
    "where do I put the class photos for the yearbook?",  # the clause matcher alone answers B.2
    "how do I claim overtime for the parents evening?",
    "can I swap my playground duty for the disco?",
]
POLICY = [
    "can I post sports day photos?",
    # was "…from a pupil's mum?": the topic model still takes it for the policy's (+), but B.1 is about pupils, and a
    # parent befriended is not covered, B.1 the nearest (tests/intents/test_parties.py)
    "am I allowed to accept a friend request from a pupil if their mum says it's fine?",
    "can I have a moan about the council on my own page?",
    "when is the policy due for review?",
]


def _topic(kb: KnowledgeBase, question: str) -> float:
    """The topic model's log-odds for the question, as said of the clause the matcher would answer it from."""
    odds = topic_log_odds(question, kb.index)
    assert odds is not None
    return odds(score(question_tokens(question, kb.index), kb.index).hits[0].clause_id)


@pytest.mark.parametrize("question", BUSINESS)
def test_school_business_is_not_answered_from_the_policy(kb: KnowledgeBase, question: str) -> None:
    assert _topic(kb, question) < 0, f"{question!r}: {_topic(kb, question):.2f}"
    u = understand(question, kb.index)
    assert u.clause_id is None and u.intent == "out_of_scope"


@pytest.mark.parametrize("question", POLICY)
def test_policy_questions_are_still_answered(kb: KnowledgeBase, question: str) -> None:
    assert _topic(kb, question) > 0, f"{question!r}: {_topic(kb, question):.2f}"
    assert understand(question, kb.index).clause_id is not None


@pytest.mark.parametrize("question", [
    # "what time does the school office shut on Fridays?" was here (APX.4's examples are about false closure rumours)
    # until the twelfth session's nearest-text meaning left its words alone at 0.2: not covered without the topic too.
    "who runs the school's facebook page?",  # the school's own accounts: named in the policy, not settled by it
    "who updates the photos on the school website's staff page?",
])
def test_the_topic_is_what_turns_shared_words_into_not_covered(kb: KnowledgeBase, question: str) -> None:
    toks = question_tokens(question, kb.index)
    words_alone = score(toks, kb.index, text=question)  # their words and meaning, as for a policy with no topic model
    weighed = score(toks, kb.index, topic=topic_log_odds(question, kb.index), text=question)
    # Both in the policy's words, and near enough in meaning to be weighed: the topic model makes them unlikely.
    assert words_alone.in_scope >= 0.3 and weighed.in_scope < words_alone.in_scope / 10


@pytest.mark.parametrize(("question", "follow_up"), [
    ("can I be friends with pupils on facebook?", "what about ex-pupils?"),
    # A few words that are not "and…" or "what about…" but mean nothing without the answer before them.
    ("what should parents do if they see offensive posts about the school?", "how soon?"),
    ("can I post sports day photos?", "is that ok if they're only on my private account?"),
])
def test_a_follow_up_keeps_its_context(kb: KnowledgeBase, question: str, follow_up: str) -> None:
    first = understand(question, kb.index)
    follow = understand(follow_up, kb.index, previous_clause=first.clause_id)
    assert first.clause_id is not None and follow.clause_id == first.clause_id


@pytest.mark.parametrize(("first", "later"), [
    ("can I be friends with pupils on facebook?", "what time is lunch?"),
    # Weighed as said of the review clause, the answer before, "what time" once read as a question about it.
    ("when is the social media policy next reviewed?", "what time is lunch?"),
    ("what is the policy for?", "who is the head?"),
])
def test_school_business_after_an_answer_is_not_taken_for_a_follow_up(kb: KnowledgeBase, first: str,
                                                                      later: str) -> None:
    answered = understand(first, kb.index)
    assert answered.clause_id is not None
    u = understand(later, kb.index, previous_clause=answered.clause_id)
    assert u.clause_id is None and u.intent == "out_of_scope", u



@pytest.mark.parametrize("later", ["banana", "/frobnicate", "xyzzy plugh", "pizza?", "the cat"])
def test_words_the_policy_never_uses_after_an_answer_are_not_answered_from_it(kb: KnowledgeBase, later: str) -> None:
    # The terminal and the web chat quoted B.1 again, 0.96 sure, to "/frobnicate" typed after a B.1 answer.
    answered = understand("can I add an ex-pupil on instagram?", kb.index)
    assert answered.clause_id == "B.1"
    u = understand(later, kb.index, previous_clause=answered.clause_id)
    assert u.clause_id is None and u.intent == "out_of_scope", u

def test_empty_text_is_not_about_anything(kb: KnowledgeBase) -> None:
    assert topic_log_odds("", kb.index) is None and topic_log_odds("   ", kb.index) is None


def test_the_model_speaks_only_for_the_policy_it_learned(kb: KnowledgeBase, tmp_path: Path) -> None:
    question = "can pupils bring their mobile phones to school?"  # not Longton Lane's business
    assert topic_log_odds(question, kb.index) is not None
    assert understand(question, kb.index).clause_id is None
    phones = tmp_path / "phones.md"
    phones.write_text("# Phones\n\n## A. Pupils\n\n[A.1] Pupils may bring a mobile phone to school if they walk home"
                      " alone; it is handed in at the office.\n", encoding="utf-8")
    other = load_knowledge_base(phones)
    assert topic_log_odds(question, other.index) is None  # for a phones policy it is the very question
    assert understand(question, other.index).clause_id == "A.1"


def test_the_shipped_model_speaks_for_the_bundled_knowledge(kb: KnowledgeBase) -> None:
    # A changed guidance or questions file keeps the model working, but we refit it on what we ship:
    # bench/train_topic_model.py, then bench/calibrate.py.
    model = load_model(MODEL_FILE)
    assert model.policy == kb.index.fingerprint and model.clauses == kb.index.clauses_fingerprint
    assert topic_log_odds("can I post sports day photos?", kb.index) is not None


def test_the_same_policy_taught_other_questions_keeps_the_model(kb: KnowledgeBase, tmp_path: Path) -> None:
    for name in (BUNDLED_POLICY.name, BUNDLED_POLICY.stem + ".guidance.yaml"):
        shutil.copy(BUNDLED_POLICY.parent / name, tmp_path / name)
    (tmp_path / f"{BUNDLED_POLICY.stem}.questions.jsonl").write_text(
        '{"q": "can the PTA post the raffle winners on facebook?", "expect": ["D.1"], "kind": "in_scope"}\n',
        encoding="utf-8")
    school = load_knowledge_base(tmp_path / BUNDLED_POLICY.name)  # our questions gone, one of the school's own
    assert school.index.fingerprint != kb.index.fingerprint
    assert topic_log_odds("can I post sports day photos?", school.index) is not None
    # Still the policy's ground: school business in the policy's words is not answered from the nearest clause (without
    # the model, D.2, complaints through official channels, and B.2, staff not commenting on school life).
    assert understand("is there a staff whatsapp group for the christmas party?", school.index).clause_id is None
    assert understand("can I print photos for the classroom display on the office printer?",
                      school.index).clause_id is None
    assert understand("can the PTA post the raffle winners on facebook?", school.index).clause_id == "D.1"


TAUGHT = {"can I email parents from my personal account": "C.1", "can I use the school laptop at home": "A.2",
          "can I message the pta chair on my personal phone": "C.1", "is the school ipad ok for the class blog": "B.3"}


def test_a_school_s_taught_questions_in_words_the_model_knows_are_answered(tmp_path: Path) -> None:
    # Familiar words paired as none of the model's questions paired them: it would call them off-topic, so it stands
    # aside for them (found in review: before, four of these were "not covered").
    for name in (BUNDLED_POLICY.name, BUNDLED_POLICY.stem + ".guidance.yaml"):
        shutil.copy(BUNDLED_POLICY.parent / name, tmp_path / name)
    (tmp_path / f"{BUNDLED_POLICY.stem}.questions.jsonl").write_text("".join(
        f'{{"q": "{q}", "expect": ["{c}"], "kind": "in_scope"}}\n' for q, c in TAUGHT.items()), encoding="utf-8")
    school = load_knowledge_base(tmp_path / BUNDLED_POLICY.name)
    assert {q: understand(q, school.index).clause_id for q in TAUGHT} == TAUGHT


def test_a_reworded_clause_takes_the_model_out_of_it(tmp_path: Path) -> None:
    for name in (BUNDLED_POLICY.name, BUNDLED_POLICY.stem + ".guidance.yaml"):
        shutil.copy(BUNDLED_POLICY.parent / name, tmp_path / name)
    policy = tmp_path / BUNDLED_POLICY.name
    text = policy.read_text(encoding="utf-8")
    assert "without the Headteacher's consent" in text
    policy.write_text(text.replace("without the Headteacher's consent", "without the Head's written consent", 1),
                      encoding="utf-8")
    school = load_knowledge_base(policy)  # another policy now: what the model learned may not hold
    assert topic_log_odds("can I post sports day photos?", school.index) is None


@pytest.mark.parametrize("question", ["can I post sports day photos?", "what time does the office shut on Fridays?",
                                      "a parent keeps messaging me on facebook about their kid"])
def test_the_topic_odds_are_the_models_over_its_features_said_of_each_clause(kb: KnowledgeBase, question: str) -> None:
    # TopicOdds looks the features up by what they are said of instead of spelling "x:B.3|w:post" out: the same sum.
    from intents.topic import said_of

    odds = topic_log_odds(question, kb.index)
    assert odds is not None
    for clause in kb.index.clause_ids:
        assert odds(clause) == odds.model.log_odds(said_of(odds.features, clause, odds.sections)), clause
