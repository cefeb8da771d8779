"""Slack payloads in, engine messages out: pure functions from a verified request body to `IncomingMessage`.

Each function also says where the replies go (`Target`), because Slack answers differ by surface: a DM
or a mention's thread gets messages, a slash command answers through its response_url, a button in an
ephemeral message answers ephemerally, a form submitted from a modal goes back to the person's DM.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from bot import actions
from bot.messages import IncomingMessage

PLATFORM = "slack"
MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
ACTION_SEPARATOR = "|"  # action_id = "<engine action>|<index>": Slack wants action ids unique within a block
FORM_CALLBACK = "policybot.form"
REPORT_SHORTCUT = "report_message"
SLASH_COMMAND = "/policy"
ANSWERED_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})  # a person typing (perhaps with a file)

SET_ESCALATION_TEXT = "set escalation channel"
# `/policy <word>`: sub-commands the engine knows as text or actions; anything else is a question.
SUBCOMMAND_TEXT = {
    "help": "help",
    "my-reports": "my reports",
    "my reports": "my reports",
    "reports": "my reports",
    "set-escalation-channel": SET_ESCALATION_TEXT,
    SET_ESCALATION_TEXT: SET_ESCALATION_TEXT,
}
REPORT_WORDS = frozenset({"report", "report a concern", "concern"})


@dataclass(frozen=True, slots=True)
class Target:
    """Where the replies to one Slack request go, and how."""

    user_id: str
    channel: str = ""  # "" when the request came from no conversation (App Home): reply in the user's DM
    thread_ts: str | None = None
    response_url: str | None = None
    trigger_id: str | None = None
    ephemeral: bool = False  # everything answers privately (slash commands, buttons in ephemeral messages)
    direct: bool = False  # the conversation is a DM with the bot, so privacy is already given


@dataclass(frozen=True, slots=True)
class Translated:
    """One Slack request as the engine sees it, plus where its replies belong."""

    message: IncomingMessage
    target: Target


def user_key(user_id: str) -> str:
    return f"{PLATFORM}:{user_id}"


def conversation_key(channel: str, thread_ts: str | None = None) -> str:
    return f"{PLATFORM}:{channel}:{thread_ts}" if thread_ts else f"{PLATFORM}:{channel}"


def strip_mentions(text: str) -> str:
    """Remove `<@U123>` tokens so the engine sees only the question."""
    return " ".join(MENTION.sub(" ", text).split())


SLACK_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>")


def _link(found: re.Match[str]) -> str:
    """A Slack link as its words: the address, and the label too where the person wrote one of their own."""
    url, label = found.group(1), found.group(2) or ""
    if url.startswith("mailto:"):
        return label or url.removeprefix("mailto:")
    return url if not label or label in url else f"{label} ({url})"


# Slack's other tokens, as the person saw them: @here, a user group's or channel's name, a date's fallback words.
SLACK_TOKEN = re.compile(r"<!(here|channel|everyone)(?:\|[^>]*)?>|<(?:!subteam\^|!date\^|#)[^|>]*\|([^>]*)>"
                         r"|<#([A-Z0-9]+)>|<@[UW][A-Z0-9]*\|([^>]*)>")
USER_MENTION = re.compile(r"<@([UW][A-Z0-9]+)>")


def _token(found: re.Match[str]) -> str:
    broadcast, label, channel, user = found.groups()
    whole = found.group(0)
    if broadcast:
        return f"@{broadcast}"
    if label is not None:
        if not label:  # "<#C0123|>": Slack often leaves the name out; the id is what is left to go on
            return "#" + whole[2:].split("|", 1)[0] if whole.startswith("<#") else whole[1:].split("|", 1)[0]
        return label if label.startswith(("@", "#")) or whole.startswith("<!date") else (
            ("#" if whole.startswith("<#") else "@") + label)
    if user is not None:
        return f"@{user}" if user else "@" + whole[2:].split("|", 1)[0]
    return f"#{channel}"


def as_typed(text: str) -> str:
    """A message's words as the person typed them: Slack sends links as `<url|label>`, channels, user groups and
    @here as tokens, and &, < and > as entities, which, kept, would reach the report (and the DSL) as `&amp;`.
    A mention of a person (`<@U123>`) is left for `names.with_names`, which needs to ask Slack who it is."""
    text = SLACK_TOKEN.sub(_token, SLACK_LINK.sub(_link, text))
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _extra(channel: str, user_id: str, group: bool, **more: str) -> dict[str, str]:
    extra = {actions.EXTRA_ADDRESS: channel, actions.EXTRA_USER_ADDRESS: user_id}
    if group:
        extra[actions.EXTRA_GROUP] = "1"
    extra.update({k: v for k, v in more.items() if v})
    return extra


def _is_dm(channel: str, channel_type: str | None = None) -> bool:
    return channel_type == "im" or (channel_type is None and channel.startswith("D"))


def from_event(body: Mapping[str, Any]) -> Translated | None:
    """A DM to the bot or an @mention in a channel; None for anything the bot should not answer."""
    event = body.get("event") or {}
    kind = event.get("type")
    user_id, channel = event.get("user"), event.get("channel")
    if not isinstance(user_id, str) or not isinstance(channel, str) or not user_id or not channel:
        return None
    # Edits, deletions, joins and other bots' posts are not questions; answering them would loop or repeat.
    if event.get("subtype") not in ANSWERED_SUBTYPES or event.get("bot_id") or event.get("hidden"):
        return None
    text = event.get("text") if isinstance(event.get("text"), str) else ""
    delivery = f"{PLATFORM}:ev:{body['event_id']}" if body.get("event_id") else None
    if kind == "message":
        if not _is_dm(channel, event.get("channel_type")):
            return None  # channel chatter reaches us only through app_mention
        thread_ts = event.get("thread_ts")
        msg = IncomingMessage(
            user=user_key(user_id), conversation=conversation_key(channel), text=as_typed(text).strip(),
            delivery_id=delivery, extra=_extra(channel, user_id, group=False))
        return Translated(msg, Target(user_id, channel, thread_ts=thread_ts, direct=True))
    if kind == "app_mention":
        thread_ts = event.get("thread_ts") or event.get("ts")
        direct = _is_dm(channel, event.get("channel_type"))
        msg = IncomingMessage(
            user=user_key(user_id), conversation=conversation_key(channel, None if direct else thread_ts),
            text=as_typed(strip_mentions(text)), delivery_id=delivery, extra=_extra(channel, user_id, group=not direct))
        return Translated(msg, Target(user_id, channel, thread_ts=thread_ts, direct=direct))
    return None


def from_command(body: Mapping[str, Any]) -> Translated | None:
    """`/policy ...`: a question (answered privately), or one of the sub-commands in SUBCOMMAND_TEXT."""
    user_id, channel = body.get("user_id"), body.get("channel_id")
    if not isinstance(user_id, str) or not user_id or not isinstance(channel, str) or not channel:
        return None
    text = as_typed(" ".join(str(body.get("text") or "").split()))
    word = text.lower()
    direct = channel.startswith("D") or body.get("channel_name") == "directmessage"
    base = IncomingMessage(
        user=user_key(user_id), conversation=conversation_key(channel),
        delivery_id=f"{PLATFORM}:tr:{body['trigger_id']}" if body.get("trigger_id") else None,
        display_name=str(body.get("user_name") or ""), extra=_extra(channel, user_id, group=not direct))
    if word in REPORT_WORDS:
        msg = _replace(base, action=actions.FORM_OPEN)
    elif word == "" or word == "help":
        msg = _replace(base, action=actions.HELP)
    elif word in SUBCOMMAND_TEXT:
        msg = _replace(base, text=SUBCOMMAND_TEXT[word])
    else:
        msg = _replace(base, text=text)
    target = Target(user_id, channel, response_url=body.get("response_url"), trigger_id=body.get("trigger_id"),
                    ephemeral=True, direct=direct)
    return Translated(msg, target)


def from_block_action(body: Mapping[str, Any]) -> Translated | None:
    """A pressed button (in a message, an ephemeral message, or App Home): its engine action and value."""
    user_id = (body.get("user") or {}).get("id")
    pressed = (body.get("actions") or [None])[0]
    if not isinstance(user_id, str) or not user_id or not isinstance(pressed, Mapping):
        return None
    action = str(pressed.get("action_id") or "").split(ACTION_SEPARATOR, 1)[0]
    if not action:
        return None
    value = pressed.get("value")
    if value is None:  # a select menu carries its choice instead of a value
        value = (pressed.get("selected_option") or {}).get("value", "")
    more: dict[str, str] = {}
    if action == actions.FORM_OPEN and value:  # a form button posted when a modal could not open: its origin
        more[actions.EXTRA_SOURCE_LINK] = form_origin(str(value))
    container = body.get("container") or {}
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id") or ""
    message = body.get("message") or {}
    thread_ts = message.get("thread_ts") or container.get("thread_ts")
    direct = _is_dm(channel) if channel else True
    stable = body.get("trigger_id") or pressed.get("action_ts")
    conversation = conversation_key(channel, None if direct else thread_ts) if channel else conversation_key(user_id)
    msg = IncomingMessage(
        user=user_key(user_id), conversation=conversation, action=action, value=str(value),
        delivery_id=f"{PLATFORM}:tr:{stable}" if stable else None,
        display_name=str((body.get("user") or {}).get("name") or ""),
        extra=_extra(channel or user_id, user_id, group=bool(channel) and not direct, **more))
    target = Target(user_id, channel, thread_ts=thread_ts, response_url=body.get("response_url"),
                    trigger_id=body.get("trigger_id"), ephemeral=bool(container.get("is_ephemeral")),
                    direct=direct)
    return Translated(msg, target)


def from_shortcut(body: Mapping[str, Any]) -> Translated | None:
    """The message shortcut "Report this message as a concern": open the report form about that message."""
    user_id = (body.get("user") or {}).get("id")
    channel = (body.get("channel") or {}).get("id") or ""
    message = body.get("message") or {}
    if not isinstance(user_id, str) or not user_id:
        return None
    msg = IncomingMessage(
        user=user_key(user_id), conversation=conversation_key(user_id), action=actions.FORM_OPEN,
        delivery_id=f"{PLATFORM}:tr:{body['trigger_id']}" if body.get("trigger_id") else None,
        display_name=str((body.get("user") or {}).get("name") or ""),
        extra=_extra(user_id, user_id, group=False,
                     source_link=message_link(body, channel, str(message.get("ts") or "")),
                     source_text=as_typed(str(message.get("text") or ""))))
    # The report is private whatever channel the message sat in: replies go to the reporter's DM.
    target = Target(user_id, "", trigger_id=body.get("trigger_id"), direct=True)
    return Translated(msg, target)


def form_origin(value: str) -> str:
    """The reported message's link carried by an "Open the form" button (see respond.py), or ""."""
    try:
        data = json.loads(value)
    except ValueError:
        return ""
    link = data.get(actions.EXTRA_SOURCE_LINK) if isinstance(data, dict) else None
    return link if isinstance(link, str) and link.startswith("https://") else ""


def message_link(body: Mapping[str, Any], channel: str, ts: str) -> str:
    """A permalink to a message, built the way Slack builds them, so no extra API call is needed."""
    if not channel or not ts:
        return ""
    domain = (body.get("team") or {}).get("domain") or "app"
    return f"https://{domain}.slack.com/archives/{channel}/p{ts.replace('.', '')}"


def form_context(view: Mapping[str, Any]) -> dict[str, str]:
    """The modal's private_metadata: where it was opened from and the form's opaque value."""
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except (TypeError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def from_view_submission(body: Mapping[str, Any], values: Mapping[str, str]) -> Translated | None:
    """A submitted report modal: `values` are its fields by name (see modal.py); the context comes back too."""
    user_id = (body.get("user") or {}).get("id")
    view = body.get("view") or {}
    if not isinstance(user_id, str) or not user_id:
        return None
    context = form_context(view)
    channel = context.get("channel") or ""
    form = dict(values)
    form["_context"] = context.get("value", "")
    # Each press of Submit has its own trigger_id; the view's hash stays the same after a validation error.
    stable = body.get("trigger_id") or f"{view.get('id', '')}:{view.get('hash', '')}"
    extra = _extra(user_id, user_id, group=False, source_link=context.get("source_link", ""),
                   source_text=context.get("source_text", ""))
    msg = IncomingMessage(
        user=user_key(user_id), conversation=context.get("conversation") or conversation_key(user_id),
        action=context.get("submit_action") or actions.FORM_SUBMIT, form=form,
        delivery_id=f"{PLATFORM}:tr:{stable}", display_name=str((body.get("user") or {}).get("name") or ""),
        extra=extra)
    # Confirmation carries the concern reference: send it to the reporter's DM, never into a channel.
    target = Target(user_id, channel if channel.startswith("D") else "", direct=True)
    return Translated(msg, target)


def _replace(msg: IncomingMessage, **changes: Any) -> IncomingMessage:
    return replace(msg, **changes)
