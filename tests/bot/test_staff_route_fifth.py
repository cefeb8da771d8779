"""The staff route, fifth pass (revAT's and staff4's noticed), through the engine.

(1) A report begun with nothing told ("I need to report something", Report a concern) opens "so the Designated
Safeguarding Lead can act"; the staff kind chosen at "What kind of concern is it?" then said no route at all, so the
teacher never read where a concern about a colleague goes. It is now said once, as the opening says it where the
kind is put from the words (`report_reader.route_said`: the school's guidance, or the route for a policy without
any), before the next question. Not said again where the opening said it, nor for another kind.
(2) "me" in a colleague's message ("a y6 girl said mrs p texted me her mum's number", "she said miss messaged me so
I could pass it on") was read as the pupil's own words, and put the staff route: a "me" sent something for the
teller to use, or so the teller could pass it on, is the teller (tests/intents/test_staff_route_fifth_reading.py).
"""

from __future__ import annotations

import pytest

from bot.runtime import Runtime
from tests.bot.conftest import Chat
from tests.bot.test_doubtful_report import draft_of
from tests.bot.test_staff_route_fourth import LONGTON_ROUTE, OWN_ROUTE, SAID, no_guidance, own_school
from tests.bot.test_staff_route_second import DSL_ACTS, HEAD_ACTS, STAFF_KIND

__all__ = ["no_guidance", "own_school"]  # the fixtures, used by name below

DANGER_ASKED = "Is a child in immediate danger"
UNSAID = "A concern about a member of staff goes to them first, and to the LADO where needed."


async def _kind_chosen_after_nothing_told(chat: Chat, how: str) -> str:
    """A report begun with nothing told, the staff kind chosen at the kind question (`how`: pressed or typed); the
    replies to that choice."""
    await chat.say("I need to report something")
    assert DSL_ACTS in chat.text and "What kind of concern" in chat.last.text, chat.text
    if how == "pressed":
        await chat.click("A member of staff")
    else:
        await chat.say(how)
    assert DANGER_ASKED in chat.last.text, chat.text
    assert (await draft_of(chat))["fields"]["category"] == "staff_conduct"
    return chat.text


@pytest.mark.parametrize("how", ["pressed", "a member of staff", STAFF_KIND])
async def test_the_staff_kind_chosen_says_the_schools_route_once_before_the_next_question(
        chat: Chat, how: str) -> None:
    said = await _kind_chosen_after_nothing_told(chat, how)
    assert f"{HEAD_ACTS}. {SAID} {LONGTON_ROUTE}" in said and said.count(LONGTON_ROUTE) == 1, said
    assert said.index(LONGTON_ROUTE) < said.index(DANGER_ASKED), said
    await chat.say("no")  # on to the next question: not said again
    assert LONGTON_ROUTE not in chat.text, chat.text


async def test_another_schools_guidance_words_the_route_at_the_kind_question(own_school: Runtime) -> None:
    said = await _kind_chosen_after_nothing_told(Chat(own_school), "pressed")
    assert f"{HEAD_ACTS}. {SAID} {OWN_ROUTE}" in said and said.count(OWN_ROUTE) == 1, said
    assert "B.0" not in said and "Chair of Governors" not in said, said


async def test_a_policy_without_guidance_gets_the_route_every_school_has(no_guidance: Runtime) -> None:
    said = await _kind_chosen_after_nothing_told(Chat(no_guidance), "pressed")
    assert f"{HEAD_ACTS}. {UNSAID}" in said and SAID not in said and "B.0" not in said, said


async def test_a_report_begun_by_report_a_concern_says_it_too(chat: Chat) -> None:
    await chat.say("can I follow a pupil's parent on facebook?")
    await chat.click("Report a concern")
    assert "What kind of concern" in chat.last.text, chat.text
    await chat.click("A member of staff")
    assert f"{HEAD_ACTS}. {SAID} {LONGTON_ROUTE}" in chat.text and DANGER_ASKED in chat.last.text, chat.text


# Guards (passing before and after): another kind says no route; a kind put from the words has it said once, by
# the opening, and keeping it says nothing more
async def test_another_kind_chosen_says_no_staff_route(chat: Chat) -> None:
    await chat.say("I need to report something")
    await chat.click("Online bullying of a pupil")
    assert "LADO" not in chat.text and "Headteacher can act" not in chat.text and DANGER_ASKED in chat.last.text


async def test_the_staff_kind_put_from_the_opening_is_not_followed_by_the_route_again(chat: Chat) -> None:
    await chat.say("mr h slapped a year 4 boy")
    assert chat.text.count(LONGTON_ROUTE) == 1, chat.text
    await chat.click("Keep as it is")
    assert LONGTON_ROUTE not in chat.text and DANGER_ASKED in chat.last.text, chat.text


@pytest.mark.parametrize("words", [
    "a y6 girl said mrs p texted me her mum's number",
    "she said miss messaged me so I could pass it on",
    "a year 4 boy told me the ta whatsapped me his dad's email so i could contact his dad",
])
async def test_a_colleagues_message_to_the_teller_is_not_put_on_the_staff_route(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert "LADO" not in chat.text and "Headteacher can act" not in chat.text, chat.text
    assert STAFF_KIND not in chat.text, chat.text


async def test_the_pupils_own_me_keeps_the_staff_route(chat: Chat) -> None:
    await chat.say("a y8 girl said the coach dms me")
    assert LONGTON_ROUTE in chat.text, chat.text
