"""Activity JSON to the engine's IncomingMessage: keys, mentions, card submits, addresses."""

from __future__ import annotations

import json

from adapters.teams.translate import to_incoming
from bot import actions

BOT = {"id": "28:bot", "name": "policybot"}


def activity(**more: object) -> dict[str, object]:
    body: dict[str, object] = {
        "type": "message", "id": "m1", "channelId": "msteams", "serviceUrl": "https://smba.example/uk/",
        "from": {"id": "29:abc", "name": "Ann Teacher", "aadObjectId": "aad-ann"}, "recipient": BOT,
        "conversation": {"id": "a:ann", "conversationType": "personal"}, "text": "hello",
        "channelData": {"tenant": {"id": "t1"}},
    }
    body.update(more)
    return body


def test_personal_message_keys_by_from_id_with_the_entra_id_as_alias_and_stores_both_addresses() -> None:
    msg = to_incoming(activity())

    assert msg is not None
    assert msg.user == "teams:29:abc" and msg.conversation == "teams:a:ann" and msg.text == "hello"
    assert msg.extra[actions.EXTRA_USER_ALIAS] == "teams:aad-ann"
    assert msg.display_name == "Ann Teacher"
    ref = json.loads(msg.extra[actions.EXTRA_ADDRESS])
    assert ref["serviceUrl"] == "https://smba.example/uk/" and ref["conversation"]["id"] == "a:ann"
    assert ref["conversation"]["tenantId"] == "t1" and ref["bot"] == BOT
    assert msg.extra[actions.EXTRA_USER_ADDRESS] == msg.extra[actions.EXTRA_ADDRESS]
    assert actions.EXTRA_GROUP not in msg.extra


def test_emulator_user_without_aad_id_is_keyed_by_from_id() -> None:
    msg = to_incoming(activity(**{"from": {"id": "user-1", "name": "User"}}))

    assert msg is not None and msg.user == "teams:user-1" and actions.EXTRA_USER_ALIAS not in msg.extra


def test_channel_mention_is_stripped_and_marked_group_without_a_user_address() -> None:
    at = "<at>policy.bot (beta)*</at>"
    msg = to_incoming(activity(
        text=f"{at}&nbsp;can I post  photos? cc <at>Bob Smith</at>",
        conversation={"id": "19:c@thread.tacv2;messageid=9", "conversationType": "channel", "isGroup": True},
        entities=[{"type": "mention", "text": at, "mentioned": {"id": "28:bot", "name": "policy.bot (beta)*"}},
                  {"type": "mention", "text": "<at>Bob Smith</at>", "mentioned": {"id": "29:bob"}}]))

    assert msg is not None
    assert msg.text == "can I post photos? cc Bob Smith"
    assert msg.extra[actions.EXTRA_GROUP] == "1" and actions.EXTRA_USER_ADDRESS not in msg.extra
    assert msg.conversation == "teams:19:c@thread.tacv2;messageid=9"


def test_button_press_carries_action_and_value() -> None:
    msg = to_incoming(activity(text="", value={"action": actions.CONCERN_ACK, "value": "C-0042"}))

    assert msg is not None and msg.action == actions.CONCERN_ACK and msg.value == "C-0042" and msg.form is None


def test_form_submit_becomes_a_form_of_strings() -> None:
    msg = to_incoming(activity(text="", value={"action": actions.FORM_SUBMIT, "value": "ctx", "_context": "ctx",
                                               "category": "bullying", "what": "words", "msteams": {"x": 1}}))

    assert msg is not None and msg.action == actions.FORM_SUBMIT
    assert dict(msg.form or {}) == {"_context": "ctx", "category": "bullying", "what": "words"}


def test_delivery_id_is_stable_and_scoped_to_the_conversation() -> None:
    one = to_incoming(activity())
    again = to_incoming(activity())
    elsewhere = to_incoming(activity(conversation={"id": "a:other", "conversationType": "personal"}))

    assert one is not None and again is not None and elsewhere is not None
    assert one.delivery_id == again.delivery_id != elsewhere.delivery_id


def test_things_the_engine_need_not_see_are_none() -> None:
    assert to_incoming(activity(type="typing")) is None
    assert to_incoming(activity(text="   ")) is None
    assert to_incoming(activity(text=f"<at>{BOT['name']}</at>", entities=[
        {"type": "mention", "text": f"<at>{BOT['name']}</at>", "mentioned": BOT}])) is None
    assert to_incoming(activity(text="", value={"something": "else"})) is None
    assert to_incoming(activity(serviceUrl=None)) is None
