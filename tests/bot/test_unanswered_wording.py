"""A part nobody answered reads the same everywhere: "Not given" on the summary, on the Headteacher's Slack and Teams
messages and in `reports show`, whether skipped in the chat (who is affected, who is responsible) or left empty on the
form. Through the real engine and the real renderers."""

from __future__ import annotations

import json

from adapters.cli.reports import show_text
from adapters.local.records import load_concerns
from adapters.slack.blocks import escalation_blocks
from adapters.teams.cards import escalation_card
from bot.escalation import EscalationView
from tests.bot.conftest import Chat
from tests.fakes.escalation_channel import FakeChannel


async def skipped_report(chat: Chat) -> str:
    """A report whose who is affected and who is responsible were skipped; the summary's text."""
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say("no")
    await chat.click("Skip")  # who is affected
    await chat.click("Skip")  # who is responsible
    await chat.click("WhatsApp")
    await chat.say("Saturday night")
    await chat.say("A group chat of Year 5s has been sending a boy nasty messages.")
    await chat.click("No disclosure")
    await chat.click("Skip")  # evidence
    await chat.click("Skip")  # what has been done
    assert "Here is your report" in chat.last.text
    return chat.last.text


def rows_of(view: EscalationView) -> dict[str, str]:
    return dict(view.summary)


async def test_skipped_parts_read_not_given_on_the_summary_and_on_both_platforms(chat: Chat,
                                                                                  channel: FakeChannel) -> None:
    summary = await skipped_report(chat)
    assert "Not known" not in summary and "not given" not in summary
    assert summary.count("Not given") >= 4  # affected, responsible, evidence, what has been done

    await chat.click("Send report")
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    view = channel.posts()[0].view
    assert view is not None
    rows = rows_of(view)
    assert rows["Who is affected"] == rows["Who is responsible"] == "Not given"
    slack = json.dumps(escalation_blocks(view))
    teams = json.dumps(escalation_card(view))
    for shown in (slack, teams):
        assert "Not known" not in shown and "not given" not in shown and "Not given" in shown

    [stored] = await load_concerns(chat.runtime.store)
    shown = show_text(stored)
    assert "Not known" not in shown and "Who is responsible: " in shown and "Not given" in shown


async def test_parts_left_empty_on_the_form_read_the_same(chat: Chat, channel: FakeChannel) -> None:
    from bot import actions

    await chat.press(actions.FORM_SUBMIT, form={"category": "bullying", "danger": "no",
                                               "what": "Nasty messages in a class group chat."})
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    view = channel.posts()[0].view
    assert view is not None
    rows = rows_of(view)
    assert rows["Who is affected"] == rows["Who is responsible"] == "Not given"
