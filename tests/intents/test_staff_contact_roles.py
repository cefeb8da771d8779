"""Staff contact the staff readings missed (README Open, "Reading"): a coach, a caretaker, a cleaner, a lunchtime
supervisor, a technician or a volunteer whatsapping, dm'ing or texting a pupil, giving their number "to" one, or
meeting one away from school, was "not covered" (the DSL's route) or begun with no staff route. Each now carries the
route for a concern about staff (`about_staff`: the Headteacher first, the LADO where needed, B.0), offered or begun
as before. Pupils, parents, ex-pupils, former staff, work on the school's systems and staff messaging a pupil's
parent keep no staff route."""

from __future__ import annotations

import pytest

from intents import understand
from intents.normalise import plain
from intents.staff_contact_told import staff_contact_told
from policy_kb.knowledge import KnowledgeBase


def _reported(meaning) -> bool:
    """Begun, or answered with the report offered first."""
    return meaning.intent == "report_concern" or meaning.report_first


# Told, in terse, chatty, titled, long and opener styles, by post or by title and name, each a kind of contact
@pytest.mark.parametrize("words", [
    # the account given before the pupil ("gave his number to")
    "the coach gave his number to a y7 boy",
    "Supply teacher gave his snapchat to a couple of y11 girls",
    "our peripatetic guitar teacher gave her number to a year 7",
    "the minibus driver gave his mobile number to a y9 girl",
    "Hi - mrs k has given out her personal number to some of the year 10s",
    # whatsapping, dm'ing, pm'ing, msging, sending messages to
    "our caretaker is whatsapping a year 6 girl",
    "site manager dm'ing a y8 girl",
    "the pe teacher is sending messages to a y9 boy",
    "ta sending msgs to y8 boy late at night",
    "one of the cleaners is snapchatting a year 8 girl",
    "the technician is messaging a y11 on insta",
    "our librarian dms one of my tutees",
    "the learning mentor is texting a sixth former late at night",
    "mr t from the office is whatsapping a year 10 lad",
    "midday assistant keeps texting one of my class",
    "Morning all, just flagging that the lunch lady has been pm'ing a y4 girl",
    "I'm a bit worried because the sports coach is in contact with a year 8 boy on his own phone",
    # meeting a pupil away from school
    "the sports coach is meeting a y9 boy outside school",
    "the drama teacher has been meeting up with a year 10 girl at the weekend",
    "our form tutor met a y11 girl in town on saturday",
])
def test_staff_contact_told_carries_the_staff_route(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert _reported(meaning) and meaning.about_staff, (words, meaning)


# Not a member of the school's staff in private contact with a pupil: no staff route
@pytest.mark.parametrize("words", [
    "a y9 boy is whatsapping a year 6 girl",
    "a parent is whatsapping a year 6 girl",
    "a mum gave her number to a y7 boy",
    "a y7 boy gave his number to the coach",
    "an ex pupil is snapchatting a year 8 girl",
    "the former caretaker is messaging a y9 girl",
    "our old coach gave his number to a y7 boy",
    "the caretaker's daughter in y6 is whatsapping a year 6 girl",
    # the school's own systems, about work
    "the ta messaged a y9 on teams about his homework",
    "the science technician emailed a y11 on the school email about her coursework",
    # a pupil's parent, not the pupil
    "the coach is messaging a y10 girls mum about the match",
    "the coach gave his number to a y7 boy's dad",
    "the teacher texted a parent about a y6 girl",
    "the pe teacher is messaging the y9 parents about kit",
    "the senco is in contact with a y9 boy's social worker",
    # asked as a rule or a what-if
    "can the coach give his number to a y7 boy",
    "is it ok for the sports coach to message pupils",
    # meeting a pupil in school, or with a parent
    "mr b is meeting a y10 boy in his office about behaviour",
    "the head is meeting a year 9 boy and his mum tomorrow",
])
def test_no_member_of_staff_contacting_a_pupil_no_staff_route(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert not meaning.about_staff, (words, meaning)


# A team met for its practice, or a pupil's parent met, is no contact away from school with a pupil (another reading,
# `staff_conduct`, may still see more in it)
@pytest.mark.parametrize("words", [
    "the coach is meeting the y9 boys at the park for training",
    "the coach met a y9 girls mum in town",
])
def test_meeting_a_team_or_a_parent_is_no_staff_contact(words: str) -> None:
    assert not staff_contact_told(plain(words))
