"""Block Kit rendering stays inside Slack's limits, which otherwise reject the whole message."""

from __future__ import annotations

from adapters.slack.blocks import (
    MAX_BLOCKS,
    MAX_PARTS,
    MESSAGE_TEXT_CHARS,
    clip,
    escalation_blocks,
    fair_shares,
    text_size,
    to_messages,
)
from adapters.slack.modal import form_modal, metadata, submitted_values
from adapters.slack.translate import as_typed
from bot.escalation import EscalationView
from bot.flows.concern_form import report_form
from bot.messages import Button, Citation, OwnWords, Reply
from tests.fakes.slack_api import blocks_error


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
    parts = to_messages(reply)
    assert len(parts) == MAX_PARTS and all(blocks_error(part) is None for part in parts)  # Slack would take each
    assert all(len(t) <= 3000 for part in parts for t in texts(part))
    header = parts[0][0]
    assert header["type"] == "header" and len(header["text"]["text"]) <= 150
    assert "shortened to fit in Slack" in texts(parts[-1])[0]
    elements = [e for b in parts[-1] if b["type"] == "actions" for e in b["elements"]]
    assert len(elements) == 30 and all(len(e["text"]["text"]) <= 75 for e in elements)
    assert len({e["action_id"] for e in elements}) == len(elements)  # Slack refuses repeated action ids
    assert all(b["type"] != "actions" for part in parts[:-1] for b in part)


def test_a_reply_too_long_for_one_message_goes_on_in_the_next_with_every_word_in_order() -> None:
    words = [f"w{i}" for i in range(4000)]  # about 24,000 characters: two or three messages, nothing cut
    parts = to_messages(Reply(" ".join(words), (Button("report.send", "Send report"),)))
    assert 1 < len(parts) <= MAX_PARTS and all(blocks_error(part) is None for part in parts)
    shown = " ".join(t for part in parts for t in texts(part) if t != "Send report").split()
    assert shown == words
    assert [b["type"] for b in parts[-1]][-1] == "actions" and len(parts[-1]) > 1  # buttons under the last words


def summary(rows: list[OwnWords]) -> Reply:
    return Reply("Here is your report.\n\n" + "\n".join(row.line for row in rows),
                 (Button("concern.confirm", "Send report"), Button("concern.cancel", "Cancel")), own_words=tuple(rows))


def own_words(parts: list[list[dict]]) -> str:
    """The people's words in the rich text of messages, without their labels; a block's end is a line's."""
    return "\n".join("".join(e["text"] for s in b["elements"] for e in s["elements"] if "style" not in e)
                     for part in parts for b in part if b["type"] == "rich_text")


def test_a_summary_shows_its_rows_as_rich_text_and_its_heading_as_before() -> None:
    [blocks] = to_messages(summary([OwnWords("Who is responsible", "_jake_x_"), OwnWords("When", "~9pm~ *Fri*")]))
    assert blocks[0] == {"type": "section", "text": {"type": "mrkdwn", "text": "Here is your report."}}
    [rows] = [b for b in blocks if b["type"] == "rich_text"]
    assert rows["elements"][0]["elements"] == [
        {"type": "text", "text": "Who is responsible: ", "style": {"bold": True}}, {"type": "text", "text": "_jake_x_"},
        {"type": "text", "text": "\n"},
        {"type": "text", "text": "When: ", "style": {"bold": True}}, {"type": "text", "text": "~9pm~ *Fri*"}]
    assert blocks[-1]["type"] == "actions" and blocks_error(blocks) is None


def test_a_summary_of_long_answers_goes_on_in_the_next_message_with_every_word_and_the_buttons_last() -> None:
    rows = [OwnWords(f"Answer {i}", " ".join(f"a{i}w{n}" for n in range(500))) for i in range(8)]  # ~3,300 each
    parts = to_messages(summary(rows))
    assert 1 < len(parts) <= MAX_PARTS and all(blocks_error(part) is None for part in parts)
    assert all(text_size(part) <= MESSAGE_TEXT_CHARS and len(part) <= MAX_BLOCKS for part in parts)
    assert all(text_size(b) <= 3000 for part in parts for b in part if b["type"] == "rich_text")
    shown = own_words(parts).split()
    assert shown == " ".join(r.words for r in rows).split()
    assert [b["type"] for b in parts[-1]][-1] == "actions" and len(parts[-1]) > 1  # buttons under the last words
    assert all(b["type"] != "actions" for part in parts[:-1] for b in part)


def test_many_short_rows_share_a_block_and_a_row_not_in_the_text_is_left_as_text() -> None:
    rows = [OwnWords(f"Row {i}", f"w{i}") for i in range(200)]
    [blocks] = to_messages(summary(rows))
    assert len(blocks) < 10 and blocks_error(blocks) is None
    changed = Reply("*Row 1:* edited since", own_words=(OwnWords("Row 1", "w1"),))
    [blocks] = to_messages(changed)
    assert blocks == [{"type": "section", "text": {"type": "mrkdwn", "text": "*Row 1:* edited since"}}]


def test_a_short_reply_is_one_message() -> None:
    assert len(to_messages(Reply("You may not.", (Button("ask.clause", "More"),)))) == 1


def test_the_clause_is_quoted_word_for_word_with_its_citation() -> None:
    [blocks] = to_messages(Reply("You may not.", citation=Citation("B.4", "Staff must not use social networking "
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
    assert blocks_error(blocks) is None
    assert blocks[-1]["type"] == "actions"  # the buttons survive the trimming


def test_an_escalation_keeps_short_answers_whole_and_cuts_only_the_long_ones_to_fit_in_all() -> None:
    rows = (("Who is affected", "Amy, Year 5"), ("What happened", "a" * 2900), ("Evidence", "e" * 2900),
            ("Child's own words", "d" * 2900), ("Done so far", "Told the DSL"), ("When", "w" * 2900),
            ("Who is responsible", "r" * 2900))
    view = EscalationView("C-0042", False, "Online bullying", "new", None, "Jo", rows,
                          (Button("concern.ack", "Acknowledge", "C-0042"),), "Concern C-0042")
    blocks = escalation_blocks(view)
    assert blocks_error(blocks) is None
    shown = [b for b in blocks if b["type"] == "rich_text"]
    words = ["".join(e["text"] for e in b["elements"][0]["elements"][1:]) for b in shown]
    assert words[0] == "\nAmy, Year 5" and words[4] == "\nTold the DSL"
    cut = [w for w in words if w.endswith("…[shortened]")]
    assert len(cut) == 5 and max(map(len, cut)) - min(map(len, cut)) <= 1  # the long ones share alike
    assert "Every word is kept" in str(blocks)


def test_fair_shares_keep_what_fits_whole() -> None:
    assert fair_shares([10, 20, 30], 100) == [10, 20, 30]
    assert fair_shares([10, 200, 300], 110) == [10, 50, 50]
    assert sum(fair_shares([7, 900, 13, 5000], 1000)) <= 1000


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


def test_slack_tokens_in_peoples_words_are_read_as_they_saw_them() -> None:
    assert as_typed("<!here> see <#C123|staff-room> and <#C456>, ask <!subteam^S1|@slt> or <@U9|jo> by "
                    "<!date^1700000000^{date}|14 Nov 2023>") == (
        "@here see #staff-room and #C456, ask @slt or @jo by 14 Nov 2023")
    assert as_typed("<@U0HEAD> said so") == "<@U0HEAD> said so"  # a person's name needs Slack: see with_names


def test_slack_tokens_without_a_name_keep_their_id() -> None:
    assert as_typed("posted in <#C0123ABC|> last night by <@U0ABC|>") == "posted in #C0123ABC last night by @U0ABC"
