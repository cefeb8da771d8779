"""At "Is a child in immediate danger?", typed answers read as a Designated Safeguarding Lead would want (helper
danger3): a danger there now is Yes ("his uncle is in reception demanding to take him"); one that may be there now,
or the teacher asking whether it still is, is Not sure, urgent too, with the reading said ("he might be outside school
now", "is the man still at the gate?"); a child with their family or a parent at school, with no threat told of them,
is asked again, never an URGENT alert on its own ("she's with her mum now"), and a plain no with it stays a no.
Each list below was read some other way before, or guards a reading that a change here could break."""

from __future__ import annotations

import pytest

from bot.store.models import Concern
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import kept_draft, skip_to_summary
from tests.bot.test_danger_told import at_the_danger_question, urgent
from tests.fakes.escalation_channel import FakeChannel

# A danger there now: Yes, URGENT
DANGER_NOW = [
    'a man is outside trying to take her',
    "there's a man outside",
    'someone is trying to get in',
    "she's with her mum, and he is outside the school now",
    'his uncle is in reception demanding to take him',
    "there's a man at the gate trying to take her",
    'her dad is in the office shouting, he wants to take her home',
    "he's outside her house now",
    'a man is in the playground now',
    "she's with her mum now and mum is the one hurting her",
    "he's with his stepdad now and his stepdad hits him",
    'the man who messaged her is waiting outside the school now',
    "her mum is in reception and she's drunk",
    "mum is at the gate now and she's not allowed contact",
    'dad is in the car park refusing to leave',
    'someone is trying to get into the building',
    "she's with him right now",
    "he's alone with his uncle tonight",
    'the stranger from the park is at the fence now',
    'his dad is demanding to take him',
    "she's with her mum now but mum is drunk",
    "she's with her dad now and he's not allowed to see her",
    'a stranger is in the playground taking photos',
    'someone is trying to take her',
    'the dad is refusing to leave reception',
    "he's here now",
    'yes',
    "she's with her mum's boyfriend now",
    "he's with his uncle now, the uncle is the one she told me about",
]
# A danger that may be there now, asked about, or told beside a no or a child said to be safe: Not sure, URGENT
MAYBE_NOW = [
    'he might still be outside',
    'the guy might be outside',
    'someone might be trying to take her',
    'no, the man is outside',
    'he might be outside school now',
    'is the man still at the gate?',
    'is he still outside?',
    'he may be at the gate',
    'there might be someone outside her house',
    'i think he could be waiting for her after school',
    'she might be with him now',
    'is the man from the park still outside the school?',
    'could he be at the gate now?',
    'the man might still be in reception',
    "no, but he's waiting outside",
    'no but the man is still at the gate',
    "she's safe at school but he's outside the gate now",
    'no, but he might be outside school now',
    "she's with me but the man is still at the gate",
    'the man will be waiting outside at home time',
    'no, but dad is at the gate shouting',
    'is the man still there?',
    'are they still outside the school?',
    'is she still with him?',
    'not sure',
    'not sure, he might be outside',
    'the man who messaged her might be at the gate',
]
# Where a child or a parent is, with no threat told, or a danger past or inside school with none: asked again
ASKED_AGAIN = [
    'she is refusing to go to class',
    "she's demanding to see her mum",
    "he's refusing to leave the classroom",
    'they are trying to get into her account',
    "she's with the police now",
    "she's still outside with her mum",
    "he's here now with his dad",
    'he might still be in reception',
    "she's with her mum now",
    "he's with his nan tonight",
    "mum's at the gate now",
    "she's with her dad right now",
    'he is with his grandparents at the moment',
    'dad is in reception now',
    'his mum is in the office now',
    'is mum at the gate?',
    'is she still with her mum?',
    "she's in class with me now",
    "she's in reception",
    "he's in the playground",
    'dad is here now to collect her',
    "she's at home with her mum today",
    'is the man from yesterday a danger?',
    'he was at the gate last week',
    'he might be in the playground',
    'she could be at the gate waiting for mum',
    'is he still outside at play?',
    'is she still in reception?',
    'mum might be at the gate',
    'is her dad still here?',
    'dad will be at the gate at 3 to collect her',
    "she's safe, she's with her mum now",
    "i think she's with her dad now",
    'she went home with her mum',
    "he's in reception class",
    "she's at her nan's today",
    'his uncle is in reception',
]
# A no beside ordinary whereabouts or the past: a no
PLAIN_NO = [
    "no, she's with her mum now",
    "no, she's safe with me",
    "no she's at home with mum",
    "no, she's with her mum now, mum is lovely",
    'no, he was at the gate yesterday',
    'no, dad is at the gate now',
    'no',
]
READINGS = ([(said, "yes") for said in DANGER_NOW] + [(said, "not_sure") for said in MAYBE_NOW]
            + [(said, None) for said in ASKED_AGAIN] + [(said, "no") for said in PLAIN_NO])


@pytest.mark.parametrize(("said", "read"), READINGS)
async def test_typed_answers_at_the_danger_question_are_read_as_a_dsl_would(chat: Chat, said: str,
                                                                             read: str | None) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    fields = (await kept_draft(chat))[1]["fields"]
    assert fields.get("danger") == read  # type: ignore[union-attr]
    if read is None:
        assert "Is a child in immediate danger?" in chat.last.text and "URGENT" not in chat.text
    assert bool(await urgent(chat)) == (read in ("yes", "not_sure"))


async def alert(channel: FakeChannel) -> tuple[tuple[str, str], ...]:
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    view = channel.posts()[0].view
    assert view is not None and view.urgent and view.reference == "C-0001"
    return view.summary


async def test_an_uncle_in_reception_demanding_to_take_a_child_raises_the_urgent_alert(
        chat: Chat, channel: FakeChannel) -> None:
    await at_the_danger_question(chat)
    said = "his uncle is in reception demanding to take him"
    await chat.say(said)
    assert chat.replies[0].urgent and "call 999" in chat.replies[0].text  # act now, first
    assert ("From what you wrote, I've answered \u201cIs a child in immediate danger?\u201d as \u201cYes, a child may "
            "be in danger now\u201d. Type back if that's not right.") in chat.text
    assert "URGENT concern C-0001" in chat.text and "Who is affected" in chat.last.text
    summary = await alert(channel)
    assert ("Child in immediate danger", "Yes, a child may be in danger now") in summary
    assert ("What happened", said) in summary  # the DSL reads the teacher's words


@pytest.mark.parametrize("said", ["he might be outside school now", "is the man still at the gate?"])
async def test_a_danger_that_may_be_there_now_is_not_sure_urgent_with_the_reading_said(
        chat: Chat, channel: FakeChannel, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert chat.replies[0].urgent and "call 999" in chat.replies[0].text
    assert ("I've answered \u201cIs a child in immediate danger?\u201d as \u201cNot sure\u201d, which is treated as "
            "urgent. Type back if that's not right.") in chat.text
    assert "URGENT concern C-0001" in chat.text
    summary = await alert(channel)
    assert ("Child in immediate danger", "Not sure") in summary and ("What happened", said) in summary
    for _ in range(3):  # who is affected, who is responsible, where: on to when and what happened
        await chat.click("Skip")
    await chat.say("today")
    await chat.click("Keep as it is")
    await skip_to_summary(chat)
    assert "*Child in immediate danger:* Not sure" in chat.last.text
    await chat.click("Send report")
    assert "URGENT" in chat.replies[0].text and "C-0001" in chat.replies[0].text


async def test_a_child_with_her_mum_is_asked_again_with_no_alert_then_a_no_is_a_no(
        chat: Chat, channel: FakeChannel) -> None:
    await at_the_danger_question(chat)
    await chat.say("she's with her mum now")
    assert "I couldn't tell whether that means yes or no" in chat.text and "URGENT" not in chat.text
    assert not any(r.urgent for r in chat.replies) and "Is a child in immediate danger?" in chat.last.text
    await chat.click("No")
    assert "Who is affected" in chat.last.text and not await urgent(chat)
    assert not channel.posts()  # nothing went to the Headteacher


async def test_a_child_with_her_mum_when_mum_is_hurting_her_is_a_yes(chat: Chat, channel: FakeChannel) -> None:
    await at_the_danger_question(chat)
    await chat.say("she's with her mum now and mum is the one hurting her")
    assert "\u201cYes, a child may be in danger now\u201d" in chat.text and "URGENT concern C-0001" in chat.text
    [concern] = await urgent(chat)
    assert isinstance(concern, Concern) and concern.fields["danger"] == "yes"
    assert ("Child in immediate danger", "Yes, a child may be in danger now") in await alert(channel)
