"""`app.py ask` on questions about reporting in general and on practical steps: the same answers as the chat, in the
interface's shape (a question about reporting is intent help, clause null, as in a report)."""

from __future__ import annotations

import json

import pytest

KEYS = {"question", "clause_id", "confidence", "answer", "alternatives", "intent"}


@pytest.mark.parametrize(("asked", "says"), [
    ("how long are concerns kept?", "I never delete it"),
    ("who can see the concerns i report?", "Other staff, parents and pupils can't"),
    ("will the parent find out i reported their post?", "I don't tell the person you report"),
    ("is reporting anonymous?", "always carries your name"),
    ("what happens after i report something?", "acknowledges it"),
    ("can i take a report back?", "type cancel"),
])
def test_ask_json_answers_a_general_question_about_reporting_as_help(app, asked: str, says: str) -> None:
    done = app("ask", asked, "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert set(answer) == KEYS and answer["intent"] == "help" and answer["clause_id"] is None
    assert says in answer["answer"] and "doesn't cover" not in answer["answer"]
    # ask knows nothing of the database, where a channel set in chat is kept: it never claims one is there
    assert "goes to the Headteacher's channel" not in answer["answer"]
    assert answer["answer"].endswith("type 'report a concern'.")


def test_ask_keeps_the_clause_of_a_policy_question_sharing_their_words(app) -> None:
    answer = json.loads(app("ask", "can parents see photos i post?", "--json").stdout)
    assert answer["clause_id"] == "B.3" and answer["intent"] == "policy_question"


def test_ask_answers_a_practical_step_from_the_school_guidance_without_a_clause(app) -> None:
    answer = json.loads(app("ask", "can i screenshot the post?", "--json").stdout)
    assert answer["clause_id"] is None and answer["intent"] == "out_of_scope"  # the policy still doesn't say
    assert "school's reporting guidance" in answer["answer"] and "Screenshot it if you can" in answer["answer"]


def test_ask_keeps_the_clause_of_a_practical_step_and_adds_the_guidance(app) -> None:
    answer = json.loads(app("ask", "should i reply to the parent's post?", "--json").stdout)
    assert answer["clause_id"] == "APX.3"
    assert "school's reporting guidance" in answer["answer"] and "don't reply online" in answer["answer"]
