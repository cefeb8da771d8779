"""Helper short4: concerns in chat-line styles the earlier batches lacked are read as reports, and everyday lines
that only looked like them are not (through `understand`).

A time and a place set first ("at pick up a dad was slurring…"), who passed it on ("a caretaker told me he saw…"),
signs listed with no verb ("DL y4, nits, filthy uniform, always hungry"), a child's words quoted, a call asked first
("ring me when u can - …"), harm done again and again by the same others, care a parent keeps from a child, and harm
named in a line that asks nothing, which was answered as an out-of-scope question with the report offered first: now
a report's intent, answered the same way (`maybe_report`). Everyday lines: a child upset over a thing of theirs, the
school's business sent home or an agency sending cover, a child taken ill, a prize won, a worry about a year group's
business, a thing not brought."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase


# None of these was read as a report at main 7d15b95 (each was out of scope)
@pytest.mark.parametrize("words", [
    "DL y4, nits, filthy uniform, always hungry",
    "y10 lass, losing weight, stopped eating at lunch",
    'poppy said "i dont want to go home tonight"',
    "at pick up a dad was slurring and staggering with the twins",
    "a caretaker told me he saw a y9 selling vapes behind the sports hall",
    "before school a y5 was searching how to kill yourself on the class ipad",
    "ring me when u can - y10 girl thinks she is pregnant",
    "a y3 keeps getting kicked by the same two lads at playtime",
    "a y11 keeps going off at dinner and getting into different cars",
])
def test_concerns_in_new_chat_styles_are_reports(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent == "report_concern", words


# Harm named in a line that asks nothing was out of scope with the report offered first (`harm_named`): a report's
# intent now, answered as it was, the question it may be with the report offered first
@pytest.mark.parametrize("words", [
    "a y3 keeps getting kicked by the same two lads at playtime",
    "at pick up a dad was slurring and staggering with the twins",
])
def test_harm_told_in_a_chat_line_is_a_report_answered_with_the_offer(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert (meaning.intent, meaning.maybe_report, meaning.report_first) == ("report_concern", True, True), meaning


# ... but the same harm asked about stays the question it is (intent as before, nothing begun)
@pytest.mark.parametrize("words", [
    "what if a y3 keeps getting kicked by the same lads?",
    "a y3 keeps getting kicked by the same two lads, what should i do",
])
def test_harm_asked_about_stays_a_question(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent != "report_concern", words


# Each of these was begun as a report at main 7d15b95
@pytest.mark.parametrize("words", [
    "y2 girl cried because she broke her glasses",
    "supply agency sending cover for y3 tomorrow",
    "y3 girl got a medal at the weekend swimming gala",
    "y4 boy threw up in the hall, mum on her way",
    "really worried about the y5 residential numbers",
    "y1 lad didnt bring his reading book again",
])
def test_everyday_lines_are_not_reports(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, meaning


# Guards: the concern beside the everyday matter still counts
@pytest.mark.parametrize("words", [
    "y2 girl cried because her dad broke her glasses when he hit her",
    "y3 boy sent home sick again and says no one feeds him",
])
def test_a_concern_beside_everyday_business_is_still_read(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" or meaning.report_first, meaning
