"""A question set aside because its channel refused it, then refused for its own message once a channel is named
(helper notices5): its asker and the admins, told "the channel" was the trouble, are told the new reason once,
privately, and the trail says so. Until then nobody was told: they went on believing naming a channel would send it.
Through the real engine and outbox, a teacher in the local chat (the Headteacher, `local:headteacher`, is an admin)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from bot import actions
from bot.escalation import DeliveryError
from bot.runtime import open_runtime, running
from tests.bot.conftest import HEAD, make_settings
from tests.bot.test_question_held_up import (
    QUESTION,
    question_entry,
    question_trail,
    questions_tried,
    to_alice,
)
from tests.bot.test_question_notices_fourth import ADMINS, DSL, head_chat, set_aside, to
from tests.fakes.escalation_channel import FakeChannel, Sent


@dataclass
class ArchivedThenTooLong(FakeChannel):
    """The Headteacher's inbox refuses questions for good: first as an archived channel would (`is_archived`), then,
    once `mended`, for the message itself (Slack's `msg_too_long`), as a channel named again would."""

    mended: bool = False
    refused: bool = True  # what `set_aside` expects of its channel

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if address == "inbox" and key.startswith("question:"):
            self.calls.append(Sent("notify", address, key, text=text, retry=retry))
            self.changed.set()
            code = "msg_too_long" if self.mended else "is_archived"
            raise DeliveryError(f"slack chat.postMessage: {code}", permanent=True)
        await super().notify(address, text, key, retry)


async def test_a_question_refused_for_its_message_after_its_channel_tells_the_new_reason_once(db_url: str) -> None:
    channel = ArchivedThenTooLong()
    settings = make_settings(db_url, POLICYBOT_ADMINS=ADMINS)
    runtime = await open_runtime(settings, {"local": channel})
    async with running(runtime):
        alice, asked = await set_aside(channel, runtime)  # told once: the channel is the trouble
        assert "until someone fixes that" in to_alice(channel)[0]
        assert "To send it" in to(channel, DSL)[0]
        channel.mended = True
        [done] = await head_chat(runtime).say("set escalation channel")
        assert "being sent again now" in done.text
        await channel.wait_for(lambda c: questions_tried(c) == 2 and len(to_alice(c)) == 2 and len(to(c, DSL)) == 2
                               and len(to(c, HEAD)) == 2)
        await asyncio.sleep(0.2)
        [again] = await alice.press(actions.ASK_HEAD, "1")
        assert "the message itself was refused" in again.text
    which = f"Your question \u201c{QUESTION}\u201d, asked at {asked},"
    assert to_alice(channel)[1] == (
        f"{which} was tried again and refused, this time for another reason: the Headteacher's inbox in the local "
        "chat would not accept the message as it was (it was too long, or not in a form it takes). It is not the "
        "channel this time, so sending it again would be refused the same way: I will not try again. Please ask the "
        "Headteacher in person. If it's about a child's safety, speak to the Designated Safeguarding Lead now.")
    for admin in (HEAD, DSL):
        assert to(channel, admin)[1] == (
            f"The question \u201c{QUESTION}\u201d that local:alice passed to the Headteacher at {asked}, which I told "
            "you could not be delivered, was tried again and refused, this time for another reason: the Headteacher's "
            "inbox in the local chat refused the message itself, not the place it was for (slack chat.postMessage: "
            "msg_too_long). Its asker has been told. Naming the channel again will not help: it was the message that "
            "was refused, so it will not be tried again. Please answer its asker yourself; 'python app.py questions' "
            "shows it.")
    trail = await question_trail(runtime, 9)
    stops = [d for a, d in trail if a == "delivery stopped"]
    assert len(stops) == 2 and stops[1] == (
        "the Headteacher's inbox in the local chat refused the message itself, not the place it was for (slack "
        "chat.postMessage: msg_too_long); the message itself was refused, so it is not tried again unless it "
        f"changes; its asker is being told the new reason; admins told the new reason: {HEAD}, {DSL}")
    assert [d for a, d in trail if a == "asker told"] == ["refused", "refused for its message"]
    assert [d for a, d in trail if a == "admin told"] == [f"{HEAD}: set aside", f"{DSL}: set aside",
                                                          f"{HEAD}: refused for its message",
                                                          f"{DSL}: refused for its message"]
    assert not any("park" in d for _, d in trail)
    # told once: a restart and the channel named again try nothing and tell nobody
    runtime = await open_runtime(settings, {"local": channel})
    async with running(runtime):
        [done] = await head_chat(runtime).say("set escalation channel")
        assert "being sent again" not in done.text
        await asyncio.sleep(0.3)
    assert questions_tried(channel) == 2 and len(to_alice(channel)) == 2 and len(to(channel, DSL)) == 2
    assert (await question_entry(runtime)).status == "refused"


async def test_a_question_refused_for_its_message_the_first_time_is_told_once_as_before(db_url: str) -> None:
    """No second notice when the first already said it was the message."""
    channel = ArchivedThenTooLong(mended=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=ADMINS), {"local": channel})
    async with running(runtime):
        await set_aside(channel, runtime)
        [done] = await head_chat(runtime).say("set escalation channel")
        assert "being sent again" not in done.text
        await asyncio.sleep(0.3)
    assert questions_tried(channel) == 1 and len(to_alice(channel)) == 1 and len(to(channel, DSL)) == 1
    assert "I will not try again" in to_alice(channel)[0] or "will not try again" in to_alice(channel)[0]
