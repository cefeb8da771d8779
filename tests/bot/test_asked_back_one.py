"""Helper askedback: *Who is responsible?*'s "is that when it happened?" had a mechanism of its own (`asked_when`,
read in `concern_report`), beside `part_asked_back`'s for *When?* and *Who is affected?*; now all three ask through
`part_asked_back`. What that mends, and what it keeps: a stale press refused at Who is responsible too, a name typed
instead keeps the time (it was dropped), "yes that's right" or "ok" answers at every step (at When and Who is affected
they were "no answer"), two names or times typed one after another are both kept (only the second was), and a draft
stored by the version before, mid-question, is answered as asked. Each test is one teacher through the real
engine."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot import actions
from bot.store.models import Conversation
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import kept_draft, start_routine
from tests.bot.test_part_asked_back import to_affected, to_when
from tests.bot.test_summary_corrections import fields
from tests.bot.test_when_dated import Clock, from_what_to_summary

MONDAY = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # Mon 30 Nov 2026
TUESDAY = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
OLD_BUTTON = "That button belongs to an earlier question"
LOOKS_WHEN = "like when it happened, not who"


async def to_responsible(chat: Chat, monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock(monkeypatch, MONDAY)
    await start_routine(chat)
    await chat.say("Ellie T, Year 4")
    assert "Who is responsible" in chat.last.text
    return clock


async def stored_as_before(chat: Chat, words: str, day: str) -> None:
    """The draft as the version before wrote it while "is that when?" waited: its own two keys, no `asked_back`."""
    async with chat.runtime.store.transaction() as s:
        convo = await s.get(Conversation, chat.conversation)
        assert convo is not None
        draft = {k: v for k, v in dict(convo.draft).items() if k != "asked_back"}
        convo.draft = {**draft, "asked_when": words, "asked_when_day": day}


@pytest.mark.parametrize("answer", ["yes", "no", "old yes button", "old no button"])
async def test_a_draft_stored_mid_question_by_the_version_before_is_answered_as_asked(
        chat: Chat, monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    clock = await to_responsible(chat, monkeypatch)
    await chat.say("sunday evening about 7")
    assert LOOKS_WHEN in chat.text
    await stored_as_before(chat, "sunday evening about 7", "sunday evening about 7 (Sun 29 Nov 2026)")
    assert "asked_back" not in (await kept_draft(chat))[1]
    clock.moment = TUESDAY  # answered after the upgrade, the next morning
    if answer == "old yes button":  # the old message's buttons: Yes carried the dated words, No the words alone
        await chat.press(actions.CONCERN_CHOICE, "responsible:as-when:sunday evening about 7 (Sun 29 Nov 2026)")
    elif answer == "old no button":
        await chat.press(actions.CONCERN_CHOICE, "responsible:sunday evening about 7")
    else:
        await chat.say(answer)
    kept = await fields(chat)
    if "yes" in answer:
        assert kept["when"] == "sunday evening about 7 (Sun 29 Nov 2026)" and "responsible" not in kept
        assert "Who is responsible" in chat.last.text
    else:
        assert kept["responsible"] == "sunday evening about 7" and "when" not in kept
        assert "Where did it happen" in chat.last.text


async def test_the_old_no_button_after_yes_at_who_is_responsible_changes_nothing(
        chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    await to_responsible(chat, monkeypatch)
    await chat.say("sunday evening about 7")
    asked = list(chat.replies)
    await chat.click("Yes, it's when")
    chat.replies = asked
    await chat.click("No, keep it as who")  # from the old message: the time is in When already
    assert OLD_BUTTON in chat.text and "Who is responsible" in chat.last.text
    kept = await fields(chat)
    assert kept["when"].startswith("sunday evening about 7") and "responsible" not in kept


async def test_a_name_typed_instead_at_who_is_responsible_keeps_the_time_as_when(
        chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    await to_responsible(chat, monkeypatch)
    await chat.say("sunday evening about 7")
    await chat.say("an older boy from the park")
    kept = await fields(chat)
    assert kept["responsible"] == "an older boy from the park"
    assert kept["when"] == "sunday evening about 7 (Sun 29 Nov 2026)"
    assert "as it looked: Edit on the summary changes it" in chat.text and "Where did it happen" in chat.last.text


@pytest.mark.parametrize("typed", ["yes that's right", "ok", "yep thanks"])
async def test_a_yes_in_other_words_answers_at_when_and_who_is_affected(chat: Chat, typed: str) -> None:
    await to_when(chat)
    await chat.say("his stepdad")
    await chat.say(typed)
    assert (await fields(chat))["responsible"] == "his stepdad" and "When did it happen" in chat.last.text
    await chat.say("cancel")
    await to_affected(chat)
    await chat.say("friday at lunch")
    await chat.say(typed)
    assert (await fields(chat))["when"].startswith("friday at lunch") and "Who is affected" in chat.last.text


@pytest.mark.parametrize("answer", ["Yes, it's who", "yes", "No, keep it as when", "no"])
async def test_two_people_typed_one_after_another_at_when_are_both_kept(chat: Chat, answer: str) -> None:
    await to_when(chat)
    await chat.say("Jake in year 6")
    await chat.say("his stepdad")
    assert "\u201cJake in year 6\u201d and \u201chis stepdad\u201d look like who is responsible" in chat.last.text
    if answer.startswith(("Yes", "No")):
        await chat.click(answer)
    else:
        await chat.say(answer)
    part = "responsible" if answer.lower().startswith("y") else "when"
    assert (await fields(chat))[part] == "Jake in year 6\nhis stepdad"


async def test_two_times_typed_at_who_is_affected_or_responsible_are_both_kept_each_dated(
        chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    await to_responsible(chat, monkeypatch)
    await chat.say("yesterday after school")
    await chat.say("and on sunday")
    await chat.say("yes")
    assert (await fields(chat))["when"] == ("yesterday after school (Sun 29 Nov 2026)\n"
                                            "and on sunday (Sun 29 Nov 2026)")
    await chat.say("cancel")
    await to_affected(chat)
    await chat.say("yesterday after school")
    await chat.say("and on sunday")
    await chat.click("Yes, it's when")
    assert (await fields(chat))["when"].count("\n") == 1 and "Who is affected" in chat.last.text


async def test_the_summary_and_sent_report_keep_both_people(chat: Chat) -> None:
    await to_when(chat)
    await chat.say("Mr Okafor")
    await chat.say("Leo in year 5")
    await chat.say("yes")
    await chat.say("last thursday")
    await from_what_to_summary(chat)
    assert "Mr Okafor" in chat.last.text and "Leo in year 5" in chat.last.text
