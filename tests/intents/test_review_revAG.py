"""Review revAG of helper `reading11` (term questions, what-ifs, "ta" as a teaching assistant, year-group admin)."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase


# "ta" before a modal and what may be going on is a teaching assistant: stripped as thanks, "might be grooming a y5"
# lost its actor and was "not covered" with nothing offered, while "our ta might be grooming a y5" is a report
@pytest.mark.parametrize("words", [
    "ta might be grooming a y5",
    "ta could be grooming a girl in y6",
    "ta may have hit a child",
    "ta might have touched a y2",
    "ta would not let a child go to the toilet",
])
def test_ta_with_a_modal_is_a_teaching_assistant(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first, meaning


# Thanks followed by the teacher's own question or promise stays thanks-and-the-rest: nothing offered (guards)
@pytest.mark.parametrize("words", ["ta will do", "ta can i ask another", "ta might ask again later",
                                   "ta should be fine now", "ta will have a look"])
def test_thanks_before_a_modal_of_ones_own_is_offered_nothing(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, meaning


# What a term of harm means asked, then a child in particular told of: the report offered first (it was "not covered"
# alone, logged for the Head), whichever stop is typed between
@pytest.mark.parametrize("words", [
    "whats cse? a girl in y10 keeps getting picked up by older lads",
    "whats cse, a girl in y10 keeps getting picked up by older lads",
    "what does grooming mean, my y8 girl has an older boyfriend who buys her stuff",
    "what is county lines? one of my y9s has loads of cash and a new phone",
    "is this grooming, a man keeps sending a y7 gifts",
])
def test_a_term_asked_then_a_child_told_of_is_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first, meaning


# The term asked of teaching it is offered nothing (guards)
@pytest.mark.parametrize("words", [
    "what is county lines, i need to teach it to my y9 class",
    "what is sexting in the rse curriculum for year 8",
    "what does cse stand for in the safeguarding training",
])
def test_a_term_asked_of_teaching_it_is_offered_nothing(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, meaning


# A short "what if" of the teacher's worry, a comma, then the case told: the report offered first (the comma, dropped
# by the plain reading, made the case part of the "what if"; with a question mark it was offered already)
@pytest.mark.parametrize("words", [
    "what if he does it again, he touched her at the disco",
    "what if it happens again, her uncle touched her at christmas",
    "what if i'm wrong, she said her step dad comes into her room at night",
    "what if dad finds out she told me, he hits her with a belt",
    "What if I'm overreacting - her mum's boyfriend hit her last night",
])
def test_a_what_if_then_a_case_told_is_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first, meaning


# A worry and what follows from it, an accident, or a second question after the comma: offered nothing (guards)
@pytest.mark.parametrize("words", [
    "what if a pupil forgets their PE kit, do they miss the lesson",
    "what if i'm off sick, the ta will cover the class",
    "what if a child falls over in the playground, she hurt her knee last week",
    "what if a child loses their phone on the trip, the parents will be cross",
    "what if the ta is off, she has the keys",
])
def test_a_what_if_then_an_everyday_clause_is_offered_nothing(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, meaning
