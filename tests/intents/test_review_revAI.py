"""Review revAI of reading12: touching told as a hand inside clothes or a child made to touch, staff stroking a
pupil's hair."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase


def _begun(meaning) -> bool:
    return meaning.intent == "report_concern" and not meaning.report_first


# A hand inside a child's clothes, or a child made to touch someone: a disclosure, begun as touching told is
# ("he put his hand up her skirt" was only offered, "he made him touch his willy" was "not covered" with nothing)
@pytest.mark.parametrize("words", [
    "he put his hand up her skirt",
    "put his hand up her skirt",
    "her step dad put his hand down her knickers last night",
    "our caretaker slid his hand under a girl's top in the corridor",
    "he made him touch his willy",
    "my y4 says her uncle makes her touch him when they're alone",
    "mum's boyfriend made her touch his private parts",
])
def test_hand_in_clothes_or_made_to_touch_is_begun(kb: KnowledgeBase, words: str) -> None:
    assert _begun(understand(words, kb.index)), words


# ... not a hand in one's own pocket, a hand put up in class, made to touch a thing, or asked
@pytest.mark.parametrize("words", [
    "he put his hand up in class",
    "he put his hands in his pockets",
    "the teacher made her touch the snake at the zoo visit",
    "what if he put his hand up her skirt",
])
def test_hands_and_touching_in_everyday_senses_are_not_begun(kb: KnowledgeBase, words: str) -> None:
    assert not _begun(understand(words, kb.index)), words


# A member of staff stroking a pupil's hair or face: "not covered" with nothing offered; offered with the staff route
# (or begun, where the report rules take it)
@pytest.mark.parametrize("words", [
    "mr t strokes the girls hair in class",
    "the new ta keeps stroking a y3 girl's hair",
    "miss k was stroking his face during reading",
])
def test_staff_stroking_a_pupil_is_offered_with_the_staff_route(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert _begun(meaning) or (meaning.report_first and meaning.about_staff), words


@pytest.mark.parametrize("words", [
    "mr t strokes the class hamster",
    "the ta stroked the dog at the farm visit",
])
def test_staff_stroking_an_animal_is_nothing(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert not meaning.about_staff and not _begun(meaning), words



# Touched by a story, an assembly, a card: a feeling ("the story touched her" was begun as a report, "the assembly
# really touched him" offered)
@pytest.mark.parametrize("words", [
    "the story touched her",
    "the assembly really touched him",
    "the card from the class touched her",
    "the poem by a y6 girl touched them",
])
def test_touched_by_a_story_is_no_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, words


# ... but a story told and then touching is still touching ("he read her a story then touched her in bed")
def test_a_story_beside_touching_stays_a_report(kb: KnowledgeBase) -> None:
    meaning = understand("he read her a story then touched her in bed", kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first
