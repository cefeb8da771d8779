"""Block Kit rendering stays inside Slack's limits, which otherwise reject the whole message."""

from __future__ import annotations

from adapters.slack.blocks import clip, escalation_blocks, to_blocks
from adapters.slack.modal import form_modal, metadata, submitted_values
from adapters.slack.translate import as_typed
from bot.escalation import EscalationView
from bot.flows.concern_form import report_form
from bot.messages import Button, Citation, Reply


def texts(blocks: list[dict]) -> list[str]:
    found = []
    for block in blocks:
        if "text" in block:
            found.append(block["text"]["text"])
        found += [f["text"] for f in block.get("fields", [])]
        found += [e["text"]["text"] if isinstance(e.get("text"), dict) else e.get("text", "")
                  for e in block.get("elements", [])]
    return found


def test_a_very_long_answer_is_split_and_every_block_fits() -> None:
    reply = Reply("word " * 20_000, tuple(Button("ask.clause", "x" * 200, str(i)) for i in range(30)),
                  citation=Citation("B.3", "& < > " * 2000, "Staff conduct"), urgent=True)
    blocks = to_blocks(reply)
    assert len(blocks) <= 50
    assert all(len(t) <= 3000 for t in texts(blocks))
    header = blocks[0]
    assert header["type"] == "header" and len(header["text"]["text"]) <= 150
    elements = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert all(len(e["text"]["text"]) <= 75 for e in elements)
    assert len({e["action_id"] for e in elements}) == len(elements)  # Slack refuses repeated action ids


def test_the_clause_is_quoted_word_for_word_with_its_citation() -> None:
    blocks = to_blocks(Reply("You may not.", citation=Citation("B.4", "Staff must not use social networking "
                                                               "sites within lesson times.", "Staff")))
    rendered = "\n".join(texts(blocks))
    assert "&gt; Staff must not use social networking sites within lesson times." in rendered
    assert "Clause *B.4* · Staff" in rendered


def test_clipping_never_cuts_an_escape_in_half() -> None:
    assert clip("a" * 9 + "&amp;", 12) == "a" * 9 + "…"


def test_an_escalation_with_enormous_details_still_fits() -> None:
    view = EscalationView("C-0042", True, "Other", "new", None, "Jo", tuple(("Row", "z" * 9000) for _ in range(80)),
                          (Button("concern.ack", "Acknowledge", "C-0042"),), "URGENT concern C-0042")
    blocks = escalation_blocks(view)
    assert len(blocks) <= 50 and all(len(t) <= 3000 for t in texts(blocks))
    assert blocks[-1]["type"] == "actions"  # the buttons survive the trimming


def test_the_report_form_round_trips_through_a_modal() -> None:
    form = report_form({"what": "typed before"}, context="ctx-1")
    view = form_modal(form, {"conversation": "slack:D1", "channel": "D1"})
    assert len(view["title"]["text"]) <= 24 and len(view["private_metadata"]) <= 3000
    state = {"values": {"category": {"value": {"type": "radio_buttons", "selected_option": {"value": "bullying"}}},
                        "what": {"value": {"type": "plain_text_input", "value": "typed"}},
                        "when": {"value": {"type": "plain_text_input", "value": None}}}}
    assert submitted_values({"state": state}) == {"category": "bullying", "what": "typed", "when": ""}


def test_a_long_reported_message_is_shortened_to_fit_the_modal_metadata() -> None:
    packed = metadata({"conversation": "slack:U1", "source_link": "https://x.slack.com/" + "p" * 5000})
    assert len(packed) <= 3000 and "slack:U1" in packed


def test_an_escalation_shows_peoples_words_exactly_not_as_formatting() -> None:
    words = "he said *shut up* at ~3pm and ~5pm to @_jake_09_ & <her>"
    view = EscalationView("C-0042", True, "Other", "new", None, "Jo", (("Child's own words", words),), (),
                          "URGENT concern C-0042")
    blocks = escalation_blocks(view)
    [row] = [b for b in blocks if b["type"] == "rich_text"]
    label, said = row["elements"][0]["elements"]
    assert label == {"type": "text", "text": "Child's own words", "style": {"bold": True}}
    assert said == {"type": "text", "text": "\n" + words}  # rich text: no mrkdwn to bold, strike or italicise it
    assert not any(words in str(b.get("text", "")) for b in blocks)


def test_links_in_peoples_words_stay_links_and_slack_entities_are_read_as_typed() -> None:
    assert as_typed("Tom &amp; Jerry &lt;3 see <https://example.org/p/1|example.org/p/1>") == (
        "Tom & Jerry <3 see https://example.org/p/1")
    [row] = [b for b in escalation_blocks(EscalationView(
        "C-0042", False, "Other", "new", None, "Jo", (("Evidence", "Reported message: https://x.slack.com/p1 & more"),),
        (), "Concern C-0042")) if b["type"] == "rich_text"]
    assert row["elements"][0]["elements"][1:] == [
        {"type": "text", "text": "\nReported message: "},
        {"type": "link", "url": "https://x.slack.com/p1", "text": "https://x.slack.com/p1"},
        {"type": "text", "text": " & more"}]


def test_a_link_ends_where_its_sentence_or_quote_does_and_a_label_of_ones_own_is_kept() -> None:
    [row] = [b for b in escalation_blocks(EscalationView(
        "C-0042", False, "Other", "new", None, "Jo", (("Evidence", "\u201cLook at https://p.example.com/trip/42\u201d."),),
        (), "Concern C-0042")) if b["type"] == "rich_text"]
    [link] = [e for e in row["elements"][0]["elements"] if e["type"] == "link"]
    assert link["url"] == "https://p.example.com/trip/42"
    assert as_typed("he sent <https://x.com/a.jpg|the photo of Sam> and <mailto:a@b.com|a@b.com>") == (
        "he sent the photo of Sam (https://x.com/a.jpg) and a@b.com")
