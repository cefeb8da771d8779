"""At When, a teacher who does not know yet and says they will find out ("I'll check and get back to you") gave no
plan for the DSL: it is the When answer as typed, like "not sure", and nothing is noted under What has been done
already. A step someone would act on ("I'll check with mum", "I'll check CPOMS tomorrow") is still a plan."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_steps_fourth import NOTED, to_when


@pytest.mark.parametrize("said", ["I'll check and get back to you", "will check and let you know",
                                  "I'll find out and get back to you", "i'll double check",
                                  "I'll have to check", "gonna check and come back to this"])
async def test_finding_out_when_is_the_when_answer_not_a_plan(chat: Chat, said: str) -> None:
    await to_when(chat)
    await chat.say(said)
    assert NOTED not in chat.text and "What happened" in chat.last.text


@pytest.mark.parametrize("plan", ["I'll check with mum after school", "tomorrow I'll check in with her dad",
                                  "I'll check CPOMS and ring home tomorrow"])
async def test_a_check_with_someone_is_still_a_plan(chat: Chat, plan: str) -> None:
    await to_when(chat)
    await chat.say(plan)
    assert NOTED in chat.text
