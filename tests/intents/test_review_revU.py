"""Review revU of helpers `reading6` and `oos2`: readings a teacher would notice, through the real matcher."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase

# The Head or a colleague in touch with a pupil's family, or with a pupil about the school's own business: everyday
# school life, no report offered (the plain words lose the "'s": "a pupil parent")
EVERYDAY_CONTACT = [
    "what if the head is messaging a pupil's parent about a trip?",
    "what if the head texts a pupil's mum?",
    "what if the head rings a pupil's parents?",
    "what if the head is phoning a child's parents at home?",
    "what if a teacher is messaging a pupils parents?",
    "what if the head is messaging a pupil about a trip?",
]


@pytest.mark.parametrize("words", EVERYDAY_CONTACT)
def test_contact_with_a_pupils_family_or_about_a_trip_is_not_offered_the_report(kb: KnowledgeBase,
                                                                                  words: str) -> None:
    meaning = understand(words, kb.index)
    assert not meaning.report_first and meaning.intent != "report_concern", (meaning.intent, meaning.clause_id)


@pytest.mark.parametrize("words", ["what if the head is messaging a pupil?", "what if the head texts a pupil at night?",
                                   "what if the head is messaging a pupil's sister?"])
def test_the_heads_contact_with_a_child_is_still_offered(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).report_first


@pytest.mark.parametrize("words", ["what if the head texts a year 6 girl's mum?", "what if the head is messaging a y6 "
                                   "pupils dad"])
def test_a_named_pupils_parent_is_their_family_not_the_child(kb: KnowledgeBase, words: str) -> None:
    assert not understand(words, kb.index).report_first
