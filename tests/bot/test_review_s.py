"""Review revS, through the real engine.

- At "Is a child in immediate danger?": a thumbed yes taken back by the words after it ("yeah no she's fine", "ye
  he's ok now") raised an URGENT alert as a Yes; a no followed by the danger itself ("nah hes in danger") or a doubt
  ("nah idk") was a plain No, the child unseen. Each is asked again now.
- At *Who is responsible?*: a time asked back ("is that when it happened?") and answered later (the next morning, or
  after a restart) was dated from the answer, not from when it was typed: "yesterday" became the wrong day.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_when_dated import Clock, from_what_to_summary
from tests.bot.test_when_second import MONDAY, to_responsible, when_shown

YES_TAKEN_BACK = ["yeah no she's fine", "yeah nah", "yeah no", "ye he's ok now", "yeah he's fine", "yeh hes fine",
                  "yea shes safe now", "ye hes not in danger", "yeah no danger"]


@pytest.mark.parametrize("said", YES_TAKEN_BACK)
async def test_a_yes_taken_back_raises_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text
    assert chat.last.text.startswith("Is a child in immediate danger?")


# (guards: a danger told after the fine, or a reason for the yes, keeps the alert)
YES_STANDS = ["yes he's ok physically but wants to kill himself", "yeah she's fine but she's on the bridge",
              "yeah she's safe with me but he's threatening to come in", "yeah better safe than sorry",
              "yes shes not safe"]


@pytest.mark.parametrize("said", YES_STANDS)
async def test_a_yes_with_a_danger_after_the_fine_raises_the_alert(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said)) == ("yes", True)


# ("nah mum hits her though", asked again here, is the urgent Not sure since helper danger7: a no beside a
# disclosure, `tests/bot/test_danger_seventh.py`)
NO_TAKEN_BACK = ["nah hes in danger", "no, she is in danger", "na shes in danger at home", "nah idk", "no dunno"]


@pytest.mark.parametrize("said", NO_TAKEN_BACK)
async def test_a_no_beside_the_danger_or_a_doubt_is_no_plain_no(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[0] is None
    assert chat.last.text.startswith("Is a child in immediate danger?")


@pytest.mark.parametrize("said", ["yeah", "yea he is", "ye", "nah", "nah hes fine", "no child is in danger"])
async def test_plain_answers_read_as_before(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[0] == ("yes" if said.startswith("y") else "no")


@pytest.mark.parametrize("answer", ["press", "type"])
async def test_a_time_asked_back_is_dated_from_when_it_was_typed_not_answered(
        chat: Chat, monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    await to_responsible(chat, monkeypatch)  # Monday 30 Nov 2026, 14:00
    clock = Clock(monkeypatch, MONDAY)
    await chat.say("yesterday after school")
    assert "looks like when it happened, not who" in chat.text
    clock.moment = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)  # answered on Tuesday morning
    if answer == "press":
        await chat.click("Yes, it's when")
    else:
        await chat.say("yes")
    assert "yesterday after school (Sun 29 Nov 2026)" in chat.text
    await chat.say("a Year 6 boy")
    await chat.click("WhatsApp")
    await chat.click("Keep as it is")
    await from_what_to_summary(chat)
    assert "*When:* yesterday after school (Sun 29 Nov 2026)" in chat.last.text


WEDNESDAY = datetime(2026, 12, 2, 11, 0, tzinfo=UTC)  # Wed 2 Dec 2026


# A weekday said beside a time further back ("2 weeks ago", "last month", "in september", "at half term") or as any
# one ("on a friday") was dated as the last one gone: "2 weeks ago on friday" typed on Wed 2 Dec read Fri 27 Nov
@pytest.mark.parametrize("said", ["2 weeks ago on friday", "friday, 2 weeks ago", "a fortnight ago on tuesday",
                                  "friday 3 weeks back", "last month, friday", "in september on a friday",
                                  "last year on a sunday", "at half term on the monday", "a few weeks ago on a monday",
                                  "weeks ago on a saturday", "friday of the week before", "last month at the weekend"])
async def test_a_weekday_beside_an_earlier_time_is_not_dated(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                             said: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == said


@pytest.mark.parametrize(("said", "shown"), [("friday after school", "friday after school (Fri 27 Nov 2026)"),
                                             ("on monday this week", "on monday this week (on monday: Mon 30 Nov 2026; "
                                              "this week: the week of Mon 30 Nov 2026)"),
                                             ("last month on a friday", "last month on a friday (Nov 2026)")])
async def test_a_weekday_or_month_alone_is_still_dated(chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str,
                                                       shown: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == shown
