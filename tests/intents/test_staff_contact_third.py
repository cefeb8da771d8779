"""The staff readings, third pass (review revAP's "Found, not fixed" (a) to (c)). (a) A colleague's harsh treatment of
a pupil was read only where the pupil ended the message or a few words followed ("mr h slapped a year 4 boy" had the
staff route, "…a year 4 boy round the head" and "…a year 4 boy, I've told the head" had none): the pupil, him or her
may be followed by a clause of the teller's, "round the head", "against the wall", "twice" (never a noun: plain "a boy
bag" is the boy's bag). (b) A member of staff meeting a pupil by chance ("by chance at tesco", "bumped into", "saw a
y9 girl in town") is no contact concern; a planned meeting stays one. (c) Contact told by the pupil ("my tutee said a
supply teacher has been inboxing her") is contact with that pupil."""

from __future__ import annotations

import pytest

from intents import understand
from intents.normalise import plain
from intents.staff_contact_told import staff_contact_told
from intents.staff_towards_child import treats_child_harshly
from policy_kb.knowledge import KnowledgeBase


def _reported(meaning) -> bool:
    """Begun, or answered with the report offered first."""
    return meaning.intent == "report_concern" or meaning.report_first


# (a) the pupil followed by more words: a clause, where, when
@pytest.mark.parametrize("words", [
    "mr h slapped a year 4 boy, I've told the head",
    "mr h slapped a year 4 boy round the head",
    "the supply teacher pushed a y2 girl against the wall",
    "Mrs P grabbed a reception child really hard and she cried",
    "the dinner lady smacked a kid twice this lunchtime",
    "one of the TAs slapped him round the face",
    "the coach shoved her, I've spoken to the DSL already",
    "our cover supervisor kicked a year 7 lad under the table",
])
def test_harsh_treatment_with_more_words_after_the_pupil_has_the_staff_route(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert _reported(meaning) and meaning.about_staff, (words, meaning)


# ... still no staff reading: a thing of the child's, the member of staff's own head, a hand to keep a child safe
@pytest.mark.parametrize("words", [
    "the ta grabbed a kids coat off the peg",
    "the ta grabbed a boy's bag to move it",
    "the teacher hit her head on the cupboard",
    "the ta grabbed a y1 boy to stop him running into the road",
    "the dinner lady shouted at a boy to come in",
    "the ta grabbed a boy as he fell",
])
def test_no_harsh_treatment_read_where_none_is_told(words: str) -> None:
    assert not treats_child_harshly(plain(words)), words


# (b) a meeting by chance is no contact concern; a planned one is
@pytest.mark.parametrize("words", [
    "the teacher met a y10 girl outside school by chance at tesco",
    "our ta met a year 8 boy in town by accident when she was shopping",
    "mr d bumped into a y9 girl at the weekend and met her mum",
    "the coach happened to meet a y7 boy at the park at the weekend",
    "mr k saw a year 9 girl in town on saturday",
])
def test_a_chance_meeting_is_no_contact_concern(kb: KnowledgeBase, words: str) -> None:
    assert not staff_contact_told(plain(words)), words
    assert not understand(words, kb.index).about_staff, words


@pytest.mark.parametrize("words", [
    "the teacher met a y10 girl outside school",
    "the drama teacher has been meeting up with a year 10 girl at the weekend",
    "the ta arranged to meet a year 8 boy in town, she said it was by chance",
])
def test_a_planned_meeting_stays_a_contact_concern(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert _reported(meaning) and meaning.about_staff, (words, meaning)


# (c) told by the pupil, the pupil only a pronoun after
@pytest.mark.parametrize("words", [
    "my tutee said a supply teacher has been inboxing her",
    "a y8 girl told me the pe teacher messages her on snapchat",
    "One of my year 9 boys says the coach has been dming him late at night",
    "a year 11 girl disclosed that mr r has been texting her",
    "a pupil in my form told me the caretaker gave her his number",
])
def test_contact_told_by_the_pupil_is_contact_with_them(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert _reported(meaning) and meaning.about_staff, (words, meaning)


# ... not where her or him is another ("her mum"), the teller is not a pupil, or the pupil messages the member of staff
@pytest.mark.parametrize("words", [
    "my tutee said a supply teacher has been messaging her mum",
    "a y8 girl told me the pe teacher messages her dad about fixtures",
    "my colleague said the supply teacher has been inboxing her",
    "a parent told me the coach is texting her",
    "my tutee said she has been messaging the supply teacher",
])
def test_told_by_no_pupil_or_about_another_is_no_staff_contact(words: str) -> None:
    assert not staff_contact_told(plain(words)), words
