"""A parent's post run down in slang is a report when it runs down the school, not a thing of the school's: "slating
the school dinners" or "slagging off the school uniform" is about the dinners and the uniform, as "slated the new
uniform" is, and began a report. Pupils called "little shits" or "feral" in a post were a plain question."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase
from tests.bot import conftest as bot
from tests.bot.conftest import Chat
from tests.intents.harm_chat import report_begun

# the engine's fixtures, a real runtime on a real database file
db_url, channel, runtime, chat = bot.db_url, bot.channel, bot.runtime, bot.chat


@pytest.mark.parametrize("words", ["parent on fb slating the school dinners",
                                   "mum on fb slagging off the school uniform",
                                   "a dad is trashing the school play on facebook",
                                   "dad slating the school run traffic on facebook"])
async def test_a_thing_of_the_schools_run_down_online_begins_no_report(chat: Chat, words: str) -> None:
    await chat.say(words)
    assert not report_begun(chat), chat.text


@pytest.mark.parametrize("words", ["a mum is slagging off the school on fb",
                                   "a parent posted that the year 4 kids are little shits",
                                   "a parent posted that year 3 are feral"])
def test_the_school_or_its_pupils_run_down_online_is_a_sure_report(words: str, kb: KnowledgeBase) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" and not meaning.doubtful and not meaning.maybe_report, meaning
    assert meaning.clause_id in {"D.3", "APX.1", "D.2"}, meaning
