"""Readings left wrong after review revQ and helper `reading5` (README "## Notes"): worries about the Head's or a
colleague's private contact with a pupil, accounts messaging pupils, a school account's way in misused, a picture of a
child who must not be shown posted, a mum's pictures as a parent's, a parent adding a child as a volunteer doing so,
"who do i tell if…" with or without its question mark, and an older cousin as an uncle. Through the real matcher and
the answers a teacher reads."""

from __future__ import annotations

import pytest

from bot.answers import answer_question
from intents import understand
from policy_kb.knowledge import KnowledgeBase

# Each a possible harm to a child, each "not covered" or answered with no report offered before
OFFERED = [
    "what if the head is messaging a pupil?",
    "what if the deputy head is snapchatting a year 6 girl?",
    "what if the head messages a pupil on snapchat?",
    "what if one of the dinner ladies is texting a pupil?",
    "how do i report a snapchat account that's messaging kids?",
    "who is behind the snapchat account sending messages to our girls?",
    "a parent has the password to the class dojo and is messaging kids",
    "who runs the school facebook, they posted a looked after child's photo",
    "the class page shared a photo of a child who is in foster care",
    "a mum posted pics of the nativity on facebook",
    "a parent posted pics of the nativity on facebook",
    "what if a parent adds a child from class on facebook",
    "what if an adult volunteer adds a pupil on facebook",
    "what if a coach adds a year 6 on snapchat?",
    "who do i tell if a child is chatting with a teenager on discord",
    "who do i tell if a child is chatting with a teenager on discord?",
    "who do we go to if a child is chatting with a stranger online",
    "her uncle messages her at night",
    "her older cousin messages her at night",
    "what if a pupil's older cousin is messaging her at night?",
    "what if a child is messaging her uncle every night?",
]
# Rules asked, the school's own running, and contact the policy answers in its own words: as they were
NOT_OFFERED = [
    "can staff message pupils on class dojo?",
    "what if a teacher messages a pupil on class dojo?",
    "what if the head messages the class?",
    "can we post photos of children in care?",
    "who runs the school facebook page?",
    "how do i reset my seesaw password?",
    "what if a parent adds their son on facebook?",
    "what if a parent messages me on facebook?",
    "what if a teacher is messaging a pupil about homework on teams?",
    "what if the head is messaging a parent?",
    "what if a teacher messages a pupil on snapchat",
    "her uncle picks her up from school",
    "her uncle facetimes her on sundays",
]


@pytest.mark.parametrize("words", OFFERED)
def test_a_possible_harm_to_a_child_is_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.report_first, (meaning.intent, meaning.clause_id)


@pytest.mark.parametrize("words", NOT_OFFERED)
def test_a_rule_or_the_schools_running_is_not_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert not meaning.report_first and meaning.intent != "report_concern", (meaning.intent, meaning.clause_id)


def test_the_heads_contact_with_a_pupil_goes_to_the_chair_not_the_head(kb: KnowledgeBase) -> None:
    said = answer_question("what if the head is messaging a pupil?", kb).full_text
    assert "report" in said.lower() and "Chair of Governors" in said
    assert "Please ask the Headteacher" not in said


@pytest.mark.parametrize("words", ["what if the head is messaging a pupil?", "how do i report a snapchat account "
                                   "that's messaging kids?", "a parent has the password to the class dojo and is "
                                   "messaging kids"])
def test_never_only_not_covered(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert said.startswith("If this is a concern, please report it"), said


@pytest.mark.parametrize(("told", "uncle"), [
    ("a y5 girl sends pics to her older cousin", "a y5 girl sends pics to her uncle"),
    ("a y5 girl facetimes her older cousin every night", "a y5 girl facetimes her uncle every night"),
])
def test_an_older_cousin_is_as_an_uncle(kb: KnowledgeBase, told: str, uncle: str) -> None:
    cousin, theirs = understand(told, kb.index), understand(uncle, kb.index)
    assert cousin.intent == theirs.intent == "report_concern"
    assert not cousin.report_first and not theirs.report_first


def test_a_cousin_of_their_own_age_is_still_everyday_news(kb: KnowledgeBase) -> None:
    meaning = understand("a y5 girl sends pics to her cousin", kb.index)
    assert meaning.report_first and meaning.as_question is not None
