"""A Teams teacher who never opened a chat with policybot, and began their report by mentioning it in a channel, is
still reachable when the report is held up: in Teams a report is only ever sent from the teacher's personal chat (a
form or a private reply asked for in a channel goes there), and that message's conversation reference is kept as how
to reach them. So "a reporter policybot cannot reach" is never a Teams teacher who sent a report through Teams."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot import actions
from bot.runtime import RUNTIME
from bot.store.models import OutboxEntry
from tests.adapters.teams.conftest import SAFEGUARDING, STAFFROOM, TEACHER, TEACHER_CHAT, reference
from tests.adapters.teams.test_escalation import registered_channel
from tests.fakes.bot_connector import Fault, personal_conversation

FORM = {"action": actions.FORM_SUBMIT, "value": "", "_context": "", "category": "bullying", "danger": "no",
        "what": "Messages calling a pupil names in a class group chat."}
PRIVATE = personal_conversation(TEACHER["id"])  # the one-to-one chat policybot opened for them


async def test_a_report_begun_in_a_channel_is_told_held_up_in_the_teachers_own_chat(make_teams, fake) -> None:
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        fake.fail_next(3, "403", "send", conversation=SAFEGUARDING)  # policybot removed from the team, then back
        [form] = await teams.mention("report a concern")
        assert form.conversation == PRIVATE  # never in the channel
        await teams.press(FORM, conversation=PRIVATE)  # sent from the form in their own chat

        [held] = await fake.wait_for("send", lambda c: c.conversation == PRIVATE and "has not reached" in c.words)
        assert held.words.startswith("Your report C-0001 has not reached the Headteacher yet")
        assert FORM["what"] not in held.words
        [arrived] = await fake.wait_for("send", lambda c: c.conversation == PRIVATE and "has now reached" in c.words)
        assert "Your report C-0001 has now reached the Headteacher." in arrived.words
        assert not [c for c in fake.calls if c.conversation.startswith(STAFFROOM) and "C-0001" in c.words]


async def test_a_question_passed_on_from_a_channel_is_told_held_up_in_the_teachers_own_chat(make_teams,
                                                                                           fake) -> None:
    """A question is another matter: answered in the channel's thread, its Ask the Headteacher is pressed there, so no
    message from the teacher's own chat was ever seen. Until helper notices2 such a teacher, never having written to
    policybot privately, was told nothing when the question was held up; now the notice opens their private chat."""
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        fake.fail_next(3, "403", "send", conversation=SAFEGUARDING)
        thread = f"{STAFFROOM};messageid=1700000000001"
        [answer] = await teams.mention("can I check Facebook on my phone in class?")
        assert answer.conversation.startswith(STAFFROOM)
        ask = answer.button("Ask the Headteacher")
        assert ask is not None
        [passed] = await teams.press(ask, conversation=thread, kind="channel")
        assert passed.conversation == PRIVATE and "passed your question" in passed.words

        [held] = await fake.wait_for("send", lambda c: c.conversation == PRIVATE and "not be delivered" in c.words)
        assert held.words.startswith("Your question \u201ccan I check Facebook on my phone in\u2026\u201d")
        fake.faults[-1].remaining = 0  # back in the team, and the Headteacher names the channel again
        await registered_channel(teams)
        [arrived] = await fake.wait_for("send", lambda c: c.conversation == PRIVATE and "has now reached" in c.words)
        assert arrived.words.startswith("Your question \u201ccan I check Facebook")
        # nothing about it in the channel but the answer itself
        assert [c for c in fake.calls if c.conversation.startswith(STAFFROOM) and "Facebook" in c.words] == []


async def test_a_held_up_notice_whose_answer_was_lost_is_followed_by_the_arrival(make_teams, fake) -> None:
    """The connector kept the teacher's held-up notice but never answered (it may have been posted): when the report
    then arrives, the notice is sent again rather than withdrawn as unread, and the arrival follows, so "has not
    reached" is not their last word. Teams cannot be asked whether it has it, so they may read it twice."""
    async with make_teams(send_timeout=0.3,
                          TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        fake.fail_next(10_000, "403", "send", conversation=SAFEGUARDING)  # policybot removed from the team
        fake.fail_next(10_000, "lose", "send", conversation=TEACHER_CHAT)  # the teacher's chat keeps but never answers
        refusing, losing = fake.faults[-2:]
        await teams.press(FORM)
        await fake.wait_for("send", lambda c: c.conversation == TEACHER_CHAT and "has not reached" in c.words)
        refusing.remaining = 0  # added back to the team: the report goes, while the notice's answer is still lost
        async with asyncio.timeout(10):
            while not fake.messages(SAFEGUARDING):  # noqa: ASYNC110 - a stored message has no event to wait on
                await asyncio.sleep(0.01)
        losing.remaining = 0  # the connector answers again
        await fake.wait_for("send", lambda c: c.conversation == TEACHER_CHAT and "has now reached" in c.words)
        told = [m.get("text", "") for m in fake.messages(TEACHER_CHAT) if "C-0001" in m.get("text", "")]
        assert "has not reached" in told[0] and told[-1] == "Your report C-0001 has now reached the Headteacher."


async def entry_settled(teams, key: str) -> str:  # type: ignore[no-untyped-def]
    """The outbox entry `key`'s status once it no longer waits: delivered or withdrawn."""
    async with asyncio.timeout(10):
        while True:
            async with teams.app[RUNTIME].store.transaction() as s:
                status = (await s.execute(select(OutboxEntry.status).where(OutboxEntry.key == key))).scalar_one()
            if status != "pending":
                return status
            await asyncio.sleep(0.02)


async def test_a_private_chat_that_could_not_be_opened_is_no_notice_read(make_teams, fake) -> None:
    """The held-up notice to a teacher seen only in a channel first opens their one-to-one chat. That call failing
    (a 5xx) posted nothing, so when the question then arrives the notice is withdrawn as never read. Counted as a
    notice that may have landed, it was sent after the question had reached the Headteacher: "has not reached … ask
    them in person", read when it was no longer true."""
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        [answer] = await teams.mention("can I check Facebook on my phone in class?")
        ask = answer.button("Ask the Headteacher")
        assert ask is not None
        refused = Fault(frozenset({"send"}), 10_000, "403", conversation=SAFEGUARDING)
        fake.faults.append(refused)  # the bot removed from the team: the question is held up
        [passed] = await teams.press(ask, conversation=f"{STAFFROOM};messageid=1700000000001", kind="channel")
        assert "passed your question" in passed.words
        fake.fail_next(1, "500", "create")  # the notice's first try: the chat could not be opened
        await fake.wait_for("create", count=len(fake.of("create")) + 1)
        refused.remaining = 0  # back in the team, and the Headteacher names the channel again: the question goes
        await registered_channel(teams)
        await fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING and "Facebook" in c.words)
        assert await entry_settled(teams, "question:1:held-up") == "withdrawn"
        assert [c for c in fake.of("send") if c.conversation == PRIVATE and "not be delivered" in c.words] == []
