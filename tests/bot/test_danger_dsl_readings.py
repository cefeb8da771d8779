"""At "Is a child in immediate danger?" (helper danger4), typed answers read as a Designated Safeguarding Lead would:
the teacher asking back ("sure?") is asked again with what each answer means, never taken for a Yes; self-harm told
with no word of now is the urgent Not sure, not a Yes; a known adult named as the one at the gate ("…it's the
caretaker") is asked again, never an URGENT alert on its own; a threat of abduction or a court order broken is a Yes.
Through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import kept_draft
from tests.bot.test_danger_told import at_the_danger_question, urgent


async def read_as(chat: Chat, said: str) -> tuple[str | None, bool]:
    """The danger answer the words were taken as (None: asked again), and whether an URGENT alert was raised."""
    await at_the_danger_question(chat)
    await chat.say(said)
    fields = (await kept_draft(chat))[1]["fields"]
    return fields.get("danger"), bool(await urgent(chat))  # type: ignore[union-attr]


# The adults danger_told and danger_threat read were listed twice and had drifted: a parent or a lady harming a
# child was a threat in one and not the other
@pytest.mark.parametrize("said", ["the parents will hurt him when he gets home", "the lady is going to hurt her"])
async def test_harm_said_to_come_from_any_adult_listed_is_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)


MEANINGS = "Yes means a child may come to harm now or soon"


# "sure?" was a Yes (an URGENT alert for a teacher asking back), "what do you mean?" answered as a policy question,
# "no?" a No
@pytest.mark.parametrize("said", ["sure?", "Sure??", "you sure?", "are you sure?", "what do you mean?",
                                  "what counts as danger?", "what do you mean by immediate danger?", "no?"])
async def test_asking_back_is_asked_again_with_what_each_answer_means(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert MEANINGS in chat.text and "Not sure means you can't tell: it is treated as urgent" in chat.text
    assert chat.last.text.startswith("Is a child in immediate danger?")
    assert "policy doesn't cover" not in chat.text and "noted what you wrote" not in chat.text
    await chat.click("Yes")  # and the question still takes its answer
    assert "URGENT concern C-0001" in chat.text


@pytest.mark.parametrize(("said", "read"), [("sure", "yes"), ("for sure", "yes"), ("yes?", "yes"),
                                            ("not sure?", "not_sure"), ("no", "no")])
async def test_an_answer_is_still_an_answer(chat: Chat, said: str, read: str) -> None:
    assert (await read_as(chat, said))[0] == read and MEANINGS not in chat.text


# Self-harm with no word of now was a Yes ("he's self harming": is it happening now? a DSL would ask, and not wait for
# the answer); "he's hurting himself right now" was asked again
@pytest.mark.parametrize(("said", "read"), [
    ("he's self harming", "not_sure"), ("she's cutting herself", "not_sure"), ("he's hurting himself", "not_sure"),
    ("he's self harming right now", "yes"), ("she's cutting herself in the toilets", "yes"),
    ("he's hurting himself right now", "yes"), ("she's cutting herself with scissors", "yes"),
    ("she's self harming and she's taken tablets", "yes")])
async def test_self_harm_is_a_yes_only_as_happening_now_and_otherwise_the_urgent_not_sure(
        chat: Chat, said: str, read: str) -> None:
    assert await read_as(chat, said) == (read, True)
    assert chat.replies[0].urgent and "call 999" in chat.replies[0].text  # urgent either way: the act-now line first
    if read == "not_sure":
        assert "\u201cNot sure\u201d, which is treated as urgent. Type back if that's not right." in chat.text


# Someone there the teacher says they know raised an URGENT alert: asked again, never a No, so the teacher says
KNOWN_THERE = ["there's a man at the gate now, it's the caretaker", "a man is at the gate now, it's her dad",
               "there's a man outside, it's the postman", "the lollipop lady is outside now",
               "there's someone at the door, it's a delivery", "the delivery man is at the gate",
               "is the man still at the gate? it's her grandad"]
# ...but not a claim, nor anyone beside a threat told of them, nor a mum's boyfriend: a danger now as before
STILL_A_DANGER = ["the man at the gate is her dad, he's trying to take her",
                  "there's a man at the gate now, it's her dad and he's not allowed near her",
                  "the man at the gate is her uncle and he's drunk",
                  "there's a man at the gate now, it's her mum's boyfriend",
                  "there's a man at the gate now, the caretaker is talking to him",
                  "there's a man at the gate now, it's her dad, he has a knife"]


@pytest.mark.parametrize("said", KNOWN_THERE)
async def test_a_known_adult_named_as_the_one_there_is_asked_again_with_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text and chat.last.text.startswith("Is a child in immediate danger?")
    await chat.click("Not sure")  # the teacher's answer, whatever it is, is taken
    assert "URGENT concern C-0001" in chat.text


@pytest.mark.parametrize("said", STILL_A_DANGER)
async def test_a_known_adult_beside_a_threat_is_still_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)


async def test_the_man_at_the_gate_said_to_be_her_grandad_is_asked_again(chat: Chat) -> None:
    assert await read_as(chat, "the man at the gate now is her grandad") == (None, False)


# Each was asked again while someone stood at the door: a threat of abduction, an order broken, someone trying to get in
ABDUCTION_OR_ORDER = ["dad says he'll take her and we'll never see her again",
                      "mum says she's taking him abroad and not bringing him back",
                      "mum has turned up with no contact order in place and wants to take her",
                      "dad's here and there's an injunction",
                      "her dad is at reception and he's on the not to collect list",
                      "he's not allowed near her and he's at the gate", "someone is banging on the front door",
                      "a man is banging on the front door"]
# ...and not a plan, a holiday, an order no one is there for or held against someone else, nor a pupil banging
NO_ABDUCTION_OR_ORDER = ["dad says he'll take her to the park",
                         "mum is taking her on holiday to spain and not bringing her back till september",
                         "there's no court order, dad is here to collect", "there is a court order in place",
                         "mum is here to collect, she has a court order against dad",
                         "mum is here for a meeting about the court order", "he's banging on the door",
                         "someone was banging on the door earlier"]


@pytest.mark.parametrize("said", ABDUCTION_OR_ORDER)
async def test_a_threat_of_abduction_an_order_broken_or_someone_at_the_door_is_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)
    assert chat.replies[0].urgent and "\u201cYes, a child may be in danger now\u201d" in chat.text


@pytest.mark.parametrize("said", NO_ABDUCTION_OR_ORDER)
async def test_a_plan_a_holiday_or_an_order_with_no_one_there_raises_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)


async def test_abduction_threatened_beside_a_no_is_the_urgent_not_sure(chat: Chat) -> None:
    assert await read_as(chat, "no, dad says he'll take her and we'll never see her again") == ("not_sure", True)
