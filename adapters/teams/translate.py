"""Bot Framework activity JSON (as Teams sends it) to the engine's `IncomingMessage`, and back to addresses.

Works on the raw JSON dict, not botbuilder's `Activity` model: the model drops fields Teams relies on
(`conversation.tenantId`, the `text` and `mentioned` of mention entities).

Keys: a Teams user is "teams:" + `from.id` (INTERFACE.md's `teams:29:abc`: stable for this bot and this
person across chats and channels). Their Entra object id, `from.aadObjectId`, which an admin can look up in the
Entra admin centre, travels as an alias, so POLICYBOT_ADMINS may name a Headteacher either way. A conversation
is "teams:" + `conversation.id`; a channel thread's id carries ";messageid=…", so each thread is its own
conversation.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from adapters.teams.form import CONTEXT_FIELD
from bot import actions
from bot.flows import concern_form
from bot.messages import IncomingMessage

PLATFORM = "teams"
SUBMIT_RESERVED = ("action", "value", "msteams")  # keys of a card submit that are not form fields
FORM_KEY = "form:"
_AT_TAG = re.compile(r"<at[^>]*>(.*?)</at>", re.IGNORECASE | re.DOTALL)


def user_key(activity: Mapping[str, Any]) -> str | None:
    """The engine's key for whoever sent the activity, or None when the activity names nobody."""
    ident = (activity.get("from") or {}).get("id")
    return f"{PLATFORM}:{ident}" if ident else None


def user_alias(activity: Mapping[str, Any]) -> str | None:
    """The sender's Entra object id as a key, when Teams sends one (the Emulator does not)."""
    aad = (activity.get("from") or {}).get("aadObjectId")
    return f"{PLATFORM}:{aad}" if aad else None


def conversation_key(activity: Mapping[str, Any]) -> str | None:
    """The engine's key for the conversation (a channel thread, a group chat or a personal chat)."""
    conversation = activity.get("conversation") or {}
    ident = conversation.get("id")
    return f"{PLATFORM}:{ident}" if ident else None


def is_group(activity: Mapping[str, Any]) -> bool:
    """True when others can read the conversation: a channel or a group chat."""
    conversation = activity.get("conversation") or {}
    kind = conversation.get("conversationType")
    if kind in ("channel", "groupChat"):
        return True
    return bool(conversation.get("isGroup")) and kind != "personal"


def tenant_id(activity: Mapping[str, Any]) -> str:
    """The Microsoft 365 tenant the activity came from ("" in the Emulator)."""
    channel_data = activity.get("channelData") or {}
    tenant = channel_data.get("tenant") or {}
    return str(tenant.get("id") or (activity.get("conversation") or {}).get("tenantId") or "")


def reference(activity: Mapping[str, Any]) -> dict[str, Any]:
    """A Bot Framework ConversationReference (camelCase JSON) for replying into this conversation later."""
    conversation = dict(activity.get("conversation") or {})
    tenant = tenant_id(activity)
    if tenant and not conversation.get("tenantId"):
        conversation["tenantId"] = tenant
    ref: dict[str, Any] = {
        "activityId": activity.get("id"),
        "user": _account(activity.get("from")),
        "bot": _account(activity.get("recipient")),
        "conversation": conversation,
        "channelId": activity.get("channelId"),
        "serviceUrl": activity.get("serviceUrl"),
    }
    if activity.get("locale"):
        ref["locale"] = activity["locale"]
    return ref


OPEN_PERSONAL = "openPersonal"  # in an address: open the bot's one-to-one chat with this user id, then send there


def personal_opener(activity: Mapping[str, Any]) -> dict[str, Any] | None:
    """An address for the sender's one-to-one chat with the bot, from a channel activity: no conversation in it, only
    what creating (or finding) that chat needs, so nothing sent to it can land in the channel."""
    user_id = (activity.get("from") or {}).get("id")
    if not user_id or not activity.get("serviceUrl"):
        return None
    return {OPEN_PERSONAL: str(user_id), "tenantId": tenant_id(activity), "bot": _account(activity.get("recipient")),
            "channelId": activity.get("channelId"), "serviceUrl": activity.get("serviceUrl")}


def delivery_id(activity: Mapping[str, Any]) -> str | None:
    """The engine's dedupe key: the activity id, scoped to its conversation (ids are only unique within one)."""
    ident = activity.get("id")
    return _scoped(activity, str(ident)) if ident else None


def form_delivery_id(activity: Mapping[str, Any], fields: Mapping[str, str]) -> str | None:
    """The dedupe key of a report form card that the engine will accept: the same for every press of that card.

    The engine stores delivery ids with the turn, so a double click on Send report, Teams' re-send of a slow
    submit, a press after a restart or one that reaches another worker all make one concern. A submit with
    mistakes keeps its own activity's key (None here): the engine only redraws the form, which must stay sendable.
    """
    card = activity.get("replyToId")
    if not card:
        return None
    _, errors = concern_form.validate({k: v for k, v in fields.items() if k != CONTEXT_FIELD})
    return None if errors else _scoped(activity, f"{FORM_KEY}{card}")


def is_form_key(key: str | None) -> bool:
    """True for a key made by `form_delivery_id`."""
    parts = (key or "").split(":", 2)  # "teams", the conversation's scope, then the activity id or the form key
    return len(parts) == 3 and parts[2].startswith(FORM_KEY)


def _scoped(activity: Mapping[str, Any], ident: str) -> str:
    scope = hashlib.sha256(str((activity.get("conversation") or {}).get("id")).encode()).hexdigest()[:16]
    return f"{PLATFORM}:{scope}:{ident}"[:300]


def strip_mentions(text: str, activity: Mapping[str, Any]) -> str:
    """The text without the bot's own `<at>…</at>` mention; other people's mentions keep just their name.

    Plain string operations: botbuilder's `remove_recipient_mention` treats the bot's name as a regex.
    """
    bot_id = (activity.get("recipient") or {}).get("id")
    for entity in activity.get("entities") or ():
        if not isinstance(entity, Mapping) or entity.get("type") != "mention":
            continue
        mentioned = entity.get("mentioned") or {}
        if bot_id and mentioned.get("id") == bot_id and isinstance(entity.get("text"), str):
            text = text.replace(entity["text"], " ")
    text = _AT_TAG.sub(lambda m: m.group(1), text)
    return " ".join(text.replace("&nbsp;", " ").split())


def to_incoming(activity: Mapping[str, Any]) -> IncomingMessage | None:
    """One message activity as the engine's `IncomingMessage`; None for anything the engine need not see."""
    if activity.get("type") != "message":
        return None
    user, conversation = user_key(activity), conversation_key(activity)
    if user is None or conversation is None or not activity.get("serviceUrl"):
        return None
    extra = {actions.EXTRA_ADDRESS: json.dumps(reference(activity), separators=(",", ":"))}
    if (alias := user_alias(activity)) is not None:
        extra[actions.EXTRA_USER_ALIAS] = alias
    if is_group(activity):
        extra[actions.EXTRA_GROUP] = "1"
        if opener := personal_opener(activity):
            extra[actions.EXTRA_USER_OPENER] = json.dumps(opener, separators=(",", ":"))
    elif (activity.get("conversation") or {}).get("conversationType") in (None, "personal"):
        extra[actions.EXTRA_USER_ADDRESS] = extra[actions.EXTRA_ADDRESS]
    common: dict[str, Any] = {
        "user": user,
        "conversation": conversation,
        "delivery_id": delivery_id(activity),
        "display_name": str((activity.get("from") or {}).get("name") or ""),
        "extra": extra,
    }
    value = activity.get("value")
    if isinstance(value, Mapping) and value.get("action"):
        msg = _submitted(value, common)
        if msg.action == actions.FORM_SUBMIT and (key := form_delivery_id(activity, msg.form or {})):
            return replace(msg, delivery_id=key)
        return msg
    text = strip_mentions(str(activity.get("text") or ""), activity)
    if not text:
        return None
    return IncomingMessage(text=text, **common)


def _submitted(value: Mapping[str, Any], common: dict[str, Any]) -> IncomingMessage:
    """An Adaptive Card `Action.Submit`: its data names the action; a form's inputs ride along as fields."""
    action = str(value["action"])
    if action == actions.FORM_SUBMIT:
        fields = {k: _as_text(v) for k, v in value.items() if k not in SUBMIT_RESERVED}
        return IncomingMessage(action=action, value=_as_text(value.get("value")), form=fields, **common)
    return IncomingMessage(action=action, value=_as_text(value.get("value")), **common)


def _as_text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _account(account: object) -> dict[str, Any]:
    if not isinstance(account, Mapping):
        return {}
    return {k: account[k] for k in ("id", "name", "aadObjectId", "role") if account.get(k)}
