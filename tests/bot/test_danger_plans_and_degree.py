"""At "Is a child in immediate danger?" (review revN of the lead's `danger_threat` and words of degree). Ordinary
plans and everyday words raised an URGENT alert to the Headteacher ("he said he'd come back for his coat", "the
police are coming in to do a talk", "he's kicking off in the classroom"); threats a DSL acts on at once were asked
again ("dad's threatening to hit her", "she's going to be cut in the holidays", "mum is here to collect and she smells
of alcohol"); and words of degree put together ("absolutely yes", "quite possibly") were asked again. Through the
real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_told import at_the_danger_question, urgent
from tests.fakes.escalation_channel import FakeChannel

# Each raised an URGENT alert: asked again now, the teacher answers it
NO_ALERT = ["he said he'd come back for his coat", "mum will be back at 3", "she'll be back tomorrow",
            "he'll come back to class after his music lesson", "dad will be back from work at 6",
            "mum will hurt her foot if she jumps", "his mum will kill him if he gets another detention",
            "mum's gonna kill him lol", "he threatened to take her phone",
            "the police are coming in to do a talk", "police are coming on thursday for assembly",
            "the man at the gate now is the lollipop man", "he's kicking off in the classroom",
            "she's screaming in the hall", "dad is collecting her, she's scared of going to the dentist",
            "mum's drunk a coffee and is here to collect", "she drunk her milk and mum is here to collect",
            "she's left alone in the classroom at lunch to read", "mum said she'll be left alone by the bullies now",
            "we watched home alone in class", "she'll be home alone for 5 minutes till nan gets in"]
# Each was asked again: a threat now (Yes) or one that may come (Not sure), urgent either way; these lists and DEGREE
# are run by tests/bot/test_danger_unsafe_told.py beside the lead's
THREAT_YES = ["dad's threatening to hit her", "he's threatening to take her abroad", "police on their way",
              "mum is here to collect and she smells of alcohol", "mum is slurring her words at the gate",
              "he told her he would kill her mum"]
THREAT_MAY_COME = ["she's going to be cut in the holidays",
                   "she says she's going to be taken to pakistan to get married",
                   "he's going home to an empty house and he's 6",
                   "he texted he's coming back tonight", "he said he'll come back for her at 3"]
DEGREE = [("absolutely yes", "yes"), ("def yes", "yes"), ("100%", "yes"), ("yeah i think so", "yes"),
          ("I'd say yes", "yes"), ("probably yes", "yes"), ("quite possibly", "not_sure"),
          ("could well be", "not_sure"), ("more than likely", "not_sure"), ("i think she might be", "not_sure")]


@pytest.mark.parametrize("said", NO_ALERT)
async def test_an_ordinary_plan_raises_no_alert(chat: Chat, channel: FakeChannel, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "URGENT" not in chat.text and not await urgent(chat) and not channel.posts()
    assert "Is a child in immediate danger?" in chat.last.text


@pytest.mark.parametrize("said", ["definitely not", "i doubt it", "unlikely", "are you sure?"])
async def test_a_doubt_or_a_no_of_degree_is_no_yes(chat: Chat, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert not await urgent(chat)
