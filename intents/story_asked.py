"""The question a story-first message ends on, read alone: is it about something else than the story's words?

"So I just noticed my photo on the staff page of the website is from ten years ago. Anyway, who can change staff
photos on the website?" tells its scene in the policy's words (photos, staff, online), and the whole message was
answered from B.1; what it asks, read alone, is plainly school business. A message whose last question follows a
sentence or more told first, and which asks in enough words of its own to stand alone, is not covered when the
topic model is sure that question alone is not about the policy's ground (its log-odds, said of the clause the
whole message would be answered from, at most `ELSEWHERE_FROM`).

A question leaning on its story ("Anyway, can I accept her?", "Who has to give the go-ahead?", "Do I need sign-off
from the top first?") has too few words of its own, or odds nearer even, and keeps the story's answer: of our
readable labelled sets' story-first in-scope questions, the surest of them alone is at −1.86.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from intents.intent_rules import strip_pleasantries
from intents.matcher import question_tokens
from intents.normalise import ME
from intents.topic import topic_log_odds

if TYPE_CHECKING:
    from intents.index import PolicyIndex

ELSEWHERE_FROM = -2.0
OWN_WORDS = 3  # content words the question needs of its own to be judged without its story
_SENTENCE_GAP = re.compile(r"(?<=[?.!])\s+")
# How a teller turns from the story to the question ("…last week. Anyway, can I…?"): not what is asked
_TURN = re.compile(r"^(?:anyway|anyhow|so|but|and|well|right|ok|okay)\b[,:;]?\s*", re.IGNORECASE)
# Question words and the school itself say nothing of what a question is about
_NOT_OWN = frozenset({ME, "who", "when", "wher", "what", "how", "why", "which", "school"})
# A question pointing back into its story ("who do I tell about it?", "can she post that?") is not asked alone
_POINTS_BACK = re.compile(r"\b(?:it|its|this|that|these|those|they|them|their|he|him|his|she|her|one|there|such)\b",
                         re.IGNORECASE)


def asked_after_story(text: str) -> str | None:
    """The last question of a message that tells something in a sentence of its own before it, without the turn
    into it; None for a message asked in one sentence or in questions only."""
    sentences = [s for s in _SENTENCE_GAP.split(text.strip()) if s]
    asked = [i for i, s in enumerate(sentences) if s.rstrip().endswith("?")]
    if not asked or not any(not s.rstrip().endswith("?") for s in sentences[:asked[-1]]):
        return None
    question, previous = sentences[asked[-1]], None
    while question != previous:
        previous, question = question, _TURN.sub("", question)
    return question


def asks_elsewhere(text: str, clause_id: str, index: PolicyIndex) -> bool:
    """The question after the story, read alone, is about something the policy does not cover, surely, though the
    whole message was matched to `clause_id`."""
    question = asked_after_story(text)
    if question is None or _POINTS_BACK.search(question):
        return False
    own = [t for t in question_tokens(strip_pleasantries(question), index) if t not in _NOT_OWN]
    if len(own) < OWN_WORDS:
        return False
    odds = topic_log_odds(question, index)
    return odds is not None and odds(clause_id) <= ELSEWHERE_FROM
