"""The staff route, fourth pass (README Open, "Staff route"), through the engine.

(1) The route a report about a member of staff opens with, and its thank-you, were written in code ("…to the LADO
where needed: policy B.0", "bringing in the LADO where needed (B.0)"), while the offer quotes the school's guidance:
another school's guidance, or a policy with none, was contradicted. They are now the guidance's route for the kind
(`concerns: staff_conduct: route`), and where a policy has none, the same route with no clause of another school's.
(2) Said once, and as said: the opening says the route itself, unless the clause answered just before has said it
("To report it: …"), when it says "as the route above says"; a report put as a member of staff's conduct from its
words alone ("a y6 girl has been texting her teacher late at night") was told "To report it: Tell the DSL the same
day" by the clause answered, then "so the Headteacher can act": that clause's route is now the staff route.
(3) Contact told by a pupil as "them", or in the pupil's own words ("sir adds me on insta"), carries the route.
(4) A TA shouting at a boy, told as the teller's doubt ("i think he was being silly"), keeps the staff route, begun
doubtfully (decided: see docs/notes.md, helper staff4)."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import actions
from bot.runtime import Runtime, open_runtime, running
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_doubtful_report import draft_of
from tests.bot.test_staff_route_second import HEAD_ACTS, KIND_PUT, _sent_from_chat, begun
from tests.fakes.escalation_channel import FakeChannel

LONGTON_ROUTE = ("Headteacher first, LADO where needed (B.0); if it concerns the Headteacher, tell the Chair of "
                 "Governors.")
SAID = "For a concern about a member of staff, the school's reporting guidance says:"
PHONES = Path(__file__).resolve().parent.parent / "data" / "bare_policy_phones.md"
# another school's own words for the route (its policy's clause A.4 is on staff contacting pupils)
OWN_ROUTE = "Speak to the Headteacher the same day; she refers it to the LADO if the threshold is met (A.4)."
OWN_GUIDANCE = f"concerns:\n  staff_conduct:\n    clauses: [A.4]\n    route: {OWN_ROUTE}\n"


async def test_the_opening_says_the_schools_route_once(chat: Chat) -> None:
    await chat.say("mr h slapped a year 4 boy")
    assert f"{HEAD_ACTS}. {SAID} {LONGTON_ROUTE}" in chat.text, chat.text
    assert chat.text.count("Headteacher first, LADO where needed") == 1, chat.text
    assert KIND_PUT in chat.text


async def test_the_thank_you_takes_the_route_from_the_guidance(chat: Chat) -> None:
    await chat.say("the supply teacher grabbed a y3 boy by the arm")
    sent = await _sent_from_chat(chat)
    assert "What happens next: the Headteacher will look at it as soon as they can and may contact you" in sent, sent
    assert sent.count("LADO") == 1 and LONGTON_ROUTE in sent, sent


@pytest.fixture
async def own_school(db_url: str, tmp_path: Path) -> AsyncIterator[Runtime]:
    """Another school's policy with its own guidance beside it."""
    policy = tmp_path / "our-policy.md"
    shutil.copyfile(PHONES, policy)
    policy.with_suffix(".guidance.yaml").write_text(OWN_GUIDANCE, encoding="utf-8")
    rt = await open_runtime(make_settings(db_url, POLICYBOT_POLICY=str(policy)), {"local": FakeChannel()})
    async with running(rt):
        yield rt


@pytest.fixture
async def no_guidance(db_url: str, tmp_path: Path) -> AsyncIterator[Runtime]:
    """Another school's policy alone in its folder: no guidance."""
    policy = tmp_path / "our-policy.md"
    shutil.copyfile(PHONES, policy)
    rt = await open_runtime(make_settings(db_url, POLICYBOT_POLICY=str(policy)), {"local": FakeChannel()})
    async with running(rt):
        yield rt


async def _staff_report(chat: Chat) -> None:
    await chat.say("mr h slapped a year 4 boy")
    if "What kind of concern" not in chat.text:
        await chat.click("Report a concern")


async def test_another_schools_guidance_gives_the_route_from_opening_to_thank_you(own_school: Runtime) -> None:
    chat = Chat(own_school)
    await _staff_report(chat)
    assert f"{HEAD_ACTS}. {SAID} {OWN_ROUTE}" in chat.text, chat.text
    assert "B.0" not in chat.text and "Chair of Governors" not in chat.text, chat.text
    replies = await chat.press(actions.FORM_SUBMIT, form={"category": "staff_conduct", "danger": "no",
                                                          "what": "Mr H slapped a year 4 boy in the lunch queue"})
    sent = "\n".join(r.text for r in replies)
    assert OWN_ROUTE in sent and "B.0" not in sent, sent


async def test_a_policy_with_no_guidance_gets_the_route_with_no_other_schools_clause(no_guidance: Runtime) -> None:
    chat = Chat(no_guidance)
    await _staff_report(chat)
    assert (f"{HEAD_ACTS}. A concern about a member of staff goes to them first, and to the LADO where needed."
            in chat.text), chat.text
    assert "B.0" not in chat.text and SAID not in chat.text, chat.text
    replies = await chat.press(actions.FORM_SUBMIT, form={"category": "staff_conduct", "danger": "no",
                                                          "what": "Mr H slapped a year 4 boy in the lunch queue"})
    sent = "\n".join(r.text for r in replies)
    assert "LADO where needed" in sent and "B.0" not in sent, sent


@pytest.mark.parametrize("words", [
    "a y6 girl has been texting her teacher late at night",
    "a y10 boy has been sending snapchats to his teacher",
])
async def test_a_kind_put_from_the_words_alone_is_said_with_its_route(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert KIND_PUT in chat.text, chat.text
    assert "Tell the DSL the same day" not in chat.text and "To report it: Tell the Headteacher or" not in chat.text
    # said once, by the clause answered, and the opening says so rather than saying it again
    assert f"To report it: {LONGTON_ROUTE}" in chat.text and chat.text.count(LONGTON_ROUTE) == 1, chat.text
    assert f"{HEAD_ACTS}, as the route above says." in chat.text, chat.text


async def test_a_clause_that_says_the_staff_route_is_not_followed_by_it_again(chat: Chat) -> None:
    await chat.say("our ta added a y9 girl on snap")
    assert f"To report it: {LONGTON_ROUTE}" in chat.text and chat.text.count(LONGTON_ROUTE) == 1, chat.text
    assert f"{HEAD_ACTS}, as the route above says." in chat.text and KIND_PUT in chat.text, chat.text


@pytest.mark.parametrize("words", [
    "a y5 pupil said mr b messages them on snapchat",
    "she told me 'sir adds me on insta'",
    "a y8 girl said the coach dms me late at night",
])
async def test_contact_told_by_a_pupil_as_them_or_me_carries_the_staff_route(chat: Chat, words: str) -> None:
    await begun(chat, words)
    assert HEAD_ACTS in chat.text and chat.text.count(LONGTON_ROUTE) == 1 and KIND_PUT in chat.text, chat.text


async def test_a_ta_shouting_at_a_boy_keeps_the_staff_route_begun_doubtfully(chat: Chat) -> None:
    await chat.say("the ta shouted at a boy i think he was being silly")
    assert LONGTON_ROUTE in chat.text and KIND_PUT in chat.text, chat.text
    assert "It was a question" in [b.label for r in chat.replies for b in r.buttons]
    await chat.click("Keep as it is")
    assert (await draft_of(chat))["fields"]["category"] == "staff_conduct"
