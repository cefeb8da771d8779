"""Review revAU (of helper short4): the everyday matters short4 added (a child sick or throwing up, a tooth out, a
birthday or half term, a headache) made a line everyday whenever no listed concern word was left in it, so concerns
told beside them were no longer begun: medicine swallowed, a child not collected, a tooth knocked out by an adult, a
child sleeping in a car, illness that comes with contact at home (through `understand`)."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase


# Each was begun as a report at main 7d15b95 and not at staging dde0d0d
@pytest.mark.parametrize("words", [
    "y1 girl threw up after swallowing some of mum's tablets",
    "y2 boy was sick, said he drank something from dads bottle",
    "y3 girl wasn't picked up on her birthday, mum not answering",
    "y2 boy's tooth fell out, dad knocked it out",
    "y4 lad headache every day, sleeps in the car",
    "y5 girl has a tummy ache every monday after contact with dad",
    "y2 boy keeps being sick, mum says its nerves because of dad",
])
def test_a_concern_told_beside_an_everyday_matter_is_still_a_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first, (words, meaning.intent)


# Guards: the everyday matters themselves stay everyday
@pytest.mark.parametrize("words", [
    "y4 boy threw up in the hall, mum on her way",
    "y1 boy's tooth fell out in maths",
    "at lunch today a y4 was sick in the hall, mum collecting",
    "y3 girl got a certificate for swimming",
    "y2 girl has a headache, mum collecting at 2",
])
def test_the_everyday_matter_alone_is_no_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, (words, meaning.intent)
