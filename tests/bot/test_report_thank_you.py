"""The thank-you after a report: its reference, what happens next, and the policy clauses for that kind of concern."""

from __future__ import annotations

import pytest

from bot import actions
from tests.bot.conftest import HEAD, Chat


@pytest.mark.parametrize(("category", "quoted", "route"), [
    ("bullying", {"E"}, "DSL"),
    ("parent_post", {"D", "APX"}, "Headteacher"),
    ("staff_conduct", {"B"}, "Headteacher first, LADO where needed"),
    ("image", {"APX"}, "DSL"),  # nobody named as responsible: D.1, on parents' pictures, is not quoted
])
async def test_the_thank_you_quotes_the_clauses_for_the_kind_of_concern(
        chat: Chat, category: str, quoted: set[str], route: str) -> None:
    replies = await chat.press(actions.FORM_SUBMIT, form={"category": category, "danger": "no", "what": "It happened"})
    assert "C-0001" in replies[0].text and "What happens next" in replies[0].text
    assert any(route in r.text for r in replies)
    cited = [r.citation for r in replies if r.citation]
    assert {c.clause_id.rsplit(".", 1)[0] for c in cited} == quoted
    for c in cited:  # word for word
        clause = chat.runtime.kb.clause(c.clause_id)
        assert clause is not None and c.text == clause.text
    if category == "image":
        assert "APX.5" in [c.clause_id for c in cited]
    if category == "bullying":  # the clause naming bullying first, not half a sentence of E.0's list
        assert cited[0].clause_id == "E.4"
    if category == "staff_conduct":
        assert {c.clause_id for c in cited} == {"B.0", "B.10"}
    more = [b.value for r in replies for b in r.buttons if b.action == actions.ASK_CLAUSE]
    every = {c.id for c in chat.runtime.kb.concern_clauses(category)}
    assert {c.clause_id for c in cited} | set(more) == every  # the rest are one press away
    if more:
        [shown] = await chat.press(actions.ASK_CLAUSE, more[0])
        assert shown.citation is not None and shown.citation.clause_id == more[0]


@pytest.mark.parametrize(("responsible", "what", "quoted"), [
    ("a year 6 boy", "He shared a photo of Amy in her PE kit on snapchat", ["APX.5"]),
    ("", "A girl in year 5 posted a picture of Amy on tiktok", ["APX.5"]),
    ("Amy's mum", "She posted a photo of the whole netball team on facebook", ["APX.5", "D.1"]),
    ("", "A parent posted a photo of Amy on the village facebook page", ["APX.5", "D.1"]),
    ("", "A photo of Amy was shared by a grandparent on facebook", ["APX.5", "D.1"]),
])
async def test_a_pupils_image_quotes_the_parents_clause_only_when_a_parent_shared_it(
        chat: Chat, responsible: str, what: str, quoted: list[str]) -> None:
    replies = await chat.press(actions.FORM_SUBMIT, form={"category": "image", "danger": "no", "what": what,
                                                          "responsible": responsible})
    assert "C-0001" in replies[0].text
    assert [r.citation.clause_id for r in replies if r.citation] == quoted
    more = [b.value for r in replies for b in r.buttons if b.action == actions.ASK_CLAUSE]
    assert set(quoted) | set(more) == {"APX.5", "D.1"}  # D.1 one press away when not quoted


async def _urgent_to_summary(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.click("Yes")  # URGENT C-0001 raised now
    for _ in range(4):
        await chat.click("Skip")
    await chat.say("Messages telling him to hurt himself")
    for label in ("No disclosure", "Skip", "Skip"):
        await chat.click(label)


@pytest.mark.parametrize(("head_does", "said", "not_said"), [
    (None, "I'll message you when it is acknowledged", "has been acknowledged"),
    ("ack C-0001", "has been acknowledged already", "when it is acknowledged"),
    ("close C-0001", "has been closed by the Headteacher's team", "when it is acknowledged"),
])
async def test_the_thank_you_for_an_urgent_report_says_where_its_alert_stands(
        chat: Chat, head_does: str | None, said: str, not_said: str) -> None:
    await _urgent_to_summary(chat)
    if head_does:
        await chat.as_user(HEAD, "Mrs Head").say(head_does)
    await chat.click("Send report")
    thanks = chat.replies[0].text
    assert "joined URGENT concern C-0001" in thanks and said in thanks and not_said not in thanks
