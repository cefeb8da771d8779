"""Who to tell, or what to do, asked of harm coming to a child ("what if a child is hit at home? who do i tell?"), and
a follow-up that raises such harm ("and if a child is hurt at sports day?" after an answer on sports day photos):
the report is offered first and the words are not logged, as for harm told; ordinary policy questions asked the same
way are answered as before."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.answers import MAYBE_REPORT
from bot.store.models import QuestionLog
from tests.bot import conftest as bot
from tests.bot.conftest import Chat

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat

WHO_TO_TELL = ["what if a child is hit at home? who do i tell?",
               "what should i do if a pupil tells me they are hurt at home",
               "who do i speak to if i think a child is being neglected",
               "who do i tell if i think a child is being neglected?",
               "what if a pupil is being abused at home, what do i do?",
               "what if a child is being groomed online? who do i tell",
               "what do i do if i suspect a child is being abused",
               "who should we tell if a kid comes in with bruises", "what should i do if a child has bruises",
               # neglect, FGM, a wish to die, an adult's sexual contact, drink, as staff type them: "not covered" alone
               "who do i contact if a child hasnt been fed", "what do i do if a kid hasnt eaten since friday",
               "what do i do if a child is scared of going home", "who do i tell if a child mentions fgm",
               "what do i do if a child talks about wanting to die",
               "what do we do if a child is sent nudes by an adult", "what should we do if a child turns up drunk"]
ORDINARY = [("what if a parent posts a photo of my class?", "D.1"),
            ("what if a parent posts a photo of my class? who do i tell?", "D.1"),
            ("what should I do if a pupil is being bullied online?", "E.4"),
            ("what should i do if a child forgets their pe kit", None),
            ("who do i tell if a child is late every day", None)]


async def logged(chat: Chat) -> list[str]:
    async with chat.runtime.store.transaction() as s:
        return [e.question for e in (await s.execute(select(QuestionLog))).scalars()]


def offered_first(chat: Chat) -> bool:
    return bool(chat.replies) and chat.replies[0].text.startswith(MAYBE_REPORT)


def labels(chat: Chat) -> list[str]:
    return [b.label for r in chat.replies for b in r.buttons]


@pytest.mark.parametrize("said", WHO_TO_TELL)
async def test_who_to_tell_of_harm_to_a_child_offers_the_report_first(chat: Chat, said: str) -> None:
    await chat.say(said)
    assert offered_first(chat), chat.text
    assert "Report a concern" in labels(chat) and "Ask the Headteacher" not in labels(chat)
    assert all(said not in q for q in await logged(chat))


@pytest.mark.parametrize(("said", "clause"), ORDINARY)
async def test_an_ordinary_what_if_is_answered_as_before(chat: Chat, said: str, clause: str | None) -> None:
    await chat.say(said)
    assert not offered_first(chat), chat.text
    assert "Ask the Headteacher" in labels(chat)
    assert [r.citation.clause_id for r in chat.replies if r.citation is not None][:1] == ([clause] if clause else [])


@pytest.mark.parametrize("follow_up", ["and if a child is hurt at sports day?", "what if a child is hit at home?",
                                       "what about if a pupil gets injured during the races?"])
async def test_a_follow_up_raising_harm_to_a_child_offers_the_report_not_the_last_clause(
        chat: Chat, follow_up: str) -> None:
    await chat.say("can i post sports day photos?")
    assert any(r.citation is not None and r.citation.clause_id == "B.3" for r in chat.replies)
    await chat.say(follow_up)
    assert offered_first(chat), chat.text
    assert not any(r.citation is not None and r.citation.clause_id == "B.3" for r in chat.replies)
    assert all(follow_up not in q for q in await logged(chat))


async def test_a_follow_up_on_the_last_answers_subject_still_leans_on_it(chat: Chat) -> None:
    await chat.say("can i post sports day photos?")
    await chat.say("and what about videos?")
    assert not offered_first(chat)
    assert any(r.citation is not None and r.citation.clause_id == "B.3" for r in chat.replies)


async def test_a_follow_up_raising_harm_after_a_question_not_covered_offers_the_report_first(chat: Chat) -> None:
    # no clause answered before it, so nothing to lean on: its "and if" still says it follows on
    await chat.say("can i use my phone in the staffroom")
    assert "Ask the Headteacher" in labels(chat)
    await chat.say("and if a parent is hitting their kid?")
    assert offered_first(chat), chat.text
    assert all("hitting" not in q for q in await logged(chat))
