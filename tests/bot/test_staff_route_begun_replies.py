"""What a teacher sees when a report of a member of staff's contact with or conduct towards a pupil is begun, surely
or only doubtfully ("ta dms a y9"): the school's route for a concern about staff (the Headteacher first, the LADO
where needed) and the kind of concern put as a member of staff's conduct, one press to keep it; the way back to a
question still there. A pupil's, a parent's or a former member of staff's contact is asked its kind, as before."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_doubtful_report import draft_of, the_flow

STAFF_ROUTE = "Headteacher first, LADO where needed (B.0)"
KIND_PUT = "I've put the kind of concern as \u201cA member of staff's conduct, online or in person\u201d"


@pytest.mark.parametrize("words", [
    "ta dms a y9",
    "miss j gave a pupil her personal number",
    "mr h slapped a year 4 boy",
    "the dance teacher texts a girl in y9 late at night",
])
async def test_a_begun_report_about_staff_says_the_staff_route_and_puts_the_kind(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert STAFF_ROUTE in chat.text and KIND_PUT in chat.text, chat.text
    assert "Keep as it is" in [b.label for b in chat.last.buttons]
    await chat.click("Keep as it is")
    assert (await draft_of(chat))["fields"]["category"] == "staff_conduct"


async def test_the_way_back_stays_beside_the_kind_put(chat: Chat) -> None:
    await chat.say("coach messaging y10 girl")
    assert "press It was a question" in chat.text and KIND_PUT in chat.text
    await chat.click("It was a question")
    assert await the_flow(chat) is None


async def test_the_clause_answered_before_it_names_the_staff_route(chat: Chat) -> None:
    # B.1's concerns go the Headteacher-or-DSL way; a member of staff adding a pupil is a concern about staff
    await chat.say("teacher added pupil on snap")
    assert f"To report it: {STAFF_ROUTE}" in chat.text and KIND_PUT in chat.text, chat.text


@pytest.mark.parametrize("words", ["a parent messaging y10 girl", "ex teacher dms a y9"])
async def test_no_member_of_staff_no_staff_route(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert STAFF_ROUTE not in chat.text and KIND_PUT not in chat.text, chat.text
