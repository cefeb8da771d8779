"""At "Is a child in immediate danger?", a child told to be unsafe, missing, badly hurt or at risk of harming
themselves now (review revL). Before, "no, she's not safe", "no she's missing" and "no one knows where she is" were
a plain No (a false no: nothing went to the Headteacher) and "she's missing", "she's taken tablets" were asked again.
Now a Yes, or Not sure beside a no, URGENT at once; "no one picked her up" and "no he's hurt" are asked again, never
a No; the same words of the past, of a post, or of something else missing stay as they were. Through the real
engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
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
