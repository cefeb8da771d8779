"""Adaptive Cards for Teams: an answer (text, the clause quote, its citation, buttons) and the escalation card.

Words that come from people or from the policy go into `TextRun`s, which Teams never reads as markdown,
so a quote shows exactly as written and typed text cannot smuggle in links or formatting.
Every card is cut to fit Teams' message size limit: Teams measures the whole activity as UTF-16 and answers
413 above its limit (documented variously as 28, 40 and 100 KB), and a 413 would hold an escalation in the
outbox for ever, so cards are kept under the smallest of those, measured the way Teams measures.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from bot.escalation import EscalationView
from bot.messages import Button, OwnWords, Reply, lines

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
CARD_VERSION = "1.4"
MAX_CARD_BYTES = 24_000  # UTF-16 bytes; Teams refuses activities over ~28 KB: room left for the envelope
MAX_TOP_ACTIONS = 6  # Teams shows at most six card actions in a row before hiding the rest
MAX_TITLE_CHARS = 60
CUT_MARK = " …[shortened]"
_STYLE = {"primary": "positive", "danger": "destructive"}
# The engine's one emphasis, a summary row's "*Label:*" (Slack style) opening a line: asterisks in people's own words
# ("a b*tch and a sl*t") stay as typed.
_BOLD = re.compile(r"^\*([^*\n]+?:)\*")
_STATUS = {"new": "New", "acknowledged": "Acknowledged", "closed": "Closed"}


def attachment(card: dict[str, Any]) -> dict[str, Any]:
    """Wrap a card body as a Bot Framework attachment."""
    return {"contentType": CARD_CONTENT_TYPE, "content": card}


def card(body: list[dict[str, Any]], buttons: Iterable[Button] = ()) -> dict[str, Any]:
    """An Adaptive Card with `body` and the buttons laid out as `Action.Submit`s, cut to the size limit."""
    content: dict[str, Any] = {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": CARD_VERSION,
        "body": list(body),
        "msteams": {"width": "Full"},
    }
    submits = [submit_action(b) for b in buttons]
    if len(submits) <= MAX_TOP_ACTIONS:
        if submits:
            content["actions"] = submits
    else:  # more than one row: ActionSets in the body keep every choice visible
        for start in range(0, len(submits), MAX_TOP_ACTIONS - 1):
            content["body"].append({"type": "ActionSet", "actions": submits[start:start + MAX_TOP_ACTIONS - 1]})
    return fit(content)


def submit_action(button: Button) -> dict[str, Any]:
    """One button: pressing it sends a message whose `value` carries the engine's action and value back."""
    action: dict[str, Any] = {
        "type": "Action.Submit",
        "title": _cut(button.label, MAX_TITLE_CHARS),
        "data": {"action": button.action, "value": button.value},
    }
    if button.style in _STYLE:
        action["style"] = _STYLE[button.style]
    return action


def paragraphs(text: str, markup: bool = False, **run_style: Any) -> list[dict[str, Any]]:
    """Plain text as one RichTextBlock per line, keeping blank lines as extra spacing.

    Nothing is read as markdown; with `markup`, the engine's `*label:*` emphasis opening a line becomes a bold run.
    """
    return _blocks([_runs(line, markup, run_style) if line.strip() else None for line in text.splitlines() or [""]])


def _blocks(lines_of_runs: Iterable[list[dict[str, Any]] | None]) -> list[dict[str, Any]]:
    """One RichTextBlock per line of runs; a blank line (None) is extra spacing before the next."""
    blocks: list[dict[str, Any]] = []
    gap = False
    for runs in lines_of_runs:
        if runs is None:
            gap = True
            continue
        blocks.append({"type": "RichTextBlock", "inlines": runs, "spacing": "medium" if gap else "small"})
        gap = False
    return blocks


def reply_paragraphs(reply: Reply, **run_style: Any) -> list[dict[str, Any]]:
    """A reply's text as paragraphs, the engine's `*label:*` emphasis read in its own wording only: a row of people's
    own words is its label in bold, then the words as typed, whatever they hold (a line of a child's words opening
    "*mum:*" too), as the escalation card shows them."""
    rows: list[list[dict[str, Any]] | None] = []
    for item in lines(reply):
        if not isinstance(item, OwnWords):
            rows += [_runs(line, True, run_style) if line.strip() else None for line in item.splitlines() or [""]]
            continue
        first, *more = item.words.splitlines() or [""]
        rows.append([{"type": "TextRun", "text": f"{item.label}: ", **run_style, "weight": "bolder"},
                     *([{"type": "TextRun", "text": first, **run_style}] if first else [])])
        rows += [[{"type": "TextRun", "text": line, **run_style}] if line.strip() else None for line in more]
    return _blocks(rows)


def _runs(line: str, markup: bool, style: dict[str, Any]) -> list[dict[str, Any]]:
    if not markup:
        return [{"type": "TextRun", "text": line, **style}]
    runs = []
    for index, part in enumerate(_BOLD.split(line)):
        if part:  # odd parts were between asterisks
            runs.append({"type": "TextRun", "text": part, **style, **({"weight": "bolder"} if index % 2 else {})})
    return runs or [{"type": "TextRun", "text": line, **style}]


def reply_body(reply: Reply) -> list[dict[str, Any]]:
    """The card body for one reply: its text (louder when urgent), then the quoted clause and citation."""
    style: dict[str, Any] = {"weight": "bolder", "color": "attention"} if reply.urgent else {}
    body = reply_paragraphs(reply, **style) if reply.text else []
    if reply.urgent and body:
        body = [{"type": "Container", "style": "attention", "items": body}]
    if reply.citation is not None:
        quote = paragraphs(f"“{reply.citation.text}”", italic=True)
        source = f"Policy clause {reply.citation.clause_id}"
        if reply.citation.section:
            source += f" · {reply.citation.section}"
        quote += paragraphs(source, isSubtle=True, size="small")
        body.append({"type": "Container", "style": "emphasis", "items": quote, "spacing": "medium"})
    return body


def to_card(reply: Reply) -> dict[str, Any]:
    """One engine reply as an Adaptive Card attachment (forms are laid out by adapters.teams.form)."""
    if reply.form is not None:
        from adapters.teams.form import form_attachment

        return form_attachment(reply.form, reply_body(reply))[0]
    return attachment(card(reply_body(reply), reply.buttons))


def escalation_card(view: EscalationView, retried: bool = False) -> dict[str, Any]:
    """The Headteacher's card for one concern: urgency, reference, type, status, summary, reporter, buttons."""
    title = f"URGENT concern {view.reference}" if view.urgent else f"Concern {view.reference}"
    header = paragraphs(title, weight="bolder", size="large", color="attention" if view.urgent else "default")
    if view.reopened:
        header += paragraphs("Reopened: its reporter added details after it was closed.", weight="bolder",
                             color="attention")
    elif view.reminder:
        header += paragraphs("Reminder: nobody has acknowledged this urgent concern yet.",
                             weight="bolder", color="attention")
    facts = [("Type", view.category), ("Status", _STATUS.get(view.status, view.status)),
             ("Reported by", view.reporter)]
    if view.assignee:
        facts.append(("Taken by", view.assignee))
    body: list[dict[str, Any]] = [
        {"type": "Container", "style": "attention" if view.urgent else "emphasis", "items": header, "bleed": True},
        *_rows(facts),
    ]
    if view.summary:
        body.append({"type": "Container", "separator": True, "spacing": "medium", "items": _rows(view.summary)})
    if retried:
        body += paragraphs(f"Sent again after a network fault: if {view.reference} already appears above, "
                           "it is the same concern.", isSubtle=True, size="small")
    return attachment(card(body, view.buttons))


def _rows(rows: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """Label-value rows; values are people's words, so TextRuns, never markdown."""
    items: list[dict[str, Any]] = []
    for label, value in rows:
        items += paragraphs(label, weight="bolder")
        lines = paragraphs(value or "—")
        if lines:
            lines[0]["spacing"] = "none"
        items += lines
    return items


def fit(content: dict[str, Any], limit: int = MAX_CARD_BYTES) -> dict[str, Any]:
    """Shorten the longest texts until the card's JSON is within `limit` bytes; structure and buttons stay.

    A person's typed input is never cut: it goes back to the engine when the form is sent again, so cutting
    it would shorten their report without them seeing. A card still too big after this is the caller's to
    handle (see `fits` and adapters.teams.form).
    """
    while (excess := _size(content) - limit) > 0:
        ours = [slot for slot in _texts(content) if not _typed(*slot)]
        longest = max(ours, key=lambda slot: len(slot[0][slot[1]]), default=None)
        if longest is None or len(longest[0][longest[1]]) <= len(CUT_MARK) + 1:
            break  # nothing of ours left to shorten
        holder, key = longest
        text: str = holder[key]
        keep = max(1, len(text) - max(excess, len(text) // 8) - len(CUT_MARK))
        holder[key] = text[:keep].rstrip() + CUT_MARK
    return content


def fits(content: dict[str, Any], limit: int = MAX_CARD_BYTES) -> bool:
    """True when Teams will take the card."""
    return _size(content) <= limit


def _size(content: dict[str, Any]) -> int:
    """Bytes as Teams counts them: the JSON text in UTF-16 (so an emoji is 4 bytes, "a" is 2)."""
    return len(json.dumps(content, ensure_ascii=False).encode("utf-16-le"))


def _typed(holder: dict[str, Any], key: str) -> bool:
    """True for an input's value: words a person typed, not ours."""
    return key == "value" and str(holder.get("type", "")).startswith("Input.")


def _texts(node: Any) -> Iterable[tuple[dict[str, Any], str]]:
    """Every (dict, key) holding a displayed text or input value, depth first."""
    if isinstance(node, dict):
        keys = ("value", "placeholder") if node.get("type") == "Input.Text" else ("text",)
        for key, child in node.items():
            if key in keys and isinstance(child, str):
                yield node, key
            elif key != "data":  # a button's data goes back to the engine and must stay whole
                yield from _texts(child)
    elif isinstance(node, list):
        for child in node:
            yield from _texts(child)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
