"""Adaptive Card layout: quotes shown exactly, buttons as Action.Submit, forms with errors, the size limit."""

from __future__ import annotations

import json
from typing import Any

from adapters.teams.cards import CARD_CONTENT_TYPE, MAX_CARD_BYTES, escalation_card, to_card
from adapters.teams.form import form_card
from bot import actions
from bot.escalation import EscalationView
from bot.flows.concern_form import report_form
from bot.messages import Button, Citation, OwnWords, Reply


def texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if isinstance(node.get("text"), str) else []
        return own + [t for k, v in node.items() if k != "data" for t in texts(v)]
    if isinstance(node, list):
        return [t for child in node for t in texts(child)]
    return []


def submits(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if node.get("type") == "Action.Submit" else []
        return own + [a for v in node.values() for a in submits(v)]
    if isinstance(node, list):
        return [a for child in node for a in submits(child)]
    return []


def view(**more: Any) -> EscalationView:
    values: dict[str, Any] = dict(
        reference="C-0042", urgent=True, category="Online bullying of a pupil", status="new", assignee=None,
        reporter="Tess Teacher", summary=(("What happened", "Nasty *messages* [click](https://evil.example)"),),
        buttons=(Button(actions.CONCERN_ACK, "Acknowledge", "C-0042", "primary"),
                 Button(actions.CONCERN_TAKE, "Take", "C-0042"),
                 Button(actions.CONCERN_CLOSE, "Close", "C-0042", "danger")),
        text="URGENT concern C-0042")
    values.update(more)
    return EscalationView(**values)


def test_answer_card_quotes_the_clause_exactly_with_its_citation_and_buttons() -> None:
    words = "Parents are expected to *not* post pictures of pupils other than their own children."
    reply = Reply("No.", (Button(actions.FEEDBACK_YES, "Helpful", "7"),),
                  citation=Citation("D.1", words, "Comments posted by parents"))

    attachment = to_card(reply)

    assert attachment["contentType"] == CARD_CONTENT_TYPE
    shown = texts(attachment["content"])
    assert f"“{words}”" in shown  # a TextRun: the asterisks stay words, not markdown
    assert "Policy clause D.1 · Comments posted by parents" in shown
    assert submits(attachment["content"]) == [
        {"type": "Action.Submit", "title": "Helpful", "data": {"action": actions.FEEDBACK_YES, "value": "7"}}]


def test_a_summary_row_label_is_bold_and_asterisks_in_the_teachers_words_stay_as_typed() -> None:
    reply = Reply("Here is your report.\n\n*What happened:* They called her a b*tch and a sl*t in the chat\n"
                  "Your answer so far: \u201cher n*de photo\u201d")

    runs = [i for block in to_card(reply)["content"]["body"] for i in block.get("inlines", [])]

    assert {"What happened:"} == {r["text"] for r in runs if r.get("weight") == "bolder"}
    shown = "".join(r["text"] for r in runs)
    assert " They called her a b*tch and a sl*t in the chat" in shown and "\u201cher n*de photo\u201d" in shown


def test_a_row_of_the_reporters_own_words_is_shown_as_typed_even_a_line_like_a_label() -> None:
    row = OwnWords("What happened", "She said\n*mum:* stop it\n\n**Jake** [x](https://x.com)")
    reply = Reply("Here is your report.\n\n" + row.line + "\n*When:* Friday", own_words=(row,))

    blocks = to_card(reply)["content"]["body"]
    lines = [[(r["text"], r.get("weight")) for r in b["inlines"]] for b in blocks]

    assert lines == [[("Here is your report.", None)], [("What happened: ", "bolder"), ("She said", None)],
                     [("*mum:* stop it", None)], [("**Jake** [x](https://x.com)", None)],
                     [("When:", "bolder"), (" Friday", None)]]  # the engine's own emphasis, outside the row
    assert [b["spacing"] for b in blocks] == ["small", "medium", "small", "medium", "small"]


def test_many_buttons_stay_visible_in_action_sets() -> None:
    buttons = tuple(Button(actions.CONCERN_CHOICE, f"Choice {i}", f"step:{i}") for i in range(11))

    content = to_card(Reply("Choose", buttons))["content"]

    assert "actions" not in content
    assert [a["data"]["value"] for a in submits(content)] == [f"step:{i}" for i in range(11)]


def test_urgent_reply_stands_out() -> None:
    content = to_card(Reply("Call 999 now", urgent=True))["content"]

    assert content["body"][0]["style"] == "attention"


def test_escalation_card_shows_reference_urgency_type_reporter_summary_and_buttons() -> None:
    content = escalation_card(view())["content"]
    shown = texts(content)

    assert "URGENT concern C-0042" in shown and "Online bullying of a pupil" in shown and "Tess Teacher" in shown
    assert "Nasty *messages* [click](https://evil.example)" in shown  # people's words, never markdown or links
    assert [a["data"] for a in submits(content)] == [{"action": a, "value": "C-0042"} for a in (
        actions.CONCERN_ACK, actions.CONCERN_TAKE, actions.CONCERN_CLOSE)]
    assert [a.get("style") for a in submits(content)] == ["positive", None, "destructive"]


def test_escalation_card_shows_state_and_reminder() -> None:
    shown = texts(escalation_card(view(status="acknowledged", assignee="Helen Head", reminder=True,
                                       buttons=()))["content"])

    assert "Acknowledged" in shown and "Helen Head" in shown
    assert any("nobody has acknowledged" in t for t in shown)


def test_escalation_card_says_a_concern_reopened_rather_than_unacknowledged() -> None:
    shown = texts(escalation_card(view(status="acknowledged", reminder=False, reopened=True))["content"])

    assert any("Reopened: its reporter added details after it was closed" in t for t in shown)
    assert not any("nobody has acknowledged" in t for t in shown)


def test_huge_fields_are_cut_to_fit_teams_limit_and_buttons_survive() -> None:
    huge = (("What happened", "x" * 30_000), ("Evidence", "é" * 20_000), ("Actions", "short"))

    content = escalation_card(view(summary=huge))["content"]

    assert len(json.dumps(content, ensure_ascii=False).encode("utf-16-le")) <= MAX_CARD_BYTES  # as Teams counts
    shown = texts(content)
    assert "short" in shown and any(t.endswith("…[shortened]") for t in shown)
    assert len(submits(content)) == 3


def test_form_card_has_every_field_prefilled_with_errors_and_context_in_the_submit() -> None:
    form = report_form({"platform": "Instagram", "category": "bullying"}, {"what": "Please describe what happened."},
                       context="ctx-1")

    content = form_card(form)
    inputs = {i["id"]: i for i in _inputs(content)}

    assert set(inputs) == {f.name for f in form.fields}
    assert inputs["platform"]["value"] == "Instagram" and inputs["category"]["value"] == "bullying"
    assert inputs["category"]["type"] == "Input.ChoiceSet" and inputs["what"]["isMultiline"] is True
    assert "Please describe what happened." in texts(content)
    [send] = submits(content)
    assert send["data"] == {"action": actions.FORM_SUBMIT, "value": "ctx-1", "_context": "ctx-1"}


def _inputs(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if str(node.get("type", "")).startswith("Input.") else []
        return own + [i for v in node.values() for i in _inputs(v)]
    if isinstance(node, list):
        return [i for child in node for i in _inputs(child)]
    return []
