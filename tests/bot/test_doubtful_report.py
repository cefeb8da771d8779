"""A few words only perhaps a report ("phonics scheme used in reception") begin one, as a disclosure must, with one
press back to having them answered as a question; and that press, if a mistake, loses nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot import actions
from bot.flows.concern_report import MAYBE_WORDS
from bot.store.models import Conversation, QuestionLog
from intents import understand
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in

SEARCH = "phonics scheme used in reception"  # a search the report model doubtfully takes for a report
DISCLOSURE = "dad hit her"  # a disclosure it takes just as doubtfully
SURE = "a pupil is being bullied on WhatsApp"


def test_the_doubtful_are_told_apart_from_the_sure(chat: Chat) -> None:
    index = chat.runtime.engine.kb.index
    for words in (SEARCH, DISCLOSURE):
        meaning = understand(words, index)
        assert meaning.intent == "report_concern" and meaning.doubtful, words
        assert understand(words, index, question_only=True).intent != "report_concern", words
    assert not understand(SURE, index).doubtful


async def the_flow(chat: Chat) -> str | None:
    async with chat.runtime.store.transaction() as s:
        return (await s.execute(select(Conversation))).scalar_one().flow


async def draft_of(chat: Chat) -> dict[str, Any]:
    async with chat.runtime.store.transaction() as s:
        return (await s.execute(select(Conversation))).scalar_one().draft


async def on_to(chat: Chat, question: str) -> None:
    """Under way with the doubtful disclosure (another kind, no danger), on to `question`: each step skipped, what
    happened kept with "ok", no disclosure."""
    for _ in range(10):
        if question in chat.last.text:
            return
        if "What happened" in chat.last.text:
            await chat.say("ok")
        elif "Did a child tell you" in chat.last.text:
            await chat.click("No disclosure")
        else:
            await chat.say("skip")
    raise AssertionError(f"never reached {question!r}: {chat.last.text!r}")


async def under_way(chat: Chat) -> None:
    await chat.say(DISCLOSURE)
    await chat.click("Another online-safety concern")
    await chat.click("No")


async def test_a_doubtful_report_is_begun_and_one_press_makes_it_a_question(chat: Chat) -> None:
    await chat.say(SEARCH)
    assert "What kind of concern" in chat.last.text and "sorry you've had to deal" not in chat.text
    assert "If you were asking about the policy instead, press It was a question" in chat.text
    await chat.click("It was a question")
    assert chat.replies[0].text.startswith("Report cancelled.") and "Undo" in chat.text
    assert "doesn't cover" in chat.text and "What kind of concern" not in chat.text
    # Still perhaps a concern's words: answered with the report first, never passed to the Headteacher as a question
    assert [b.label for b in chat.last.buttons] == ["Report a concern"]
    async with chat.runtime.store.transaction() as s:
        logged = (await s.execute(select(QuestionLog))).scalar_one()
    assert logged.question != SEARCH and logged.intent == "report_concern"
    assert await the_flow(chat) is None and await concerns_in(chat) == []
    await chat.say("can I post sports day photos on my facebook?")  # a question again, not a report's answer
    assert any(r.citation is not None and r.citation.clause_id == "B.3" for r in chat.replies)
    assert "What kind of concern" not in chat.text


async def test_a_disclosure_taken_for_a_question_by_mistake_comes_back_with_undo(chat: Chat) -> None:
    await chat.say(DISCLOSURE)
    await chat.click("It was a question")
    await chat.say("undo")
    assert "Your report is back" in chat.text and "What kind of concern" in chat.last.text
    await chat.click("Another online-safety concern")
    await chat.click("No")
    await on_to(chat, "Here is your report")
    assert any(row.words == DISCLOSURE for row in chat.last.own_words)


async def test_saying_it_was_a_question_does_the_same_after_help_and_after_cancel_and_undo(chat: Chat) -> None:
    await chat.say(SEARCH)
    await chat.click("Help")
    assert "It was a question" in [b.label for b in chat.last.buttons]
    await chat.say("sorry, it was just a qustion")
    assert chat.replies[0].text.startswith("Report cancelled.") and "doesn't cover" in chat.text

    await chat.say(SEARCH)
    await chat.say("cancel")
    await chat.say("undo")
    await chat.click("It was a question")
    assert "doesn't cover" in chat.text and await the_flow(chat) is None


async def test_a_question_typed_instead_of_a_kind_ends_it_and_is_answered(chat: Chat) -> None:
    await chat.say(SEARCH)
    await chat.say("no i meant can i post year 6 photos on the school facebook page?")
    assert chat.replies[0].text.startswith("Report cancelled.")
    assert any(r.citation is not None and r.citation.clause_id == "B.3" for r in chat.replies)
    assert await the_flow(chat) is None


async def test_a_telling_or_a_plea_for_help_shaped_as_a_question_keeps_the_report(chat: Chat) -> None:
    await chat.say("uncle touching y1")
    await chat.say("is it ok to report that he touches her?")  # more told, not a question for the policy
    assert await the_flow(chat) is not None and "noted what you wrote as what happened" in chat.text
    await chat.say("no")  # no longer only the opening words: a report now, not taken back
    assert await the_flow(chat) is not None
    async with chat.runtime.store.transaction() as s:
        assert (await s.execute(select(QuestionLog))).first() is None  # nothing of it in the question log
    await chat.say("cancel")
    for help_words in ("what do i do", "?"):
        await chat.say(DISCLOSURE)
        await chat.say(help_words)
        assert "Pick the closest kind" in chat.text and await the_flow(chat) is not None, help_words
        await chat.say("cancel")


async def test_report_a_concern_under_the_answer_brings_the_words_back(chat: Chat) -> None:
    await chat.say(DISCLOSURE)
    await chat.click("It was a question")
    await chat.click("Report a concern")
    assert "Your report is back" in chat.text and "What kind of concern" in chat.last.text
    assert (await draft_of(chat))["fields"]["what"] == DISCLOSURE


async def test_saying_in_other_words_it_was_no_report_ends_it(chat: Chat) -> None:
    for said in ("I didn't want to report anything", "no it's not", "I was asking about the policy",
                 "why did you start a report?"):
        await chat.say(DISCLOSURE)
        await chat.say(said)
        assert chat.replies[0].text.startswith("Report cancelled."), said
        assert await the_flow(chat) is None, said


async def test_report_a_concern_typed_after_it_was_a_question_brings_the_words_back(chat: Chat) -> None:
    await chat.say(DISCLOSURE)
    await chat.click("It was a question")
    await chat.say("report a concern")
    assert "Your report is back" in chat.text
    assert (await draft_of(chat))["fields"]["what"] == DISCLOSURE


async def test_no_its_not_a_question_keeps_the_report(chat: Chat) -> None:
    await chat.say("mum hit him")
    await chat.say("no it's not a question")
    assert await the_flow(chat) is not None and not chat.replies[0].text.startswith("Report cancelled.")


async def test_a_new_report_after_a_deliberate_cancel_or_from_another_answer_is_new(chat: Chat) -> None:
    await chat.say(DISCLOSURE)
    await chat.say("cancel")  # a deliberate cancel: "report a concern" next means a new report
    await chat.say("report a concern")
    assert "Your report is back" not in chat.text and "sorry you've had to deal with this" in chat.text
    await chat.say("cancel")
    await chat.say(SEARCH)
    await chat.click("It was a question")
    await chat.say("can I post sports day photos on my facebook?")
    await chat.say("this is not helpful")  # any later answer's Report a concern is a new report
    await chat.press(actions.CONCERN_START, "")
    assert "Your report is back" not in chat.text


async def test_the_words_are_read_afresh_not_leaning_on_the_last_answer(chat: Chat) -> None:
    await chat.say("can I add pupils as friends on facebook?")
    assert any(r.citation is not None and r.citation.clause_id == "B.1" for r in chat.replies)
    await chat.say(DISCLOSURE)
    await chat.click("It was a question")
    assert all(r.citation is None for r in chat.replies) and "doesn't cover" in chat.text


async def test_ok_at_a_step_with_an_answer_keeps_it(chat: Chat) -> None:
    await under_way(chat)
    await on_to(chat, "What happened")
    assert "Your answer so far" in chat.last.text
    await chat.say("no")  # answers nothing here: the disclosure is left as it is
    assert "left your answer as it is" in chat.text
    await chat.say("ok")
    assert (await draft_of(chat))["fields"]["what"] == DISCLOSURE and "What happened" not in chat.last.text


async def test_yes_at_the_childs_words_keeps_them(chat: Chat) -> None:
    await under_way(chat)
    await on_to(chat, "Did a child tell you")
    await chat.say("he hits me when mum is out")
    await chat.say("back")
    await chat.say("yes")
    assert (await draft_of(chat))["fields"]["disclosure"] == "he hits me when mum is out"


async def test_yes_replaces_an_answer_where_it_can_be_one(chat: Chat) -> None:
    await under_way(chat)
    await on_to(chat, "Is there evidence")
    await chat.say("no")
    await chat.say("back")
    assert "Is there evidence" in chat.last.text and "Your answer so far" in chat.last.text
    await chat.say("yes")
    assert (await draft_of(chat))["fields"]["evidence"] == "yes"


async def test_a_kind_typed_with_a_question_mark_is_the_kind(chat: Chat) -> None:
    for kind in ("bullying?", "is it bullying?"):
        await chat.say(DISCLOSURE)
        await chat.say(kind)
        assert "immediate danger" in chat.last.text and await the_flow(chat) is not None, kind
        await chat.say("cancel")


async def test_once_the_report_is_under_way_the_offer_is_gone_and_the_words_stay(chat: Chat) -> None:
    await chat.say(DISCLOSURE)
    await chat.click("Another online-safety concern")
    assert "immediate danger" in chat.last.text
    assert "It was a question" not in [b.label for b in chat.last.buttons]
    await chat.say("back")
    assert "What kind of concern" in chat.last.text
    assert "It was a question" not in [b.label for b in chat.last.buttons]  # a kind is chosen: a report now


async def test_a_sure_report_is_begun_as_before(chat: Chat) -> None:
    await chat.say(SURE)
    assert "sorry you've had to deal with this" in chat.text
    assert "It was a question" not in [b.label for b in chat.last.buttons]
    assert MAYBE_WORDS not in chat.text


async def test_help_at_the_first_question_says_the_words_may_have_been_a_question(chat: Chat) -> None:
    await chat.say(SEARCH)
    await chat.click("Help")
    assert "Pick the closest kind" in chat.replies[0].text and "It was a question" in chat.replies[0].text
    await chat.say("help")
    assert "Pick the closest kind" in chat.replies[0].text and "It was a question" in chat.replies[0].text
    await chat.click("Another online-safety concern")  # a report now: Help no longer offers the way back
    await chat.say("back")
    await chat.say("help")
    assert "Pick the closest kind" in chat.text and "It was a question" not in chat.text
    await chat.say("cancel")
    await chat.say(SURE)
    await chat.say("help")
    assert "Pick the closest kind" in chat.text and "It was a question" not in chat.text


async def test_coming_back_to_a_doubtful_report_explains_its_button(chat: Chat) -> None:
    await chat.say(SEARCH)
    shown = await chat.runtime.engine.resume(chat.conversation)  # a restart, the page opened again
    assert "It was a question" in [b.label for b in shown[-1].buttons]
    assert "may be a concern" in shown[0].text and MAYBE_WORDS in shown[-1].text
    assert shown[-1].text.splitlines()[0] == "What kind of concern is it?"  # the question first (Slack's Home tab)
    await chat.say("report a concern")  # typed mid-report: where it stands, shown again
    assert MAYBE_WORDS in chat.last.text
    await chat.click("It was a question")  # the button shown again still works
    assert chat.replies[0].text.startswith("Report cancelled.") and "doesn't cover" in chat.text


async def test_a_doubtful_report_in_a_channel_is_answered_to_the_asker_with_the_private_form(chat: Chat) -> None:
    for number, words in enumerate((SEARCH, DISCLOSURE)):
        chat = Chat(chat.runtime, user=f"local:c{number}", conversation="local:staffroom",
                    extra={actions.EXTRA_GROUP: "1"})  # a channel: others read it
        replies = await chat.say(words)
        assert all(r.private for r in replies), words
        assert "doesn't cover" in chat.text and "report it with the private form offered below" in chat.text, words
        assert replies[-1].buttons[0].action == actions.FORM_OPEN and "private" in replies[-1].text, words
        assert words not in chat.text, words
    assert await concerns_in(chat) == []
    async with chat.runtime.store.transaction() as s:
        assert (await s.execute(select(Conversation).where(Conversation.flow.is_not(None)))).first() is None
        logged = (await s.execute(select(QuestionLog))).scalars().all()
    assert len(logged) == 2 and all(row.question not in (SEARCH, DISCLOSURE) for row in logged)


UNSURE = "what does the policy say about photos"  # a question the matcher places unsurely, naming a kind's word


async def test_an_unsure_question_at_the_first_question_is_offered_back_not_taken_as_the_concern(chat: Chat) -> None:
    await chat.say(SEARCH)
    await chat.say(UNSURE)
    assert "What kind of concern" in chat.last.text and "immediate danger" not in chat.text  # no kind from "photos"
    assert "It was a question" in [b.label for b in chat.last.buttons]
    assert not (await draft_of(chat))["fields"].get("category")
    await chat.click("It was a question")
    assert chat.replies[0].text.startswith("Report cancelled.") and "Undo" in chat.text
    assert "Did you mean" in chat.text and await the_flow(chat) is None  # the question answered, not the opening
    await chat.say("undo")  # the report holds its opening words, not the question answered
    assert (await draft_of(chat))["fields"]["what"] == SEARCH
    await chat.say("cancel")

    await chat.say(SEARCH)
    earlier = chat.button("It was a question")
    await chat.say(UNSURE)
    await chat.say("no")  # said in words, the same
    assert chat.replies[0].text.startswith("Report cancelled.") and "Did you mean" in chat.text
    await chat.say("undo")
    await chat.say(UNSURE)
    await chat.press(earlier.action, earlier.value)  # the button under the opening words: those words answered
    assert chat.replies[0].text.startswith("Report cancelled.") and "doesn't cover" in chat.text

    await chat.say(DISCLOSURE)
    await chat.say("what if he does it again?")  # perhaps more told: kept with what happened once a kind is chosen
    await chat.click("Another online-safety concern")
    assert (await draft_of(chat))["fields"]["what"] == f"{DISCLOSURE}\nwhat if he does it again?"


async def test_harm_told_by_name_alone_begins_a_report_with_the_way_back(chat: Chat) -> None:
    # Once "not covered", logged word for word with Ask the Headteacher offered
    await chat.say("Jake hit Sam")
    assert "That may be a concern" in chat.text and "What kind of concern" in chat.last.text
    assert "It was a question" in [b.label for b in chat.last.buttons]
    assert "Ask the Headteacher" not in [b.label for r in chat.replies for b in r.buttons]
    async with chat.runtime.store.transaction() as s:
        assert (await s.execute(select(QuestionLog))).first() is None  # not logged as a question
    await chat.click("It was a question")
    assert chat.replies[0].text.startswith("Report cancelled.") and await the_flow(chat) is None
