""""*When:* yesterday" read days later says no day: the chat report stores the teacher's words with the day they meant
when typed, and the summary, the Headteacher's escalation and `reports show` carry it. Through the real engine, the
clock set to when the teacher typed (the turn's now comes from it)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import actions
from bot.store import store
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, start_routine
from tests.fakes.escalation_channel import FakeChannel

APP = Path(__file__).resolve().parents[2] / "app.py"
MONDAY_AFTERNOON = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # Mon 30 Nov 2026, 14:00 GMT


class Clock:
    """The moment each turn is taken at, as the teacher's typing would set it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, moment: datetime) -> None:
        self.moment = moment
        monkeypatch.setattr(store, "utcnow", lambda: self.moment)


async def to_when(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.click("Skip")
    await chat.click("WhatsApp")
    assert "When did it happen" in chat.last.text


async def from_what_to_summary(chat: Chat) -> None:
    await chat.say("A group chat of Year 5s has been sending Sam nasty messages.")
    await chat.click("No disclosure")
    for _ in range(2):
        await chat.click("Skip")
    assert "Here is your report" in chat.last.text


def reports_show(db_url: str, reference: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("POLICYBOT_")}
    env["POLICYBOT_DATABASE_URL"] = db_url
    done = subprocess.run([sys.executable, str(APP), "reports", "show", reference], capture_output=True, text=True,
                          env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


async def test_yesterday_is_shown_with_its_day_on_the_summary_the_escalation_and_reports_show(
        chat: Chat, channel: FakeChannel, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    Clock(monkeypatch, MONDAY_AFTERNOON)
    await to_when(chat)
    await chat.say("yesterday after school")
    await from_what_to_summary(chat)
    assert "*When:* yesterday after school (Sun 29 Nov 2026)" in chat.last.text  # the teacher can see a wrong day
    await chat.click("Send report")
    [concern] = await concerns_in(chat)
    await channel.wait_for(lambda c: bool(c.posts()))
    view = channel.posts()[0].view
    assert view is not None and ("When", "yesterday after school (Sun 29 Nov 2026)") in view.summary
    shown = reports_show(db_url, concern.reference)
    assert "yesterday after school (Sun 29 Nov 2026)" in shown


async def test_a_report_answered_before_midnight_and_sent_after_keeps_the_day_meant(
        chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch, datetime(2026, 11, 30, 23, 40, tzinfo=UTC))  # 23:40 GMT, Monday
    await to_when(chat)
    clock.moment = datetime(2026, 11, 30, 23, 50, tzinfo=UTC)
    await chat.say("today at lunch")
    clock.moment = datetime(2026, 12, 1, 0, 10, tzinfo=UTC)  # Tuesday now: "today" must still be Monday
    await from_what_to_summary(chat)
    assert "*When:* today at lunch (Mon 30 Nov 2026)" in chat.last.text
    await chat.click("Send report")
    [concern] = await concerns_in(chat)
    assert concern.fields["when"] == "today at lunch (Mon 30 Nov 2026)"


async def test_in_summer_time_the_day_is_the_uk_day(chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    Clock(monkeypatch, datetime(2026, 7, 1, 23, 30, tzinfo=UTC))  # 00:30 BST on Thu 2 Jul
    await to_when(chat)
    await chat.say("last night about 9")
    await from_what_to_summary(chat)
    # the small hours: the night just gone or the one before, typed at 00:30 BST (23:30 in UTC)
    assert ("*When:* last night about 9 (Tue 30 Jun 2026 or Wed 1 Jul 2026, typed at 00:30)"
            in chat.last.text)


async def test_a_date_named_or_vague_words_are_stored_as_typed(chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    Clock(monkeypatch, MONDAY_AFTERNOON)
    await to_when(chat)
    await chat.say("not sure, a few weeks ago")
    await from_what_to_summary(chat)
    assert "*When:* not sure, a few weeks ago\n" in chat.last.text + "\n"
    await chat.say("change when to 27/11 about 4pm")
    assert "*When:* 27/11 about 4pm\n" in chat.last.text + "\n"


async def test_a_day_set_from_the_summary_is_dated_when_it_is_typed(chat: Chat,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch, MONDAY_AFTERNOON)
    await to_when(chat)
    await chat.say("Saturday evening")
    await from_what_to_summary(chat)
    assert "*When:* Saturday evening (Sat 28 Nov 2026)" in chat.last.text
    clock.moment = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # back to it on Wednesday
    await chat.say("change when to monday")
    assert "*When:* monday (Mon 30 Nov 2026)" in chat.last.text


async def test_the_report_form_dates_its_when_as_it_is_sent(chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    Clock(monkeypatch, MONDAY_AFTERNOON)
    await chat.press(actions.FORM_SUBMIT, form={"category": "bullying", "danger": "no", "when": "on Friday",
                                                "what": "Nasty messages in a class group chat"})
    [concern] = await concerns_in(chat)
    assert concern.fields["when"] == "on Friday (Fri 27 Nov 2026)"
