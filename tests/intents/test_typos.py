"""A one-letter slip in a word is read as the word meant: a slip the labelled questions made too ("polcy", known to the
index and so never repaired), a slip inside a phrase ("socia media"), and a slip the topic model, the meaning signal
and the parties reader see too. A real word is never taken for another ("police" is not "policy", "cards" is not
"cars")."""

from __future__ import annotations

import pytest

from intents import understand
from intents.matcher import question_tokens
from intents.typos import learned_typos, real_word
from policy_kb.knowledge import KnowledgeBase

# (with a slip, spelt right): the slip gets the answer the right spelling gets
SLIPS = [
    ("who agreed this polcy", "who agreed this policy"),
    ("What happens if I break the socia media policy?", "What happens if I break the social media policy?"),
    ("What's the LADO got to do with staff socia media?", "What's the LADO got to do with staff social media?"),
    ("can staff be mates with pupils on social medi", "can staff be mates with pupils on social media"),
    ("Is it ok to have scial media at all as a member of staff?",
     "Is it ok to have social media at all as a member of staff?"),
    ("badmouthing the school olnine staff", "badmouthing the school online staff"),
    ("quick summary of what the polic is for pls", "quick summary of what the policy is for pls"),
    ("who is the sm policy meant to proect", "who is the sm policy meant to protect"),
    ("Is adding a pupl on Snapchat ever OK if their mum says she doesn't mind?",
     "Is adding a pupil on Snapchat ever OK if their mum says she doesn't mind?"),
    ("lunchtime supervisor here - a cild from school sent me a friend request, what should I do",
     "lunchtime supervisor here - a child from school sent me a friend request, what should I do"),
    ("When will the sociall networking policy be looked at again?",
     "When will the social networking policy be looked at again?"),
]


@pytest.mark.parametrize(("slipped", "right"), SLIPS)
def test_a_slip_gets_the_answer_the_right_spelling_gets(kb: KnowledgeBase, slipped: str, right: str) -> None:
    meant = understand(right, kb.index)
    read = understand(slipped, kb.index)
    assert meant.clause_id is not None
    assert (read.intent, read.clause_id) == (meant.intent, meant.clause_id)


@pytest.mark.parametrize("question", [
    "When is the behaviour poliy due for review?",
    "When was the atendance policy last agreed by governors?",
])
def test_another_policy_misspelt_is_still_another_policy(kb: KnowledgeBase, question: str) -> None:
    u = understand(question, kb.index)
    assert u.clause_id is None and u.intent == "out_of_scope"


def test_the_labelled_questions_own_slips_are_read_as_the_word_meant(kb: KnowledgeBase) -> None:
    typos = kb.index.typos
    assert typos["polcy"] == "policy"
    assert typos["parnts"] == "parents"
    assert typos["makin"] == "making"  # the longer beginning alike, not "main"
    # real words, however rare in the questions, are not slips of commoner ones
    for word in ("county", "career", "delegated", "leaver", "police", "contract"):
        assert word not in typos


@pytest.mark.parametrize(("question", "kept", "not_read_as"), [
    ("she chats on Minecraft with a man who sends her gift cards", "card", "car"),
    ("Kyle shared it to the class Google Classroom stream", "stream", "steam"),
    ("Which YouTube channel is the one with the kids' yoga, Cosmic something?", "cosmic", "comic"),
])
def test_a_real_word_is_not_taken_for_another(kb: KnowledgeBase, question: str, kept: str, not_read_as: str) -> None:
    toks = question_tokens(question, kb.index)
    assert kept in toks and not_read_as not in toks


def test_police_is_not_policy(kb: KnowledgeBase) -> None:
    toks = question_tokens("should I ring the police about a post?", kb.index)
    assert "policy" not in toks


def test_without_a_vocabulary_of_real_words_no_known_word_is_repaired() -> None:
    counts = {"policy": 900, "polcy": 3, "count": 150, "county": 1}
    assert learned_typos(counts, lambda _word: None) == {}
    assert learned_typos(counts, lambda word: word in {"policy", "count", "county"}) == {"polcy": "policy"}
    assert real_word("delegated", lambda word: word == "delegate")
