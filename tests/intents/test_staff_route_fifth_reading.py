"""The staff readings, fifth pass (revAT's noticed): a "me" in words a pupil told was read as the pupil's own, so a
colleague's message to the teller ("a y6 girl said mrs p texted me her mum's number") put the staff route. A "me"
sent something for the teller to use (a pupil's family's number or email), or messaged so the teller could pass it
on, is the teller; a pupil's "me" ("the coach dms me", "gave me his number") is kept (and staff4's cases in
test_staff_contact_fourth.py)."""

from __future__ import annotations

import pytest

from intents import understand
from intents.normalise import plain
from intents.staff_contact_told import staff_contact_told
from policy_kb.knowledge import KnowledgeBase


@pytest.mark.parametrize("words", [
    "a y6 girl said mrs p texted me her mum's number",
    "she said miss messaged me so I could pass it on",
    "a year 4 boy told me the ta whatsapped me his dad's email so i could contact his dad",
    "my tutee said mr k messaged me to pass it on to the office",
    "a y2 girl said the cover teacher texted me the parents numbers",
    "one of my y5s said sir messaged me so that i could let the office know",
])
def test_a_me_that_is_the_teller_is_not_the_pupil(kb: KnowledgeBase, words: str) -> None:
    assert not staff_contact_told(plain(words)), words
    assert not understand(words, kb.index).about_staff, words


@pytest.mark.parametrize("words", [
    "a y8 girl said the coach dms me",
    "a y7 girl told me 'the ta messages me so i can sneak out'",
    "a year 9 boy said the pe teacher snapchats me his address",
    "a y10 girl said sir messages me the link to his private snap",
])
def test_a_pupils_own_me_is_still_the_pupil(kb: KnowledgeBase, words: str) -> None:
    assert staff_contact_told(plain(words)), words
    assert understand(words, kb.index).about_staff, words
