"""Review revAG of helper `reading11`, through the engine: a term asked of then a child told of, a "what if" then a
case told after a comma, and "ta" with a modal each come to the report (offered first, or begun), and pressing the
offer begins the report."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat

OFFER = "If this is a concern, please report it"
BEGUN = "What kind of concern"


@pytest.mark.parametrize("words", [
    "whats cse? a girl in y10 keeps getting picked up by older lads",
    "what if dad finds out she told me, he hits her with a belt",
])
async def test_asked_then_told_is_offered_the_report_and_the_offer_begins_it(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert OFFER in chat.text and "Designated Safeguarding Lead" in chat.text and BEGUN not in chat.text
    await chat.click("Report a concern")
    assert BEGUN in chat.text


async def test_ta_who_might_be_grooming_a_pupil_is_reported(chat: Chat) -> None:
    await chat.say("ta might be grooming a y5")
    assert BEGUN in chat.text or OFFER in chat.text
