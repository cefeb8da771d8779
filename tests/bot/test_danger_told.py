"""At "Is a child in immediate danger?", words that tell a danger now instead of answering ("should i call police
hes outside school now?", "he's here now") are read as yes: the URGENT alert goes and the act-now line is said, as
for Yes pressed, and the words are kept as the teacher's. Words that tell no danger now are asked again as before."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.store.models import Concern
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import kept_draft

TOLD_NOW = ["should i call police hes outside school now?", "he's here now", "hes here now",
            "she's not safe to go home tonight", "shes scared to go home tonite", "she's with him right now",
            "there's a man outside the school gates", "the dad is at the gate shouting",
            "his uncle is at reception demanding to take him", "do i need to ring 999 now?",
            "i've called the police", "should i call the police now"]


async def urgent(chat: Chat) -> list[Concern]:
    async with chat.runtime.store.transaction() as s:
        return list((await s.execute(select(Concern).where(Concern.urgent.is_(True)))).scalars())


async def at_the_danger_question(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    assert "Is a child in immediate danger?" in chat.last.text


@pytest.mark.parametrize("said", TOLD_NOW)
async def test_a_danger_told_now_at_the_danger_question_is_a_yes_with_the_words_kept(chat: Chat, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "call 999" in chat.replies[0].text and chat.replies[0].urgent  # the act-now line, first, as for Yes
    assert "URGENT concern C-0001" in chat.text
    assert "\u201cYes, a child may be in danger now\u201d" in chat.text and "Who is affected" in chat.last.text
    [concern] = await urgent(chat)
    assert concern.fields["danger"] == "yes" and concern.fields["what"] == said  # the teacher's words, for the DSL


@pytest.mark.parametrize("said", ["should i ring 999", "no he's outside school now",
                                  "no... actually yes, he said he is outside her house"])
async def test_a_danger_told_beside_a_no_or_999_asked_about_is_not_sure_and_urgent(chat: Chat, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "call 999" in chat.replies[0].text and "which is treated as urgent" in chat.text
    [concern] = await urgent(chat)
    assert concern.fields["danger"] == "not_sure" and concern.fields["what"] == said


@pytest.mark.parametrize("said", ["yesterday", "she's in year 5", "she's in reception", "he's in the playground",
                                  "he waits outside school every morning", "she's here with me now, she's safe",
                                  "he was outside school yesterday",
                                  "should i call the police?"])  # ("is the man still at the gate?" was here: it
# is a danger that may be there now, the urgent not sure since helper danger3: test_danger_read_as_a_dsl_would.py)
async def test_words_that_tell_no_danger_now_are_asked_again_as_before(chat: Chat, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "Is a child in immediate danger?" in chat.last.text and "URGENT" not in chat.text
    assert not await urgent(chat)
    assert "danger" not in (await kept_draft(chat))[1]["fields"]  # type: ignore[operator]


async def test_a_plain_no_stays_no(chat: Chat) -> None:
    await at_the_danger_question(chat)
    await chat.say("no, not right now")
    assert "Who is affected" in chat.last.text and not await urgent(chat)
    assert (await kept_draft(chat))[1]["fields"]["danger"] == "no"  # type: ignore[index]


@pytest.mark.parametrize("said", ["he's outside now at play", "shes at the gate now waiting for mum",
                                  "he's here now for pick up", "dad is here now to collect her",
                                  "mum is here now for a meeting", "shes here now, she was just late",
                                  "hes outside at the moment with mrs jones"])
async def test_a_child_or_parent_somewhere_for_an_ordinary_reason_raises_no_alert(chat: Chat, said: str) -> None:
    # he or she at this question is as often the child: at play, waiting for mum, come in late
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "Is a child in immediate danger?" in chat.last.text and "URGENT" not in chat.text
    assert not await urgent(chat)


@pytest.mark.parametrize("said", ["the man who messaged her is outside the school now",
                                  "the man from the park is at the gate now, he was there at lunch too",
                                  "her uncle is at reception now to collect her and hes not allowed"])
async def test_a_threat_told_now_beside_an_ordinary_word_is_still_a_yes(chat: Chat, said: str) -> None:
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "URGENT concern C-0001" in chat.text
    [concern] = await urgent(chat)
    assert concern.fields["danger"] == "yes"


@pytest.mark.parametrize("said", ["no hes outside now at play", "no, mum is here now for a meeting",
                                  "no its fine hes here now, came in late"])
async def test_a_no_beside_an_ordinary_whereabouts_stays_a_no(chat: Chat, said: str) -> None:
    # read as a danger told beside a no, these were the urgent not sure
    await at_the_danger_question(chat)
    await chat.say(said)
    assert "Who is affected" in chat.last.text and not await urgent(chat)
    assert (await kept_draft(chat))[1]["fields"]["danger"] == "no"  # type: ignore[index]
