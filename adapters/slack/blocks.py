"""Engine replies and escalation views laid out as Block Kit, inside Slack's size limits.

Wording comes from bot/; these functions only arrange it. Every text is escaped for mrkdwn and clipped
to the limit of the field it goes in, because Slack rejects the whole message if one field is too long.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from adapters.slack.translate import ACTION_SEPARATOR
from bot import actions
from bot.escalation import EscalationView
from bot.messages import Button, OwnWords, Reply, lines
from bot.school_time import school_time

MAX_BLOCKS = 50  # a message; modals and App Home allow 100
SECTION_CHARS = 3000
FIELD_CHARS = 2000
HEADER_CHARS = 150
BUTTON_CHARS = 75
BUTTON_VALUE_CHARS = 2000
BUTTONS_PER_BLOCK = 25
FALLBACK_CHARS = 3000  # the notification text; Slack allows far more, people read far less
# Slack refuses a message (msg_blocks_too_long) from about 13,200 characters of text in all its blocks, whatever
# each block's own limit; it is not documented, so we keep well under it.
MESSAGE_TEXT_CHARS = 11_000
MAX_PARTS = 4  # a reply longer than this many messages is shortened, not sent as a wall of messages
CONTINUED = "(continued)"
PARTIAL_ENTITY = re.compile(r"&[a-z]*$")
SLACK_USER = re.compile(r"slack:[UW][A-Z0-9]+")
CUT_MARK = " …[shortened]"


def escape(text: str) -> str:
    """Slack mrkdwn treats &, < and > as markup; people's words must show as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """Shorten to at most `limit` characters with an ellipsis, never cutting an escape like `&amp;` in half."""
    if len(text) <= limit:
        return text
    return PARTIAL_ENTITY.sub("", text[: limit - 1]) + "…"


def plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text, limit) or " ", "emoji": True}


def section(markdown: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(markdown, SECTION_CHARS) or " "}}


def chunks(text: str, limit: int = SECTION_CHARS) -> list[str]:
    """Split long escaped text at paragraph or line breaks into pieces that each fit one section."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = max(rest.rfind("\n\n", 0, limit), rest.rfind("\n", 0, limit), rest.rfind(" ", 0, limit))
        cut = cut if cut > limit // 2 else limit
        head = PARTIAL_ENTITY.sub("", rest[:cut])
        pieces.append(head)
        rest = rest[len(head):].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def split_words(words: str, limit: int) -> list[str]:
    """People's words (not escaped) in pieces of at most `limit` characters, cut at a line break or a space where
    there is one: the break itself is where one piece ends and the next begins, and nothing else is dropped."""
    pieces: list[str] = []
    rest = words
    while len(rest) > limit:
        cut = max(rest.rfind("\n", 0, limit), rest.rfind(" ", 0, limit))
        if cut > limit // 2:
            pieces.append(rest[:cut])
            rest = rest[cut + 1:]
        else:
            pieces.append(rest[:limit])
            rest = rest[limit:]
    return [*pieces, rest] if rest or not pieces else pieces


def button(b: Button, index: int) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button",
        "text": plain(b.label, BUTTON_CHARS),
        "action_id": f"{b.action}{ACTION_SEPARATOR}{index}",
        "value": b.value[:BUTTON_VALUE_CHARS],
    }
    if b.style:
        element["style"] = b.style
    return element


def button_rows(buttons: Sequence[Button], block_prefix: str = "buttons") -> list[dict[str, Any]]:
    """Actions blocks of at most 25 buttons each; the index keeps action ids unique per message."""
    rows = []
    for start in range(0, len(buttons), BUTTONS_PER_BLOCK):
        elements = [button(b, start + i) for i, b in enumerate(buttons[start:start + BUTTONS_PER_BLOCK])]
        rows.append({"type": "actions", "block_id": f"{block_prefix}-{start}", "elements": elements})
    return rows


def quote(words: str) -> str:
    """The clause's exact words as a Slack quote, every line marked so the quote spans them all."""
    return "\n".join("&gt; " + line if line.strip() else "&gt;" for line in escape(words).splitlines())


def text_size(node: Any) -> int:
    """The characters Slack counts against a message's total: every "text" string in its blocks."""
    if isinstance(node, dict):
        return sum(len(v) if k == "text" and isinstance(v, str) else text_size(v) for k, v in node.items())
    if isinstance(node, list):
        return sum(text_size(item) for item in node)
    return 0


def _content_blocks(reply: Reply) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    if reply.urgent:
        blocks.append({"type": "header", "text": plain("🚨 " + first_line(reply.text), HEADER_CHARS)})
    for said, run in _runs(lines(reply)):
        if said:  # people's own words (a report's answers): rich text, shown exactly as typed
            blocks.extend(own_words_blocks(run))
        else:  # the engine's wording, mrkdwn as ever; blank lines beside people's words are the blocks' own spacing
            text = "\n".join(run)
            text = text.strip("\n") if reply.own_words else text
            blocks.extend(section(piece) for piece in chunks(escape(text)) if piece.strip())
    if reply.citation is not None:
        cite = reply.citation
        blocks.extend(section(piece) for piece in chunks(quote(cite.text)))
        where = f"Clause *{escape(cite.clause_id)}*" + (f" · {escape(cite.section)}" if cite.section else "")
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": clip(where, SECTION_CHARS)}]})
    return blocks


def _runs(items: list[Any]) -> list[tuple[bool, list[Any]]]:
    """Consecutive lines of a reply grouped: (True, rows of people's own words) or (False, lines of the engine's)."""
    runs: list[tuple[bool, list[Any]]] = []
    for item in items:
        said = isinstance(item, OwnWords)
        if runs and runs[-1][0] == said:
            runs[-1][1].append(item)
        else:
            runs.append((said, [item]))
    return runs


def own_words_blocks(rows: Sequence[OwnWords]) -> list[dict[str, Any]]:
    """Rows of people's own words as rich text, one line each as mrkdwn laid them out ("*Label:* words"), but shown
    exactly as typed: a handle's _ or a child's * stays a character. As many rows to a block as fit a section's
    limit; a row too long for one goes on in the next, so every word is shown."""
    blocks: list[list[dict[str, Any]]] = [[]]
    for row in rows:
        label = f"{row.label}: "
        for index, piece in enumerate(split_words(row.words or " ", SECTION_CHARS - len(label) - 1)):
            elements = [{"type": "text", "text": label, "style": {"bold": True}}] if index == 0 else []
            elements += linked(piece)
            if blocks[-1]:
                if text_size(blocks[-1]) + text_size(elements) + 1 > SECTION_CHARS:
                    blocks.append([])
                else:
                    elements.insert(0, {"type": "text", "text": "\n"})
            blocks[-1].extend(elements)
    return [{"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": elements}]}
            for elements in blocks if elements]


def _button_blocks(reply: Reply) -> list[dict[str, Any]]:
    buttons = list(reply.buttons)
    if reply.form is not None and not any(b.action == actions.FORM_OPEN for b in buttons):
        # A form reached a surface that cannot open a modal by itself: a button gets a fresh trigger_id.
        buttons.insert(0, Button(actions.FORM_OPEN, f"Open the form: {reply.form.title}", style="primary"))
    return button_rows(buttons)


def to_messages(reply: Reply) -> list[list[dict[str, Any]]]:
    """One engine Reply as Block Kit messages: the answer, the clause quoted with its citation, then the buttons.

    Usually one message. A reply too long for one (a summary of long answers) goes on in the next, in order, with
    the buttons under the last, so the reporter reads every word before choosing; past MAX_PARTS it is shortened."""
    content = _content_blocks(reply)
    # The buttons stay under the last words, never alone in a message of their own.
    units = [[block] for block in content[:-1]] + [content[-1:] + _button_blocks(reply)]
    parts: list[list[dict[str, Any]]] = [[]]
    for unit in units:
        if parts[-1] and (text_size(parts[-1]) + text_size(unit) > MESSAGE_TEXT_CHARS
                          or len(parts[-1]) + len(unit) > MAX_BLOCKS):
            parts.append([])
        parts[-1].extend(unit)
    if len(parts) > MAX_PARTS:
        note = section("_(This answer was shortened to fit in Slack.)_")
        parts = [*parts[: MAX_PARTS - 1], [note, *units[-1]]]
    return [part for part in parts if part]


def fallback_text(reply: Reply) -> str:
    """The notification and screen-reader text of a reply, escaped like every other mrkdwn text."""
    text = reply.text
    if reply.citation is not None:
        text = f"{text}\n\n“{reply.citation.text}” ({reply.citation.clause_id})"
    return clip(escape(text) or " ", FALLBACK_CHARS)


def first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0]


def person(who: str) -> str:
    """A Slack user key as a mention Slack renders with the person's name; anything else as plain text."""
    if SLACK_USER.fullmatch(who):
        return f"<@{who.split(':', 1)[1]}>"
    return escape(who)


URL = re.compile(r"https?://[^\s<>|]+", re.I)
_TRAILING = ".,;:!?]}'\"\u201d\u2019"  # closing a sentence or a quote around the link, not part of it


def _link_end(url: str) -> str:
    """The link without what closes the sentence or quote it sits in ("see https://x.com/p." → "…/p")."""
    while url and (url[-1] in _TRAILING or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


def exact_words(label: str, words: str) -> dict[str, Any]:
    """A label and people's words as rich text, which Slack shows exactly as given: in mrkdwn, a child's words or a
    handle with *, _ or ~ in it would turn bold, italic or struck through, and the DSL would read them altered.
    Links stay links (a reported message's, evidence), as mrkdwn made them."""
    elements = [{"type": "text", "text": label, "style": {"bold": True}}, *linked("\n" + (words or " "))]
    return {"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": elements}]}


def linked(words: str) -> list[dict[str, Any]]:
    """People's words as rich text elements: text as typed, and each link in them a link."""
    elements: list[dict[str, Any]] = []
    at = 0
    for found in URL.finditer(words):
        url = _link_end(found.group(0))
        if found.start() > at:
            elements.append({"type": "text", "text": words[at:found.start()]})
        elements.append({"type": "link", "url": url, "text": url})
        at = found.start() + len(url)
    if at < len(words):
        elements.append({"type": "text", "text": words[at:]})
    return elements


def escalation_title(view: EscalationView) -> str:
    if view.reopened:
        return (f"🔁 Reopened: {'URGENT concern' if view.urgent else 'concern'} {view.reference}: its reporter added "
                "details after it was closed")
    if view.reminder:
        return f"⏰ Reminder: URGENT concern {view.reference} is not yet acknowledged"
    if view.urgent:
        return f"🚨 URGENT concern {view.reference}"
    return f"Concern {view.reference}"


def escalation_blocks(view: EscalationView) -> list[dict[str, Any]]:
    """The Headteacher channel's message for one concern: urgency, reference, type, summary, reporter, buttons."""
    facts = [
        ("Reference", escape(view.reference)),
        ("Type", escape(view.category)),
        ("Status", escape(view.status.capitalize())),
        ("Reporter", person(view.reporter)),
        ("Taken by", person(view.assignee) if view.assignee else "nobody yet"),
    ]
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": plain(escalation_title(view), HEADER_CHARS)},
        {"type": "section", "fields": [
            {"type": "mrkdwn", "text": clip(f"*{label}*\n{value}", FIELD_CHARS)} for label, value in facts
        ]},
    ]
    if view.summary:
        blocks.append({"type": "divider"})
    buttons = button_rows(view.buttons, block_prefix=f"concern-{view.reference}") if view.buttons else []
    room = MAX_BLOCKS - len(blocks) - len(buttons) - 1  # one block kept for the "shortened" note
    rows = view.summary[:room]
    note = {"type": "context", "elements": [{"type": "mrkdwn", "text": (
        f"Shortened to fit in Slack. Every word is kept: `python app.py reports show {escape(view.reference)}`.")}]}
    # The message is one, updated as the concern moves on, so it cannot go on in a second: every answer gets a fair
    # share of what Slack allows in all, short ones whole, only the longest cut.
    fixed = text_size(blocks) + text_size(buttons) + text_size(note) + sum(len(label) + 1 for label, _ in rows)
    shares = fair_shares([len(value) for _, value in rows], MESSAGE_TEXT_CHARS - fixed)
    shortened = len(view.summary) > room
    for (label, value), share in zip(rows, shares, strict=True):
        # One block per answer: a long one is cut, and marked, rather than rejected by Slack whole.
        cap = min(share, SECTION_CHARS - len(label) - 1)
        cut = len(value) > cap
        shortened = shortened or cut
        blocks.append(exact_words(label, value[: max(0, cap - len(CUT_MARK))] + CUT_MARK if cut else value))
    if shortened:
        blocks.append(note)
    return blocks + buttons


def fair_shares(lengths: Sequence[int], budget: int) -> list[int]:
    """How many characters each of several texts may keep so that together they fit `budget`: every text under an
    equal cap is kept whole, and the cap is as high as the rest allow."""
    if sum(lengths) <= budget:
        return list(lengths)
    left, waiting = max(0, budget), sorted(lengths)
    for index, length in enumerate(waiting):
        cap = left // (len(waiting) - index)
        if length > cap:
            return [min(n, cap) for n in lengths]
        left -= length
    return list(lengths)


def concern_lines(concerns: Iterable[Any]) -> list[str]:
    """One line per concern summary: reference, type, urgency, status, who has it, when."""
    lines = []
    for c in concerns:
        when = getattr(c, "created_at", None)
        date = school_time(when) if isinstance(when, datetime) else ""  # as the inbox and `reports` show it
        urgent = "🚨 URGENT · " if getattr(c, "urgent", False) else ""
        taken = f" · taken by {c.assignee}" if getattr(c, "assignee", None) else ""
        lines.append(f"*{escape(c.reference)}* · {urgent}{escape(str(c.category_label))} · "
                     f"{escape(str(c.status_label))}{escape(taken)}" + (f" · {date}" if date else ""))
    return lines


def home_view(mine: Sequence[Any], open_concerns: Sequence[Any] | None,
              left_off: str | None = None, policy: str = "policy") -> dict[str, Any]:
    """The App Home tab: what the bot does, a report the viewer started in chat and has not finished (`left_off`,
    the question it stopped at: its first line, without an answer given before it, which needs the chat's buttons), the
    viewer's own reports, and for admins the open concerns. `policy`: what the loaded policy is called
    (`KnowledgeBase.name`)."""
    blocks: list[dict[str, Any]] = []
    if left_off:
        # First, so a half-told concern is not forgotten: the Headteacher gets its details only once it is finished.
        blocks.append(section("*You have a report in progress.* It stopped at:\n"
                              f">{escape(left_off.splitlines()[0][:2000] if left_off.strip() else '')}\n"
                              "Answer in the *Messages* tab to finish it, or type `cancel` there to stop it."))
    blocks += [
        {"type": "header", "text": plain(f"policybot: the {policy} and safeguarding concerns", 150)},
        section(f"Ask me about the school's *{escape(policy)}* in a direct message, with `/policy QUESTION`, "
                "or by mentioning me in a channel: I answer with the clause's exact words and its number.\n"
                "To *report a concern*, type `report a concern` here in a DM or use `/policy report`. "
                "Every report goes to the Headteacher; if a child may be at risk it is marked URGENT.\n"
                "_If a child is in immediate danger, call 999 and tell the DSL in person now._"),
        {"type": "actions", "block_id": "home-actions", "elements": [
            button(Button(actions.FORM_OPEN, "Report a concern", style="danger"), 0),
            button(Button(actions.HELP, "Help"), 1),
        ]},
        {"type": "divider"},
        section("*Your reports*"),
    ]
    blocks.extend(_listing(concern_lines(mine), "You have not reported any concerns.", 40))
    if open_concerns is not None:
        blocks += [{"type": "divider"}, section("*Open concerns* (you can see these because you are an admin)")]
        blocks.extend(_listing(concern_lines(open_concerns), "No open concerns.", 40))
    return {"type": "home", "blocks": blocks[:100]}


def _listing(lines: list[str], empty: str, limit: int) -> list[dict[str, Any]]:
    if not lines:
        return [section(f"_{escape(empty)}_")]
    shown = [section(line) for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(section(f"_…and {len(lines) - limit} more._"))
    return shown
