"""A concern about the Headteacher: every report here goes to them, so the teacher is told so, and where the school's
guidance says such a concern goes (the Chair of Governors, with the LADO where needed), in its own words; through the
real engine, on the bundled Longton Lane policy and guidance."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot import actions
from tests.bot.conftest import Chat

ROOT = Path(__file__).resolve().parents[2]
CHAIR = "if it concerns the Headteacher, tell the Chair of Governors"
LADO = "LADO where needed (B.0)"


async def test_asked_what_if_it_is_about_the_head_the_teacher_is_told_the_head_sees_it_and_of_the_chair(
        chat: Chat) -> None:
    await chat.say("what if my concern is about the head?")
    said = chat.text
    assert "The Social Media policy doesn't cover that" not in said  # was: "not covered, ask the Headteacher"
    assert "Every report here goes to the Headteacher's inbox in the local chat, so the Headteacher would see" in said
    assert CHAIR in said and LADO in said


async def test_who_can_see_my_report_says_a_concern_about_the_head_goes_to_the_chair(chat: Chat) -> None:
    await chat.say("who can see my report?")
    assert "Headteacher's inbox" in chat.text and CHAIR in chat.text


async def test_a_report_naming_the_head_as_responsible_says_so_before_it_goes_and_after(chat: Chat) -> None:
    await chat.say("I need to report something")
    await chat.click("A member of staff")
    await chat.say("no")
    await chat.say("Year 6")
    assert "Who is responsible" in chat.last.text
    await chat.say("Mr Davies, the headteacher")
    [note, *_] = chat.replies
    assert note.text.startswith("Your report names the Headteacher, and it will go to the Headteacher when you send "
                                "it, as every report here does, so they will see it.")
    assert CHAIR in note.text and "Please still send it here, and do that too." in note.text
    assert "Where did it happen" in chat.last.text  # and the report carries on

    await chat.say("cancel")
    await chat.press(actions.FORM_SUBMIT, form={"category": "staff_conduct", "danger": "no", "responsible": "The Head",
                                                "what": "Posting photos of pupils on a personal account"})
    assert "recorded as C-0001" in chat.replies[0].text
    assert any(r.text.startswith("Your report names the Headteacher, and it has gone to the Headteacher") and CHAIR
               in r.text for r in chat.replies)


async def test_a_deputy_head_or_head_of_year_named_is_not_the_headteacher(chat: Chat) -> None:
    await chat.press(actions.FORM_SUBMIT, form={"category": "staff_conduct", "danger": "no",
                                                "responsible": "Mrs Khan, deputy head and head of year 6",
                                                "what": "Posting photos of pupils on a personal account"})
    assert "recorded as C-0001" in chat.replies[0].text and "names the Headteacher" not in chat.text


def test_ask_about_the_head_names_the_chair_not_only_not_covered() -> None:
    out = subprocess.run([sys.executable, "app.py", "ask", "what if my concern is about the headteacher?", "--json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60, check=True)
    answer = json.loads(out.stdout)["answer"]
    assert "so the Headteacher would see it" in answer and CHAIR in answer


async def _named_as_responsible(chat: Chat, who: str) -> list[str]:
    await chat.say("I need to report something")
    await chat.click("Online bullying of a pupil")
    await chat.say("no")
    await chat.say("Year 4")
    assert "Who is responsible" in chat.last.text
    await chat.say(who)
    return [r.text for r in chat.replies]


@pytest.mark.parametrize("who", ["his dad, he hit him round the head", "a year 6 boy, he banged her head on the wall",
                                 "not sure, he fell and hit his head", "older boy who head-butted him",
                                 "mum, she slaps him on the head", "the head dinner lady",
                                 "the girl who won the headteacher's award", "a y6 boy who kicked the childs head",
                                 "his brother, he punched the boy\u2019s head"])
async def test_a_head_that_is_no_headteacher_in_who_is_responsible_says_nothing_of_the_chair(
        chat: Chat, who: str) -> None:
    """A parent who hit a child round the head was read as naming the Headteacher: "You can still send it here, or
    cancel it and do that instead" (tell the Chair of Governors), a report of harm to a child talked out of."""
    said = await _named_as_responsible(chat, who)
    assert not any("names the Headteacher" in t or "cancel it" in t for t in said)
    assert "Where did it happen" in said[-1]


@pytest.mark.parametrize("who", ["the head", "our head, Mr Davies", "Mrs Patel (headteacher)", "the HT",
                                 "the head, she shouted at him"])
async def test_the_headteacher_named_as_responsible_is_told_of_the_chair_and_never_to_cancel(
        chat: Chat, who: str) -> None:
    """Every report goes to the Headteacher, so where the school says such a concern goes is said; the report itself
    is never talked out of (it said "or cancel it and do that instead")."""
    [note, *_] = await _named_as_responsible(chat, who)
    assert note.startswith("Your report names the Headteacher") and CHAIR in note
    assert "cancel" not in note.lower()
