"""Helper `reading11`, through the engine: a safeguarding term asked of is answered "not covered" with the report
offered and the DSL named, not begun as a report; a "what if" of a child at risk offers the report; a year group's
school business is not begun as a report; "ta" doing something begins one, "ta for that" is thanks."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat

OFFER = "If this is a concern, please report it"
BEGUN = "What kind of concern"


@pytest.mark.parametrize("words", ["what is grooming?", "what does grooming mean", "what's sexting"])
async def test_a_term_asked_of_is_answered_with_the_report_offered(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert OFFER in chat.text and "doesn't cover" in chat.text and "Designated Safeguarding Lead" in chat.text
    assert BEGUN not in chat.text
    assert [b.label for b in chat.last.buttons] == ["Report a concern"]


async def test_a_what_if_of_nudes_is_offered_the_report(chat: Chat) -> None:
    await chat.say("what if a pupil is sent nudes?")
    assert OFFER in chat.text and BEGUN not in chat.text


async def test_school_business_with_a_year_group_is_not_begun(chat: Chat) -> None:
    await chat.say("sats dates yr6")
    assert "doesn't cover" in chat.text and BEGUN not in chat.text and OFFER not in chat.text


async def test_a_ta_who_gave_a_lift_begins_a_report_and_ta_for_that_is_thanks(chat: Chat) -> None:
    await chat.say("ta for that")
    assert "You're welcome" in chat.text
    await chat.say("ta gave y6 lift home")
    assert BEGUN in chat.text
