"""A teacher reports a concern in chat: every step, urgent escalation, back/skip/cancel, and a resume."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from adapters.cli.reports import export_csv, export_json, show_text
from adapters.local.records import load_concerns
from bot import actions
from bot.cancelled_reports import MAX_KEPT, UNDO_WITHIN
from bot.concerns import view
from bot.flows import concern_report as flow
from bot.flows.concern_wording import STEP_HELP
from bot.messages import OwnWords
from bot.runtime import open_runtime, running
from bot.school_time import school_time
from bot.store.models import Concern, ConcernEvent, Conversation, OutboxEntry, QuestionLog
from bot.store.store import from_micros, utcnow
from tests.bot.conftest import HEAD, Chat, make_settings
from tests.bot.when_stored import stored
from tests.fakes.escalation_channel import FakeChannel


async def concerns_in(chat: Chat) -> list[Concern]:
    async with chat.runtime.store.transaction() as s:
        return list((await s.execute(select(Concern).order_by(Concern.id))).scalars().all())


async def trail_of(chat: Chat, people_only: bool = False) -> list[tuple[str, str]]:
    """Every audit line, oldest first, as (action, detail); `people_only`: without policybot's own (an escalation's
    delivery, recorded by the outbox whenever it lands)."""
    query = select(ConcernEvent).order_by(ConcernEvent.id)
    if people_only:
        query = query.where(ConcernEvent.actor != "policybot")
    async with chat.runtime.store.transaction() as s:
        return [(e.action, e.detail or "") for e in (await s.execute(query)).scalars()]


async def alert_delivered(chat: Chat) -> None:
    """Wait until the outbox has recorded the first concern's escalation as delivered (posted, then stored)."""
    async with asyncio.timeout(10):
        while True:
            if any(concern.escalation_platform for concern in await concerns_in(chat)):
                return
            await asyncio.sleep(0.01)


async def walk_to_confirm(chat: Chat, danger: str = "no") -> None:
    await chat.say("I need to report something")
    assert "What kind of concern" in chat.last.text
    await chat.click("Online bullying")
    assert "immediate danger" in chat.last.text
    await chat.say(danger)
    if danger == "yes":
        assert any(r.urgent and "999" in r.text for r in chat.replies)
    assert "Who is affected" in chat.last.text
    await chat.say("Sam B, Year 5")
    assert "Who is responsible" in chat.last.text
    await chat.click("Skip")
    assert "Where did it happen" in chat.last.text
    await chat.click("WhatsApp")
    assert "When did it happen" in chat.last.text
    await chat.say("Saturday night")
    assert "What happened" in chat.last.text
    await chat.say("A group chat of Year 5s has been sending Sam nasty messages and a vote on who hates him.")
    assert "exact words" in chat.last.text
    await chat.say("They said everyone in the chat wants me gone")
    assert "do not screenshot" in chat.last.text.lower()
    await chat.say("Sam's mum showed me the messages on her phone")
    assert "What has been done already" in chat.last.text
    await chat.say("Told the class teacher")
    assert "Here is your report" in chat.last.text


async def start_routine(chat: Chat) -> None:
    """A report of online bullying with no child in danger, at its first free-text step (who is affected)."""
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say("no")


async def to_what_happened(chat: Chat, kind: str = "Online bullying", danger: str = "no") -> None:
    """A report of `kind` at "What happened?", the four short steps before it skipped."""
    await chat.say("report a concern")
    await chat.click(kind)
    await chat.say(danger)
    for _ in range(4):
        await chat.click("Skip")
    assert "What happened" in chat.last.text


async def to_the_childs_words(chat: Chat) -> None:
    """A routine report at "Did a child tell you about this?", what happened given, everything before skipped."""
    await start_routine(chat)
    for _ in range(4):
        await chat.click("Skip")
    await chat.say("Messages at night")


async def start_urgent(chat: Chat, kind: str = "Online bullying") -> None:
    """A report of this kind with a child in danger: the URGENT alert has gone, the details are still to come."""
    await chat.say("report a concern")
    await chat.click(kind)
    await chat.click("Yes")


async def test_full_report_is_stored_escalated_and_confirmed(chat: Chat, channel: FakeChannel) -> None:
    await walk_to_confirm(chat)
    summary = chat.last.text
    assert "Sam B, Year 5" in summary and "WhatsApp" in summary and "Who is responsible:* Not given" in summary
    await chat.click("Send report")
    assert "C-0001" in chat.replies[0].text and "What happens next" in chat.replies[0].text
    assert any(r.citation and r.citation.clause_id.startswith("E.") for r in chat.replies)
    # the route is the one this report began, not a task left to do as though the report had not counted
    assert "route for online bullying of a pupil, which this report has set going" in chat.text

    [concern] = await concerns_in(chat)
    assert concern.reference == "C-0001" and concern.category == "bullying" and not concern.urgent
    assert concern.fields["disclosure"] == "They said everyone in the chat wants me gone"
    assert concern.complete and concern.status == "new"

    await channel.wait_for(lambda c: len(c.posts()) == 1)
    post = channel.posts()[0]
    assert post.view is not None and post.view.reference == "C-0001" and post.destination == "inbox"
    assert ("What happened", concern.fields["what"]) in post.view.summary
    assert [b.label for b in post.view.buttons] == ["Acknowledge", "Take", "Close"]


async def test_danger_yes_escalates_at_once_then_completes_the_same_concern(chat: Chat, channel: FakeChannel) -> None:
    await start_urgent(chat)
    assert any("URGENT concern C-0001" in r.text for r in chat.replies)
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    first = channel.posts()[0].view
    assert first is not None and first.urgent and any("still adding details" in v for _, v in first.summary)

    for _ in range(3):
        await chat.click("Skip")
    await chat.say("yesterday")
    await chat.say("A pupil posted that he will hurt himself tonight")
    await skip_to_summary(chat)
    await chat.click("Send report")
    assert "C-0001" in chat.replies[0].text and "URGENT" in chat.replies[0].text

    assert len(await concerns_in(chat)) == 1  # the details joined the urgent concern: no second report
    await channel.wait_for(lambda c: any(s.view and s.view.summary and "hurt himself" in str(s.view.summary)
                                         for s in c.of("update")))
    assert len(channel.posts()) == 1


async def test_back_skip_help_and_edit_from_the_summary(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.say("2")  # a typed number picks the second kind
    assert "immediate danger" in chat.last.text
    await chat.say("back")
    assert "What kind of concern" in chat.last.text
    await chat.say("staff")
    await chat.say("no")
    await chat.say("help")
    assert "don't have to give them" in chat.text and "Who is affected" in chat.last.text
    await walk_rest(chat)
    await chat.click("Edit: Who is affected")
    assert "Who is affected" in chat.last.text
    await chat.say("Mr Jones's class")
    assert "Here is your report" in chat.last.text and "Mr Jones's class" in chat.last.text
    assert "A member of staff's conduct, online or in person" in chat.last.text


async def walk_rest(chat: Chat, skipped: int = 4, what: str = "what happened here is required") -> None:
    """From a step `skipped` skippable steps before What happened (4: who is affected) to the summary."""
    for _ in range(skipped):
        await chat.say("skip")
    await chat.say(what)
    for _ in range(3):  # the child's own words, evidence, done so far
        await chat.say("skip")
    assert "Here is your report" in chat.last.text


async def test_what_happened_cannot_be_skipped(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.say("1")
    await chat.say("no")
    for _ in range(4):
        await chat.say("skip")
    assert "What happened" in chat.last.text
    await chat.say("skip")
    assert "can't be skipped" in chat.text and "What happened" in chat.last.text


async def test_cancel_discards_and_sends_nothing(chat: Chat, channel: FakeChannel) -> None:
    await chat.say("report a concern")
    await chat.say("1")
    await chat.click("Cancel")
    assert "Nothing was sent" in chat.text
    assert await concerns_in(chat) == []
    await chat.say("can I post sports day photos?")
    assert chat.replies[0].citation is not None and chat.replies[0].citation.clause_id == "B.3"


async def test_a_step_answered_twice_changes_nothing(chat: Chat) -> None:
    await chat.say("report a concern")
    stale = chat.button("Online bullying")
    await chat.press(stale.action, stale.value)
    assert "immediate danger" in chat.last.text
    await chat.press(stale.action, stale.value)  # the same button again, e.g. a double tap or an old message
    assert "earlier question" in chat.text and "immediate danger" in chat.last.text
    await walk_rest_from_danger(chat)
    await chat.click("Send report")
    send_again = await chat.press(actions.CONCERN_CONFIRM)
    assert "already been sent" in send_again[0].text
    assert len(await concerns_in(chat)) == 1


async def walk_rest_from_danger(chat: Chat) -> None:
    await chat.say("no")
    await walk_rest(chat)


async def test_report_resumes_after_a_restart(db_url: str) -> None:
    settings = make_settings(db_url)
    first = await open_runtime(settings, {"local": FakeChannel()})
    async with running(first):
        chat = Chat(first)
        await chat.say("report a concern")
        await chat.say("4")
        await chat.say("no")
        await chat.say("Mrs Smith")
    second = await open_runtime(settings, {"local": FakeChannel()})
    async with running(second):
        chat = Chat(second)
        await chat.say("a teaching assistant")
        assert "Where did it happen" in chat.last.text
        await chat.say("skip")
        await chat.say("skip")
        await chat.say("They accepted a Year 6 pupil as a friend on Facebook")
        for _ in range(3):
            await chat.say("skip")
        await chat.say("confirm")
        [concern] = await concerns_in(chat)
        assert concern.fields["affected"] == "Mrs Smith" and concern.fields["responsible"] == "a teaching assistant"
        assert concern.category == "staff_conduct"
        assert any(r.citation and r.citation.clause_id in ("B.0", "B.10") for r in chat.replies)


async def test_the_form_validates_each_field_then_files_the_report(chat: Chat, channel: FakeChannel) -> None:
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None and {f.name for f in opened.form.fields} >= {"category", "danger", "what"}
    [bad] = await chat.press(actions.FORM_SUBMIT, form={"category": "", "danger": "", "what": "  "})
    assert bad.form is not None and bad.form.has_errors
    errors = {f.name: f.error for f in bad.form.fields if f.error}
    assert set(errors) == {"category", "danger", "what"}
    assert await concerns_in(chat) == []
    form = {"category": "image", "danger": "not_sure", "what": "A parent shared a class photo", "platform": "Facebook"}
    replies = await chat.press(actions.FORM_SUBMIT, form=form)
    assert replies[0].urgent and "C-0001" in chat.text
    [concern] = await concerns_in(chat)
    assert concern.urgent and concern.source == "form" and concern.fields["platform"] == "Facebook"
    await channel.wait_for(lambda c: len(c.posts()) == 1)


async def test_audit_trail_records_the_report(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Send report")
    async with chat.runtime.store.transaction() as s:
        events = (await s.execute(select(ConcernEvent))).scalars().all()
        entries = (await s.execute(select(OutboxEntry))).scalars().all()
    assert [e.action for e in events][:1] == ["reported"] and events[0].actor == "local:alice"
    assert [e.key for e in entries][:1] == ["C-0001:post"]


async def test_help_is_a_button_at_every_step_and_leaves_the_step_as_it_was(chat: Chat) -> None:
    await chat.say("report a concern")
    for step in flow.ORDER:
        question = chat.last.text
        assert "Help" in [b.label for b in chat.last.buttons], step
        await chat.click("Help")
        assert STEP_HELP[step] in chat.text and chat.last.text == question  # then the same question again
        if step is flow.Step.CONFIRM:
            break
        await chat.say("what happened here" if step is flow.Step.WHAT else "no" if step is flow.Step.DANGER
                       else "1" if step is flow.Step.CATEGORY else "skip")
    assert await concerns_in(chat) == []


async def test_cancelling_after_an_urgent_alert_keeps_what_was_given_and_tells_the_headteacher(
        chat: Chat, channel: FakeChannel) -> None:
    await start_urgent(chat)
    await chat.say("Amy P, Year 5")
    await chat.say("an older pupil")
    await alert_delivered(chat)  # "gone" is said only of an alert that has (one held up: test_held_up_said.py)
    await chat.say("cancel")
    assert "already gone to the Headteacher" in chat.text
    [concern] = await concerns_in(chat)
    assert concern.urgent and not concern.complete
    assert (concern.fields["affected"], concern.fields["responsible"]) == ("Amy P, Year 5", "an older pupil")
    await channel.wait_for(lambda c: any(
        s.view and ("Who is affected", "Amy P, Year 5") in s.view.summary
        and any("stopped before finishing" in v for _, v in s.view.summary) for s in c.of("update")))
    await chat.say("can I post sports day photos?")  # and the conversation is free again
    assert chat.replies[0].citation is not None


async def test_the_form_sent_mid_report_completes_the_urgent_concern_already_raised(chat: Chat) -> None:
    await start_urgent(chat)
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    await chat.press(actions.FORM_SUBMIT, form={"category": "bullying", "danger": "yes", "_context": opened.form.value,
                                                "what": "Threats in a group chat", "affected": "Amy P"})
    assert "C-0001" in chat.text
    [concern] = await concerns_in(chat)
    assert concern.complete and concern.fields["what"] == "Threats in a group chat"


async def test_editing_the_danger_answer_to_yes_raises_the_alert_at_once(chat: Chat, channel: FakeChannel) -> None:
    await chat.say("report a concern")
    await chat.say("1")
    await walk_rest_from_danger(chat)
    await chat.click("Edit: Child in immediate danger")
    await chat.click("Yes")
    assert any("URGENT concern C-0001" in r.text for r in chat.replies) and "Here is your report" in chat.last.text
    await channel.wait_for(lambda c: len(c.posts()) == 1 and c.posts()[0].view is not None
                           and c.posts()[0].view.urgent)
    await chat.click("Send report")
    [concern] = await concerns_in(chat)
    assert concern.urgent and concern.complete


async def test_coming_back_shows_where_the_report_stands_and_changes_nothing(chat: Chat) -> None:
    assert await chat.runtime.engine.resume(chat.conversation) == []
    await chat.say("report a concern")
    await chat.say("3")
    await chat.say("not sure")
    await alert_delivered(chat)  # the lead says where its alert is: compared twice, it must not arrive in between
    waiting = await chat.runtime.engine.resume(chat.conversation)
    assert "report in progress" in waiting[0].text and "Who is affected" in waiting[-1].text
    assert "Skip" in [b.label for b in waiting[-1].buttons]
    assert await chat.runtime.engine.resume(chat.conversation) == waiting  # looking twice is harmless
    await chat.say("Year 2")
    assert "Who is responsible" in chat.last.text
    await chat.press(actions.CONCERN_START)  # "Report a concern" under an old answer: this report is kept
    assert "report in progress" in chat.text and "Who is responsible" in chat.last.text
    await chat.say("skip")
    assert "Where did it happen" in chat.last.text


TOLD = "A girl in 5B is being sent nasty messages on WhatsApp by older pupils"


async def walk_to_what_happened(chat: Chat) -> None:
    await chat.click("Online bullying")
    await chat.say("no")
    for _ in range(4):  # who is affected, who is responsible, where, when
        await chat.click("Skip")
    assert "What happened" in chat.last.text


async def test_the_message_that_starts_a_report_is_kept_as_what_happened(chat: Chat, channel: FakeChannel) -> None:
    await chat.say(TOLD)
    assert "noted what you wrote" in chat.text and "What kind of concern" in chat.last.text
    await walk_to_what_happened(chat)
    assert chat.last.own_words == (OwnWords("Your answer so far", TOLD),)
    assert f"*Your answer so far:* {TOLD}\n" in chat.last.text
    await chat.click("Keep as it is")
    assert "exact words" in chat.last.text  # on to the next step, nothing retyped
    await chat.click("No disclosure")
    await chat.click("Skip")
    await chat.click("Skip")
    assert "Here is your report" in chat.last.text and TOLD in chat.last.text
    await chat.click("Send report")

    [concern] = await concerns_in(chat)
    assert concern.fields["what"] == TOLD
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    view = channel.posts()[0].view
    assert view is not None and ("What happened", TOLD) in view.summary


async def test_the_first_words_can_be_kept_by_typing_or_replaced(chat: Chat) -> None:
    await chat.say(TOLD)
    await walk_to_what_happened(chat)
    await chat.say("keep")
    assert "exact words" in chat.last.text
    await chat.say("back")
    assert "What happened" in chat.last.text and TOLD in chat.last.text
    await chat.say("Older pupils in Year 6 set up a group chat to send her messages calling her names.")
    await chat.click("No disclosure")
    await chat.click("Skip")
    await chat.click("Skip")
    assert "calling her names" in chat.last.text and TOLD not in chat.last.text


async def test_an_urgent_alert_carries_the_first_words_at_once(chat: Chat, channel: FakeChannel) -> None:
    await chat.say(TOLD)
    await chat.click("Online bullying")
    await chat.click("Yes")
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    view = channel.posts()[0].view
    assert view is not None and view.urgent and ("What happened", TOLD) in view.summary


async def test_a_bare_wish_to_report_is_not_offered_back_as_what_happened(chat: Chat) -> None:
    await chat.say("I need to report a safeguarding concern please")
    assert "noted what you wrote" not in chat.text
    await walk_to_what_happened(chat)
    assert "so far" not in chat.last.text.lower()
    assert "Keep as it is" not in [b.label for b in chat.last.buttons]
    await chat.say("keep")
    assert "no answer here yet to keep" in chat.text and "What happened" in chat.last.text


async def test_an_answer_gone_back_to_or_edited_is_kept_with_one_press(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    assert "Who is responsible" in chat.last.text
    await chat.click("Back")
    assert "Who is affected" in chat.last.text
    assert chat.last.own_words == (OwnWords("Your answer so far", "Sam B, Year 5"),)
    # Keep just before Help: no number a terminal user knows moves
    assert [b.label for b in chat.last.buttons] == ["Skip", "Back", "Cancel", "Keep as it is", "Help"]
    await chat.click("Keep as it is")
    assert "Who is responsible" in chat.last.text
    await walk_rest(chat, skipped=3, what="Messages in a group chat")  # from who is responsible
    await chat.click("Edit: Kind of concern")
    assert chat.last.own_words == (OwnWords("Your answer so far", "Online bullying of a pupil"),)
    await chat.click("Keep as it is")
    assert "Here is your report" in chat.last.text and "Online bullying of a pupil" in chat.last.text
    assert "Sam B, Year 5" in chat.last.text


async def test_a_report_begun_in_a_channel_keeps_nothing_of_its_words(chat: Chat) -> None:
    chat.extra = {actions.EXTRA_GROUP: "1"}
    await chat.say(TOLD)
    assert "Let's keep this private" in chat.text
    chat.extra = {}
    await chat.say("report a concern")
    await walk_to_what_happened(chat)
    assert "so far" not in chat.last.text.lower() and TOLD not in chat.text


async def test_a_keep_pressed_on_an_earlier_question_changes_nothing(chat: Chat) -> None:
    await chat.say(TOLD)
    await walk_to_what_happened(chat)
    kept_here = chat.button("Keep as it is")
    await chat.click("Back")  # to "When", which was skipped
    await chat.say("Yesterday after school")
    assert "What happened" in chat.last.text
    await chat.press(kept_here.action, kept_here.value)  # the same step: still fine
    assert "exact words" in chat.last.text
    await chat.say("back")
    await chat.say("back")
    assert "When did it happen" in chat.last.text and "Yesterday after school" in chat.last.text
    await chat.press(kept_here.action, kept_here.value)  # the What happened button, now on the When step
    assert "belongs to an earlier question" in chat.text and "When did it happen" in chat.last.text


async def skip_to_summary(chat: Chat) -> None:
    """From the child's-own-words step: no disclosure, no evidence, nothing done yet."""
    await chat.click("No disclosure")
    await chat.click("Skip")
    await chat.click("Skip")
    assert "Here is your report" in chat.last.text


async def test_a_double_tapped_keep_moves_on_one_step_only(chat: Chat) -> None:
    await chat.say(TOLD)
    await walk_to_what_happened(chat)
    await chat.click("Keep as it is")
    await chat.say("She said: they call me names every night")
    await chat.say("back")
    await chat.say("back")
    assert "What happened" in chat.last.text
    keep = chat.button("Keep as it is")
    await chat.press(keep.action, keep.value)
    assert "exact words" in chat.last.text
    await chat.press(keep.action, keep.value)  # the same button again, now on the child's-own-words step
    assert "belongs to an earlier question" in chat.text and "exact words" in chat.last.text
    await chat.click("Keep as it is")
    await chat.click("Skip")
    await chat.click("Skip")
    assert "She said: they call me names every night" in chat.last.text
    await chat.press(actions.CONCERN_KEEP, "what")  # a Keep from the What happened message, on the summary
    assert "belongs to an earlier question" in chat.text and "Here is your report" in chat.last.text


async def test_an_old_skip_or_back_pressed_on_another_step_changes_nothing(chat: Chat) -> None:
    await start_routine(chat)
    skip_affected, back_affected = chat.button("Skip"), chat.button("Back")
    await chat.say("Sam B, Year 5")
    await chat.say("Jake T, Year 6")
    await chat.say("back")
    assert "Who is responsible" in chat.last.text
    await chat.press(skip_affected.action, skip_affected.value)
    assert "belongs to an earlier question" in chat.text and "Jake T, Year 6" in chat.last.text
    await chat.press(back_affected.action, back_affected.value)
    assert "belongs to an earlier question" in chat.text and "Who is responsible" in chat.last.text
    await chat.click("Keep as it is")
    assert "Where did it happen" in chat.last.text


async def test_a_first_message_too_long_to_keep_whole_is_not_kept_and_the_teacher_is_told(chat: Chat) -> None:
    told = TOLD + ". " + "They wrote horrible things about her every night. " * 70 + "The end of her account."
    assert flow.MAX_FIELD_CHARS < len(told) <= 4000
    await chat.say(told)
    assert f"({len(told)} characters; the limit is {flow.MAX_FIELD_CHARS})" in chat.text
    assert "noted what you wrote" not in chat.text
    await walk_to_what_happened(chat)
    assert "so far" not in chat.last.text.lower() and "Keep as it is" not in [b.label for b in chat.last.buttons]


ONLY_ASKING = ("Good morning, I need to report a concern", "Sorry to bother you but I need to report a concern",
               "I'm a teacher and I need to report a concern", "I want to report a concern about a member of staff",
               "I need to raise a child protection concern", "I have a safeguarding concern about one of my pupils",
               "report a concern about a year 5 pupil", "I want to report a disclosure from a child",
               "I need to report a concern about a pupil's welfare", "I need to report something that happened today",
               "Hello, I've been told I need to report this")
TELLINGS = ("Tom in 4B is being bullied online", "A pupil said she wants to kill herself",
            "Someone is sharing nudes of a Year 9 girl", "A colleague is friends with pupils on Facebook",
            "My pupil is being cyberbullied on Snapchat",
            "I need to report that a pupil told me she's being hurt at home")


@pytest.mark.parametrize(("said", "kept"), [(m, False) for m in ONLY_ASKING] + [(m, True) for m in TELLINGS])
async def test_a_telling_however_short_is_kept_and_a_bare_wish_to_report_is_not(chat: Chat, said: str,
                                                                                  kept: bool) -> None:
    await chat.say(said)
    assert "What kind of concern" in chat.last.text  # the report started either way
    assert ("noted what you wrote" in chat.text) == kept
    await walk_to_what_happened(chat)
    assert (OwnWords("Your answer so far", said) in chat.last.own_words) == kept
    assert ("so far" in chat.last.text.lower()) == kept


async def test_after_an_urgent_alert_each_answer_reaches_the_headteacher_as_it_is_given(
        chat: Chat, channel: FakeChannel) -> None:
    await start_urgent(chat)
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    await chat.say("Leo M, 3C")  # who is affected: the reporter may be called away now, as they were told to go
    await channel.wait_for(lambda c: any(
        s.view and ("Who is affected", "Leo M, 3C") in s.view.summary for s in c.of("update")))
    [concern] = await concerns_in(chat)
    assert concern.fields["affected"] == "Leo M, 3C" and not concern.complete
    async with chat.runtime.store.transaction() as s:
        trail = [(e.action, e.detail) for e in (await s.execute(
            select(ConcernEvent).where(ConcernEvent.concern_id == concern.id))).scalars()]
    assert ("details added", "Who is affected given") in trail
    assert all("Leo" not in (detail or "") for _, detail in trail)  # the words are in the concern, not the trail
    assert len(channel.posts()) == 1  # the same message, updated: no second alert


async def test_details_after_an_admin_closed_the_urgent_concern_open_it_again_and_say_so(
        chat: Chat, channel: FakeChannel) -> None:
    await start_urgent(chat)
    head = chat.as_user(HEAD, "Head")
    await head.say("close C-0001")
    assert "still adding details" in head.text
    await chat.say("Leo M, 3C")
    [concern] = await concerns_in(chat)
    assert concern.status == "acknowledged" and concern.closed_at is None
    await head.say("open concerns")
    assert "C-0001" in head.text
    # A new message in the Headteacher's channel, not only an edit of the old one that nobody is told of
    await channel.wait_for(lambda c: len(c.posts()) == 2)
    reopened = channel.posts()[1].view
    assert reopened is not None and reopened.reopened and reopened.text.startswith("Reopened: URGENT concern C-0001")
    assert [b.label for b in reopened.buttons] == ["Take", "Close"]
    assert reopened.summary[0] == ("New since it was closed", "Who is affected given")  # no comparing by eye
    await chat.say("a Year 6 boy")  # more details on the open concern: no second announcement
    await head.say("close C-0001")
    await chat.say("Instagram")  # closed again, reopened again: announced again
    await channel.wait_for(lambda c: len(c.posts()) == 3)
    assert [action for action, _ in await trail_of(chat)].count("reopened") == 2


async def test_only_new_words_open_a_closed_concern_not_a_skip_or_words_taken_back(
        chat: Chat, channel: FakeChannel) -> None:
    await start_urgent(chat)
    await chat.say("is it ok to accept a friend request from a pupil?")  # kept as who is affected, sent at once
    head = chat.as_user(HEAD, "Head")
    await head.say("close C-0001")
    await chat.click("It was a question")  # words taken out: nothing new for the Headteacher
    assert "Who is affected" in chat.last.text
    await chat.click("Skip")
    await chat.click("Skip")  # who is responsible: "Not known", the flow's words, not the reporter's
    [concern] = await concerns_in(chat)
    assert concern.status == "closed" and concern.fields["responsible"] == "Not known"
    assert not concern.fields["affected"]
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    assert len(channel.posts()) == 1  # no "Reopened" announced


async def test_words_taken_back_put_the_earlier_answer_back_without_reopening(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Ann in 3A")
    await chat.click("Back")
    await chat.say("is it ok to accept a friend request from a pupil?")  # replaces "Ann in 3A", sent at once
    await chat.as_user(HEAD, "Head").say("close C-0001")
    await chat.click("It was a question")
    [concern] = await concerns_in(chat)
    assert concern.fields["affected"] == "Ann in 3A" and concern.status == "closed"


async def test_a_reopening_closed_again_before_it_was_announced_is_not_announced(
        chat: Chat, channel: FakeChannel) -> None:
    await start_urgent(chat)
    await channel.wait_for(lambda c: len(c.posts()) == 1)
    head = chat.as_user(HEAD, "Head")
    await head.say("close C-0001")
    channel.refuse_posts = True  # the channel is down while it reopens...
    await chat.say("Leo M, 3C")
    await head.say("close C-0001")  # ...and it is closed again before the announcement could go
    channel.refuse_posts = False
    chat.runtime.outbox.wake()
    async with asyncio.timeout(10):
        while True:
            async with chat.runtime.store.transaction() as s:
                # the announcement itself, not a held-up note about it to the admins ("C-0001:held-up:C-0001:
                # reopened:…") or to the reporter ("C-0001:reopened:…:held-up:reporter"), queued only when the outbox
                # tried it while refused, before the second close: a race under load
                entry = (await s.execute(select(OutboxEntry).where(
                    OutboxEntry.key.startswith("C-0001:reopened:"), OutboxEntry.kind == "remind"))).scalar_one()
            if entry.status != "pending":
                break
            await asyncio.sleep(0.05)
    assert entry.status == "withdrawn" and len(channel.posts()) == 1


async def test_a_danger_answer_changed_after_the_alert_is_shown_as_changed_and_audited(
        chat: Chat, channel: FakeChannel) -> None:
    await start_urgent(chat, "A pupil's image")
    await chat.say("back")
    await chat.click("No")
    [concern] = await concerns_in(chat)
    assert concern.urgent and concern.fields["danger"] == "no"
    await channel.wait_for(lambda c: any(s.view and any(
        label == "Child in immediate danger" and value.startswith("No (changed after the URGENT alert")
        for label, value in s.view.summary) for s in c.of("update")))
    async with chat.runtime.store.transaction() as s:
        details = [e.detail for e in (await s.execute(
            select(ConcernEvent).where(ConcernEvent.concern_id == concern.id))).scalars()]
    assert "Child in immediate danger: Yes, a child may be in danger now \u2192 No" in details


async def test_the_form_opened_mid_report_holds_the_answers_given_in_chat(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Ann in 3A")
    await chat.say("her uncle")
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    shown = {f.name: f.value for f in opened.form.fields}
    assert (shown["category"], shown["danger"], shown["affected"], shown["responsible"]) == (
        "bullying", "yes", "Ann in 3A", "her uncle")
    await chat.press(actions.FORM_SUBMIT, form={**{k: v for k, v in shown.items() if v}, "_context": opened.form.value,
                                                "what": "Her uncle sends her messages at night"})
    [concern] = await concerns_in(chat)
    assert concern.complete and concern.fields["affected"] == "Ann in 3A" and concern.fields["danger"] == "yes"


async def test_a_form_from_one_report_never_lands_on_another_begun_since(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    shown = {f.name: f.value for f in opened.form.fields if f.value}  # prefilled with the chat's answers
    form = {**shown, "what": "Messages", "_context": opened.form.value}
    await chat.say("cancel")  # switching to the form
    undo = chat.button("Undo")
    await start_urgent(chat)  # another report, URGENT, begun since: the old form must not complete its concern
    await chat.say("Lily T, Year 2")
    sent = await chat.press(actions.FORM_SUBMIT, form=form, delivery_id="card-1")
    assert "C-0002" in sent[0].text and "also have a report in progress" in sent[-1].text
    urgent, routine = await concerns_in(chat)
    assert urgent.fields["affected"] == "Lily T, Year 2" and not urgent.complete  # untouched, still being written
    assert routine.fields["affected"] == "Sam B, Year 5" and routine.fields["what"] == "Messages"  # the form's own
    _, draft = await kept_draft(chat)
    assert draft["fields"]["affected"] == "Lily T, Year 2"  # type: ignore[index]  # the URGENT one carries on
    await chat.press(undo.action, undo.value)  # the cancelled report went with its form: nothing to bring back
    assert "nothing to bring back" in chat.text
    again = await chat.press(actions.FORM_SUBMIT, form=form, delivery_id="card-1")  # the same card again: once
    assert len(await concerns_in(chat)) == 2 and not any("C-0003" in r.text for r in again)


async def test_cancel_while_editing_an_answer_cancels_the_edit_not_the_report(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await walk_rest(chat, skipped=3, what="Messages in a group chat")  # from who is responsible
    await chat.click("Edit: Who is affected")
    await chat.click("Cancel")
    assert "Edit cancelled" in chat.text and "Here is your report" in chat.last.text
    assert "Sam B, Year 5" in chat.last.text
    await chat.click("Send report")
    assert len(await concerns_in(chat)) == 1


async def test_a_command_typed_mid_report_is_not_taken_as_an_answer(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("report a concern")
    assert "report in progress" in chat.text and "Who is affected" in chat.last.text
    await chat.say("my reports")
    # not "you haven't reported any concerns": the one being written is said to be there, unsent, to carry on with
    assert "haven't reported any concerns" not in chat.text and "start one" not in chat.text
    assert chat.replies[0].text.startswith("You haven't sent any reports yet. You have one in progress, not sent")
    assert "Who is affected" in chat.last.text
    await chat.say("Sam B, Year 5")
    assert "Who is responsible" in chat.last.text
    async with chat.runtime.store.transaction() as s:
        convo = await s.get(Conversation, chat.conversation)
        assert convo is not None and convo.draft["fields"]["affected"] == "Sam B, Year 5"


async def test_a_concern_reopened_by_new_details_can_be_closed_again(chat: Chat) -> None:
    await start_urgent(chat)
    head = chat.as_user(HEAD, "Head")
    await head.say("close C-0001")
    await chat.say("Leo M, 3C")  # reopens it
    await head.say("close C-0001")
    assert "You closed C-0001" in head.text
    [concern] = await concerns_in(chat)
    assert concern.status == "closed"


async def test_stopping_or_sending_with_nothing_new_leaves_a_closed_concern_closed(chat: Chat) -> None:
    await start_urgent(chat)
    await walk_rest(chat)
    head = chat.as_user(HEAD, "Head")
    await head.say("close C-0001")
    await chat.click("Send report")  # every answer has joined the concern already
    [concern] = await concerns_in(chat)
    assert concern.status == "closed" and concern.complete
    assert "reopened" not in [action for action, _ in await trail_of(chat)]


async def test_a_form_from_a_chat_report_since_sent_in_chat_does_not_file_it_twice(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    shown = {f.name: f.value for f in opened.form.fields}
    await walk_rest(chat, skipped=3, what="Nasty messages in a group chat")  # carried on in chat instead
    await chat.click("Send report")
    # then Send on the form still open (a Slack modal, a Teams card, the web page), which echoes its context
    await chat.press(actions.FORM_SUBMIT, form={**{k: v for k, v in shown.items() if v}, "_context": opened.form.value,
                                                "what": "Nasty messages in a group chat"})
    assert "Not sent" in chat.text
    assert len(await concerns_in(chat)) == 1


async def test_a_chat_answer_cleared_in_the_form_is_removed_from_the_urgent_concern(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Ann in 3A")  # a wrong name, joined to the URGENT concern at once
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    shown = {f.name: f.value for f in opened.form.fields} | {"affected": "", "_context": opened.form.value}
    await chat.press(actions.FORM_SUBMIT, form={**shown, "what": "Messages at night"})
    [concern] = await concerns_in(chat)
    assert not concern.fields.get("affected") and concern.fields["what"] == "Messages at night"


async def test_cancel_my_report_and_admin_commands_mid_report_are_not_answers(chat: Chat) -> None:
    await start_urgent(chat)
    await alert_delivered(chat)  # "gone" is said only of an alert that has (one held up: test_held_up_said.py)
    head = chat.as_user(HEAD, "Head")
    await start_routine(head)
    await head.say("open concerns")
    assert "C-0001" in head.text and "Who is affected" in head.last.text
    await chat.say("cancel my report")
    assert "already gone to the Headteacher" in chat.text
    [concern] = await concerns_in(chat)
    assert not concern.fields.get("affected")


async def test_the_trail_says_a_skipped_answer_was_not_given_not_that_one_was(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Leo M, 3C")
    await chat.say("back")
    await chat.click("Skip")  # who is affected: asked about first, then removed
    await chat.click("Remove it")
    await chat.click("Skip")  # who is responsible: not known
    details = [detail for action, detail in await trail_of(chat) if action == "details added"]
    assert details == ["Who is affected given", "Who is affected: removed", "Who is responsible: Not given"]


async def kept_draft(chat: Chat) -> tuple[str | None, dict[str, object]]:
    async with chat.runtime.store.transaction() as s:
        convo = await s.get(Conversation, chat.conversation)
        assert convo is not None
        return convo.flow, dict(convo.draft)


async def kept_for_undo(chat: Chat) -> dict[str, object] | None:
    async with chat.runtime.store.transaction() as s:
        convo = await s.get(Conversation, chat.conversation)
        assert convo is not None
        return convo.kept_report


async def test_a_report_cancelled_by_mistake_comes_back_with_undo_at_the_step_it_stopped(
        chat: Chat, channel: FakeChannel) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.click("Cancel")
    assert "Nothing was sent" in chat.text and "Undo" in chat.text
    await chat.say("can I post sports day photos?")  # carrying on with something else first loses nothing
    assert chat.replies[0].citation is not None and chat.replies[0].citation.clause_id == "B.3"
    await chat.say("undo")
    assert "Your report is back" in chat.text and "Who is responsible" in chat.last.text
    await chat.say("undo")  # typed again (or Undo pressed twice): not taken as who is responsible
    assert "nothing to bring back" in chat.text and "Who is responsible" in chat.last.text
    await chat.click("Back")
    assert "Sam B, Year 5" in chat.last.text  # the answer given before the Cancel is still there
    await chat.click("Keep as it is")
    await chat.click("Skip")
    await chat.click("WhatsApp")
    await walk_rest(chat, skipped=1)
    await chat.click("Send report")
    [concern] = await concerns_in(chat)
    assert concern.fields["affected"] == "Sam B, Year 5" and concern.fields["responsible"] == "Not known"
    assert await kept_for_undo(chat) is None


@pytest.mark.parametrize("words", ["back", "I cancelled by mistake", "undo please", "UNDO pls", "sorry, undo",
                                   "oops wrong button", "no wait", "I didn't mean to cancel", "carry on",
                                   "I pressed cancel by mistake", "how do I get my report back?"])
async def test_the_words_people_use_after_a_mistaken_cancel_bring_it_back(chat: Chat, words: str) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("cancel")
    await chat.say(words)
    assert "Your report is back" in chat.text and "Who is responsible" in chat.last.text


async def test_a_report_begun_after_a_cancel_is_kept_in_its_place_when_undo_brings_the_first_back(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("the first report's child")
    await chat.click("Cancel")
    first_undo = chat.button("Undo")
    # A new report, started by telling it: its first words are kept as what happened, and it says how to go back
    await chat.say("I need to report that a boy in 5C is being sent nasty messages on Snapchat by older pupils")
    assert "type undo to go back to it instead" in chat.text
    await chat.press(first_undo.action, first_undo.value)
    assert "Your report is back" in chat.text and "Who is responsible" in chat.last.text
    # said, not a button: "5" for 5 pm typed at the next question must not switch reports in the terminal
    assert "type undo to switch back" in chat.text and [b.label for r in chat.replies for b in r.buttons] == [
        "Skip", "Back", "Cancel", "Help"]
    await chat.say("undo")  # and back again: neither report is lost by switching
    await chat.click("Online bullying")
    await chat.click("No")
    for _ in range(4):
        await chat.click("Skip")
    assert "nasty messages on Snapchat" in chat.last.text  # the second report's first words, kept
    await chat.click("Cancel")  # cancelling one never deletes another: both are kept, each for its hour
    await chat.press(first_undo.action, first_undo.value)  # the first's own Undo still names it, after the switches
    await chat.click("Back")
    assert "the first report's child" in chat.last.text
    await chat.say("undo")  # the latest kept: the second, back at "What happened?" where it was cancelled
    assert "nasty messages on Snapchat" in chat.last.text
    await chat.press(first_undo.action, first_undo.value)  # the first again, switched out just now: still kept
    assert "the first report's child" in chat.last.text and "Who is affected" in chat.last.text
    await chat.say("cancel")
    await chat.say("delete")  # nothing in progress: every kept report deleted for good
    await chat.press(first_undo.action, first_undo.value)
    assert "not kept any more" in chat.text


async def test_an_urgent_report_stopped_by_mistake_carries_on_with_undo(chat: Chat, channel: FakeChannel) -> None:
    await start_urgent(chat)
    await chat.say("Leo M, 3C")
    await alert_delivered(chat)  # "gone" is said only of an alert that has (one held up: test_held_up_said.py)
    await chat.say("cancel")
    assert "already gone to the Headteacher" in chat.text and chat.button("Undo")
    [concern] = await concerns_in(chat)
    assert concern.details_stopped_at is not None
    await chat.say("I cancelled by mistake")
    assert "Your report is back" in chat.text and "Who is responsible" in chat.last.text
    [concern] = await concerns_in(chat)
    assert concern.details_stopped_at is None  # the Headteacher's message no longer says the reporter stopped
    await chat.say("an older pupil, Jake")
    [concern] = await concerns_in(chat)
    assert concern.fields["responsible"] == "an older pupil, Jake"
    trail = [action for action, _ in await trail_of(chat)]
    assert "reporter stopped" in trail and "reporter carried on" in trail
    await chat.say("cancel")
    await chat.say("delete")  # made final: nothing to carry on with here, C-0001 keeps what was given
    assert "What you gave for C-0001 stays with it" in chat.text


async def test_a_cancel_with_nothing_answered_offers_no_undo(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.say("cancel")
    assert "Nothing was sent or saved" in chat.text and not any(r.buttons for r in chat.replies)
    await chat.say("undo")
    assert "no cancelled report to bring back" in chat.text
    assert await kept_for_undo(chat) is None
    odd = await chat.press(actions.CONCERN_UNDO, "\u00b2" + "9" * 5000)  # a crafted value: refused, nothing breaks
    assert "not kept any more" in odd[0].text


async def test_cancel_typed_again_keeps_the_report_and_delete_deletes_it_for_good(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("cancel")
    await chat.say("cancel")  # a double send, or a second thought: never a deletion
    assert "no report in progress to cancel" in chat.text and "type delete" in chat.text
    assert "Sam B, Year 5" in str(await kept_for_undo(chat))
    await chat.say("delete")
    assert "deleted for good" in chat.text
    assert await kept_for_undo(chat) is None
    await chat.say("undo")
    assert "no cancelled report to bring back" in chat.text


async def test_a_cancelled_report_is_deleted_once_undo_has_run_out(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("cancel")
    undo = chat.button("Undo")
    assert await chat.runtime.outbox.forget_cancelled_reports(utcnow() + UNDO_WITHIN / 2) == 0
    assert "Sam B, Year 5" in str(await kept_for_undo(chat))
    assert await chat.runtime.outbox.forget_cancelled_reports(utcnow() + UNDO_WITHIN * 1.1) == 1
    assert await kept_for_undo(chat) is None
    await chat.say("undo")
    assert "no cancelled report to bring back" in chat.text
    await chat.press(undo.action, str(int(undo.value) - int(UNDO_WITHIN.total_seconds() * 1_000_000) - 1))
    assert "kept for an hour" in chat.text  # an Undo pressed after the hour says why, not just that there is none


async def test_undo_typed_after_the_time_has_run_out_brings_nothing_back(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("cancel")
    async with chat.runtime.store.transaction() as s:  # as if the hour passed before the worker's next pass
        convo = await s.get(Conversation, chat.conversation)
        assert convo is not None and convo.kept_report is not None
        hour = int(UNDO_WITHIN.total_seconds() * 1_000_000)
        convo.kept_report = {"reports": [{**r, "cancelled_at": r["cancelled_at"] - hour - 1}
                                         for r in convo.kept_report["reports"]]}
    await chat.say("undo")
    assert "no cancelled report to bring back" in chat.text
    assert await kept_for_undo(chat) is None


async def test_a_question_typed_mid_report_is_kept_and_taken_back_and_answered_when_they_say_so(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("can I post sports day photos?")
    assert "I've kept that as your answer to \u201cWho is affected?\u201d" in chat.text
    assert "Who is responsible" in chat.last.text
    assert [b.label for b in chat.last.buttons] == ["Skip", "Back", "Cancel", "Help", "It was a question"]
    assert (await kept_draft(chat))[1]["fields"]["affected"] == "can I post sports day photos?"  # type: ignore[index]
    await chat.click("It was a question")
    assert any(r.citation is not None and r.citation.clause_id == "B.3" for r in chat.replies)
    assert "Who is affected" in chat.last.text and "Your answer so far" not in chat.last.text
    assert [b.label for r in chat.replies for b in r.buttons] == ["Skip", "Back", "Cancel", "Help"]
    assert not (await kept_draft(chat))[1]["fields"].get("affected")  # type: ignore[union-attr]
    async with chat.runtime.store.transaction() as s:
        [logged] = (await s.execute(select(QuestionLog))).scalars().all()
    assert logged.question == "can I post sports day photos?" and logged.clause_id == "B.3"


async def test_words_that_only_look_like_a_question_stay_the_answer_whatever_comes_next(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    told = "can a teaching assistant message pupils on snapchat?"
    await chat.say(told)
    offer = chat.button("It was a question")
    await chat.click("Help")  # anything else done next keeps the words as the answer, as any answer is kept
    await chat.say("yes")
    fields = (await kept_draft(chat))[1]["fields"]
    assert fields["responsible"] == told and fields["platform"] == "yes"  # type: ignore[index]
    late = await chat.press(offer.action, offer.value)
    assert "carried on since" in late[0].text
    assert (await kept_draft(chat))[1]["fields"]["responsible"] == told  # type: ignore[index]
    await chat.say("it was a question")  # too late: never stored as an answer either
    assert "no answer of yours waiting to be taken back" in chat.text
    assert "When did it happen" in chat.last.text


@pytest.mark.parametrize("said", ["no, that was a question", "oh that was a question", "question",
                                  "It was my question", "that wasn't my answer"])
async def test_saying_it_was_a_question_in_other_words_takes_it_back(chat: Chat, said: str) -> None:
    await start_routine(chat)
    await chat.say("can I post sports day photos?")
    await chat.say(said)
    assert any(r.citation is not None and r.citation.clause_id == "B.3" for r in chat.replies)
    fields = (await kept_draft(chat))[1]["fields"]
    assert not fields.get("affected") and "responsible" not in fields  # type: ignore[union-attr,operator]


async def to_the_last_question(chat: Chat) -> None:
    """From "who is affected?" to "what has been done already?", every step skipped or answered briefly."""
    for _ in range(4):
        await chat.click("Skip")
    await chat.say("Nasty messages in the class group chat")
    await chat.click("No disclosure")
    await chat.click("Skip")


async def question_as_the_last_answer(chat: Chat) -> None:
    """A routine report to its summary, its last answer ("what has been done already?") a policy question."""
    await start_routine(chat)
    await to_the_last_question(chat)
    await chat.say("can I post sports day photos?")


async def test_yes_on_the_summary_with_an_offer_standing_does_not_send(chat: Chat) -> None:
    await question_as_the_last_answer(chat)
    assert "Here is your report" in chat.last.text and chat.last.buttons[-1].label == "It was a question"
    await chat.say("yes")
    assert await concerns_in(chat) == [] and "stay in your report as it is?" in chat.text
    await chat.click("Send report")  # a plain choice sends it as it is
    [concern] = await concerns_in(chat)
    assert concern.fields["actions"] == "can I post sports day photos?"


async def test_a_double_tapped_take_back_says_it_is_done_already(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("can I post sports day photos?")
    offer = chat.button("It was a question")
    await chat.press(offer.action, offer.value)
    again = await chat.press(offer.action, offer.value)
    assert "taken out already" in again[0].text and "Who is affected" in again[-1].text


async def test_an_offer_left_from_earlier_words_cannot_take_back_later_ones(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("can I post sports day photos?")
    first = chat.button("It was a question")
    await chat.say("is it ok to accept a friend request from a pupil?")  # at "who is responsible"
    await chat.press(first.action, first.value)
    assert "carried on since" in chat.text
    await chat.say("that was a question")  # typed, it takes back the words kept last
    assert any(r.citation is not None and r.citation.clause_id == "B.1" for r in chat.replies)
    fields = (await kept_draft(chat))[1]["fields"]
    assert fields["affected"] == "can I post sports day photos?" and not fields["responsible"]  # type: ignore[index]


async def test_after_an_urgent_alert_words_taken_back_are_taken_out_of_the_concern(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("is it ok to accept a friend request from a pupil?")
    [concern] = await concerns_in(chat)
    assert concern.fields["affected"]  # given, so sent at once, as every answer after the alert is
    await chat.click("It was a question")
    assert any(r.citation is not None and r.citation.clause_id == "B.1" for r in chat.replies)
    [concern] = await concerns_in(chat)
    assert not concern.fields.get("affected")
    details = [detail for action, detail in await trail_of(chat) if action == "details added"]
    assert details[-1] == "Who is affected: removed"


async def test_undo_switches_to_and_from_an_urgent_report_without_stranding_either(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Leo M, 3C")
    await chat.say("cancel")
    urgent_undo = chat.button("Undo")
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.press(urgent_undo.action, urgent_undo.value)
    assert "Your report is back" in chat.text and "type undo to switch back" in chat.text
    await chat.say("undo")  # back to the routine one: the URGENT one set aside as a stop, what it gave kept
    assert "URGENT alert C-0001 keeps what you gave" in chat.text
    await chat.click("Back")
    assert "Sam B, Year 5" in chat.last.text
    [concern] = await concerns_in(chat)
    assert concern.fields["affected"] == "Leo M, 3C" and concern.details_stopped_at is not None


async def test_delete_deletes_only_the_report_cancelled_last(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("the first report's child")
    await chat.say("cancel")
    await start_routine(chat)
    await chat.say("the second report's child")
    await chat.say("cancel")
    await chat.say("delete")
    assert "kept last for Undo has been deleted" in chat.text and "still kept" in chat.text
    await chat.say("undo")
    await chat.click("Back")
    assert "the first report's child" in chat.last.text


async def test_a_question_at_a_step_of_a_closed_urgent_concern_does_not_reopen_it(
        chat: Chat, channel: FakeChannel) -> None:
    await start_urgent(chat)
    await chat.say("Leo M, 3C")
    await chat.as_user(HEAD, "Head").say("close C-0001")
    await chat.say("can I post sports day photos?")  # at who is responsible: offered back, not yet standing
    [concern] = await concerns_in(chat)
    assert concern.status == "closed"
    await chat.say("it was a question")
    [concern] = await concerns_in(chat)
    assert concern.status == "closed" and not concern.fields.get("responsible")
    assert len(channel.posts()) <= 1  # nothing announced as reopened


@pytest.mark.parametrize("again", ["yeah", "yes please", "send"])
async def test_on_the_summary_a_yes_asked_about_once_sends_when_said_again(chat: Chat, again: str) -> None:
    await question_as_the_last_answer(chat)
    await chat.say("yeah")
    assert await concerns_in(chat) == []
    await chat.say(again)
    assert len(await concerns_in(chat)) == 1



async def test_words_offered_back_that_stand_reopen_a_closed_urgent_concern(chat: Chat, channel: FakeChannel) -> None:
    await start_urgent(chat)
    await chat.as_user(HEAD, "Head").say("close C-0001")
    await chat.say("should a member of staff be messaging a pupil on snapchat late at night?")  # who is affected
    [concern] = await concerns_in(chat)
    assert concern.status == "closed"  # offered back: perhaps a question, not yet new details
    await chat.click("Skip")  # carrying on: the words stand, and are new to whoever closed it
    [concern] = await concerns_in(chat)
    assert concern.status == "acknowledged"
    await channel.wait_for(lambda c: any(p.view is not None and p.view.reopened for p in c.posts()))


async def test_coming_back_to_a_report_shows_the_offer_still_standing(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("can I post sports day photos?")
    await chat.say("report a concern")  # where does it stand?
    assert chat.last.buttons[-1].label == "It was a question"


async def test_a_report_kept_beyond_the_limit_says_the_oldest_is_deleted(chat: Chat) -> None:
    for n in range(MAX_KEPT + 1):
        await start_routine(chat)
        await chat.say(f"child number {n}")
        await chat.say("cancel")
        assert ("oldest of them is now deleted" in chat.text) == (n == MAX_KEPT)
    for n in reversed(range(1, MAX_KEPT + 1)):  # the newest five come back, newest first
        await chat.say("undo")
        await chat.click("Back")
        assert f"child number {n}" in chat.last.text
        await chat.say("cancel my report")
        await chat.say("delete")  # deleted for good, so the next undo reaches the one before


async def test_a_no_asked_about_and_then_taken_back_leaves_a_closed_concern_closed(chat: Chat) -> None:
    await start_urgent(chat)
    await to_the_last_question(chat)
    await chat.as_user(HEAD, "Head").say("close C-0001")
    await chat.say("can I post sports day photos?")  # joins the closed concern, offered back on the summary
    await chat.say("no")  # asked about once
    await chat.say("no")  # taken out
    [concern] = await concerns_in(chat)
    assert concern.status == "closed" and not concern.fields.get("actions")


async def test_words_the_head_saw_before_closing_do_not_reopen_it(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("is it ok to accept a friend request from a pupil?")  # offered back, the concern open
    await chat.as_user(HEAD, "Head").say("close C-0001")  # read, then closed
    await chat.click("Skip")  # the words stand: but they are not new to the Head
    [concern] = await concerns_in(chat)
    assert concern.status == "closed"


async def test_words_offered_back_stand_when_undo_switches_away(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("cancel")
    await start_urgent(chat)
    await chat.as_user(HEAD, "Head").say("close C-0001")
    await chat.say("can I post sports day photos?")  # joins the closed concern without reopening it
    await chat.say("undo")  # switched away: the words stand
    [concern] = await concerns_in(chat)
    assert concern.status == "acknowledged"


async def test_a_form_whose_chat_report_was_cancelled_before_any_answer_is_filed_as_its_own(chat: Chat) -> None:
    await chat.say("report a concern")
    [opened] = await chat.press(actions.FORM_OPEN)  # switching from chat to the form...
    assert opened.form is not None
    await chat.say("cancel")  # ...and dropping the chat one, which had nothing in it
    sent = await chat.press(actions.FORM_SUBMIT, form={**ROUTINE_FORM, "_context": opened.form.value})
    assert "C-0001" in sent[0].text
    [concern] = await concerns_in(chat)
    assert concern.fields["what"] == ROUTINE_FORM["what"]


async def test_a_form_whose_chat_report_was_sent_is_not_filed_again(chat: Chat) -> None:
    await start_routine(chat)
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    await chat.press(actions.FORM_SUBMIT, form={**ROUTINE_FORM, "_context": opened.form.value})  # sent by the form
    refused = await chat.press(actions.FORM_SUBMIT, form={**ROUTINE_FORM, "_context": opened.form.value})
    assert "Not sent" in refused[0].text and len(await concerns_in(chat)) == 1


ROUTINE_FORM = {"category": "bullying", "danger": "no", "what": "Nasty messages in the Year 5 group chat"}


async def test_a_form_is_filed_though_another_report_was_sent_meanwhile(chat: Chat) -> None:
    await chat.say("report a concern")
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    await chat.say("cancel")  # that chat report ended with nothing in it
    await chat.press(actions.FORM_SUBMIT, form={**ROUTINE_FORM, "what": "Something else entirely"})  # another one
    sent = await chat.press(actions.FORM_SUBMIT, form={**ROUTINE_FORM, "_context": opened.form.value})
    assert "C-0002" in sent[0].text  # not "sent since": only its own chat report's concern would count


async def test_sending_the_form_with_words_offered_back_lets_them_stand(chat: Chat) -> None:
    await start_urgent(chat)
    await to_the_last_question(chat)
    await chat.as_user(HEAD, "Head").say("close C-0001")
    await chat.say("can I post sports day photos?")  # joins the closed concern, offered back
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    shown = {f.name: f.value for f in opened.form.fields if f.value}
    await chat.press(actions.FORM_SUBMIT, form={**shown, "_context": opened.form.value})
    [concern] = await concerns_in(chat)
    assert concern.status == "acknowledged" and concern.complete


async def test_words_offered_back_stand_when_the_next_answer_is_offered_back_too(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.as_user(HEAD, "Head").say("close C-0001")
    await chat.say("can I post sports day photos?")  # who is affected: offered back
    await chat.say("is it ok to accept a friend request from a pupil?")  # the first offer lapses: its words stand
    await chat.say("it was a question")  # takes back only the second
    [concern] = await concerns_in(chat)
    assert concern.status == "acknowledged" and concern.fields["affected"] == "can I post sports day photos?"



async def test_while_a_report_is_kept_other_messages_say_how_to_bring_it_back(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("stop")
    await chat.say("friday evening")  # carrying on as if it had not stopped
    assert "type undo to bring it back" in chat.last.text


async def test_a_danger_answer_taken_back_to_no_after_a_close_does_not_reopen(chat: Chat) -> None:
    await start_urgent(chat)
    await to_the_last_question(chat)
    await chat.say("Spoke to the class teacher")
    await chat.as_user(HEAD, "Head").say("close C-0001 false alarm")
    await chat.click("Edit: Child in immediate danger")
    await chat.click("No")
    await chat.click("Send report")
    [concern] = await concerns_in(chat)
    assert concern.status == "closed" and concern.fields["danger"] == "no"


async def test_it_was_a_question_said_without_an_offer_takes_back_the_words_just_typed(chat: Chat) -> None:
    await start_routine(chat)
    # not offered: the matcher unsure, and not plainly asked ("should I take the phone off…" would be offered)
    await chat.say("which pupil should I take the phone off?")
    assert "It was a question" not in [b.label for b in chat.last.buttons]
    await chat.say("its a question")
    assert "taken that out of your report" in chat.text and "Who is affected" in chat.last.text
    assert not (await kept_draft(chat))[1]["fields"].get("affected")  # type: ignore[union-attr]


async def test_skip_on_a_step_already_answered_asks_before_it_removes_anything(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Leo M, 3C")
    await chat.say("back")
    assert "Your answer so far" in chat.last.text
    await chat.click("Skip")  # the first button, pressed as if the step were empty
    assert "Leo M, 3C" in chat.text and "Remove it" in [b.label for b in chat.last.buttons]
    [concern] = await concerns_in(chat)
    assert concern.fields["affected"] == "Leo M, 3C"  # nothing removed without asking
    await chat.say("skip")  # typed, the same
    assert "Who is affected" in chat.last.text and "Remove it" in [b.label for b in chat.last.buttons]
    await chat.click("Keep as it is")
    assert "Who is responsible" in chat.last.text
    [concern] = await concerns_in(chat)
    assert concern.fields["affected"] == "Leo M, 3C"


@pytest.mark.parametrize("said", ["stop", "Help me!", "don't know", "undo your shirt", "keep"])
async def test_a_childs_words_that_sound_like_commands_are_kept_as_said(chat: Chat, said: str) -> None:
    await start_routine(chat)
    await chat.say("undo")  # nothing to bring back: said, and changes nothing
    for _ in range(4):
        await chat.click("Skip")  # who is affected, responsible, where, when
    await chat.say("Messages sent to her at night")
    assert "exact words" in chat.last.text
    await chat.say(said)
    assert "Is there evidence" in chat.last.text
    _, draft = await kept_draft(chat)
    assert draft["fields"]["disclosure"] == said  # type: ignore[index]


@pytest.mark.parametrize(("said", "then"), [("cancel please", "Report cancelled"), ("cancle", "Report cancelled"),
                                             ("go back please", "Who is affected"), ("skip it", "Where did it"),
                                             ("ok skip", "Where did it")])
async def test_commands_said_politely_or_with_a_slip_are_commands_not_answers(chat: Chat, said: str,
                                                                              then: str) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say(said)
    assert then in chat.text
    _, draft = await kept_draft(chat)
    assert said not in str(draft)


async def test_words_that_only_resemble_a_command_are_answers(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("cancer")  # who is responsible: one letter from cancel, but a word
    assert "Where did it happen" in chat.last.text


async def test_buttons_left_on_an_earlier_reports_messages_change_nothing_in_the_next(chat: Chat) -> None:
    await start_routine(chat)
    old_cancel = chat.button("Cancel")
    await walk_rest(chat, skipped=4, what="Messages in a group chat")
    old_send = chat.button("Send report")
    await chat.click("Send report")
    await start_urgent(chat, "A member of staff")
    await chat.say("Year 6 girls")
    await chat.press(old_cancel.action, old_cancel.value)  # scrolled up: the first report's Cancel
    assert "belongs to another report" in chat.text and "Who is responsible" in chat.last.text
    await walk_rest(chat, skipped=3, what="Messages from a TA's account")
    assert "Here is your report" in chat.last.text
    await chat.press(old_send.action, old_send.value)  # the first report's Send report, on the second's summary
    assert "belongs to another report" in chat.text
    _, second = await concerns_in(chat)
    assert second.details_stopped_at is None and not second.complete  # neither stopped nor sent unseen
    await chat.click("Send report")
    assert len(await concerns_in(chat)) == 2 and (await concerns_in(chat))[1].complete


async def test_a_form_opened_mid_report_keeps_the_answers_the_chat_gave_after_it_opened(chat: Chat) -> None:
    await start_urgent(chat)
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    shown = {f.name: f.value for f in opened.form.fields if f.value}
    await chat.say("Leo M, 3C")  # the chat goes on while the form is open
    await chat.say("an older boy called Jay, account jay_x99")
    await chat.click("Snapchat")
    await chat.press(actions.FORM_SUBMIT, form={**shown, "_context": opened.form.value,
                                                "what": "Jay sends Leo messages at night",
                                                "when": "last night about 9pm"})
    [concern] = await concerns_in(chat)
    assert concern.complete and concern.fields["affected"] == "Leo M, 3C"
    assert concern.fields["responsible"] == "an older boy called Jay, account jay_x99"
    assert concern.fields["platform"] == "Snapchat" and concern.fields["when"] == stored("last night about 9pm")
    assert "removed" not in " ".join(detail for _, detail in await trail_of(chat))


async def test_an_answer_changed_in_both_the_form_and_the_chat_keeps_both(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B")
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    await chat.say("back")
    await chat.say("Sam B and Amy P, Year 5")  # changed in the chat...
    await chat.press(actions.FORM_SUBMIT, form={**ROUTINE_FORM, "affected": "Sam Brown, 5B",  # ...and in the form
                                                "_context": opened.form.value})
    [concern] = await concerns_in(chat)
    assert "Sam Brown, 5B" in concern.fields["affected"] and "Sam B and Amy P, Year 5" in concern.fields["affected"]


async def test_an_urgent_reports_own_form_completes_its_alert_once_the_chat_report_is_gone(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.click("Another online-safety concern")
    await chat.click("Not sure")  # URGENT C-0001, with nothing but the kind
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    shown = {f.name: f.value for f in opened.form.fields if f.value}
    await chat.say("cancel")
    await chat.say("delete")  # the kept copy deleted too: only the alert's concern is left
    sent = await chat.press(actions.FORM_SUBMIT, form={
        **shown, "_context": opened.form.value, "affected": "Kai, Year 6",
        "what": "Kai says his dad's friend keeps messaging him on Discord asking where he lives"})
    assert "Not sent" not in sent[0].text and "C-0001" in " ".join(r.text for r in sent)
    [concern] = await concerns_in(chat)
    assert concern.complete and concern.fields["affected"] == "Kai, Year 6" and "Discord" in concern.fields["what"]
    again = await chat.press(actions.FORM_SUBMIT, form={**shown, "_context": opened.form.value, "what": "again"})
    # the reason is said once, beside What happened, under a short "Not sent" lead (it used to be said in both)
    assert again[0].form is not None and "Not sent" in again[0].text and len(await concerns_in(chat)) == 1
    assert "Sent already, as C-0001" in {f.name: f.error for f in again[0].form.fields}["what"]


async def test_words_told_at_a_choice_question_are_kept_as_what_happened(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.say("my colleague Mr Dean has been messaging a Year 6 girl on Snapchat late at night")
    assert "noted what you wrote as what happened" in chat.text and "immediate danger" in chat.last.text
    await chat.say("not sure, she says he wants to meet her")
    _, draft = await kept_draft(chat)
    fields = draft["fields"]
    assert fields["category"] == "staff_conduct" and fields["danger"] == "not_sure"  # type: ignore[index]
    assert "Mr Dean has been messaging" in fields["what"] and "wants to meet her" in fields["what"]  # type: ignore


async def test_a_label_typed_out_or_yesterday_at_the_danger_question_tells_nothing_more(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.say("A pupil's image or identity shared")
    assert "noted" not in chat.text
    await chat.say("yesterday")  # answering ahead: not a yes, so no URGENT alert
    assert "Please answer yes, no or not sure" in chat.text and not await concerns_in(chat)


async def test_a_question_taken_back_where_nothing_was_offered_is_answered_and_logged(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("should I take the phone off the pupil who has the photo?")  # the matcher unsure: no offer
    await chat.say("its a question")
    assert "taken that out of your report" in chat.text and "Who is affected" in chat.last.text
    assert "taken that out" not in chat.replies[0].text  # the question's answer comes first
    async with chat.runtime.store.transaction() as s:
        logged = [q.question for q in (await s.execute(select(QuestionLog))).scalars()]
    assert logged == ["should I take the phone off the pupil who has the photo?"]


async def test_it_was_a_question_said_at_what_happened_takes_back_the_when_answer(chat: Chat) -> None:
    await start_routine(chat)
    for _ in range(3):
        await chat.click("Skip")  # who is affected, responsible, where
    await chat.say("is it ok to message a parent on whatsapp?")  # typed at When
    assert "What happened" in chat.last.text
    await chat.say("sorry, it was a question")
    assert "When did it happen" in chat.last.text
    _, draft = await kept_draft(chat)
    assert not draft["fields"].get("when") and not draft["fields"].get("what")  # type: ignore[union-attr]


async def test_a_question_typed_under_edit_on_the_summary_can_be_taken_back_and_the_old_answer_returns(
        chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B and Jo K, 5B")
    await walk_rest(chat, skipped=3, what="Messages in a group chat")
    await chat.click("Edit: Who is affected")
    await chat.say("is it ok to name the pupils in this?")
    assert "Here is your report" in chat.last.text
    await chat.say("it was a question")
    assert "taken that out of your report" in chat.text and "Who is affected" in chat.last.text
    _, draft = await kept_draft(chat)
    assert draft["fields"]["affected"] == "Sam B and Jo K, 5B"  # type: ignore[index]
    await chat.click("Keep as it is")
    assert "Here is your report" in chat.last.text and "Sam B and Jo K, 5B" in chat.last.text


async def test_a_report_set_aside_by_switching_waits_past_the_hour_and_is_named_when_the_other_is_sent(
        chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Amy P, Year 5")
    await chat.say("cancel")  # the first report, cancelled
    await start_routine(chat)  # a second, half written
    await chat.say("Mr T, the new TA, account @tj_coach")
    await chat.say("undo")  # the first back; the second set aside, never cancelled
    assert "set aside, not sent" in chat.text
    await walk_rest(chat, skipped=3, what="Messages about Amy in the class chat")  # from who is responsible
    await chat.click("Send report")
    assert "C-0001" in chat.text and "report set aside, not sent yet: type undo" in chat.last.text
    assert await chat.runtime.outbox.forget_cancelled_reports(utcnow() + UNDO_WITHIN * 3) == 0  # a lesson later
    [shown] = await chat.runtime.engine.resume(chat.conversation)  # coming back to the page
    assert "set aside" in shown.text
    await chat.say("undo")
    assert "Mr T, the new TA" in chat.text or "Who is responsible" in chat.last.text
    _, draft = await kept_draft(chat)
    assert draft["fields"]["affected"] == "Mr T, the new TA, account @tj_coach"  # type: ignore[index]


async def test_an_answer_changed_after_the_urgent_alert_keeps_what_the_headteacher_first_read(chat: Chat) -> None:
    await chat.say("A boy in Year 5 told me a man he met on Fortnite asked him to send photos and meet him at the "
                   "park after school today")
    await chat.click("Another online-safety concern")
    await chat.click("Yes")  # the alert carries those words as what happened
    await chat.say("Leo M, 3C")
    for _ in range(3):
        await chat.click("Skip")
    await chat.say("a man online contacted him")  # replaces the first telling at "What happened?"
    [concern] = await concerns_in(chat)
    assert concern.fields["what"] == "a man online contacted him"
    assert "meet him at the park after school today" in concern.fields["earlier_what"]
    earlier = "What happened, as first given (since changed by the reporter)"
    assert "park after school today" in dict(view(concern).summary)[earlier]  # on the Headteacher's message
    [record] = await load_concerns(chat.runtime.store)  # and in `reports show`
    assert "park after school today" in {label: value for _, label, value in record.fields}[earlier]


async def test_words_taken_back_as_a_question_leave_no_earlier_answer(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("can I post sports day photos?")  # who is affected, offered back
    await chat.say("it was a question")
    await chat.say("Leo M, 3C")
    [concern] = await concerns_in(chat)
    assert concern.fields["affected"] == "Leo M, 3C" and "earlier_affected" not in concern.fields


async def test_a_reporter_still_writing_is_told_a_close_reopens_not_to_report_again(
        chat: Chat, channel: FakeChannel) -> None:
    await start_urgent(chat)
    await chat.as_user(HEAD, "Mrs Head").say("close C-0001")
    await channel.wait_for(lambda c: any("has been closed" in s.text for s in c.of("notify")))
    [told] = [s for s in channel.of("notify") if "has been closed" in s.text]
    assert "still writing your report" in told.text and "report it again" not in told.text


async def test_send_typed_after_the_report_went_says_so_not_that_the_policy_is_silent(chat: Chat) -> None:
    await start_routine(chat)
    await walk_rest(chat, skipped=4, what="Messages in a group chat")
    await chat.say("send")
    assert "recorded as C-0001" in chat.text or "C-0001" in chat.text
    await chat.say("send it")  # a double send
    assert "no report waiting to be sent" in chat.text and "doesn't cover" not in chat.text
    assert len(await concerns_in(chat)) == 1


async def test_none_typed_at_a_step_is_kept_as_said_and_reopens_nothing(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Leo M, 3C")
    for _ in range(3):
        await chat.click("Skip")
    await chat.say("none")  # what happened can't be skipped: "none" there is refused, never stored
    assert "can't be skipped" in chat.text and "What happened" in chat.last.text
    await chat.say("Messages at night")
    await chat.click("No disclosure")
    await chat.as_user(HEAD, "Head").say("close C-0001")
    await chat.say("none")  # evidence: there is none, which the DSL should read
    [concern] = await concerns_in(chat)
    assert concern.fields["evidence"] == "none" and concern.status == "closed"


@pytest.mark.parametrize(("kind", "danger"), [("bullying", "No, I don't think so"), ("bullying", "not that I know of"),
                                              ("I think it is online bullying", "no")])
async def test_a_choice_answered_in_a_sentence_is_not_taken_as_what_happened(chat: Chat, kind: str,
                                                                           danger: str) -> None:
    await chat.say("report a concern")
    await chat.say(kind)
    await chat.say(danger)
    assert "Who is affected" in chat.last.text and "noted" not in chat.text
    _, draft = await kept_draft(chat)
    assert "what" not in draft["fields"]  # type: ignore[operator]


async def test_remove_typed_takes_an_answer_out_and_the_remove_button_names_its_report(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Leo M, 3C")
    await chat.say("back")
    await chat.click("Skip")
    assert chat.button("Remove it").value.endswith(f"#{(await kept_draft(chat))[1]['started']}")
    await chat.say("remove it")
    assert "Who is responsible" in chat.last.text
    [concern] = await concerns_in(chat)
    assert not concern.fields["affected"] and concern.fields["earlier_affected"] == "Leo M, 3C"
    await chat.say("remove it")  # nothing here to remove: said, not stored as who is responsible
    assert "no answer here to remove" in chat.text


async def test_a_childs_words_that_sound_like_a_command_are_kept_and_that_is_said(chat: Chat) -> None:
    await to_the_childs_words(chat)
    await chat.say("stop")
    assert "kept what you wrote as the child's own words" in chat.text and "cancel to stop" in chat.text
    assert any(r.own_words == (OwnWords("Child's own words", "stop"),) for r in chat.replies)
    await chat.say("back")
    await chat.say("cancel please")  # the plain command, read politely, is a command here too
    assert "Report cancelled" in chat.text


async def test_send_typed_after_a_mistaken_cancel_on_the_summary_points_to_undo(chat: Chat) -> None:
    await start_routine(chat)
    await walk_rest(chat, skipped=4, what="Messages in a group chat")
    await chat.click("Cancel")
    await chat.say("send")
    assert "type undo" in chat.text and not await concerns_in(chat)


async def test_a_question_taken_back_lists_the_clauses_it_offered_in_words(chat: Chat) -> None:
    await start_routine(chat)
    for _ in range(3):
        await chat.click("Skip")
    await chat.say("is it ok to message a parent on whatsapp?")
    await chat.say("sorry, it was a question")
    for reply in chat.replies:
        if "did you mean" in reply.text.lower():
            assert "\u2022" in reply.text  # the choices, in words, never an empty question


async def test_an_answer_put_back_after_a_question_leaves_no_earlier_version(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Leo M, 3C")
    await chat.say("back")
    await chat.say("can I post sports day photos?")  # replaces it, offered back
    await chat.say("it was a question")  # Leo M, 3C is back
    [concern] = await concerns_in(chat)
    assert concern.fields["affected"] == "Leo M, 3C" and "earlier_affected" not in concern.fields


async def test_cancel_again_describes_the_report_undo_would_bring_back(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Amy P")
    await chat.say("cancel")
    await start_routine(chat)
    await chat.say("Mr T")
    await chat.say("undo")  # Amy's back; Mr T's set aside
    await chat.say("cancel")  # Amy's cancelled: the latest kept
    await chat.say("cancel")
    assert "cancelled, and kept for an hour" in chat.text


async def test_a_report_set_aside_outlasts_the_cancelled_ones_when_too_many_are_kept(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("first")
    await chat.say("cancel")
    await start_routine(chat)
    await chat.say("set aside one")
    await chat.say("undo")  # "first" back, "set aside one" set aside
    await chat.say("cancel")
    for n in range(MAX_KEPT):
        await start_routine(chat)
        await chat.say(f"child number {n}")
        await chat.say("cancel")
    assert "set aside one" in str(await kept_for_undo(chat))


@pytest.mark.parametrize(("said", "read"), [("I don't think so but I'm not sure", None),
                                            ("not that I know of but I am worried", None),
                                            ("No, she's fine", "no"), ("no, I'm not worried about her safety", "no"),
                                            ("no but he knows where she lives", None), ("no, yesterday", "no")])
async def test_a_no_with_a_doubt_or_a_yes_in_it_is_asked_again_never_guessed(chat: Chat, said: str,
                                                                             read: str | None) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say(said)
    _, draft = await kept_draft(chat)
    assert draft["fields"].get("danger") == read  # type: ignore[union-attr]
    assert ("Please answer yes, no or not sure" in chat.text) == (read is None)
    assert not await concerns_in(chat)  # no URGENT alert either way


@pytest.mark.parametrize(("kind", "danger"), [("bullying on whatsapp", "no, nothing like that"),
                                              ("bullying thank you", "no they are not"),
                                              ("option 1 bullying", "No, not to my knowledge"),
                                              ("bullying", "not in danger"), ("bullying", "no, not right now")])
async def test_a_choice_answered_plainly_is_not_kept_as_what_happened(chat: Chat, kind: str, danger: str) -> None:
    await chat.say("report a concern")
    await chat.say(kind)
    await chat.say(danger)
    _, draft = await kept_draft(chat)
    assert "what" not in draft["fields"]  # type: ignore[operator]


@pytest.mark.parametrize("said", ["yes, he is at her house now", "yes, a man is messaging her",
                                  "not sure, I know the mum can be violent"])
async def test_a_short_telling_at_the_danger_question_is_kept(chat: Chat, said: str) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say(said)
    [concern] = await concerns_in(chat)
    assert concern.fields["what"] == said  # the alert carries it


async def test_please_help_as_a_childs_words_is_kept(chat: Chat) -> None:
    await to_the_childs_words(chat)
    await chat.say("please help")
    _, draft = await kept_draft(chat)
    assert draft["fields"]["disclosure"] == "please help"  # type: ignore[index]


async def test_cancelling_with_five_reports_set_aside_keeps_the_one_just_cancelled(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("report zero")
    await chat.say("cancel")
    for n in range(1, MAX_KEPT + 1):  # each new report set aside by undo, report zero coming back each time
        await start_routine(chat)
        await chat.say(f"set aside {n}")
        await chat.say("undo")
        if n < MAX_KEPT:
            await chat.say("cancel")
    await chat.say("cancel")  # report zero, cancelled again with five set aside
    undo = chat.button("Undo")
    await chat.press(undo.action, undo.value)
    await chat.click("Back")
    assert "report zero" in chat.last.text


async def test_the_kept_note_names_the_report_undo_brings_back(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("R1")
    await chat.say("cancel")
    await start_routine(chat)
    await chat.say("R2")
    await chat.say("undo")  # R1 back, R2 set aside
    await chat.say("cancel")  # R1 cancelled: the latest kept
    await chat.say("send")
    assert "cancelled report is kept" in chat.text and "Also kept: type undo " in chat.text


async def test_an_answer_that_reopens_a_closed_urgent_concern_says_so(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.as_user(HEAD, "Head").say("close C-0001")
    await chat.say("Leo M, 3C")
    assert "opened it again" in chat.replies[0].text
    await chat.say("Jay")  # open now: said once
    assert "opened it again" not in chat.text


async def test_an_answers_earlier_versions_keep_the_first_the_head_read(chat: Chat) -> None:
    await start_urgent(chat)
    for name in ("Leo M, 3C", "Mia K, 4B", "Leo M, 3C", "Kai P, 6A"):
        await chat.say(name)
        await chat.say("back")
    [concern] = await concerns_in(chat)
    assert concern.fields["earlier_affected"].startswith("Leo M, 3C") and "Mia K, 4B" in concern.fields[
        "earlier_affected"]


async def test_remove_typed_with_an_offer_standing_takes_the_offered_words_out(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("can I post sports day photos?")  # who is affected, offered back
    await chat.say("remove it")
    assert "taken that out of your report" in chat.text and "Who is affected" in chat.last.text


async def test_send_or_remove_typed_at_what_happened_is_not_the_account(chat: Chat) -> None:
    await start_routine(chat)
    for _ in range(4):
        await chat.click("Skip")
    await chat.say("send")
    assert "still a few questions" in chat.text
    await chat.say("Messages at night")
    await chat.say("back")
    await chat.say("remove it")
    assert "can't be removed" in chat.text
    _, draft = await kept_draft(chat)
    assert draft["fields"]["what"] == "Messages at night"  # type: ignore[index]


async def test_a_form_filed_after_its_kept_report_expired_is_not_filed_twice(chat: Chat) -> None:
    await start_routine(chat)
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    await chat.say("Sam B")
    await chat.say("cancel")
    async with chat.runtime.store.transaction() as s:  # as if the hour passed
        convo = await s.get(Conversation, chat.conversation)
        assert convo is not None
        convo.kept_report, convo.kept_until = None, None
    form = {**ROUTINE_FORM, "_context": opened.form.value}
    await chat.press(actions.FORM_SUBMIT, form=form, delivery_id="slack-1")
    again = await chat.press(actions.FORM_SUBMIT, form=form, delivery_id="slack-2")  # a second submit
    assert again[0].form is not None and len(await concerns_in(chat)) == 1
    assert "Sent already" in {f.name: f.error for f in again[0].form.fields}["what"]  # said beside What happened


async def test_the_thank_you_after_an_answer_reopened_the_concern_says_so_not_acknowledged(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.as_user(HEAD, "Head").say("close C-0001 false alarm")
    await walk_rest(chat)
    await chat.click("Send report")
    assert "opened it again" in chat.replies[0].text and "acknowledged already" not in chat.replies[0].text


async def test_words_offered_back_that_reopen_the_concern_tell_the_reporter(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Leo M, 3C")
    await chat.as_user(HEAD, "Head").say("close C-0001")
    await chat.say("can I post sports day photos?")  # who is responsible, offered back: joins without reopening
    await chat.click("Snapchat")  # the offer lapses: the words stand and reopen it
    assert "opened it again" in chat.text


async def test_a_doubtful_no_is_asked_again_with_its_words_kept(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.click("Online bullying")
    await chat.say("no but he knows where she lives")
    assert "couldn't tell whether that means yes or no" in chat.text and "immediate danger" in chat.last.text
    await chat.say("not sure")  # now an URGENT alert, carrying what was said
    [concern] = await concerns_in(chat)
    assert "he knows where she lives" in concern.fields["what"]


async def test_cancel_after_words_reopened_a_closed_urgent_concern_still_says_to_speak_to_the_dsl(
        chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("Leo M, 3C")
    await chat.as_user(HEAD, "Head").say("close C-0001 dealt with")
    await chat.say("can I post sports day photos?")  # offered back, joined without reopening
    await chat.say("cancel")  # the offer lapses: the words stand, and reopen it
    assert "opened it again" in chat.text and "speak to the Designated Safeguarding Lead" in chat.text


async def test_send_while_editing_an_empty_answer_points_to_skip(chat: Chat) -> None:
    await start_routine(chat)
    await walk_rest(chat, skipped=4, what="Messages in a group chat")
    await chat.click("Edit: Evidence")
    await chat.say("send")
    assert "press Skip to go back" in chat.text


async def test_a_question_typed_at_what_happened_can_be_taken_back_at_the_next_step(chat: Chat) -> None:
    await start_routine(chat)
    for _ in range(4):
        await chat.click("Skip")
    await chat.say("how long do I have to report this?")  # at What happened: not offered
    await chat.say("sorry that was a question")  # at the child's words
    assert "taken that out of your report" in chat.text and "What happened" in chat.last.text
    _, draft = await kept_draft(chat)
    assert not draft["fields"].get("what") and not draft["fields"].get("disclosure")  # type: ignore[union-attr]


async def test_send_at_the_childs_words_is_not_stored_as_them(chat: Chat) -> None:
    await to_the_childs_words(chat)
    await chat.say("send")
    assert "still a few questions" in chat.text
    _, draft = await kept_draft(chat)
    assert "disclosure" not in draft["fields"]  # type: ignore[operator]


async def test_a_telling_at_the_kind_question_that_names_no_kind_is_kept(chat: Chat) -> None:
    await chat.say("report a concern")
    await chat.say("yes i think so, shes scared to go home tonite")
    assert "noted what you wrote" in chat.text and "kinds of concern" in chat.text
    _, draft = await kept_draft(chat)
    assert draft["fields"]["what"] == "yes i think so, shes scared to go home tonite"  # type: ignore[index]


async def test_skip_at_the_danger_question_says_it_cannot_be_skipped(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("back")
    await chat.say("skip")
    assert "can't be skipped" in chat.text


@pytest.mark.parametrize("said", ["no", "nah", "nope", "no she didnt", "none"])
async def test_a_plain_no_at_did_a_child_tell_you_is_no_disclosure(chat: Chat, said: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)
    assert "no disclosure" in chat.text.lower()
    _, draft = await kept_draft(chat)
    assert draft["fields"]["disclosure"] == "No disclosure"  # type: ignore[index]


async def test_a_no_that_tells_more_is_kept_and_said(chat: Chat) -> None:
    await to_the_childs_words(chat)
    await chat.say("no, he said his mum won't let him")  # "no one told me, I saw it": no disclosure
    assert "If no child told you" in chat.text


@pytest.mark.parametrize(("said", "kind"), [
    ("jake in y5 is being picked on in the class group chat", "bullying"),
    ("a year 4 girl keeps getting nasty messages on whatsapp", "bullying"),
    ("a pupil's picture was put on instagram without consent", "image"),
    ("a colleague is following pupils on tiktok", "staff_conduct"),
    ("a parent is slagging off the school on the village facebook page", "parent_post"),
    # the colleague is who the post is about, not who acted (until 2026-12-01 asked: a parent's post, or staff conduct?)
    ("a parent posted abuse about a colleague on facebook", "parent_post"),
    # two kinds named, and the teacher says which it is
    ("her mum keeps messaging her, it is bullying", "bullying"),
    ("it's a member of staff posting pupil photos on his own insta", "staff_conduct"),
])
async def test_a_kind_taken_from_a_sentence_is_said(chat: Chat, said: str, kind: str) -> None:
    await chat.say("report a concern")
    await chat.say(said)
    _, draft = await kept_draft(chat)
    assert draft["fields"]["category"] == kind  # type: ignore[index]
    assert f"taken the kind of concern as \u201c{flow.CATEGORY_LABELS[kind]}\u201d" in chat.text
    assert draft["fields"]["what"] == said  # type: ignore[index]


# "pic" once named a picture inside "picked on", so a pupil picked on was filed as an image shared
@pytest.mark.parametrize(("said", "kinds"), [
    ("she showed me a photo her dad sent her", ("parent_post", "image")),
    # the parent acts and the colleague acts: both named as doing something
    ("a parent says a colleague has been messaging her son", ("parent_post", "staff_conduct")),
    ("older boys are bullying him over a video of him crying", ("bullying", "image")),
])
async def test_a_sentence_naming_two_kinds_asks_which(chat: Chat, said: str, kinds: tuple[str, ...]) -> None:
    await chat.say("report a concern")
    await chat.say(said)
    _, draft = await kept_draft(chat)
    assert "category" not in draft["fields"]  # type: ignore[operator]
    assert draft["fields"]["what"] == said  # type: ignore[index]
    assert all(f"\u201c{flow.CATEGORY_LABELS[kind]}\u201d" in chat.text for kind in kinds)
    assert "choose the closest kind" in chat.text and "What kind of concern is it?" in chat.text
    await chat.click(flow.CATEGORY_LABELS[kinds[-1]])
    _, draft = await kept_draft(chat)
    assert draft["fields"]["category"] == kinds[-1]  # type: ignore[index]
    assert "Is a child in immediate danger?" in chat.text


async def test_a_question_typed_under_edit_is_offered_back_even_when_the_matcher_is_unsure(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B")
    await chat.click("Skip")
    await chat.click("WhatsApp")
    await chat.say("posted Sunday evening")
    await walk_rest(chat, skipped=0, what="Messages in a group chat")
    await chat.click("Edit: When")
    before = (await kept_draft(chat))[1]["fields"].get("when")  # type: ignore[union-attr]
    await chat.say("should I speak to her before the head sees this?")
    assert "It was a question" in [b.label for b in chat.last.buttons]
    await chat.click("It was a question")
    _, draft = await kept_draft(chat)
    assert draft["fields"].get("when") == before  # type: ignore[union-attr]


@pytest.mark.parametrize(("said", "stored"), [("No disclosure", "No disclosure"), ("no, she did", "no, she did")])
async def test_no_disclosure_typed_or_a_no_that_means_yes_are_read_as_said(chat: Chat, said: str,
                                                                          stored: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)
    assert "If no child told you" not in chat.text or said != "No disclosure"
    _, draft = await kept_draft(chat)
    assert draft["fields"]["disclosure"] == stored  # type: ignore[index]


async def test_a_no_over_a_childs_words_asks_before_removing_them(chat: Chat) -> None:
    await to_the_childs_words(chat)
    await chat.say("he keeps messaging me")
    await chat.say("back")
    await chat.say("no")
    assert "Remove it" in [b.label for b in chat.last.buttons]
    _, draft = await kept_draft(chat)
    assert draft["fields"]["disclosure"] == "he keeps messaging me"  # type: ignore[index]


async def test_a_childs_question_shaped_words_are_never_offered_back_as_a_question(chat: Chat) -> None:
    await to_the_childs_words(chat)
    await chat.say("he keeps messaging me")
    await chat.say("back")
    await chat.say("why does he keep messaging me?")
    assert "It was a question" not in [b.label for r in chat.replies for b in r.buttons]


@pytest.mark.parametrize("said", ["it was a qustion", "it was a quesiton", "that was a questoin", "sorry, it was a "
                                  "questin", "that wasnt an anwser", "its actualy a question"])
async def test_it_was_a_question_typed_with_a_slip_takes_the_words_back(chat: Chat, said: str) -> None:
    await start_routine(chat)
    await chat.say("can I post sports day photos?")  # offered back at "Who is responsible?"
    await chat.say(said)
    assert any(r.citation is not None and r.citation.clause_id == "B.3" for r in chat.replies)
    assert "Who is affected" in chat.last.text
    fields = (await kept_draft(chat))[1]["fields"]
    assert not fields.get("affected") and "responsible" not in fields  # type: ignore[union-attr,operator]


async def test_a_slipped_it_was_a_question_where_nothing_was_offered_takes_back_the_words_just_typed(
        chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("which pupil should I take the phone off?")  # the matcher unsure, not plainly asked: no offer
    assert "It was a question" not in [b.label for b in chat.last.buttons]
    await chat.say("it was a qustion")
    assert "taken that out of your report" in chat.text and "Who is affected" in chat.last.text
    assert not (await kept_draft(chat))[1]["fields"].get("affected")  # type: ignore[union-attr]


async def test_a_stray_yes_after_an_offer_answers_the_offer_not_the_next_question(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("can I post sports day photos?")  # kept at "Who is affected?", offered back at "Who is responsible?"
    await chat.say("yes")
    assert "Should it stay in your report as it is?" in chat.text and "Who is responsible" in chat.last.text
    fields = (await kept_draft(chat))[1]["fields"]
    assert "responsible" not in fields  # type: ignore[operator]
    await chat.say("yes")
    assert "Kept as your answer." in chat.text and "Who is responsible" in chat.last.text
    assert "It was a question" not in [b.label for b in chat.last.buttons]
    fields = (await kept_draft(chat))[1]["fields"]
    assert fields["affected"] == "can I post sports day photos?" and "responsible" not in fields  # type: ignore[index,operator]


async def test_a_stray_yes_then_no_takes_the_words_out_and_answers_them(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("can I post sports day photos?")
    await chat.say("ok")
    await chat.say("no")
    assert "taken that out of your report" in chat.text and "Who is affected" in chat.last.text
    assert any(r.citation is not None and r.citation.clause_id == "B.3" for r in chat.replies)


async def test_yes_is_still_an_answer_where_it_can_be_one(chat: Chat) -> None:
    await start_routine(chat)
    for _ in range(8):  # on to "Is there evidence?", each step skipped that can be
        if "Is there evidence" in chat.last.text:
            break
        await chat.say("Group chat threats" if "What happened" in chat.last.text else "skip")
    await chat.say("should I screenshot the messages?")  # kept, offered back at "What has been done already?"
    await chat.say("no")  # nothing done yet: an answer there
    fields = (await kept_draft(chat))[1]["fields"]
    assert fields["evidence"] == "should I screenshot the messages?" and fields["actions"] == "no"  # type: ignore[index]


@pytest.mark.parametrize("said", ["it was a quest", "it was a question of time", "it was a suggestion",
                                  "I was basking", "it was a quastion"])
async def test_sentences_near_it_was_a_question_stay_answers(chat: Chat, said: str) -> None:
    await start_routine(chat)
    await chat.say("can I post sports day photos?")  # offered back at "Who is responsible?"
    await chat.say(said)
    fields = (await kept_draft(chat))[1]["fields"]
    assert fields["affected"] == "can I post sports day photos?" and fields["responsible"] == said  # type: ignore[index]


@pytest.mark.parametrize("how", ["back", "edit"])
async def test_a_danger_answer_changed_to_no_after_the_alert_says_the_headteacher_has_it_already(
        chat: Chat, how: str) -> None:
    if how == "back":
        await start_urgent(chat)
        await chat.say("back")
    else:
        await walk_to_confirm(chat, danger="yes")
        await chat.click("Edit: Child in immediate danger")
    await alert_delivered(chat)  # "already has" only once it has (held up: tests/bot/test_held_up_said.py)
    await chat.click("No")
    said = chat.text
    assert "The Headteacher already has the URGENT alert C-0001" in said and "changed to No" in said
    assert "withdrawn" not in said.replace("not withdrawn", "")
    [concern] = await concerns_in(chat)
    assert concern.urgent and concern.fields["danger"] == "no"  # the alert stands; the change is on it


async def test_a_danger_answer_changed_to_no_on_the_form_says_the_alert_stands(chat: Chat) -> None:
    await start_urgent(chat)
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    await chat.press(actions.FORM_SUBMIT, form={"category": "bullying", "danger": "no", "_context": opened.form.value,
                                                "what": "Threats in a group chat"})
    said = chat.text
    assert "On the form you answered No" in said and "URGENT alert C-0001 is not withdrawn" in said
    [concern] = await concerns_in(chat)
    assert concern.urgent and concern.complete and concern.fields["danger"] == "no"


async def test_a_danger_answer_left_at_no_says_nothing_more(chat: Chat) -> None:
    await start_urgent(chat)
    await chat.say("back")
    await chat.click("No")
    await chat.say("back")
    await chat.click("No")  # No again: nothing changed
    assert "already has the URGENT alert" not in chat.text and "Who is affected" in chat.last.text


async def test_a_first_no_to_the_danger_question_says_nothing_of_an_alert(chat: Chat) -> None:
    await start_routine(chat)
    assert "URGENT" not in chat.text and not await concerns_in(chat)


@pytest.mark.parametrize("urgent", [False, True])
async def test_the_undo_of_a_report_its_form_completed_says_it_was_sent_with_its_form(chat: Chat, urgent: bool) -> None:
    await (start_urgent(chat) if urgent else start_routine(chat))
    await chat.say("Sam B, Year 5")
    [opened] = await chat.press(actions.FORM_OPEN)
    assert opened.form is not None
    shown = {f.name: f.value for f in opened.form.fields if f.value}
    await chat.say("cancel")  # switching to the form
    undo = chat.button("Undo")
    await chat.press(actions.FORM_SUBMIT, form={**shown, "what": "Messages", "_context": opened.form.value})
    [concern] = await concerns_in(chat)
    assert concern.complete
    if urgent:  # the trail says how the URGENT report was finished
        assert any(d.startswith("the reporter completed the report with the form") for _, d in await trail_of(chat))
    await chat.press(undo.action, undo.value)
    assert f"sent with its form, as {concern.reference}" in chat.text and "brought back already" not in chat.text
    assert len(await concerns_in(chat)) == 1 and (await kept_draft(chat))[0] is None  # nothing brought back


async def test_the_undo_of_a_report_sent_in_the_chat_says_it_was_sent_not_with_a_form(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("Sam B, Year 5")
    await chat.say("cancel")
    undo = chat.button("Undo")
    await chat.say("undo")
    await walk_rest(chat, skipped=3, what="Messages in a group chat")
    await chat.click("Send report")
    await chat.press(undo.action, undo.value)  # the older Undo, of the report since sent
    assert "sent already, as C-0001" in chat.text and "form" not in chat.text


async def test_the_trail_names_the_chat_report_by_when_it_began_not_by_an_internal_number(chat: Chat) -> None:
    await start_routine(chat)
    started = int((await kept_draft(chat))[1]["started"])  # type: ignore[call-overload]
    await walk_rest(chat, skipped=4, what="Messages in a group chat")
    await chat.click("Send report")
    [record] = await load_concerns(chat.runtime.store)
    shown, exported = show_text(record), export_csv([record])
    began = school_time(from_micros(started))  # as every time in the trail is shown: UK time, zone named
    assert f"reported: details complete; from the chat report begun {began}" in shown and began[-4:] in (" GMT", " BST")
    assert str(started) not in shown and str(started) not in exported and str(started) not in export_json([record])


async def test_no_to_skips_keep_or_remove_question_keeps_the_answer(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Evidence")
    await chat.click("Skip")
    assert "Remove it" in [b.label for b in chat.last.buttons]
    await chat.say("no")  # to "keep it or remove it?": keep it, never "no" as the evidence
    assert "Kept as it is." in chat.text and "Here is your report" in chat.last.text
    assert (await kept_draft(chat))[1]["fields"]["evidence"] == "Sam's mum showed me the messages on her phone"


async def test_no_at_the_evidence_step_later_is_an_answer_again(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Edit: Evidence")
    await chat.click("Skip")
    await chat.say("yes")  # which: keep or remove? Asked again, nothing changed
    assert "Remove it" in [b.label for b in chat.last.buttons]
    assert (await kept_draft(chat))[1]["fields"]["evidence"] == "Sam's mum showed me the messages on her phone"
    await chat.say("remove")
    await chat.click("Edit: Evidence")
    await chat.say("no")  # no question was asked: "no" is the answer to "Is there evidence?"
    assert (await kept_draft(chat))[1]["fields"]["evidence"] == "no"


@pytest.mark.parametrize("said", ["yes", "ok", "yes she did", "Yes, he told me.", "ok thanks", "👍"])
async def test_yes_to_did_a_child_tell_you_asks_for_their_words(chat: Chat, said: str) -> None:
    await to_the_childs_words(chat)
    await chat.say(said)
    assert "exact words" in chat.last.text and "write down the child's exact words" in chat.text
    assert not (await kept_draft(chat))[1]["fields"].get("disclosure")
    await chat.say("\u201cyes\u201d")  # in quotes: the child's own word, kept as said
    assert (await kept_draft(chat))[1]["fields"]["disclosure"] == "\u201cyes\u201d"


@pytest.mark.parametrize("said", ["ok thanks", "yes that's right", "\U0001f44d", ":+1:", "Yes, that\u2019s right!",
                                  "all good"])
async def test_agreeing_with_an_answer_shown_keeps_it(chat: Chat, said: str) -> None:
    await walk_to_confirm(chat)
    for edit, answer in (("Edit: When", "Saturday night"),
                         ("Edit: Evidence", "Sam's mum showed me the messages on her phone")):
        await chat.click(edit)
        assert "Your answer so far" in chat.last.text
        await chat.say(said)
        assert "Here is your report" in chat.last.text, said
        assert stored(answer) in (await kept_draft(chat))[1]["fields"].values()


async def test_my_reports_lists_those_sent_and_says_one_is_in_progress_typed_or_pressed(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.click("Send report")
    await start_routine(chat)
    await chat.say("my reports")
    assert "C-0001" in chat.replies[0].text
    assert "You also have a report in progress, not sent yet: carry on with it below." in chat.replies[0].text
    assert "Who is affected" in chat.last.text
    await chat.press(actions.MY_REPORTS)  # the Help reply's My reports button, mid-report: its question follows
    assert "You also have a report in progress" in chat.replies[0].text and "Who is affected" in chat.last.text
    assert len(await concerns_in(chat)) == 1  # nothing sent by asking


async def test_my_reports_after_a_cancel_says_how_to_bring_the_report_back(chat: Chat) -> None:
    await start_routine(chat)
    await chat.say("cancel")
    await chat.say("my reports")
    assert chat.text == "Your cancelled report is kept for now: type undo to bring it back."
