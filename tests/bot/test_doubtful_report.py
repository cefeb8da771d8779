"""A few words only perhaps a report ("phonics scheme used in reception") begin one, as a disclosure must, with one
press back to having them answered as a question."""

from __future__ import annotations

from sqlalchemy import select

from bot.store.models import Conversation, QuestionLog
from intents import understand
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in

SEARCH = "phonics scheme used in reception"  # a search the report model doubtfully takes for a report
DISCLOSURE = "uncle touching y1"  # a disclosure it takes just as doubtfully
SURE = "a pupil is being bullied on WhatsApp"


def test_the_doubtful_are_told_apart_from_the_sure(chat: Chat) -> None:
    index = chat.runtime.engine.kb.index
    for words in (SEARCH, DISCLOSURE):
        meaning = understand(words, index)
        assert meaning.intent == "report_concern" and meaning.doubtful, words
        assert understand(words, index, question_only=True).intent != "report_concern", words
    assert not understand(SURE, index).doubtful


async def test_a_doubtful_report_is_begun_and_one_press_makes_it_a_question(chat: Chat) -> None:
    await chat.say(SEARCH)
    assert "What kind of concern" in chat.last.text and "sorry you've had to deal" not in chat.text
    assert "If you were asking about the policy instead, press It was a question" in chat.text
    await chat.click("It was a question")
    assert chat.replies[0].text == "I've stopped that report; nothing of it was kept."
    assert "doesn't cover" in chat.text and "What kind of concern" not in chat.text
    assert [b.label for b in chat.last.buttons] == ["Ask the Headteacher", "Report a concern"]
    async with chat.runtime.store.transaction() as s:
        convo = (await s.execute(select(Conversation))).scalar_one()
        logged = (await s.execute(select(QuestionLog))).scalar_one()
    assert convo.flow is None and convo.draft in (None, {}, {"fields": {}, "editing": False, "reference": None})
    assert logged.question == SEARCH  # the asker said it was a question: the policy's owner may read it
    assert await concerns_in(chat) == []
    await chat.say("can I post sports day photos on my facebook?")  # a question again, not a report's answer
    assert chat.last.citation is not None and chat.last.citation.clause_id == "B.3"
    assert "What kind of concern" not in chat.text


async def test_saying_it_was_a_question_does_the_same(chat: Chat) -> None:
    await chat.say(SEARCH)
    await chat.say("sorry, it was a question")
    assert chat.replies[0].text == "I've stopped that report; nothing of it was kept."
    assert "doesn't cover" in chat.text


async def test_once_the_report_is_under_way_the_offer_is_gone_and_the_words_stay(chat: Chat) -> None:
    await chat.say(DISCLOSURE)
    await chat.click("Another online-safety concern")
    assert "immediate danger" in chat.last.text
    assert "It was a question" not in [b.label for b in chat.last.buttons]
    await chat.click("No")
    for _ in range(6):  # skip to the summary: what happened is the disclosure, as told
        if "Here is your report" in chat.last.text:
            break
        await chat.say("skip")
    assert DISCLOSURE in chat.last.text


async def test_a_sure_report_is_begun_as_before(chat: Chat) -> None:
    await chat.say(SURE)
    assert "sorry you've had to deal with this" in chat.text
    assert "It was a question" not in [b.label for b in chat.last.buttons]
