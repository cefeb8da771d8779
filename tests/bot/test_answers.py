"""Staff questions get the plain answer, the clause's exact words and its ID, and a way to a human."""

from __future__ import annotations

from sqlalchemy import select

from bot import actions
from bot.answers import answer_question
from bot.concerns import NOT_ARRIVED
from bot.runtime import Runtime
from bot.store.models import OutboxEntry, QuestionLog
from bot.store.store import utcnow
from tests.bot.conftest import Chat
from tests.phrasings import a_close_call, a_vague_question


async def test_answer_quotes_the_clause_and_offers_feedback_and_routes(chat: Chat) -> None:
    [reply] = await chat.say("can I post sports day photos?")
    assert reply.citation is not None and reply.citation.clause_id == "B.3"
    assert reply.citation.text == "Staff must not post pictures of school events without the Headteacher's consent."
    assert "consent" in reply.text.lower()
    labels = [b.label for b in reply.buttons]
    assert {"Helpful", "Not helpful", "Report a concern", "Ask the Headteacher"} <= set(labels)
    await chat.click("Helpful")
    async with chat.runtime.store.transaction() as s:
        entry = (await s.execute(select(QuestionLog))).scalar_one()
    assert entry.clause_id == "B.3" and entry.feedback == "helpful"


async def test_a_follow_up_is_answered_in_context(chat: Chat) -> None:
    [first] = await chat.say("can I add a pupil as a friend?")
    assert first.citation is not None and first.citation.clause_id == "B.1"
    [follow] = await chat.say("what about ex-pupils?")
    assert follow.citation is not None and follow.citation.clause_id == "B.1"
    # Follow-ups that, asked cold, are not about friends at all: only the conversation makes them B.1.
    kb = chat.runtime.kb
    cold = [q for q in ("what about on snapchat?", "and if they've left?", "and on Instagram?",
                        "what about ones who left last year?")
            if answer_question(q, kb).understanding.clause_id != "B.1"]
    assert cold, "every follow-up now answers B.1 on its own: pick ones that need the context"
    for number, question in enumerate(cold):
        alone = (await chat.as_user(f"local:new{number}").say(question))[0]  # a first message: no context
        assert alone.citation is None or alone.citation.clause_id != "B.1", question
        leaning = (await chat.say(question))[0]
        assert leaning.citation is not None and leaning.citation.clause_id == "B.1", question


async def test_did_you_mean_offers_the_close_clauses_and_records_the_one_chosen(chat: Chat) -> None:
    question, _ = a_close_call(chat.runtime.kb.index)
    expected = answer_question(question, chat.runtime.kb)
    assert expected.understanding.close_call and expected.citation is not None  # the matcher finds it close
    best, choices = await chat.say(question)
    assert best.citation == expected.citation  # the likeliest answer, quoted, with its ID
    assert {"Helpful", "Not helpful"} <= {b.label for b in best.buttons}
    assert "did you mean" in choices.text.lower()
    offered = [b.value.split("@")[0] for b in choices.buttons]
    assert offered == [c.clause_id for c in expected.choices if c.clause_id != expected.citation.clause_id]

    other = offered[0]
    [picked] = await chat.click(f"{other}:")
    clause = chat.runtime.kb.clause(other)
    assert clause is not None and picked.citation is not None
    assert (picked.citation.clause_id, picked.citation.text) == (other, clause.text)
    await chat.click("Helpful")
    async with chat.runtime.store.transaction() as s:
        entry = (await s.execute(select(QuestionLog))).scalar_one()
    assert (entry.question, entry.clause_id, entry.feedback) == (question, other, "helpful")


async def test_a_vague_question_asks_which_part_is_meant_instead_of_saying_it_is_not_covered(chat: Chat) -> None:
    question = a_vague_question(chat.runtime.kb.index)
    [reply] = await chat.say(question)
    assert reply.citation is None and "which part" in reply.text and "doesn't cover" not in reply.text
    offered = [b.value.split("@")[0] for b in reply.buttons if b.action == actions.ASK_CLAUSE]
    assert len(offered) >= 2 and "Ask the Headteacher" in [b.label for b in reply.buttons]

    [picked] = await chat.click(f"{offered[0]}:")
    assert picked.citation is not None and picked.citation.clause_id == offered[0]
    async with chat.runtime.store.transaction() as s:
        entry = (await s.execute(select(QuestionLog))).scalar_one()
    assert (entry.question, entry.clause_id) == (question, offered[0])


async def test_not_helpful_is_stored_and_offers_the_headteacher(chat: Chat) -> None:
    await chat.say("can I post sports day photos?")
    [reply] = await chat.click("Not helpful")
    assert [b.label for b in reply.buttons] == ["Ask the Headteacher"]
    async with chat.runtime.store.transaction() as s:
        entry = (await s.execute(select(QuestionLog))).scalar_one()
    assert entry.feedback == "unhelpful" and entry.feedback_at is not None


async def test_out_of_scope_is_honest_and_offers_the_headteacher(chat: Chat) -> None:
    [reply] = await chat.say("Where can I park at school?")
    assert reply.citation is None
    assert "Ask the Headteacher" in [b.label for b in reply.buttons]
    await chat.click("Ask the Headteacher")
    assert "passed your question to the Headteacher" in chat.text
    async with chat.runtime.store.transaction() as s:
        entry = (await s.execute(select(QuestionLog))).scalar_one()
    assert not entry.answered and entry.asked_head


async def test_help_and_greetings_are_brief(chat: Chat) -> None:
    [reply] = await chat.say("help")
    assert "report a concern" in reply.text and "my reports" in reply.text
    await chat.say("hello")
    assert chat.last.citation is None and len(chat.last.text) < 200


async def test_report_intent_starts_the_report_and_its_words_stay_out_of_the_question_log(chat: Chat) -> None:
    await chat.say("I need to report that Amy Smith in Year 5 is being bullied on WhatsApp")
    assert "What kind of concern" in chat.last.text
    await chat.say("cancel")
    await chat.say("Where can I park at school?")
    async with chat.runtime.store.transaction() as s:
        logged = [e.question for e in (await s.execute(select(QuestionLog))).scalars()]
    assert logged == ["Where can I park at school?"]  # the policy owner never sees a concern's words


async def test_a_child_at_risk_in_four_words_starts_a_report_not_a_policy_answer(chat: Chat) -> None:
    # Answered "The Social Media policy doesn't cover that" until the fourteenth session.
    await chat.say("a child is at risk")
    assert "What kind of concern" in chat.last.text and chat.last.citation is None


# A few words the report model only doubtfully takes for a report are as often searches as disclosures. Until the
# fifteenth session each went straight into the report's questions ("I'm sorry you've had to deal with this... What
# kind of concern is it?"); now, where the policy has something to say to it as a question, it is answered, with the way
# to report it first.
async def test_a_few_words_that_may_be_a_report_are_answered_with_the_report_offered_first(chat: Chat) -> None:
    [reply] = await chat.say("parents spreading lies online")
    assert reply.text.startswith("If this is a concern, please report it: choose Report a concern")
    assert "call 999" in reply.text and "If you were asking what the policy says:" in reply.text
    assert "headteacher" not in reply.text.lower()  # nothing to ask the Head with: the words are not kept
    assert reply.citation is not None and reply.citation.clause_id == "D.3"
    report = reply.buttons[0]
    assert report.action == actions.CONCERN_START and report.style == "primary"
    # Not "Ask the Headteacher": a disclosure sent that way would reach the Head as a question, with no reference.
    assert [b.action for b in reply.buttons].count(actions.CONCERN_START) == 1
    assert actions.ASK_HEAD not in {b.action for b in reply.buttons}
    await chat.press(actions.CONCERN_START)
    assert "What kind of concern" in chat.last.text


async def test_a_search_taken_for_a_report_is_answered_not_started_on_one(chat: Chat) -> None:
    [nearest] = await chat.as_user("local:a").say("staff instagram")
    assert nearest.text.startswith("If this is a concern") and "The nearest it comes is this:" in nearest.text
    assert nearest.buttons[0].action == actions.CONCERN_START
    # Offered the parents' clauses to choose from, and the report after them, not as the first of the choices.
    [choices] = await chat.as_user("local:b").say("parents facebook")
    actions_pressed = [b.action for b in choices.buttons]
    assert actions_pressed[0] == actions.ASK_CLAUSE and actions_pressed[-1] == actions.CONCERN_START
    assert "D.1" in {b.value.partition("@")[0] for b in choices.buttons if b.action == actions.ASK_CLAUSE}


async def test_a_doubtful_report_the_policy_has_nothing_to_say_to_starts_the_report(chat: Chat) -> None:
    # With no answer to give instead, or only the closest the policy comes, a few doubtful words are likelier a
    # disclosure than a search; and a follow-up's context does not lend it one ("dad hit her" after a B.1 answer was
    # answered "Never add pupils or ex-pupils as friends" in review).
    for number, words in enumerate(("kid sent nudes", "dad hit her", "our kids on strangers insta")):
        replies = await chat.as_user(f"local:c{number}").say(words)
        assert "What kind of concern" in replies[-1].text, words
    after = chat.as_user("local:after")
    [b1] = await after.say("can I add pupils as friends on facebook?")
    assert b1.citation is not None and b1.citation.clause_id == "B.1"
    replies = await after.say("dad hit her")
    assert "What kind of concern" in replies[-1].text
    assert all(r.citation is None for r in replies)  # not opened with B.1's "Never add pupils as friends"


async def test_a_doubtful_report_in_a_shared_channel_is_answered_to_the_asker_alone(chat: Chat) -> None:
    chat.extra = {actions.EXTRA_GROUP: "1"}
    [reply] = await chat.say("parents spreading lies online")
    assert reply.private and reply.citation is not None and reply.citation.clause_id == "D.3"
    assert reply.buttons[0].action == actions.CONCERN_START
    [offer] = await chat.press(actions.CONCERN_START)
    assert offer.private and offer.buttons[0].action == actions.FORM_OPEN  # the private form, as for any report


async def test_a_clause_chosen_after_a_doubtful_report_has_no_way_to_send_its_words_to_the_head(chat: Chat) -> None:
    [choices] = await chat.say("parents facebook")
    d1 = next(b for b in choices.buttons if b.value.startswith("D.1@"))
    [picked] = await chat.press(actions.ASK_CLAUSE, d1.value)
    assert picked.citation is not None and picked.citation.clause_id == "D.1"
    assert actions.ASK_HEAD not in {b.action for b in picked.buttons}
    # A button left from an older reply: nothing kept, so nothing is passed on.
    [refused] = await chat.press(actions.ASK_HEAD, d1.value.partition("@")[2])
    assert "nothing to pass on" in refused.text and refused.buttons[0].action == actions.CONCERN_START
    async with chat.runtime.store.transaction() as s:
        assert not (await s.execute(select(OutboxEntry).where(OutboxEntry.kind == "question"))).scalars().all()


async def test_an_older_logged_report_message_is_never_passed_to_the_head(chat: Chat) -> None:
    # Logged with its words by an earlier release (intent report_concern): treated as the placeholder is.
    async with chat.runtime.store.transaction() as s:
        old = QuestionLog(at=utcnow(), user=chat.user, question="parents spreading lies online about mr x",
                          intent="report_concern", clause_id="D.3", answered=True)
        s.add(old)
        await s.flush()
        log_id = str(old.id)
    [refused] = await chat.press(actions.ASK_HEAD, log_id)
    assert "nothing to pass on" in refused.text and refused.buttons[0].action == actions.CONCERN_START
    [thanks] = await chat.press(actions.FEEDBACK_NO, log_id)
    assert [b.action for b in thanks.buttons] == [actions.CONCERN_START]
    [picked] = await chat.press(actions.ASK_CLAUSE, f"D.1@{log_id}")
    assert picked.private and actions.ASK_HEAD not in {b.action for b in picked.buttons}
    async with chat.runtime.store.transaction() as s:
        assert not (await s.execute(select(OutboxEntry).where(OutboxEntry.kind == "question"))).scalars().all()


async def test_a_report_in_a_channel_keeps_its_policy_context_private(chat: Chat) -> None:
    chat.extra = {actions.EXTRA_GROUP: "1"}
    replies = await chat.say("I need to report a parent posting abuse about a teacher on facebook")
    assert replies[-1].buttons[0].action == actions.FORM_OPEN
    assert all(r.private for r in replies)


async def test_a_report_the_words_make_plain_still_starts_at_once(chat: Chat) -> None:
    for number, report in enumerate(("teacher dm pupil", "a pupil is being bullied on WhatsApp")):
        replies = await chat.as_user(f"local:teacher{number}").say(report)
        assert "What kind of concern" in replies[-1].text, report


async def test_report_in_a_shared_channel_is_moved_somewhere_private(chat: Chat) -> None:
    chat.extra = {actions.EXTRA_GROUP: "1"}
    replies = await chat.say("report a concern")
    assert replies[-1].private and replies[-1].buttons[0].action == actions.FORM_OPEN


async def test_a_near_miss_is_not_covered_and_shows_the_clause_the_policy_comes_nearest_with(chat: Chat) -> None:
    # Filtering at home is A.2's subject, but A.2 does not settle it: the reader sees what the policy says and that it
    # stops short, and the way to a person; nothing is cited as the answer, so nothing asks "was this helpful?".
    [reply] = await chat.say("Does the school filter cover the guest wifi for visitors?")
    a2 = chat.runtime.kb.clause("A.2")
    assert a2 is not None and reply.citation is None
    assert reply.text.startswith("The Social Media policy doesn't cover that")
    assert "The nearest it comes is this:" in reply.text
    assert f"\u201c{a2.text}\u201d [A.2]" in reply.text and "ask the Headteacher" in reply.text
    assert {b.label for b in reply.buttons} == {"Ask the Headteacher", "Report a concern"}
    [plain] = await chat.say("what time is the staff meeting on Wednesday")
    assert "nearest" not in plain.text and "[" not in plain.text


async def test_which_part_asks_about_one_clause_as_one(chat: Chat) -> None:
    # "Did you mean one of these?" over a single clause reads as if the list lost its others.
    for topic, count in (("trips", 1), ("photos", 2)):
        [reply] = await chat.say(topic)
        offered = [b for b in reply.buttons if b.action == actions.ASK_CLAUSE]
        assert reply.citation is None and (len(offered) == 1) == (count == 1), topic
        assert ("this one?" in reply.text) == (count == 1) and ("one of these?" in reply.text) == (count > 1), topic


async def test_cancel_with_no_report_open_says_so_and_is_not_a_question_to_log(chat: Chat) -> None:
    [reply] = await chat.say("cancel")
    assert "no report in progress" in reply.text and "doesn't cover" not in reply.text
    async with chat.runtime.store.transaction() as s:
        assert (await s.execute(select(QuestionLog))).scalars().all() == []


async def test_a_question_passed_on_is_said_gone_only_once_it_has(school: Runtime) -> None:
    """"Ask the Headteacher" pressed again said "already gone" while its message still waited (an outage, or the
    worker not yet run): it says so as `my reports` says of a concern, and "gone" once delivered."""
    chat = Chat(school)
    await chat.say("Where can I park at school?")
    ask = chat.button("Ask the Headteacher")
    await chat.press(ask.action, ask.value)
    assert "passed your question to the Headteacher" in chat.text
    await chat.press(ask.action, ask.value)
    assert chat.text == f"Your question is {NOT_ARRIVED}."
    await school.outbox.deliver_due()
    await chat.press(ask.action, ask.value)
    assert chat.text == "Your question has already gone to the Headteacher."
