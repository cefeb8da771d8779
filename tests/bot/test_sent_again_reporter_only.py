"""A delivery received again is answered with the report it sent only for that report's reporter (or an admin):
a colliding id from someone else must not show them another person's concern reference or where it stands."""

from __future__ import annotations

from bot import actions
from tests.bot.conftest import HEAD, Chat

FORM = {"category": "bullying", "danger": "no", "what": "Nasty messages in a class group chat"}


async def test_a_colliding_delivery_from_someone_else_shows_them_nothing_of_the_report(chat: Chat) -> None:
    await chat.press(actions.FORM_SUBMIT, form=FORM, delivery_id="evt-9")
    assert "C-0001" in chat.text
    bob = chat.as_user("local:bob", "Bob Teacher")
    again = await bob.press(actions.FORM_SUBMIT, form=FORM, delivery_id="evt-9")
    assert "C-0001" not in "\n".join(r.text for r in again)
    # the reporter's own re-send still gets it, and an admin's (who may see every concern)
    [mine] = await chat.press(actions.FORM_SUBMIT, form=FORM, delivery_id="evt-9")
    assert "sent once, as C-0001" in mine.text
    [head] = await chat.as_user(HEAD).press(actions.FORM_SUBMIT, form=FORM, delivery_id="evt-9")
    assert "C-0001" in head.text


async def test_a_danger_yes_received_again_tells_its_reporter_where_the_report_stands_and_nobody_else(
        chat: Chat) -> None:
    """The "yes" that raised an URGENT alert, received again (its "act now" may be the answer lost): its reporter is
    told it was acted on once and where the report stands, the alert and the question waiting; a colliding id from
    someone else gets nothing, an admin the alert as it stands."""
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say("yes", delivery_id="evt-yes")
    assert "URGENT concern C-0001" in chat.text

    again = await chat.say("yes", delivery_id="evt-yes")
    said = "\n".join(r.text for r in again)
    assert "received that already and acted on it once" in said and "URGENT alert C-0001" in said
    assert "act now" in said and any(r.urgent for r in again) and "Who is affected" in again[-1].text
    assert await chat.as_user("local:bob", "Bob Teacher").say("yes", delivery_id="evt-yes") == []
    head = await chat.as_user(HEAD).say("yes", delivery_id="evt-yes")
    assert "URGENT alert C-0001" in "\n".join(r.text for r in head)
