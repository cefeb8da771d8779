"""Befriending someone B.1 is not about: B.1 says staff must never add pupils or ex-pupils as friends, and nothing about
parents, colleagues, governors or visitors. Such a question is told the policy doesn't cover it, with B.1 as the
nearest it comes; a question about pupils stays B.1's, whoever else it names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.answers import HUMAN_ROUTE, answer_question, not_settled
from intents import understand
from intents.parties import ACCOUNT, COLLEAGUE, PARENT, PUPIL, clause_parties, parties_asked_about
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base

B1 = "Staff must never add pupils or ex-pupils as friends into their personal accounts."

OTHER_PARTY = [
    "can I be friends with parents on facebook?",
    "a parent added me on facebook, should I accept",
    "can I accept a friend request from a parent?",
    "can I add my colleagues on insta",
    "am I allowed to be friends with a governor on facebook",
    "is it ok to follow parents on instagram",  # was D.1's, parents posting pictures
    "a mum from my class wants to follow me",
    "can I accept a friend request from one of the dads",
    "can i follow my colleagues back on tiktok",
    "am I allowed to be friends with other staff on facebook",
    "can staff be facebook friends with each other",
    "is it ok to accept a follow request from a governor",
    "a carer from reception wants to add me on insta, can I",
    "can i be mates with the mums on fb",
    "my TA wants to add me on snapchat is that ok",
    "can I friend the chair of governors on facebook",
    "can i accept a friend request from a grandparent of one of my class",
    "can I accept friend requests from parents if I knew them before",
    "is it ok to add a parent of a child in my class on snapchat",
    "a pupil's mum wants to follow me on instagram, is that allowed",
    "can i add other teachers on facebook",
    "is it ok to connect with parents on linkedin",
    "can I be friends on facebook with a dad I know from football",
    "parents following me on tiktok ok?",
    "should I accept a follow request from a visitor who came to do an assembly",
    "can I add a mum from year 4 on facebook",
]

PUPILS = [
    "can I be friends with pupils if their parents say it's fine?",
    "a year 6 girl wants to follow me",
    "can I add my niece in year 4 on snapchat",
    "pupil added me on insta what do i do",
    "can I follow ex pupils once they've left",
    "one of my old y6s sent me a friend request",
    "a kid from my class wants to follow me on tiktok",
    "can i accept a friend request from a child i teach",
    "is it ok to add a pupil if their mum says its fine",
    "my neighbours daughter is in my class and wants to add me",
    "as a governor can I be friends with pupils on facebook",
    "governor here, can I add ex-pupils",
    "dinner lady here one of the yr5 girls keeps asking to add me on her mums fb acct",
    "can i be mates with past pupils online",
    "a lad i taught years ago followed me, can i follow him back",
    "can staff be friends with children from school online if parents agree",
    "ta here, a boy from my group asked me to be his friend on facebook",
    "is following a student back allowed",
    "leavers want to add me on snap",
    "can i accept a follow from a year 5 on roblox",
    "my nephew is in year 2 here can i stay facebook friends with him",
    "i'm a TA, can I accept a request from a kid in year 3",
    "can I add a mum and her son from year 4 on facebook",
]


@pytest.mark.parametrize("question", OTHER_PARTY)
def test_befriending_someone_else_is_not_covered_with_b1_nearest(kb: KnowledgeBase, question: str) -> None:
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id, u.nearest) == ("out_of_scope", None, "B.1")


@pytest.mark.parametrize("question", PUPILS)
def test_befriending_pupils_stays_b1_whoever_else_is_named(kb: KnowledgeBase, question: str) -> None:
    u = understand(question, kb.index)
    assert (u.clause_id, u.nearest) == ("B.1", None)


def test_the_reply_says_not_covered_and_quotes_b1_as_the_nearest(kb: KnowledgeBase) -> None:
    a = answer_question("can I be friends with parents on facebook?", kb, today=date(2026, 12, 1))
    assert a.citation is None and a.understanding.clause_id is None
    assert a.full_text.startswith(not_settled("Social Media policy"))
    assert f"\u201c{B1}\u201d [B.1]" in a.full_text
    assert HUMAN_ROUTE in a.full_text


def test_a_follow_up_about_parents_after_b1_is_not_b1_again(kb: KnowledgeBase) -> None:
    first = understand("can I add a pupil as a friend?", kb.index)
    assert first.clause_id == "B.1"
    for follow_up in ("and parents?", "what about colleagues?"):
        u = understand(follow_up, kb.index, previous_clause="B.1")
        assert (u.clause_id, u.nearest) == (None, "B.1")
    assert understand("and ex-pupils?", kb.index, previous_clause="B.1").clause_id == "B.1"


def test_a_doubtful_report_of_a_parent_befriending_stays_a_report(kb: KnowledgeBase) -> None:
    # Told tersely, it may be the start of something to report: only the nearest the policy comes is no reason to
    # answer it as a question instead.
    u = understand("dad added me on fb", kb.index)
    assert u.intent == "report_concern" and not u.maybe_report


def test_the_parties_come_from_the_clause_s_own_words() -> None:
    assert clause_parties(B1) == {PUPIL}
    # Who acts is not who is befriended; a clause about no relationship is about no party here.
    assert clause_parties("Parents should not add staff as friends on social media.") == {COLLEAGUE}
    assert clause_parties("Staff must not accept friend requests from parents or carers.") == {PARENT}
    b10 = ("Any breach of this policy will be dealt with through the school, following the advice of the Local"
           " Authority. Governors or members of staff who feel that they cannot comply…")
    assert clause_parties(b10) == set()
    assert clause_parties("Staff must not post pictures of school events without the Headteacher's consent.") == set()


@pytest.mark.parametrize(
    ("question", "parties"),
    [
        ("can I be facebook friends with a parent of a child in my class", {PARENT}),
        ("a pupil's mum sent me a request", {PARENT}),
        ("can I be friends with pupils if their parents say it's fine?", {PUPIL, PARENT}),
        ("as a governor can I accept friend requests?", set()),
        ("a parent showed me messages her 9-year-old had received", {PARENT, PUPIL}),
        ("can I follow the school's page", {ACCOUNT}),  # an account, not a person (test_followed_accounts.py)
    ],
)
def test_who_a_question_asks_about(question: str, parties: set[str]) -> None:
    assert parties_asked_about(question) == parties


def test_another_school_s_clause_about_parents_is_read_the_same_way(tmp_path: Path) -> None:
    policy = tmp_path / "contact.md"
    policy.write_text(
        "# Staff contact\n\n## A. Personal accounts\n\n"
        "[A.1] Staff must not accept friend requests from parents or carers on their personal accounts.\n\n"
        "[A.2] Staff must not post pictures of school events on their personal accounts.\n", encoding="utf-8")
    other = load_knowledge_base(policy)
    assert other.index.parties == {"A.1": frozenset({PARENT})}
    assert understand("can I accept a friend request from a parent?", other.index).clause_id == "A.1"
    u = understand("can I accept a friend request from a pupil?", other.index)
    assert (u.clause_id, u.nearest) == (None, "A.1")
