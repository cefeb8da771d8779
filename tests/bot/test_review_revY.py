"""Review revY of helper danger8, at "Is a child in immediate danger?" and on a report's summary, through the engine:

- a no beside harm by someone danger8 did not read as anyone ("no her brothers hit her", "no her stepbrother hits
  her", "no the lodger touched her", "no her mum's friend touched her") or with "who" between the person and the
  harm ("no she lives with her dad who hits her") was a plain No: the urgent Not sure; one said kept away ("no the
  man who hit him is in prison") stays a No, and brothers at break stay a pupil's scrap;
- a disclosure adding to an account ("he also said his dad hits him", "her dad hits her too") was asked again at the
  danger question: the urgent Not sure, as without the "also"; typed on the summary after a No it still asks the
  danger question again, the words shown, with no alert until it is answered (helper summary4).
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as

DANGER = "Is a child in immediate danger"

PLAIN_NO_BEFORE = ["no she lives with her dad who hits her", "no hes at home with his dad who hits him",
                   "no, her brothers hit her",
                   "no her older brothers beat her up", "no her stepbrother hits her", "no her siblings hit her",
                   "no her mum's friend touched her", "no the lodger touched her", "no his dad hit his mum and him"]
# ("no his mum's boyfriend, who hits him, is collecting him" is a Yes since helper danger9: test_danger_ninth.py)


@pytest.mark.parametrize("said", PLAIN_NO_BEFORE)
async def test_a_no_beside_harm_by_someone_at_home_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


@pytest.mark.parametrize("said", ["no the man who hit him is in prison",
                                  "no his dad who hit him is not allowed near him",
                                  "no her brothers hit her at lunch", "no her siblings hit her in a game",
                                  "no her mum's friend hit her up on snapchat",
                                  "no, the boy who hit her got a detention"])
async def test_a_no_beside_harm_kept_away_or_at_school_is_still_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
    assert "URGENT" not in chat.text


ADDED = ["he also said his dad hits him", "she also told me her uncle touched her", "her dad hits her too",
         "his stepdad kicked him as well"]


@pytest.mark.parametrize("said", ADDED)
async def test_a_disclosure_adding_to_an_account_is_the_urgent_not_sure_at_the_danger_question(
        chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert "URGENT" in chat.text


@pytest.mark.parametrize("words", ["he also said his dad hits him", "his dad hits him at home"])
async def test_a_disclosure_on_the_summary_still_asks_the_danger_question_again(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert DANGER in chat.last.text and words in chat.text
    assert not any(r.urgent for r in chat.replies) and await concerns_in(chat) == []
