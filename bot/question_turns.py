"""Turns about the policy: answering a question, a "did you mean" choice, and the asker's feedback on an answer.

Every question the engine answers or cannot answer is kept in the question log (the policy owner's to-do list);
a message that starts a concern report is not, because its words are the first details of a safeguarding concern.
A few words only doubtfully a report ("staff instagram") are answered as a question with the report offered first,
and logged as intent report_concern without their words.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from bot import (
    about_reporting,
    about_the_head,
    actions,
    concerns,
    destinations,
    offered_words,
    question_held_up,
    question_refused,
)
from bot.answers import STAFF_ROUTE_LEAD, answer_question, compose
from bot.engine_replies import answer_replies, clause_reply, help_reply, smalltalk_reply
from bot.flows.concern_draft import Step
from bot.flows.report_reader import about_the_head as names_the_head_first
from bot.messages import Button, IncomingMessage, Reply
from bot.metrics import QUESTIONS, REPORTS_OFFERED
from bot.question_for_head import passed_on_text, shortened
from bot.question_kept import kept
from bot.report_route import nowhere
from bot.report_turns import FLOW, kind_put, start_report
from bot.reporting_setup import reporting_setup
from bot.store.models import OutboxEntry, QuestionLog
from bot.store.store import Turn
from intents.understanding import NOTHING_TO_CONFIRM_YET
from policy_kb.guidance import STAFF_KIND
from policy_kb.knowledge import KnowledgeBase

MAYBE_REPORT_WITHHELD = "(not kept: the message may have been a concern)"


async def answer(turn: Turn, msg: IncomingMessage, text: str, kb: KnowledgeBase, is_admin: bool,
                 question_only: bool = False, maybe_report: bool = False, form_below: bool = False) -> list[Reply]:
    """A typed question: the answer in the context of the last one, logged with what it was matched to.
    `question_only`: words the asker has said were a question, never taken for a report; `maybe_report`: and yet
    perhaps a concern's words, so answered with the report offered first and not logged, as a doubtful report is;
    `form_below`: and the private report form follows the answer, so the answer's way to report points to it."""
    # Words said to be a question inside a report are read afresh, not leaning on an answer from before it
    leaning = None if question_only else turn.conversation.last_clause
    in_report = turn.conversation.flow == FLOW
    found = answer_question(text, kb, previous_clause=leaning, question_only=question_only, maybe_report=maybe_report,
                            form_below=form_below, last_quoted=bool(turn.conversation.last_quoted), in_report=in_report)
    meaning = found.understanding
    if found.about_reporting:  # what the bot does with a report: not a question for the policy's owner to read
        # worded for where this install sends a report, which `answer_question` cannot know (no database)
        setup = await reporting_setup(turn.session, turn.settings, msg.platform)
        said = about_reporting.answer(found.reporting_topic, setup, outside=not in_report, kb=kb)
        return [Reply(said, (Button(actions.MY_REPORTS, "My reports"),
                             Button(actions.CONCERN_START, "Report a concern")))]
    if meaning.intent == "help":
        return [help_reply(is_admin, kb, in_channel=msg.extra.get(actions.EXTRA_GROUP) == "1")]
    if meaning.smalltalk == NOTHING_TO_CONFIRM_YET and (doubted := await last_asked(turn, msg.user)) is not None:
        # no clause answered here, but a question was ("not covered"): that is the answer doubted, as after one
        return answer_replies(compose(replace(meaning, intent="out_of_scope", smalltalk=None, confirming=True), kb),
                              doubted)
    if meaning.intent == "smalltalk":  # "are you sure?" with nothing before it too: nothing to confirm, nothing logged
        return [smalltalk_reply(meaning.smalltalk, kb.name)]
    if meaning.clause_id:
        turn.conversation.last_clause = meaning.clause_id
    # The subject stays for a follow-up after "not covered"; what "really?" may confirm is only a clause just quoted
    turn.conversation.last_quoted = meaning.clause_id is not None
    group = msg.extra.get(actions.EXTRA_GROUP) == "1"
    if meaning.intent == "report_concern" and meaning.doubtful and group:
        # Only perhaps a report, where no report is taken (others read) and so no It was a question can follow: the
        # words answered as the question they may be, to the asker alone, the report first and their words not
        # logged, as when the policy has an answer; and the private way to report beside it.
        answered = await answer(turn, msg, text, kb, is_admin, question_only=True, maybe_report=True, form_below=True)
        # one way to report, the form below: not a second button to the same form
        return _head_route_added([*(replace(r, buttons=tuple(b for b in r.buttons if b.action != actions.CONCERN_START))
                                    for r in answered), *start_report(turn, msg, kb)], text, kb)
    if meaning.intent == "report_concern" and not meaning.maybe_report:
        # A member of staff's contact with or conduct towards a pupil: their kind of concern put, and the school's
        # route for it said once, by the clause answered or else by the report's opening (`report_reader.route_said`)
        kind = STAFF_KIND if meaning.about_staff else None
        # the kind the report these words begin is put as; in a channel too, where no report opens but the route read
        # there is the one the report would go by (review revAT: it read E.4's "Tell the DSL the same day")
        staff = turn.conversation.flow != FLOW and kind_put(text, meaning.doubtful, kind) == STAFF_KIND
        if found.citation and not meaning.about_staff and staff:
            # put as staff from the words alone ("a y6 girl has been texting her teacher late at night"): the clause's
            # "To report it:" said E.4's "Tell the DSL the same day" just above "so the Headteacher can act"
            found = answer_question(text, kb, previous_clause=leaning, question_only=question_only,
                                    maybe_report=maybe_report, form_below=form_below,
                                    last_quoted=bool(turn.conversation.last_quoted), in_report=in_report,
                                    about_staff=True)
        route_above = found.citation is not None and kb.concern_route(STAFF_KIND) in found.text
        begun = start_report(turn, msg, kb, opening=text, doubtful=meaning.doubtful, kind=kind,
                             route_above=route_above)
        if found.citation:
            answered = [Reply(found.text, citation=found.citation, private=group), *begun]
            return _head_route_added(answered, text, kb) if group else answered
        if (meaning.about_staff or staff) and group:  # no report opens here (it moves somewhere private): the route
            return _head_route_added([Reply(f"{STAFF_ROUTE_LEAD} {kb.concern_route(STAFF_KIND)}", private=True),
                                      *begun], text, kb)
        return begun
    if meaning.confirming and (doubted := await last_asked(turn, msg.user)) is not None:
        # "are you sure?" is no question of its own: its Ask the Headteacher passes on, and its feedback marks, the
        # question doubted; logged anew, the Head was passed "are you sure?" and the policy owner's gaps listed it
        return answer_replies(found, doubted)
    # A doubtful report's words, or harm named where the policy has nothing to say, may be a concern's: they are not
    # the policy owner's to read, and the entry is logged as a possible report (`QuestionLog.may_be_a_concern`).
    # a cut is recorded, never silent
    asked, cut = (MAYBE_REPORT_WITHHELD, False) if meaning.report_first else kept(text)
    entry = QuestionLog(at=turn.now, user=msg.user, question=asked, cut=cut,
                        intent="report_concern" if meaning.harm_named else meaning.intent,
                        clause_id=meaning.clause_id, confidence=meaning.confidence,
                        answered=meaning.clause_id is not None)
    turn.session.add(entry)
    await turn.session.flush()
    QUESTIONS.labels("answered" if entry.answered else "unanswered").inc()
    replies = answer_replies(found, entry.id)
    if not meaning.report_first:
        return replies
    REPORTS_OFFERED.inc()
    # Where others read, a possible disclosure is answered to the asker alone (its Report a concern then offers the
    # private form, as any report in a channel does, which keeps nothing from a channel).
    if group:
        return [replace(r, private=True) for r in replies]
    # Its Report a concern begins the report with these words as what happened, if they tell a case: the teacher
    # need not type it again. Asked aside in a report, that report keeps them (`report_turns.step`).
    if not in_report and offered_words.tells_a_case(text):
        return offered_words.named(replies, offered_words.keep(turn.conversation, turn.now, text, entry.id))
    return replies


def _head_route_added(replies: list[Reply], words: str, kb: KnowledgeBase) -> list[Reply]:
    """In a channel, where no report opens to say it (`report_turns.start_report`'s note): words telling of the
    Headteacher answered with the staff route, which another school's guidance may word "Speak to the Headteacher",
    followed by where the school says a concern about the Headteacher goes (review revAT). Not where the staff route
    itself says so (the bundled school's "...; if it concerns the Headteacher, tell the Chair of Governors")."""
    route = kb.concern_route(STAFF_KIND)
    if (not route or about_the_head.guidance_route(kb) == route or not any(route in r.text for r in replies)
            or not names_the_head_first({Step.WHAT.value: words})):
        return replies
    return [*replies[:-1], Reply(about_the_head.instead(kb), private=True), replies[-1]]


async def chosen_clause(turn: Turn, msg: IncomingMessage, value: str, kb: KnowledgeBase) -> Reply:
    """A clause picked from buttons ("did you mean", or more of the policy after a report)."""
    clause_id, _, log_id = value.partition("@")
    entry = await _own_entry(turn, msg, log_id)
    withheld = entry is not None and entry.may_be_a_concern
    reply = clause_reply(kb, clause_id, entry.id if entry is not None else None, to_head=not withheld)
    if reply is None:
        return Reply("I couldn't find that part of the policy; nothing was changed.", private=True)
    if withheld:
        reply = replace(reply, private=True)
    if entry is not None:  # the asker said which clause they meant: that is the answer the log should hold
        entry.clause_id, entry.answered = clause_id, True
    turn.conversation.last_clause, turn.conversation.last_quoted = clause_id, True
    return reply


async def feedback(turn: Turn, msg: IncomingMessage, action: str, value: str) -> Reply:
    """Helpful / Not helpful on an answer, or passing the question on to the Headteacher."""
    entry = await _own_entry(turn, msg, value)
    if entry is None:
        return Reply("I couldn't find that question, so nothing was changed.", private=True)
    if action == actions.ASK_HEAD:
        if entry.may_be_a_concern:  # a button left from before: no words to pass on
            return _report_it("I didn't keep the words of that message, as it may have been a concern, so there is "
                              "nothing to pass on.")
        if entry.asked_head:
            return Reply(await _where_the_question_is(turn, msg, entry), private=True)
        entry.asked_head = True
        name = msg.display_name or msg.user
        waits = await destinations.nowhere_yet(turn.session, turn.settings)
        concerns.queue(turn.session, turn.now, f"question:{entry.id}", "question", platform=None,
                       payload={"user": msg.user, "text": passed_on_text(name, entry.question, entry.cut),
                                **({question_held_up.WAITS: "1"} if waits else {})})
        if waits:
            # "passed to the Headteacher" would be untrue, as a report's thank-you would: it waits for a channel
            return Reply(f"I've kept your question for the Headteacher, but {nowhere(turn.settings)}, so it cannot "
                         f"reach them until one is: please ask them directly.{shortened(entry.question)} If it's "
                         "about a child's safety, speak to the Designated Safeguarding Lead now.", private=True)
        return Reply("I've passed your question to the Headteacher, who will get back to you."
                     f"{shortened(entry.question)} If it's about a child's safety, speak to the Designated "
                     "Safeguarding Lead now.", private=True)
    entry.feedback = "helpful" if action == actions.FEEDBACK_YES else "unhelpful"
    entry.feedback_at = turn.now
    if entry.feedback == "helpful":
        return Reply("Thanks, glad that helped.", private=True)
    if entry.may_be_a_concern:  # no words to pass on; a concern has its own way, with the words kept for it
        return _report_it("Thanks for telling me.", offered_words.name_for(turn.conversation, turn.now, entry.id))
    return Reply("Thanks for telling me. I've noted it for whoever looks after the policy. You can ask the "
                 "Headteacher directly:", (Button(actions.ASK_HEAD, "Ask the Headteacher", str(entry.id)),),
                 private=True)


async def _where_the_question_is(turn: Turn, msg: IncomingMessage, entry: QuestionLog) -> str:
    """A question passed on, asked about again: gone only once its message was delivered; until then said as a
    concern held up is (`concerns.NOT_ARRIVED`); one the platform refused for good, so the asker can ask in person."""
    sent = (await turn.session.execute(select(OutboxEntry).where(OutboxEntry.key == f"question:{entry.id}"))
            ).scalar_one_or_none()
    if sent is None or sent.status == "delivered":
        return "Your question has already gone to the Headteacher."
    if sent.status == "failed":
        return "Your question could not be delivered to the Headteacher, so please ask them directly."
    if sent.status == question_refused.REFUSED and question_refused.refused_as_sent(sent.payload):
        return ("Your question could not be delivered to the Headteacher: the message itself was refused (too long, "
                "or not in a form it takes), so it will not be tried again. Please ask them directly.")
    if sent.status == question_refused.REFUSED:
        # named as this install has it: a local install's inbox is no channel
        where = (await reporting_setup(turn.session, turn.settings, msg.platform)).where or "where it was sent"
        return (f"Your question could not be delivered to the Headteacher: {where} is not accepting messages, and I "
                "have stopped trying until someone fixes that. Please ask them directly.")
    if sent.status == "withdrawn":
        return ("You withdrew that question, so the Headteacher was not sent it. To pass it on after all, ask it "
                "again and press Ask the Headteacher.")
    return f"Your question is {concerns.NOT_ARRIVED}."


def _report_it(lead: str, offer: str = "") -> Reply:
    """For a question whose words were not logged: the one way on, if it was a concern (`offer`: the name of the
    words kept for its answer's offer, which it begins the report with, as that offer does)."""
    return Reply(f"{lead} If it is a concern, report it:",
                 (Button(actions.CONCERN_START, "Report a concern", offer, "primary"),), private=True)


async def _own_entry(turn: Turn, msg: IncomingMessage, log_id: str) -> QuestionLog | None:
    """The asker's own question log entry; anyone else's (a button in a shared channel) is not theirs to rate."""
    entry = await turn.session.get(QuestionLog, int(log_id)) if log_id.isdigit() and len(log_id) < 19 else None
    return entry if entry is not None and entry.user == msg.user else None


async def last_asked(turn: Turn, user: str) -> int | None:
    """The log entry of the question this user asked last: the answer a "really?" doubts."""
    return (await turn.session.execute(select(QuestionLog.id).where(QuestionLog.user == user)
                                       .order_by(QuestionLog.id.desc()).limit(1))).scalar_one_or_none()
