"""Harm done to someone, told in words no report rule takes for a report ("in the playground he bit her": a name or
pronoun not first), is a report's intent with the question it was read as kept beside it (helper short4); it is
answered with the way to report first, never passed
to the Headteacher as a question, and its words are not kept in the question log the policy owner reads."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot import actions
from bot.answers import MAYBE_REPORT
from bot.question_turns import MAYBE_REPORT_WITHHELD
from bot.store.models import QuestionLog
from intents import understand
from intents.reports import judge_report
from tests.bot.conftest import Chat

TOLD = "in the playground he bit her"  # harm done to a child; no report rule takes it
ORDINARY = "what time does the school office close?"  # out of scope, no harm in it


async def logged(chat: Chat) -> list[QuestionLog]:
    async with chat.runtime.store.transaction() as s:
        return list((await s.execute(select(QuestionLog).order_by(QuestionLog.id))).scalars())


async def test_harm_the_policy_does_not_cover_is_answered_with_the_report_first_and_not_logged(chat: Chat) -> None:
    # an ordinary question the policy does not cover: its words logged for the policy owner, the Head offered
    await chat.say(ORDINARY)
    assert not chat.last.text.startswith(MAYBE_REPORT)
    assert next(b.label for b in chat.last.buttons) == "Ask the Headteacher"
    meaning = understand(TOLD, chat.runtime.engine.kb.index)
    # no report rule takes it, but it tells and asks nothing: ask --json calls it a report (helper short4), the
    # question it was read as kept beside it; the chat's answer below is as it was
    assert not judge_report(TOLD).report and meaning.intent == "report_concern"
    assert meaning.as_question == "out_of_scope" and meaning.clause_id is None
    await chat.say(TOLD)
    assert chat.last.text.startswith(MAYBE_REPORT) and "doesn't cover" in chat.last.text
    assert "What kind of concern" not in chat.text  # answered, not begun as a report
    labels = [b.label for b in chat.last.buttons]
    assert labels[0] == "Report a concern" and "Ask the Headteacher" not in labels
    ordinary, entry = await logged(chat)
    assert ordinary.question == ORDINARY and entry.question == MAYBE_REPORT_WITHHELD and TOLD not in entry.question
    # its one way on is the report: Report a concern begins one
    report = next(b for b in chat.last.buttons if b.action == actions.CONCERN_START)
    await chat.click(report.label)
    assert "What kind of concern" in chat.text


# A threat told of a child by name, as staff pass it on: once "not covered", Ask the Headteacher offered, the words
# logged for the policy owner
THREATS = ["jayden said he will kill amy", "Jayden said he'll stab Amy tomorrow",
           "jayden keeps saying he is going to hurt amy", "a boy in 5c says hes gonna beat up the new boy after school",
           "she said she's going to stab her brother", "he said he's going to hurt her after school"]
NOT_THREATS = ["I will kill time at lunch by reading the policy", "we are going to smash it at sports day",
               "it would hurt morale if we banned phones", "we're going to shoot hoops at lunch",
               "i would kill for a coffee", "it would hurt him if we left him out of the team",
               "we will burn them in the bonfire on friday"]


async def test_words_of_a_threat_said_of_a_thing_are_not_taken_for_harm(chat: Chat) -> None:
    for said in NOT_THREATS:
        await chat.say(said)
        assert not chat.last.text.startswith(MAYBE_REPORT), said


async def test_harm_told_in_a_question_the_policy_answers_is_answered_with_the_report_first(chat: Chat) -> None:
    told = "a pupil said he is going to stab another pupil"
    meaning = understand(told, chat.runtime.engine.kb.index)
    # a report's intent with the clause it also matches: both returned (issue 2, part 3), the answer as it was
    assert meaning.intent == "report_concern" and meaning.as_question == "policy_question"
    assert meaning.clause_id == "E.2"
    await chat.say(told)
    assert chat.last.text.startswith(MAYBE_REPORT) and chat.last.citation is not None
    assert chat.last.citation.clause_id == "E.2"  # still answered from the policy
    assert "Ask the Headteacher" not in [b.label for b in chat.last.buttons]
    [entry] = await logged(chat)
    assert entry.question == MAYBE_REPORT_WITHHELD and entry.clause_id == "E.2"


# A child lured or taken, or made to do things: once "not covered" (or answered from E.2), Ask the Headteacher offered
TAKEN = ["a man tried to get a child into his car outside school", "someone tried to lure a year 3 boy into a van",
         "a stranger offered the kids sweets through the fence at lunch",
         "zara said her cousin forces her to do things"]
NOT_TAKEN = ["mum put the kids in the car", "I got him into his coat before home time",
             "she forced her to do her homework", "can we take the children in the school minibus?"]


@pytest.mark.parametrize("said", [*THREATS, *TAKEN])
async def test_a_threat_or_a_child_lured_is_a_report_or_offers_one_first_and_is_not_logged(chat: Chat,
                                                                                           said: str) -> None:
    await chat.say(said)
    begun = "What kind of concern is it?" in chat.text  # a report rule took it: better still
    assert begun or chat.last.text.startswith(MAYBE_REPORT)
    assert "Ask the Headteacher" not in [b.label for r in chat.replies for b in r.buttons]
    assert all(entry.question == MAYBE_REPORT_WITHHELD for entry in await logged(chat))


async def test_a_child_put_in_a_car_or_a_coat_is_not_taken_for_harm(chat: Chat) -> None:
    for said in NOT_TAKEN:
        await chat.say(said)
        assert not chat.last.text.startswith(MAYBE_REPORT) and "What kind of concern" not in chat.text, said
