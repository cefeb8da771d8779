"""A child's absence that keeps coming ("off sick again, 4th week this half term") is the DSL's to hear (a child
missing education), though one day off sick is everyday business; a member of staff off again is still no report."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase


@pytest.mark.parametrize("line", ["y3 girl off sick again, 4th week this half term",
                                  "y5 boy off again, third time this month", "reception girl absent again",
                                  "y6 lad away again, 2nd week running"])
def test_a_child_off_again_and_again_is_a_report(kb: KnowledgeBase, line: str) -> None:
    assert understand(line, kb.index).intent == "report_concern"


@pytest.mark.parametrize("line", ["y2 girl off sick today", "mrs a off sick again", "teacher off sick in y4",
                                  "y3 boy lost his coat, 3rd time this week"])
def test_one_day_off_or_staff_away_is_no_report(kb: KnowledgeBase, line: str) -> None:
    assert understand(line, kb.index).intent != "report_concern"
