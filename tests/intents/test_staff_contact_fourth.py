"""The staff readings, fourth pass (README Open, "Staff route"): contact told by a pupil was read only where the
pupil was then "her" or "him". The pupil is as often "them" ("a y5 pupil said mr b messages them on snapchat") or the
"me" of their own words ("a y8 girl said the coach dms me"), and in their own words a member of staff is "sir" or
"miss", which marks the teller as a pupil even where they are only "she" or "he" ("she told me 'sir adds me on
insta'"). Not a "me" the member of staff messaged about something ("…messaged me about his reading"), nor a colleague
telling of a named colleague, nor a pupil's family."""

from __future__ import annotations

import pytest

from intents import understand
from intents.normalise import plain
from intents.staff_contact_told import staff_contact_told
from policy_kb.knowledge import KnowledgeBase


def _reported(meaning) -> bool:
    """Begun, or answered with the report offered first."""
    return meaning.intent == "report_concern" or meaning.report_first


@pytest.mark.parametrize("words", [
    "a y5 pupil said mr b messages them on snapchat",
    "one of my year 6s told me the ta has been dming them at night",
    "a y8 girl said the coach dms me",
    "my tutee told me 'the pe teacher follows me on tiktok'",
    "a year 10 boy said \u201cthe drama teacher gave me his number\u201d",
    "she told me 'sir adds me on insta'",
    "he said miss has been snapchatting him",
    "A girl in 4B said sir messages her on whatsapp",
])
def test_contact_told_by_a_pupil_as_them_or_me_is_staff_contact(kb: KnowledgeBase, words: str) -> None:
    assert staff_contact_told(plain(words)), words
    meaning = understand(words, kb.index)
    assert _reported(meaning) and meaning.about_staff, (words, meaning)


@pytest.mark.parametrize("words", [
    # the teller messaged by a colleague about something
    "a y7 boy said the ta messaged me about his reading",
    "my tutee said the head emailed me to say she was off",
    # a colleague, or no pupil, telling: a named colleague in touch with them is no concern
    "she told me mr b messages her on whatsapp",
    "my colleague said the supply teacher messages them",
    # the school's own system; the pupil's family; the pupil messaging the member of staff; missing someone
    "a y10 boy told me the coach messages them on teams about training",
    "a y9 girl said the coach messages her mum and dad",
    "a y6 boy said he messages sir on the school app",
    "she said she will miss texting him",
])
def test_no_staff_contact_where_no_pupil_tells_of_it(words: str) -> None:
    assert not staff_contact_told(plain(words)), words
