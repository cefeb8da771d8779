"""A channel named again while a refused try is still out: the try's refusal is the one the admin has just answered
(the channel unarchived and named), so the question goes at once, not set aside until the next start. Until the
twenty-ninth session naming released nothing (the entry was in flight, not yet marked refused), and the refusal then
set it aside: the admin was told "Done", the question stayed undelivered."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from bot import actions
from bot.escalation import DeliveryError
from bot.runtime import open_runtime, running
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.bot.test_question_held_up import (
    HeadteacherRefuses,
    ask_the_head,
    question_entry,
    questions_arrived,
    to_alice,
)
from tests.fakes.escalation_channel import Sent


@dataclass
class RefusalHeld(HeadteacherRefuses):
    """Refuses the inbox for good, but only once `answer` is set: the try stays out until the test lets it fail."""

    answer: asyncio.Event = field(default_factory=asyncio.Event)

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if address == "inbox" and self.refused:
            self.calls.append(Sent("notify", address, key, text=text, retry=retry))
            self.changed.set()
            await self.answer.wait()
            raise DeliveryError("slack chat.postMessage: is_archived", permanent=True)
        await super().notify(address, text, key, retry)


async def test_a_question_refused_by_a_channel_named_again_while_its_try_was_out_goes_at_once(db_url: str) -> None:
    channel = RefusalHeld(refused=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=HEAD), {"local": channel})
    async with running(runtime):
        await ask_the_head(Chat(runtime))
        await channel.wait_for(lambda c: any(s.destination == "inbox" for s in c.calls))  # the try is out
        channel.refused = False  # the channel unarchived, and the admin names it
        head = Chat(runtime, user=HEAD, conversation=HEAD, name="Sam Head", extra={actions.EXTRA_ADDRESS: "inbox"})
        [done] = await head.say("set escalation channel")
        assert done.text.startswith("Done: concerns reported on this platform will now be sent to this conversation")
        channel.answer.set()  # the try out before the naming is refused now
        await channel.wait_for(lambda c: len(questions_arrived(c)) == 1)
        async with asyncio.timeout(10):
            while True:  # not set aside: sent again, and recorded
                if (await question_entry(runtime)).status == "delivered":
                    break
                await asyncio.sleep(0.01)
    assert to_alice(channel) == []  # nor its asker told of a hold-up or a refusal the admin had already answered
