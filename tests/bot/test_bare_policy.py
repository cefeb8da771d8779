"""A school's own policy loaded with no guidance file and no labelled questions: a question put in other words than
the clause's is answered from it or offered it ("which part did you mean?"), not told the policy doesn't cover it."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import actions
from bot.runtime import Runtime, open_runtime, running
from tests.bot.conftest import Chat, make_settings
from tests.fakes.escalation_channel import FakeChannel

PHONES = Path(__file__).resolve().parent.parent / "data" / "bare_policy_phones.md"


@pytest.fixture
async def bare(db_url: str, tmp_path: Path) -> AsyncIterator[Runtime]:
    """The engine on a phones policy alone in its folder: nothing beside it to learn from."""
    policy = tmp_path / "our-policy.md"
    shutil.copyfile(PHONES, policy)
    rt = await open_runtime(make_settings(db_url, POLICYBOT_POLICY=str(policy)), {"local": FakeChannel()})
    async with running(rt):
        yield rt


def _offered(chat: Chat) -> list[str]:
    return [b.value.split("@")[0] for r in chat.replies for b in r.buttons if b.action == actions.ASK_CLAUSE]


async def test_a_plain_question_in_few_of_the_clauses_words_is_answered(bare: Runtime) -> None:
    # Most of its words are not the clause's ("taught", "staying", "safe"): once read as another language.
    chat = Chat(bare)
    [reply] = await chat.say("do the children get taught about staying safe online?")
    assert reply.citation is not None and reply.citation.clause_id == "F.4", reply.text


@pytest.mark.parametrize(("question", "clause"), [
    ("is the school wifi filtered?", "F.1"),
    ("are parents allowed to film the nativity?", "D.2"),
    ("can I film the kids doing their dance on my iphone", "A.3"),
])
async def test_an_unsure_question_is_offered_the_clause_not_told_it_is_not_covered(bare: Runtime, question: str,
                                                                                  clause: str) -> None:
    chat = Chat(bare)
    await chat.say(question)
    assert "doesn't cover" not in chat.replies[0].text, chat.replies[0].text
    assert clause in _offered(chat), chat.replies[0].text
    await chat.click(f"{clause}:")
    assert any(r.citation is not None and r.citation.clause_id == clause for r in chat.replies)


async def test_school_business_is_still_not_covered(bare: Runtime) -> None:
    chat = Chat(bare)
    [reply] = await chat.say("what time does the school office open?")
    assert reply.citation is None and "doesn't cover" in reply.text and not _offered(chat)


@pytest.mark.parametrize(("question", "clause", "not_clause"), [
    # "own" is not "personal" to the words alone, and E.1 says "their own phones… must not… take photographs of pupils"
    ("Can I take photos of the children on my own phone?", "A.3", "E.1"),
    ("can I message parents from my own phone?", "A.4", None),
    # a fitbit is a smart watch, and the staffroom the staff room at lunchtime, a break
    ("is it alright to answer a message on my fitbit while the children are in the room", "A.6", "A.2"),
    ("can I text my partner at lunchtime in the staffroom", "A.2", None),
])
async def test_everyday_words_find_the_clause_in_the_policys_words(bare: Runtime, question: str, clause: str,
                                                                   not_clause: str | None) -> None:
    # The first clause put to the teacher, answered from or offered first to choose, is the one that settles it.
    chat = Chat(bare)
    reply = (await chat.say(question))[0]
    first = reply.citation.clause_id if reply.citation is not None else next(iter(_offered(chat)), None)
    assert first == clause, reply.text
    assert not_clause is None or reply.citation is None or reply.citation.clause_id != not_clause
