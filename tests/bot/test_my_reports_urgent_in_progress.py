"""'my reports' while an URGENT report's details are still being written, or after they were stopped.

Found in the acceptance pass of 2026-12-01: the URGENT concern was listed as C-0001, then "You also have a report in
progress, not sent yet" (as though a second, unsent report waited), and once stopped, "Your cancelled report is kept"
(as though C-0001 had been withdrawn). The report in progress is C-0001 itself, whose alert stands.
"""

from __future__ import annotations

from bot import actions
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, start_routine, start_urgent


async def test_my_reports_names_the_urgent_concern_being_written_not_an_unsent_report(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("my reports")
    listed = chat.replies[0].text
    assert "C-0001: URGENT Online bullying of a pupil" in listed
    assert "not sent yet" not in listed and "You also have a report" not in listed
    assert "C-0001 is the report you are still writing" in listed
    assert "Who is responsible" in chat.last.text  # its question follows, as before
    await chat.press(actions.MY_REPORTS)
    assert "C-0001 is the report you are still writing" in chat.replies[0].text
    assert len(await concerns_in(chat)) == 1


async def test_my_reports_after_stopping_an_urgent_report_says_its_alert_stands(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("cancel")
    await chat.say("my reports")
    said = chat.text
    assert "C-0001: URGENT Online bullying of a pupil" in said
    assert "cancelled report" not in said
    assert "You stopped adding details to C-0001" in said and "type undo" in said
    await chat.say("undo")
    assert "Who is responsible" in chat.last.text


async def test_my_reports_still_says_a_routine_report_in_progress_is_not_sent(chat: Chat) -> None:
    """An URGENT concern sent earlier is not the routine report now being written: that one is still unsent."""
    await start_urgent(chat)
    await chat.say("cancel")
    await chat.say("delete")
    await start_routine(chat)
    await chat.say("my reports")
    assert "You also have a report in progress, not sent yet" in chat.replies[0].text
    assert "still writing" not in chat.replies[0].text
