"""A report begun, surely or doubtfully, of a member of staff's contact with or conduct towards a pupil carries the
route for a concern about staff (`about_staff`: the Headteacher first, the LADO where needed, B.0), as one told and
offered did; a pupil, a parent, an ex-pupil, a former member of staff or work on the school's systems does not."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase


def _begun(meaning) -> bool:
    return meaning.intent == "report_concern" and not meaning.report_first


# Terse, chatty, by name or by post, with and without a year group: begun (most only doubtfully), and each had no
# staff route
@pytest.mark.parametrize("words", [
    "ta dms a y9",
    "coach messaging y10 girl",
    "mr b gave a y11 his number",
    "miss j gave a pupil her personal number",
    "the dance teacher texts a girl in y9 late at night",
    "mrs p snapchats a year 8 boy",
    "sir keeps messaging a y10 girl on snap",
    "mr d follows a pupil on instagram",
    "a colleague messages pupils on whatsapp",
    "Morning! ta dms a y9",
    "hi, mrs t gave a y8 boy her mobile",
    "our hlta has been snapchatting a year 11 lad",
    "the swimming instructor gave a girl in yr 6 his whatsapp",
])
def test_a_begun_report_of_staff_contact_has_the_staff_route(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert _begun(meaning) and meaning.about_staff, (words, meaning)


# A member of staff's conduct towards a pupil, begun as a report: the readings that gave an offer the route, asked of
# a report begun too
@pytest.mark.parametrize("words", [
    "teacher kissing a y10 girl",
    "mr h slapped a year 4 boy",
    "ta pinched a y2 girl on the arm",
    "teacher swore at a y7 kid today",
])
def test_a_begun_report_of_staff_conduct_has_the_staff_route(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert _begun(meaning) and meaning.about_staff, (words, meaning)


def test_the_report_that_already_had_it_keeps_it(kb: KnowledgeBase) -> None:
    meaning = understand("teacher added pupil on snap", kb.index)
    assert _begun(meaning) and meaning.about_staff


# Other adults, pupils, a parent's own child, someone no longer on the staff, or the school's own systems: begun or
# not as before, never the staff route
@pytest.mark.parametrize("words", [
    "y9 messaging a teacher on snap",
    "pupil added ta on insta",
    "a parent messaging y10 girl",
    "ex pupil now 19 messaging y11s",
    "mr b messaging y10 about homework on teams",
    "ta messaging y9 on the school app",
    "a former teacher is messaging pupils on instagram",
    "ex teacher dms a y9",
    "our old ta is messaging a year 10",
    "a retired coach gave a y8 his number",
    "teacher messaging a parent on whatsapp",
    "ta dms a y9 mum",
])
def test_no_staff_route_where_no_member_of_staff_reaches_a_pupil(kb: KnowledgeBase, words: str) -> None:
    assert not understand(words, kb.index).about_staff, words


def test_a_teacher_of_an_age_is_still_staff(kb: KnowledgeBase) -> None:
    # "old" after a year's age is how old, not a former member of staff
    meaning = understand("a 40 year old teacher messages a y9 girl on snapchat", kb.index)
    assert meaning.about_staff and (_begun(meaning) or meaning.report_first)
