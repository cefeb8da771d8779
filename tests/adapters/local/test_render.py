"""Replies laid out for the terminal and the web page keep every word, the clause id and every choice."""

from __future__ import annotations

import pytest

from adapters.local.identity import BadName, user_key
from adapters.local.render import field_answer, field_prompt, reply_json, reply_text
from bot import actions
from bot.messages import Button, Choice, Citation, Form, FormField, OwnWords, Reply

B3 = Citation("B.3", "Staff must not post pictures of school events without the Headteacher's consent.", "B. Staff")


def test_terminal_quotes_the_clause_with_its_id_and_numbers_the_buttons_on_from_earlier_replies() -> None:
    reply = Reply("Here is what the policy says.", (Button(actions.FEEDBACK_YES, "Helpful", "7"),
                                                    Button(actions.FEEDBACK_NO, "Not helpful", "7")), citation=B3)
    text, choices = reply_text(reply, first_number=3)
    assert "Here is what the policy says." in text
    assert "post pictures of school events without the Headteacher's consent" in text
    assert "Clause B.3, B. Staff" in text
    assert "  3) Helpful" in text and "  4) Not helpful" in text
    assert [c.value for c in choices] == ["7", "7"]


def test_terminal_marks_urgent_and_drops_only_bold_markers() -> None:
    text, _ = reply_text(Reply("*Kind of concern:* bullying 2*3", urgent=True))
    assert text.splitlines()[0] == "!! URGENT !!"
    assert "Kind of concern: bullying 2*3" in text


def test_terminal_shows_the_reporters_own_words_with_their_asterisks() -> None:
    row = OwnWords("Who is responsible", "*mum* and _jake_")
    text, _ = reply_text(Reply(f"*Here* is your report.\n\n{row.line}", own_words=(row,)))
    assert text == "Here is your report.\n\nWho is responsible: *mum* and _jake_"


def test_web_json_carries_citation_buttons_and_form_with_errors() -> None:
    form = Form("concern_report", "Report a concern", (
        FormField("danger", "Danger?", "choice", True, (Choice("yes", "Yes"), Choice("no", "No")), error="Choose one."),
        FormField("what", "What happened", "multiline", True, value="typed"),
        FormField("ok", "OK?", "yesno")), actions.FORM_SUBMIT, value="ctx-1")
    data = reply_json(Reply("Please check.", (Button(actions.CONCERN_CANCEL, "Cancel", "", "danger"),),
                            citation=B3, form=form, urgent=True, private=True))
    assert data["citation"] == {"clause_id": "B.3", "text": B3.text, "section": "B. Staff"}
    assert data["buttons"] == [{"action": actions.CONCERN_CANCEL, "label": "Cancel", "value": "", "style": "danger"}]
    assert data["urgent"] and data["private"]
    assert data["form"]["context"] == "ctx-1" and data["form"]["has_errors"]
    danger, what, ok = data["form"]["fields"]
    assert danger["error"] == "Choose one." and [c["value"] for c in danger["choices"]] == ["yes", "no"]
    assert what["value"] == "typed" and what["kind"] == "multiline"
    assert [c["value"] for c in ok["choices"]] == ["yes", "no"]


def test_form_field_prompt_and_answers_by_number_label_or_enter() -> None:
    field = FormField("category", "Kind of concern", "choice", True,
                      (Choice("bullying", "Online bullying"), Choice("other", "Other")), hint="Pick one",
                      value="other", error="Choose the kind of concern.")
    prompt = field_prompt(field)
    assert "Pick one" in prompt and "! Choose the kind of concern." in prompt
    assert "  1) Online bullying" in prompt and "Currently: other" in prompt
    assert field_answer(field, "1") == "bullying"
    assert field_answer(field, "online BULLYING") == "bullying"
    assert field_answer(field, "") == "other"
    assert field_answer(field, "9") == "9"  # not a choice: the engine's validation explains


@pytest.mark.parametrize("name", ["", "   ", "a" * 41, "al:ice", "<script>", "headteacher", "HeadTeacher", "inbox",
                                  "7up", None, 42])
def test_unusable_or_reserved_names_are_refused(name: object) -> None:
    with pytest.raises(BadName):
        user_key(name)


def test_names_become_stable_keys() -> None:
    assert user_key("  Alice   Smith ") == "local:alice.smith"
    assert user_key("Siân O'Neill-Jones") == "local:siân.o'neill-jones"


def test_web_json_gives_the_reporters_own_words_as_rows_the_page_shows_as_typed() -> None:
    from bot.flows import concern_report as flow

    draft = flow.Draft({"category": "bullying", "danger": "no", "what": "She said\n*mum:* is a liar",
                        "affected": "_jake_x_"})
    data = reply_json(flow.prompt(flow.Step.CONFIRM, draft))
    rows = [item for item in data["lines"] if "label" in item]
    assert {"label": "What happened", "words": "She said\n*mum:* is a liar"} in rows
    assert {"label": "Who is affected", "words": "_jake_x_"} in rows
    assert data["lines"][0] == {"text": "Here is your report. Please check it before it goes to the Headteacher."}
    assert reply_json(Reply("Plain words."))["lines"] is None
