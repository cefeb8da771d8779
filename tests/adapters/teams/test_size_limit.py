"""Teams refuses a message over its size limit (413), which would leave a report unseen: a report typed to the
limit of every field still reaches the Headteacher, and a long form sent with a mistake keeps the words typed."""

from __future__ import annotations

import json
from typing import Any

from bot import actions
from bot.flows.concern_form import TEXT_FIELDS
from bot.flows.concern_report import MAX_FIELD_CHARS
from tests.adapters.teams.conftest import SAFEGUARDING, TEACHER_CHAT, reference
from tests.fakes.bot_connector import Call

TEAMS_LIMIT = 28_000  # the smallest limit Microsoft has documented, counted in UTF-16 as Teams counts


def teams_size(call: Call) -> int:
    return len(json.dumps(call.body, ensure_ascii=False).encode("utf-16-le"))


def full_form(**more: str) -> dict[str, Any]:
    """Every text field typed to its limit, in words that cost more than ASCII (accents, an emoji a line)."""
    words = ("Zoë's café 🙁 " * MAX_FIELD_CHARS)[:MAX_FIELD_CHARS]
    fields = {name: words for name in TEXT_FIELDS}
    return {"action": actions.FORM_SUBMIT, "value": "", "_context": "", "category": "bullying", "danger": "no",
            **fields, **more}


async def test_a_report_typed_to_every_limit_reaches_the_headteacher_within_teams_limit(make_teams, fake) -> None:
    async with make_teams(TEAMS_HEADTEACHER_CONVERSATION=reference(SAFEGUARDING, "channel", fake.url)) as teams:
        told = await teams.press(full_form())

        assert any("C-0001" in c.words for c in told)
        assert all(teams_size(c) <= TEAMS_LIMIT for c in told)
        [card] = await fake.wait_for("send", lambda c: c.conversation == SAFEGUARDING)
        assert teams_size(card) <= TEAMS_LIMIT
        assert "Concern C-0001" in card.words and "…[shortened]" in card.words
        assert {b["action"] for b in card.buttons} >= {actions.CONCERN_ACK, actions.CONCERN_TAKE}


async def test_a_long_form_sent_with_a_mistake_keeps_the_card_and_lists_what_to_correct(teams) -> None:
    await teams.press({"action": actions.FORM_OPEN, "value": ""})
    form_id = teams.fake.messages(TEACHER_CHAT)[-1]["id"]

    replies = await teams.press(full_form(what="   "), reply_to=form_id)

    assert await teams.db_rows("select count(*) from concerns") == [(0,)]
    assert teams.fake.of("update") == []  # the card the teacher typed into is left as it is
    [listed] = replies
    assert listed.kind == "reply" and teams_size(listed) <= TEAMS_LIMIT
    assert "not been sent yet" in listed.words and "What happened: Please describe what happened." in listed.words
