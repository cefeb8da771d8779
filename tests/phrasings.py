"""Vague and two-sided questions shared by the matcher and chat tests. Whether one particular phrasing lands just under
or just over a threshold moves whenever the matcher learns; that *some* plainly vague question gets "which part did
you mean?", and *some* question two clauses answer gets "did you mean…", must not, so the tests take the first of
these that does."""

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
    """The first of VAGUE_QUESTIONS the matcher is unsure of ("which part did you mean?")."""
    found = next((q for q in VAGUE_QUESTIONS if understand(q, index).unsure), None)
    assert found is not None, "none of VAGUE_QUESTIONS is unsure for the matcher any more"
    return found


# Each answered by two clauses alike: which of the pair comes first is the matcher's call, that both are offered is not.
CLOSE_CALLS = (
    ("posting about colleagues", {"B.2", "B.7"}),  # naming them (B.2), or running them down (B.7)
    ("saying things about colleagues online", {"B.2", "B.7"}),
    ("offensive comments about the school", {"APX.1", "APX.2"}),  # the standard (APX.1), reporting them (APX.2)
    ("abusive posts about the school", {"APX.1", "APX.2"}),
    ("parents posting false things about the school", {"D.3", "APX.4"}),  # about people (D.3), or the school (APX.4)
)


def a_close_call(index: PolicyIndex) -> tuple[str, set[str]]:
    """The first of CLOSE_CALLS the matcher finds a close call, with the two clauses it should offer."""
    found = next(((q, pair) for q, pair in CLOSE_CALLS if understand(q, index).close_call), None)
    assert found is not None, "none of CLOSE_CALLS is a close call for the matcher any more"
    return found
