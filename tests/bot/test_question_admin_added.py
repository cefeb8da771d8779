"""An admin added to POLICYBOT_ADMINS after a question was first set aside (helper notices6): told of it at its next
refusal, with that refusal's reason, as the first admins were told at theirs; then told when it settles, as they are.
Until then only the admins of the first refusal ever heard of it: a DSL added (and the restart that adds them tries
the question again) never learnt that a question was set aside, nor why it was refused anew.
Through the real engine and outbox, a teacher in the local chat (the Headteacher, `local:headteacher`, is an admin)."""

from __future__ import annotations

import asyncio

from bot.runtime import open_runtime, running
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.bot.test_question_held_up import (
    QUESTION,
    HeadteacherRefuses,
    ask_the_head,
    question_trail,
    questions_tried,
    to_alice,
    when_asked,
)
from tests.bot.test_question_notices_fourth import ADMINS, DSL, set_aside_again, to
from tests.bot.test_question_refused_anew import ArchivedThenTooLong


async def test_an_admin_added_since_is_told_at_its_refusal_for_its_message(db_url: str) -> None:
    channel = ArchivedThenTooLong()
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=HEAD), {"local": channel})
    async with running(runtime):  # the Head alone is an admin: set aside for its channel
        alice = Chat(runtime)
        Chat(runtime, user=DSL, conversation=DSL)  # the DSL talks to policybot, not an admin yet
        await ask_the_head(alice)
        await channel.wait_for(lambda c: len(to_alice(c)) == 1 and len(to(c, HEAD)) == 1)
        asked = await when_asked(runtime)
        await asyncio.sleep(0.2)
    assert to(channel, DSL) == []
    channel.mended = True  # the channel is mended, the DSL made an admin; the restart tries it: its message refused
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=ADMINS), {"local": channel})
    async with running(runtime):
        await channel.wait_for(lambda c: questions_tried(c) == 2 and len(to(c, DSL)) == 1 and len(to(c, HEAD)) == 2
                               and len(to_alice(c)) == 2)
        await asyncio.sleep(0.2)
        [withdrawn] = await Chat(runtime).say("withdraw my question")
        assert "is withdrawn" in withdrawn.text
        await channel.wait_for(lambda c: len(to(c, DSL)) == 2 and len(to(c, HEAD)) == 3)
        await asyncio.sleep(0.2)
    which = f"The question \u201c{QUESTION}\u201d that local:alice passed to the Headteacher at {asked}"
    assert "which I told you could not be delivered, was tried again and refused" in to(channel, HEAD)[1]
    # never told it was the channel: told of it once, as a first notice, with the reason it has now
    assert to(channel, DSL)[0] == (
        f"{which} could not be delivered: the Headteacher's inbox in the local chat refused the message itself, not "
        "the place it was for (slack chat.postMessage: msg_too_long). I have stopped trying, and its asker has been "
        "told to ask the Headteacher in person. Naming the channel again will not help: it was the message that was "
        "refused, so it will not be tried again. Please answer its asker yourself; 'python app.py questions' shows it.")
    assert to(channel, DSL)[1].startswith(f"{which}, which I told you could not be delivered, was withdrawn")
    trail = await question_trail(runtime, 11)
    stops = [d for a, d in trail if a == "delivery stopped"]
    assert stops[1].endswith(f"admins told the new reason: {HEAD}; admins told for the first time: {DSL}")
    assert [d for a, d in trail if a == "admin told"] == [f"{HEAD}: set aside", f"{HEAD}: refused for its message",
                                                          f"{DSL}: set aside", f"{HEAD}: withdrawn",
                                                          f"{DSL}: withdrawn"]


async def test_an_admin_added_since_is_told_when_a_restart_finds_its_channel_still_refusing(db_url: str) -> None:
    """The admins told before are not told again (a restart still refused is no news to them); the newcomer once."""
    channel = HeadteacherRefuses(refused=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=HEAD), {"local": channel})
    async with running(runtime):
        Chat(runtime, user=DSL, conversation=DSL)
        await ask_the_head(Chat(runtime))
        await channel.wait_for(lambda c: len(to_alice(c)) == 1 and len(to(c, HEAD)) == 1)
        await asyncio.sleep(0.2)
    settings = make_settings(db_url, POLICYBOT_ADMINS=ADMINS)
    for tries in (2, 3):  # told at the first restart that finds it refused; not at the next
        runtime = await open_runtime(settings, {"local": channel})
        async with running(runtime):
            await channel.wait_for(lambda c, tries=tries: questions_tried(c) == tries)
            await set_aside_again(runtime)
            await asyncio.sleep(0.3)
    assert questions_tried(channel) == 3
    [told] = to(channel, DSL)
    assert "could not be delivered: " in told and "To send it, " in told
    assert len(to(channel, HEAD)) == 1 and len(to_alice(channel)) == 1
