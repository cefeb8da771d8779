"""Helper steps3: the summary and When steps, things a teacher tripped on (README "Open", Summary and When).

(1) A thing's name on the summary is a correction, not the danger question, where `people_named` knows it for one;
names that are words too ("Rose", "Jack", "Amber") ask it. steps3 also read a sentence's first word as a thing by its
meaning ("Stapler is missing"); review revAO took that out, as names and surnames are things' words too ("Wood",
"Gift", "Boateng": tests/bot/test_review_revAO.py). Each test is one teacher through the real engine."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in
from tests.bot.test_review_revAD import to_summary
from tests.bot.test_when_second import WEDNESDAY, when_shown

DANGER = "Is a child in immediate danger"
RISK_SAID = "tells of a risk"
WHICH_PART = "Which part of your report should this change?"


@pytest.mark.parametrize("words", [
    "Laptop is broken", "Minibus keys gone", "Laptop is missing", "the headset has been missing since monday"])
async def test_a_thing_missing_on_the_summary_is_a_correction_not_the_danger_question(chat: Chat, words: str) -> None:
    await to_summary(chat, "Sam B, Year 5")
    await chat.say(words)
    assert WHICH_PART in chat.last.text
    assert not any(RISK_SAID in r.text or DANGER in r.text or r.urgent for r in chat.replies)


@pytest.mark.parametrize("words", [
    "Rose is missing", "Jack has gone missing", "Amber ran away", "Faith is missing", "Bill has been missing since 3",
    "Summer went missing at lunch", "Ellie is missing", "Jaxon has gone missing", "i think Stapler is missing",
    "Whistle is missing. Ellie is missing too", "kayden is missing"])
async def test_a_child_by_name_missing_still_asks_the_danger_question(chat: Chat, words: str) -> None:
    await to_summary(chat, "Sam B, Year 5")
    await chat.say(words)
    assert DANGER in chat.last.text and RISK_SAID in chat.replies[-2].text
    assert not any(r.urgent for r in chat.replies) and await concerns_in(chat) == []


# (4) A part of today still to come ("this eve", "this evening", "tonight", "this arvo") beginning a plan is a time to
# come whatever the clock says: typed at 20:00 or 23:00, "this eve he's coming to get her" was dated that day, as if
# the collection had happened. What happened then ("tonight he hit her") keeps its date.
EIGHT_PM = datetime(2026, 12, 2, 20, 0, tzinfo=UTC)  # Wed 2 Dec 2026, 20:00
ELEVEN_PM = datetime(2026, 12, 2, 23, 0, tzinfo=UTC)


@pytest.mark.parametrize("typed_at", [EIGHT_PM, ELEVEN_PM, WEDNESDAY])
@pytest.mark.parametrize("said", [
    "this eve he's coming to get her", "tonight she's going to meet him at the park",
    "This evening he will collect her from the gate", "this arvo they're meeting at the shops",
    "tonight they are meeting up again", "2nite he'll be waiting for her", "this evening its happening again"])
async def test_a_plan_said_with_this_evening_or_tonight_is_never_dated(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                                       typed_at: datetime, said: str) -> None:
    assert await when_shown(chat, monkeypatch, typed_at, said) == said


@pytest.mark.parametrize(("said", "shown"), [
    ("tonight he hit her", "tonight he hit her (Wed 2 Dec 2026)"),
    ("this evening she was upset after the call", "this evening she was upset after the call (Wed 2 Dec 2026)"),
    ("this eve he said he's going to hurt her", "this eve he said he's going to hurt her (Wed 2 Dec 2026)"),
    ("it happened this evening and he's coming back tonight",
     "it happened this evening and he's coming back tonight (this evening: Wed 2 Dec 2026)"),
    ("this eve about 7", "this eve about 7 (Wed 2 Dec 2026)")])
async def test_what_happened_this_evening_keeps_its_date(chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str,
                                                         shown: str) -> None:
    assert await when_shown(chat, monkeypatch, EIGHT_PM, said) == shown
