"""Review revU of helpers `reading6` and `oos2`: readings a teacher would notice, through the real matcher."""

from __future__ import annotations

import pytest

from bot.answers import answer_question
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


# A child asked for pictures by a stranger or someone older, or for nude ones by anyone, asked of in a question's frame:
# each was "not covered… tell the DSL" with no report offered
PICTURES_ASKED = [
    "What should I do if a girl says a man is asking her for photos?",
    "I hope this is the right place to ask. What should I do if a girl says someone is asking her for photos? Thanks",
    "what if someone online asks a pupil to send pictures of herself?",
    "someone online asked him to send pictures of himself",
    "what if an older boy asks a year 7 girl for pics?",
]


@pytest.mark.parametrize("words", PICTURES_ASKED)
def test_a_child_asked_for_pictures_is_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert said.startswith("If this is a concern, please report it"), said


@pytest.mark.parametrize("words", ["a parent asked a pupil for photos of the trip", "a parent asked me for the trip "
                                   "photos", "can i ask pupils to send photos of their homework?",
                                   "i asked her to take photos for the school newsletter"])
def test_everyday_pictures_asked_for_are_not_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    assert not understand(words, kb.index).report_first


@pytest.mark.parametrize("words", [
    "Good morning. Could you tell me what to do if the head is messaging a pupil? Kind regards",
    "what should i do if a pupil is being blackmailed online?",
    "who do i tell if a child is being blackmailed on snapchat?",
])
def test_asked_courteously_or_of_blackmail_is_never_only_not_covered(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert said.startswith("If this is a concern, please report it"), said
