"""Following an account, a page or a body rather than a person: B.1 forbids befriending pupils and ex-pupils, and
says nothing of following the school's own account, another school or the council. Such a question is not covered,
with B.1 as the nearest the policy comes, never a confident B.1 (nor B.7 or C.1, which share its words)."""

from __future__ import annotations

import pytest

from intents import understand
from intents.parties import ACCOUNT, PUPIL, parties_asked_about
from policy_kb.knowledge import KnowledgeBase

ACCOUNTS = [
    "can i follow the school account from my personal account",
    "can i follow the school's instagram on my own account",
    "can i follow the school twitter",
    "can i follow the council on twitter",  # was B.7's, 0.92 sure
    "can i follow other schools on instagram",
    "can i follow the local paper on fb",
    "can i follow the school account",
    "am i allowed to follow the class dojo page",
    "can i follow the school's youtube channel",  # was C.1's, 0.82 sure
    "is following the school page on insta ok from my own account",
    "can i follow the school's account with my personal twitter",
]


@pytest.mark.parametrize("question", ACCOUNTS)
def test_following_an_account_is_not_covered_with_b1_nearest(kb: KnowledgeBase, question: str) -> None:
    u = understand(question, kb.index)
    assert (u.intent, u.clause_id, u.nearest) == ("out_of_scope", None, "B.1")


@pytest.mark.parametrize("question", ["can i follow a pupil on instagram", "can i follow ex pupils on tiktok",
                                      "can I follow a pupil's account"])
def test_following_a_pupil_stays_b1(kb: KnowledgeBase, question: str) -> None:
    assert understand(question, kb.index).clause_id == "B.1"


@pytest.mark.parametrize(("question", "parties"), [
    ("can i follow the school account from my personal account", {ACCOUNT}),
    ("can I follow a pupil's account", {PUPIL}),
    ("Do I have to follow the rules of the website itself, like Facebook's own terms?", set()),
    ("does the policy say anything abt following fb's own rules", set()),
    ("My tutor said the Teachers' Standards follow you outside school too. Does that include what I post?", set()),
    ("is there anything wrong with posting from my own account", set()),
])
def test_what_is_followed(question: str, parties: set[str]) -> None:
    assert parties_asked_about(question) == parties
