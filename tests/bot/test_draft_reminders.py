"""A report left half-written gets one private reminder per idle spell, with nothing of what was being reported."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from bot import actions
from bot.draft_reminders import DRAFT_REMINDER_AFTER, next_due, reminder_key
from bot.flows.concern_wording import time_ago
from bot.outbox import OutboxWorker
from bot.runtime import Runtime
from bot.store.models import Conversation, OutboxEntry
from bot.store.store import aware, utcnow
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import start_routine
from tests.fakes.escalation_channel import FakeChannel

ALICE = "local:alice"
# Where the local pages say the chat and the person are: the reminder goes back there.
REACHABLE = {actions.EXTRA_ADDRESS: ALICE, actions.EXTRA_USER_ADDRESS: ALICE}
FREE_TEXT = ("Sam B, Year 5", "Mr Jones's brother", "A parent posted abuse about a colleague on Facebook")
IDLE = DRAFT_REMINDER_AFTER + timedelta(minutes=1)
LONDON = ZoneInfo("Europe/London")
WINTER = date(2026, 1, 14)  # a Wednesday, on GMT
SUMMER = date(2026, 6, 17)  # a Wednesday, on BST: half past seven at school is 06:30 UTC


def at_school(day: date, hour: int, minute: int = 0) -> datetime:
    """That time of day at school, in UTC as the bot keeps every moment (SQLite compares them as written)."""
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON).astimezone(UTC)


async def left_at(runtime: Runtime, moment: datetime, conversation: str = ALICE) -> None:
    """The draft was last touched at `moment`."""
    async with runtime.store.transaction() as s:
        await s.execute(update(Conversation).where(Conversation.key == conversation).values(updated_at=moment))


def alice(runtime: Runtime) -> Chat:
    return Chat(runtime, user=ALICE, conversation=ALICE, extra=dict(REACHABLE))


async def start_draft(chat: Chat, danger: str = "no") -> None:
    """A report begun and left at "where did it happen", with free-text answers that must never be repeated."""
    await chat.say("report a concern")
    await chat.click("An inappropriate post")
    await chat.say(danger)
    await chat.say(FREE_TEXT[0])
    await chat.say(FREE_TEXT[1])
    assert "Where did it happen" in chat.last.text


async def draft_entries(runtime: Runtime) -> list[OutboxEntry]:
    async with runtime.store.transaction() as s:
        rows = await s.execute(select(OutboxEntry).where(OutboxEntry.key.startswith("draft:")).order_by(OutboxEntry.id))
        return list(rows.scalars().all())


async def touched(runtime: Runtime, conversation: str = ALICE) -> datetime:
    async with runtime.store.transaction() as s:
        convo = await s.get(Conversation, conversation)
        assert convo is not None
        return aware(convo.updated_at)  # type: ignore[return-value]


async def test_an_idle_draft_gets_one_reminder_however_often_it_is_looked_for(quiet: Runtime,
                                                                                channel: FakeChannel) -> None:
    chat = alice(quiet)
    await start_draft(chat)
    later = await touched(quiet) + IDLE
    assert await quiet.outbox.raise_draft_reminders(later) == 1
    assert await quiet.outbox.raise_draft_reminders(later) == 0  # the next pass
    assert await quiet.outbox.raise_draft_reminders(later + timedelta(days=3)) == 0  # still the same idle spell
    # A restart, or the terminal chat's worker beside the server's: a second worker on the same database.
    second = OutboxWorker(quiet.store, quiet.channels, quiet.settings)
    assert await second.raise_draft_reminders(later) == 0
    [entry] = await draft_entries(quiet)
    assert entry.kind == "notify" and entry.concern_id is None and entry.platform == "local"
    assert await quiet.outbox.deliver_due() == 1
    assert await second.deliver_due() == 0
    [sent] = channel.of("notify")
    assert sent.destination == ALICE and sent.key == entry.key
    assert "about 2 hours ago" in sent.text and "hasn't been sent yet" in sent.text
    assert "Type help here" in sent.text and "cancel" in sent.text and "in person now" in sent.text


async def test_the_reminder_says_nothing_of_what_was_reported(quiet: Runtime, channel: FakeChannel) -> None:
    chat = alice(quiet)
    await start_draft(chat)
    await chat.click("Facebook")
    await chat.say("Last night")
    await chat.say(FREE_TEXT[2])
    await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE)
    await quiet.outbox.deliver_due()
    [sent] = channel.of("notify")
    for detail in (*FREE_TEXT, "Sam", "Jones", "Facebook", "Last night", "parent", "post", "Year 5"):
        assert detail.lower() not in sent.text.lower()


async def test_a_draft_touched_recently_gets_none_and_the_worker_wakes_when_it_falls_due(quiet: Runtime) -> None:
    await start_draft(alice(quiet))
    last = await touched(quiet)
    assert await quiet.outbox.raise_draft_reminders(last + DRAFT_REMINDER_AFTER - timedelta(minutes=1)) == 0
    assert await draft_entries(quiet) == []
    async with quiet.store.transaction() as s:
        assert await next_due(s, last, None) == last + DRAFT_REMINDER_AFTER
        # already due: a reminded draft must not keep the worker awake
        assert await next_due(s, last + IDLE, None) is None


async def test_a_sent_or_cancelled_report_gets_none(quiet: Runtime) -> None:
    sent = alice(quiet)
    await sent.press(actions.FORM_SUBMIT, form={"category": "bullying", "danger": "no", "what": FREE_TEXT[2]})
    cancelled = Chat(quiet, user="local:bob", conversation="local:bob",
                     extra={actions.EXTRA_ADDRESS: "local:bob", actions.EXTRA_USER_ADDRESS: "local:bob"})
    await start_draft(cancelled)
    await cancelled.say("cancel")
    finished = Chat(quiet, user="local:carol", conversation="local:carol",
                    extra={actions.EXTRA_ADDRESS: "local:carol", actions.EXTRA_USER_ADDRESS: "local:carol"})
    await start_draft(finished)
    [opened] = await finished.press(actions.FORM_OPEN)  # the form opened from the draft completes it
    assert opened.form is not None
    await finished.press(actions.FORM_SUBMIT, form={"category": "bullying", "danger": "no", "what": FREE_TEXT[2],
                                                    "_context": opened.form.value})
    assert await quiet.outbox.raise_draft_reminders(utcnow() + timedelta(days=2)) == 0
    assert await draft_entries(quiet) == []


@pytest.mark.every_case  # a draft cancelled, carried on or sent as a concern: each stores its own rows
@pytest.mark.parametrize("then", ["cancel", "carry on", "send"])
async def test_a_queued_reminder_is_withdrawn_once_the_draft_is_cancelled_carried_on_or_sent(
        quiet: Runtime, channel: FakeChannel, then: str) -> None:
    chat = alice(quiet)
    await start_draft(chat)
    assert await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE) == 1
    if then == "cancel":
        await chat.say("cancel")
    elif then == "carry on":
        await chat.click("Facebook")
    else:
        await chat.press(actions.FORM_SUBMIT, form={"category": "bullying", "danger": "no", "what": FREE_TEXT[2]})
    await quiet.outbox.deliver_due()
    assert channel.of("notify") == []
    [entry] = await draft_entries(quiet)
    assert entry.status == "withdrawn" and entry.attempts == 1


async def test_carrying_on_and_leaving_it_again_gets_one_new_reminder(quiet: Runtime, channel: FakeChannel) -> None:
    chat = alice(quiet)
    await start_draft(chat)
    assert await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE) == 1
    await quiet.outbox.deliver_due()
    await chat.say("help")  # as the reminder says: shows the question, changes no answer
    assert "Where did it happen" in chat.last.text
    await chat.click("Facebook")
    again = await touched(quiet) + DRAFT_REMINDER_AFTER + timedelta(hours=1)
    assert await quiet.outbox.raise_draft_reminders(again) == 1
    assert await quiet.outbox.raise_draft_reminders(again) == 0
    await quiet.outbox.deliver_due()
    first, second = channel.of("notify")
    assert first.key != second.key and "about 3 hours ago" in second.text
    assert [e.status for e in await draft_entries(quiet)] == ["delivered", "delivered"]


async def test_an_urgent_draft_is_reminded_that_its_alert_went_but_not_that_it_was_urgent(
        quiet: Runtime, channel: FakeChannel) -> None:
    chat = alice(quiet)
    await start_draft(chat, danger="yes")
    await quiet.outbox.deliver_due()  # the alert delivered (one held up is said so: tests/bot/test_held_up_said.py)
    await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE)
    await quiet.outbox.deliver_due()
    [sent] = [s for s in channel.of("notify") if s.key.startswith("draft:")]
    assert "The alert has gone to the Headteacher" in sent.text and "kept with the alert" in sent.text
    assert "URGENT" not in sent.text.upper() and "C-0001" not in sent.text


async def test_someone_who_cannot_be_reached_is_not_recorded_and_is_reminded_once_they_can_be(
        quiet: Runtime, channel: FakeChannel) -> None:
    chat = Chat(quiet, user=ALICE, conversation=ALICE)  # the chat's address was never given
    await start_draft(chat)
    later = await touched(quiet) + IDLE
    assert await quiet.outbox.raise_draft_reminders(later) == 0
    local = quiet.channels.pop("local")  # a process without the draft's platform (the terminal beside the server)
    async with quiet.store.transaction() as s:
        await s.execute(update(Conversation).where(Conversation.key == ALICE).values(address=ALICE))
    assert await quiet.outbox.raise_draft_reminders(later) == 0
    assert await draft_entries(quiet) == []
    quiet.channels["local"] = local
    assert await quiet.outbox.raise_draft_reminders(later) == 1


async def test_the_running_worker_reminds_a_draft_set_back_past_the_interval(runtime: Runtime,
                                                                            channel: FakeChannel) -> None:
    runtime.outbox.quiet_hours = None  # the real clock, whatever time of day the test runs at
    await start_draft(alice(runtime))
    async with runtime.store.transaction() as s:
        await s.execute(update(Conversation).where(Conversation.key == ALICE)
                        .values(updated_at=utcnow() - DRAFT_REMINDER_AFTER - timedelta(hours=23)))
    runtime.outbox.wake()
    await channel.wait_for(lambda c: len(c.of("notify")) == 1)
    assert "about a day ago" in channel.of("notify")[0].text


@pytest.mark.parametrize("day", [WINTER, SUMMER])
async def test_a_draft_left_at_night_is_reminded_at_half_past_seven_not_in_the_small_hours(
        school: Runtime, channel: FakeChannel, day: date) -> None:
    await start_draft(alice(school))
    await left_at(school, at_school(day, 22))
    morning = day + timedelta(days=1)
    assert await school.outbox.raise_draft_reminders(at_school(morning, 0, 30)) == 0
    assert await school.outbox.raise_draft_reminders(at_school(morning, 7, 29)) == 0
    assert await draft_entries(school) == []
    assert await school.outbox.raise_draft_reminders(at_school(morning, 7, 30)) == 1
    assert await school.outbox.raise_draft_reminders(at_school(morning, 8)) == 0  # still one per idle spell
    await school.outbox.deliver_due()
    [sent] = channel.of("notify")
    assert "about 9 hours ago" in sent.text  # as long ago as it is when it arrives
    async with school.store.transaction() as s:  # the worker, not yet reminded, sleeps until the morning
        assert await next_due(s, at_school(day, 23), school.outbox.quiet_hours) == at_school(morning, 7, 30)


async def test_a_draft_left_in_the_school_day_is_reminded_two_hours_later(school: Runtime) -> None:
    await start_draft(alice(school))
    await left_at(school, at_school(WINTER, 10))
    assert await school.outbox.raise_draft_reminders(at_school(WINTER, 11, 59)) == 0
    assert await school.outbox.raise_draft_reminders(at_school(WINTER, 12)) == 1


async def test_a_draft_cancelled_before_morning_gets_no_reminder(school: Runtime, channel: FakeChannel) -> None:
    chat = alice(school)
    await start_draft(chat)
    await left_at(school, at_school(WINTER, 22))
    assert await school.outbox.raise_draft_reminders(at_school(WINTER + timedelta(days=1), 1)) == 0
    await chat.say("cancel")
    assert await school.outbox.raise_draft_reminders(at_school(WINTER + timedelta(days=1), 7, 30)) == 0
    assert await draft_entries(school) == []


async def test_a_friday_evening_draft_is_reminded_on_saturday_morning_not_left_for_monday(school: Runtime) -> None:
    friday, saturday = date(2026, 1, 16), date(2026, 1, 17)
    await start_draft(alice(school))
    await left_at(school, at_school(friday, 19))
    assert await school.outbox.raise_draft_reminders(at_school(friday, 21)) == 0
    assert await school.outbox.raise_draft_reminders(at_school(saturday, 7, 30)) == 1


def test_a_long_conversation_id_still_makes_a_key_that_fits() -> None:
    key = reminder_key("teams:a:" + "x" * 290, utcnow())
    assert len(key) <= 200 and key.startswith("draft:")


@pytest.mark.parametrize(("elapsed", "words"), [
    (timedelta(minutes=20), "less than an hour ago"),
    (timedelta(minutes=90), "about an hour ago"),
    (timedelta(hours=2, minutes=59), "about 2 hours ago"),
    (timedelta(hours=30), "about a day ago"),
    (timedelta(days=3, hours=5), "3 days ago"),
    (timedelta(days=20), "about 2 weeks ago"),
    (timedelta(days=95), "about 3 months ago"),
])
def test_time_ago_is_in_words_a_teacher_uses(elapsed: timedelta, words: str) -> None:
    assert time_ago(elapsed) == words


async def test_a_report_that_is_only_words_perhaps_a_question_is_reminded_of_the_way_to_ask_them(
        quiet: Runtime, channel: FakeChannel) -> None:
    chat = alice(quiet)
    await chat.say("year 6 photos")  # doubtful: a report begun, with It was a question offered
    assert "It was a question" in [b.label for b in chat.last.buttons]
    await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE)
    await quiet.outbox.deliver_due()
    [sent] = channel.of("notify")
    assert "hasn't been sent yet" in sent.text and "in person now" in sent.text
    assert "type it was a question" in sent.text and "year 6" not in sent.text and "photo" not in sent.text
    await chat.say("it was a question")  # as the reminder says
    assert chat.replies[0].text.startswith("Report cancelled.") and "Undo" in chat.text

    await chat.click("Undo")
    await chat.click("Another online-safety concern")  # a report now: reminded as any other
    await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE)
    await quiet.outbox.deliver_due()
    assert "it was a question" not in channel.of("notify")[-1].text.lower()


async def set_one_aside(chat: Chat) -> None:
    """Report A begun and cancelled, report B begun, undo: A back and B set aside; then A sent, B left waiting."""
    await start_draft(chat)
    await chat.say("cancel")
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("undo")
    assert "set aside" in chat.text and "Where did it happen" in chat.last.text
    for press in ("Skip", "Skip"):
        await chat.click(press)
    await chat.say("A parent posted abuse about a colleague on Facebook")
    for press in ("No disclosure", "Skip", "Skip", "Send report"):
        await chat.click(press)
    assert "report set aside" in chat.text


async def test_a_report_set_aside_and_left_is_reminded_of(quiet: Runtime, channel: FakeChannel) -> None:
    chat = alice(quiet)
    await set_one_aside(chat)
    later = await touched(quiet) + IDLE
    assert await quiet.outbox.raise_draft_reminders(later) == 1
    assert await quiet.outbox.raise_draft_reminders(later + timedelta(days=1)) == 0  # once per idle spell
    await quiet.outbox.deliver_due()  # the report sent too
    [sent] = [n for n in channel.of("notify") if n.key.startswith("draft:")]
    assert sent.destination == ALICE and "set aside" in sent.text and "Type undo here" in sent.text
    assert "Sam" not in sent.text and "bullying" not in sent.text.lower()
    await chat.say("undo")  # the report set aside, back where it was left
    assert "Who is responsible" in chat.last.text


async def test_no_reminder_for_a_report_cancelled_nor_one_carried_on_before_it_went(quiet: Runtime,
                                                                                      channel: FakeChannel) -> None:
    chat = alice(quiet)
    await start_draft(chat)
    await chat.say("cancel")  # a choice: kept an hour for Undo, never reminded of
    assert await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE) == 0
    await chat.say("delete")
    await set_one_aside(chat)
    assert await quiet.outbox.raise_draft_reminders(await touched(quiet) + IDLE) == 1
    await chat.say("undo")  # carried on before the reminder went: withdrawn, not sent
    await quiet.outbox.deliver_due()
    assert not [n for n in channel.of("notify") if n.key.startswith("draft:")]
