"""Vague questions shared by the matcher and chat tests. Whether one particular phrasing lands just under or just
over a threshold moves whenever the matcher learns; that *some* plainly vague question gets "which part did you
mean?" must not, so the tests take the first of these that does."""

from __future__ import annotations

from intents import understand
from intents.index import PolicyIndex

VAGUE_QUESTIONS = (
    "I'm a teaching assistant and I have a question about facebook and parents and the school",
    "question about parents, the school and pupils",
    "I'm a teaching assistant and I have a question about parents and the school and accounts",
    "question about parents, the school and staff",
)


def a_vague_question(index: PolicyIndex) -> str:
    found = next((q for q in VAGUE_QUESTIONS if understand(q, index).unsure), None)
    assert found is not None, "none of VAGUE_QUESTIONS is unsure for the matcher any more"
    return found
