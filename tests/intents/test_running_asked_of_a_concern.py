"""Who runs an account, asked of one that pictures or contacts pupils (review revQ): since `asks_running` (helper
`oos`) "who runs the instagram account that posted pics of our pupils?" was "not covered" with no report offered, where
d7917f8 gave B.3; a Designated Safeguarding Lead would want to hear of it. Now matched as before, the report offered
first where the account is not the school's own; the school's own running questions stay not covered."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase

TOLD = [
    "who runs the instagram account that posted pics of our pupils?",
    "who runs the tiktok account that's posting videos of our pupils?",
    "who runs the instagram page with photos of our y6 girls?",
    "who manages the account that is messaging our y5s?",
]
# The question matched as at d7917f8, not "not covered": a child who must not be shown, pictured
MATCHED_AS_BEFORE = {
    "who runs the school facebook, they posted a looked after child's photo": "APX.5",
    "who runs the school instagram, they've posted a photo of a child who isnt allowed": "B.3",
}
RUNNING = [
    "who runs the school facebook page?",
    "who gets the smoothwall alerts?",
    "where are photos of the children kept?",
    "how do i upload photos of the children to seesaw?",
    "who updates the website with photos of the children?",
]


@pytest.mark.parametrize("words", TOLD)
def test_an_account_picturing_or_messaging_pupils_has_the_report_offered(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.report_first, (meaning.intent, meaning.clause_id)


@pytest.mark.parametrize(("words", "clause"), MATCHED_AS_BEFORE.items())
def test_a_concern_beside_who_runs_it_is_answered_by_its_clause(kb: KnowledgeBase, words: str, clause: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.clause_id == clause, (meaning.intent, meaning.clause_id)


@pytest.mark.parametrize("words", RUNNING)
def test_the_schools_own_running_is_still_not_covered(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "out_of_scope" and not meaning.report_first, (meaning.intent, meaning.clause_id)
