"""A question refused for good is brought to the admins once (until helper notices3 only its asker, its trail and
the metric knew), counted once however often a restart finds it refused again, and named truly on a local install.
Through the real engine and outbox, a teacher in the local chat (the Headteacher, `local:headteacher`, is the admin)."""

from __future__ import annotations

import asyncio

from bot import actions
from bot.metrics import REGISTRY
from bot.runtime import open_runtime, running
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.bot.test_held_up import ROUTINE
from tests.bot.test_question_held_up import (
    LONG,
    HeadteacherRefuses,
    ask_the_head,
    question_entry,
    question_trail,
    questions_tried,
    to_alice,
    when_asked,
)
from tests.fakes.escalation_channel import FakeChannel

REFUSED_METRIC = "policybot_questions_refused_total"


def to_head(channel: FakeChannel) -> list[str]:
    return [s.text for s in channel.of("notify") if s.destination == HEAD]


def refused_count() -> float:
    return REGISTRY.get_sample_value(REFUSED_METRIC) or 0.0


async def test_the_admins_are_told_once_and_the_refusal_counted_once_across_restarts(db_url: str) -> None:
    channel = HeadteacherRefuses(refused=True)  # the Headteacher's inbox refuses it for good
    settings = make_settings(db_url)
    before = refused_count()
    runtime = await open_runtime(settings, {"local": channel})
    async with running(runtime):
        await ask_the_head(Chat(runtime), LONG)
        await channel.wait_for(lambda c: len(to_alice(c)) == 1 and len(to_head(c)) == 1)
        asked = await when_asked(runtime, LONG)
        [told] = to_head(channel)
        assert told == (f"The question \u201cCan I post a photo of my own\u2026\u201d that local:alice passed to the "
                        f"Headteacher at {asked} could not be delivered: the Headteacher's inbox in the local chat "
                        "refused it (slack chat.postMessage: is_archived). I have stopped trying, and its asker has "
                        "been told to ask the Headteacher in person. To send it, type 'set escalation channel' in the "
                        "chat that should receive concerns: it goes at once (it is also tried again whenever policybot "
                        "starts). 'python app.py questions' shows it and its trail.")
        assert "Instagram" not in told and "faces" not in told  # its first words only
        assert refused_count() == before + 1
    for restart in (2, 3):  # still refused at each start
        runtime = await open_runtime(settings, {"local": channel})
        async with running(runtime):
            await channel.wait_for(lambda c, n=restart: questions_tried(c) == n)
            async with asyncio.timeout(30):  # the refusal is recorded after the try: waited for, not for a set time
                while (await question_entry(runtime)).status != "refused":  # noqa: ASYNC110 - no event to wait on
                    await asyncio.sleep(0.02)
    assert len(to_head(channel)) == 1 and len(to_alice(channel)) == 1  # nobody told twice
    assert refused_count() == before + 1  # one question refused, counted once (it was counted at every restart)
    trail = await question_trail(runtime, 6)
    stops = [d for a, d in trail if a == "delivery stopped"]
    assert len(stops) == 3 and stops[0].endswith("its asker is being told; admins told: local:headteacher")
    assert stops[1].endswith("its asker was told before")  # the admins not told again


async def test_an_admin_who_asked_is_told_once_with_what_they_can_do(db_url: str) -> None:
    channel = HeadteacherRefuses(refused=True)
    runtime = await open_runtime(make_settings(db_url, POLICYBOT_ADMINS=f"{HEAD},local:dsl"), {"local": channel})
    async with running(runtime):
        head = Chat(runtime, user=HEAD, conversation=HEAD, name="Sam Head")
        Chat(runtime, user="local:dsl", conversation="local:dsl")  # an admin policybot can reach in the local chat
        await ask_the_head(head)
        await channel.wait_for(lambda c: len(to_head(c)) >= 1 and any(s.destination == "local:dsl"
                                                                         for s in c.of("notify")))
        await asyncio.sleep(0.2)
        [told] = to_head(channel)
        assert told.startswith("Your question \u201cWhere can I park at school?\u201d") and "To send it, type" in told
        [dsl] = [s.text for s in channel.of("notify") if s.destination == "local:dsl"]
        assert "that local:headteacher passed to the Headteacher" in dsl



async def test_a_concern_the_local_inbox_refuses_is_not_told_to_the_admins_as_an_archived_channel(
        chat: Chat, channel: FakeChannel) -> None:
    """A local install has no channel to archive: its admins read "the channel refused it; it may be archived, or
    policybot removed from it" whatever refused it, until helper notices3."""
    channel.refuse_posts = True
    await chat.press(actions.FORM_SUBMIT, form=ROUTINE)
    await channel.wait_for(lambda c: any("has not reached" in t for t in to_head(c)))
    [held] = [t for t in to_head(channel) if "has not reached" in t]
    assert held.startswith("Concern C-0001 has not reached the Headteacher's inbox in the local chat: the "
                           "Headteacher's inbox in the local chat refused it (slack chat.postMessage: is_archived).")
    assert "archived, or policybot removed" not in held and "channel refused" not in held


async def test_the_admins_are_not_told_an_asker_was_told_when_policybot_cannot_reach_them(db_url: str) -> None:
    """A Teams asker this process cannot reach privately: the trail says so, and the admins read it too (they read
    "its asker has been told to ask the Headteacher in person", so nobody told them, until this review)."""
    channel = HeadteacherRefuses(refused=True)
    runtime = await open_runtime(make_settings(db_url), {"local": channel})
    async with running(runtime):
        await ask_the_head(Chat(runtime, user="teams:bob", conversation="teams:bob", name="Bob"))
        await channel.wait_for(lambda c: len(to_head(c)) == 1)
        [told] = to_head(channel)
        assert "its asker has been told" not in told
        assert "I cannot reach teams:bob privately to tell them, so please tell them to ask the Headteacher in " \
               "person." in told
