"""A child in touch with an uncle or aunt is not everyday news (review revQ): since helper `reading5` "a y5 girl sends
pics to her uncle every night" was answered with the report only offered, where d7917f8 began one; an adult outside
the child's home sent pictures, or in touch at night, is what a Designated Safeguarding Lead would ask about. A friend,
a sibling, a cousin, a parent or a grandparent stays everyday news (tests/intents/test_everyday_news_not_begun.py)."""

from __future__ import annotations

import pytest

from intents import understand
from intents.nothing_told import everyday_news
from policy_kb.knowledge import KnowledgeBase

TOLD = [
    "a y5 girl sends pics to her uncle on snap",
    "a y5 girl sends pics to her uncle every night",
    "a year 6 girl sends selfies to her uncle",
    "a y3 girl facetimes her uncle at night",
    "a year 6 girl keeps snapchatting her uncle",
    "a y4 girl sends photos to her auntie on whatsapp",
]


@pytest.mark.parametrize("words", TOLD)
def test_a_child_in_touch_with_an_uncle_is_begun_as_a_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" and not meaning.report_first, (meaning.intent, meaning.clause_id)


def test_a_child_messaging_a_friend_is_still_everyday_news() -> None:
    assert everyday_news("a y5 girl sends pics to her friend on snap")
