"""A teacher asks in a personal chat: the answer arrives as an Adaptive Card with the clause, quote and buttons."""

from __future__ import annotations

import asyncio
import re

from bot import actions
from bot.config import BUNDLED_POLICY
from policy_kb.knowledge import load_knowledge_base
from tests.adapters.teams.conftest import TEACHER_CHAT, TeamsHarness
from tests.phrasings import a_close_call

C1_WORDS = "All social media services must be approved by the Headteacher in advance of any educational work"
D1_WORDS = "Parents are expected to not post pictures of pupils other than their own children"


async def test_question_in_personal_chat_gets_the_clause_quote_and_buttons(teams: TeamsHarness) -> None:
    replies = await teams.say("Who must approve social media services before educational work?")

    assert len(replies) == 1
    answer = replies[0]
    assert answer.kind == "reply" and answer.conversation == TEACHER_CHAT
    assert "Policy clause C.1" in answer.words
    assert f"“{C1_WORDS}" in answer.words
    pressed = {b["action"] for b in answer.buttons}
    assert {actions.FEEDBACK_YES, actions.FEEDBACK_NO, actions.CONCERN_START, actions.ASK_HEAD} <= pressed


async def test_a_close_call_offers_did_you_mean_buttons_and_pressing_one_quotes_that_clause(
        teams: TeamsHarness) -> None:
    question, pair = a_close_call(load_knowledge_base(BUNDLED_POLICY).index)
    replies = await teams.say(question)

    shown = {clause for r in replies for clause in re.findall(r"Policy clause ([A-Z]+\.[A-Z0-9]+)", r.words)}
    offered = {b["value"].split("@")[0]: b for r in replies for b in r.buttons if b["action"] == actions.ASK_CLAUSE}
    assert pair <= set(offered) | shown  # both readings of the question are on screen
    other = next(clause for clause in offered if clause not in shown)

    [chosen] = await teams.press(offered[other], reply_to=replies[-1].body.get("id", "x"))

    assert chosen.conversation == TEACHER_CHAT and f"Policy clause {other}" in chosen.words


async def test_pressing_a_did_you_mean_choice_shows_that_clause(teams: TeamsHarness) -> None:
    replies = await teams.press({"action": actions.ASK_CLAUSE, "value": "D.1"}, reply_to="card-1")

    assert len(replies) == 1
    assert "Policy clause D.1" in replies[0].words and D1_WORDS in replies[0].words
    assert replies[0].conversation == TEACHER_CHAT


async def test_report_a_concern_under_an_answer_starts_the_report_there(teams: TeamsHarness) -> None:
    [answer] = await teams.say("Who must approve social media services before educational work?")

    asked = await teams.press(answer.button("Report a concern"))

    assert {c.conversation for c in asked} == {TEACHER_CHAT}
    assert "What kind of concern" in asked[-1].words and asked[-1].button("Online bullying")


async def test_feedback_button_is_answered_in_the_same_chat(teams: TeamsHarness) -> None:
    answer = (await teams.say("Who must approve social media services before educational work?"))[0]
    helpful = next(b for b in answer.buttons if b["action"] == actions.FEEDBACK_YES)

    replies = await teams.press(helpful, reply_to=answer.body.get("id", "x"))

    assert [r.conversation for r in replies] == [TEACHER_CHAT]
    assert "glad that helped" in replies[0].words
    rows = await teams.db_rows("select feedback from question_log")
    assert rows == [("helpful",)]


async def test_a_resent_activity_is_answered_once(teams: TeamsHarness) -> None:
    first = await teams.say("Who must approve social media services before educational work?", activity_id="dup-1")
    again = await teams.say("Who must approve social media services before educational work?", activity_id="dup-1")

    assert len(first) == 1 and again == []


async def test_teams_resending_while_the_first_answer_is_still_on_its_way_is_answered_once(
        teams: TeamsHarness) -> None:
    """Teams re-sends an activity it has had no answer to for ~15 s; here the first answer hangs at the connector."""
    question = teams.activity("Who must approve social media services before educational work?")
    teams.fake.fail_next(1, "hang", "reply")
    first = asyncio.create_task(teams.post(question))
    await teams.fake.wait_for("reply")

    resent = await teams.post(question)  # answered while the first turn is still waiting on the connector

    assert resent.status == 201
    teams.fake.release_hung()
    assert (await first).status == 201
    [answer] = teams.fake.messages(TEACHER_CHAT)
    assert "Policy clause C.1" in str(answer)
    assert await teams.db_rows("select count(*) from question_log") == [(1,)]


async def test_welcome_card_when_the_bot_is_installed(teams: TeamsHarness) -> None:
    from tests.adapters.teams.conftest import BOT

    body = teams.activity(type="conversationUpdate", membersAdded=[BOT])
    del body["text"]
    response = await teams.post(body)

    assert response.status == 201
    welcome = teams.fake.of("send") + teams.fake.of("reply")
    assert len(welcome) == 1 and welcome[0].kind == "send" and welcome[0].conversation == TEACHER_CHAT
    assert "report a concern" in welcome[0].words.lower()
    assert "mention me" not in welcome[0].words  # a one-to-one chat needs no mention
    assert {b["action"] for b in welcome[0].buttons} >= {actions.CONCERN_START}


async def test_a_person_joining_gets_no_welcome(teams: TeamsHarness) -> None:
    from tests.adapters.teams.conftest import TEACHER

    body = teams.activity(type="conversationUpdate", membersAdded=[TEACHER])
    response = await teams.post(body)

    assert response.status == 201
    assert teams.fake.of("send") + teams.fake.of("reply") == []


async def test_welcome_card_in_the_team_channel_when_the_bot_is_added_to_a_team(teams: TeamsHarness) -> None:
    from tests.adapters.teams.conftest import BOT, STAFFROOM

    # Teams sends a team install to the team's General channel, its id sometimes carrying the message part.
    body = teams.activity(type="conversationUpdate", membersAdded=[BOT], conversation=f"{STAFFROOM};messageid=7",
                          kind="channel",
                          channelData={"eventType": "teamMemberAdded", "team": {"id": STAFFROOM, "name": "Staff"},
                                       "tenant": {"id": "t"}})
    del body["text"]
    response = await teams.post(body)

    assert response.status == 201
    welcome = teams.fake.of("send") + teams.fake.of("reply")
    assert len(welcome) == 1 and welcome[0].kind == "send" and welcome[0].conversation == STAFFROOM
    assert "report a concern" in welcome[0].words.lower()
    assert {b["action"] for b in welcome[0].buttons} >= {actions.CONCERN_START}
    # The whole staff can read a channel: they are told to mention the bot and that reports are taken privately.
    assert "mention me" in welcome[0].words and "private chat" in welcome[0].words


async def test_report_a_concern_offered_under_words_answered_as_a_question_begins_with_them(
        teams: TeamsHarness) -> None:
    replies = await teams.say("is it ok that a y7 boys 25 year old mate keeps buying him vapes")
    offer = next(r for r in replies if "If this is a concern, please report it" in r.words)

    begun = await teams.press(offer.button("Report a concern"))  # its value names the words, carried and back

    assert any("noted what you wrote as what happened" in r.words for r in begun)
    assert {c.conversation for c in begun} == {TEACHER_CHAT}
