"""At "Is a child in immediate danger?", a child told to be unsafe, missing, badly hurt or at risk of harming
themselves now (review revL). Before, "no, she's not safe", "no she's missing" and "no one knows where she is" were
a plain No (a false no: nothing went to the Headteacher) and "she's missing", "she's taken tablets" were asked again.
Now a Yes, or Not sure beside a no, URGENT at once; "no one picked her up" and "no he's hurt" are asked again, never
a No; the same words of the past, of a post, or of something else missing stay as they were. Through the real
engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_plans_and_degree import DEGREE, THREAT_YES
from tests.bot.test_danger_plans_and_degree import THREAT_MAY_COME as MAY_COME_SAID
from tests.bot.test_danger_told import at_the_danger_question, urgent
from tests.fakes.escalation_channel import FakeChannel

# A no beside a child told unsafe or missing now: Not sure, URGENT (these were a plain No)
NO_BUT_UNSAFE = ["no, she's not safe", "no he isn't safe", "no not safe", "no she's missing", "no he's gone missing",
                 "no we can't find her", "no one knows where she is", "no he is bleeding"]
# Told with no no: Yes, URGENT (these were asked again)
UNSAFE_NOW = ["she's missing", "we can't find her", "he's run off", "she's left the school grounds", "she's bleeding",
              "he's unconscious", "she's taken tablets", "she took an overdose", "he has a knife",
              "she's cutting herself right now", "he's threatening to kill himself", "she said she wants to die",
              "she isn't safe"]
# A no that is no plain no: asked again, never a No (these were a No)
NO_ONLY_BY_ITS_FIRST_WORD = ["no one picked her up", "no-one has collected her", "no one is at home with him",
                             "no adult at home", "no parent has come", "no he's hurt", "no she wont go home"]
# The past, a post's words, something else missing or hurt feelings: no URGENT alert
NO_DANGER_NOW = ["she was missing last week but she's back now", "he's not missing, he's in class",
                 "they told her to kill herself in the group chat", "he's got a knife emoji in his username",
                 "she's missing lessons", "he's missing his mum", "i can't find the post",
                 "no one knows where the photo came from", "they've taken pills before",
                 "she's hurt by what they wrote",
                 "she doesn't feel safe at school", "she's taken screenshots", "no, she's at home", "no she is ok"]
PLAIN_NO = ["no one is in danger", "no", "no, she's fine", "no, it was a post online"]


@pytest.mark.parametrize("said", NO_BUT_UNSAFE)
async def test_a_no_beside_a_child_unsafe_now_is_not_sure_urgent(chat: Chat, channel: FakeChannel, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert chat.replies[0].urgent and "call 999" in chat.replies[0].text
    assert "\u201cNot sure\u201d, which is treated as urgent" in chat.text and "URGENT concern C-0001" in chat.text
    [concern] = await urgent(chat)
    assert concern.fields["danger"] == "not_sure" and concern.fields["what"] == said


@pytest.mark.parametrize("said", UNSAFE_NOW)
async def test_a_child_unsafe_now_is_a_yes_urgent(chat: Chat, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert chat.replies[0].urgent and "URGENT concern C-0001" in chat.text
    assert "\u201cYes, a child may be in danger now\u201d" in chat.text and "Who is affected" in chat.last.text
    [concern] = await urgent(chat)
    assert concern.fields["danger"] == "yes" and concern.fields["what"] == said


@pytest.mark.parametrize("said", NO_ONLY_BY_ITS_FIRST_WORD)
async def test_a_no_by_its_first_word_only_is_asked_again(chat: Chat, channel: FakeChannel, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "Is a child in immediate danger?" in chat.last.text and "Who is affected" not in chat.text
    assert not await urgent(chat) and not channel.posts()


@pytest.mark.parametrize("said", NO_DANGER_NOW)
async def test_no_danger_now_raises_no_alert(chat: Chat, channel: FakeChannel, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "URGENT" not in chat.text and not any(r.urgent for r in chat.replies)
    assert not await urgent(chat) and not channel.posts()


@pytest.mark.parametrize("said", PLAIN_NO)
async def test_a_plain_no_is_still_a_no(chat: Chat, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "Who is affected" in chat.last.text and not await urgent(chat)


# Words of degree answer the question (the lead, after review revL: "definitely" and "probably" were asked again)
@pytest.mark.parametrize(("said", "key"), [("definitely", "yes"), ("Absolutely!", "yes"), ("for sure", "yes"),
                                           ("probably", "not_sure"), ("probably not", "not_sure"),
                                           ("she might be", "not_sure"), ("no idea", "not_sure"), *DEGREE])
async def test_a_word_of_degree_answers_the_danger_question(chat: Chat, said: str, key: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert chat.replies[0].urgent and "URGENT concern C-0001" in chat.text and "Who is affected" in chat.last.text
    [concern] = await urgent(chat)
    assert concern.fields["danger"] == key


# Threats review revL listed as asked again (the lead, bot/flows/danger_threat.py)
THREAT_NOW = ["she said he'll kill her", "dad will hurt her when she gets home", "man at the gate now",
              "the dad is kicking off at reception", "stepdad just turned up and wants to take her",
              "mum's here to collect and she's drunk", "police are on the way",
              "dad is picking her up at 3:15 and she's terrified"]
THREAT_MAY_COME = ["he said he'd come back at 3", "he threatened to come back", "she's home alone"]
NO_THREAT = ["mum will get her at 3", "mum is going to get her after school", "he'll get her in trouble",
             "mum is picking her up, she is scared of the dentist", "he said he'd kill her last year",
             "dad turned up and wants to take her for tea as planned", "she's home alone after school every day",
             "the teacher is shouting in the hall", "no, he won't hurt her"]


@pytest.mark.parametrize("said", THREAT_NOW + THREAT_YES)
async def test_a_threat_told_now_is_a_yes_urgent(chat: Chat, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert chat.replies[0].urgent and "URGENT concern C-0001" in chat.text
    [concern] = await urgent(chat)
    assert concern.fields["danger"] == "yes" and concern.fields["what"] == said


@pytest.mark.parametrize("said", THREAT_MAY_COME + MAY_COME_SAID)
async def test_a_threat_that_may_come_is_not_sure_urgent(chat: Chat, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "\u201cNot sure\u201d, which is treated as urgent" in chat.text and "URGENT concern C-0001" in chat.text
    [concern] = await urgent(chat)
    assert concern.fields["danger"] == "not_sure"


@pytest.mark.parametrize("said", NO_THREAT)
async def test_plans_habits_and_the_past_raise_no_alert(chat: Chat, channel: FakeChannel, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "URGENT" not in chat.text and not await urgent(chat) and not channel.posts()
