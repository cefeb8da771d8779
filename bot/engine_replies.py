"""The engine's fixed replies: an answer with its buttons, help, small talk, and the thank-you after a report."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot import actions
from bot.about_the_head import named_note, names_the_head
from bot.answers import Answer, citation, direct_answer, smalltalk, which_of
from bot.concerns import undelivered
from bot.flows.concern_wording import CATEGORY_LABELS
from bot.flows.report_reader import HEAD, about_the_head, reader, staff_route
from bot.messages import Button, Citation, Reply
from bot.report_clauses import governs
from bot.report_route import NO_CHANNEL, waits_for_one
from bot.report_standing import DANGER_NOW, where_it_went
from bot.store.models import Concern
from policy_kb.knowledge import KnowledgeBase
from policy_kb.loader import Clause


def answer_replies(answer: Answer, log_id: int) -> list[Reply]:
    """A policy answer with its quote and buttons, then "did you mean" choices when a close call; or "not covered"."""
    replies = _answer_replies(answer, log_id)
    if answer.understanding.report_first:
        replies[0] = _report_offered(replies[0])
    return replies


def _report_offered(reply: Reply) -> Reply:
    """A message that may be a report was told to choose Report a concern: that button marked, first (last after
    clauses to choose from, where first would read as one of them); and no "Ask the Headteacher", which would send a
    possible disclosure to the Head as a question, with no reference and no DSL."""
    report = Button(actions.CONCERN_START, "Report a concern", "", "primary")
    rest = tuple(b for b in reply.buttons if b.action not in (actions.CONCERN_START, actions.ASK_HEAD))
    choosing = any(b.action == actions.ASK_CLAUSE for b in rest)
    return replace(reply, buttons=(*rest, report) if choosing else (report, *rest))


def _answer_replies(answer: Answer, log_id: int) -> list[Reply]:
    meaning = answer.understanding
    if answer.citation is None and answer.choices:  # about the policy, but which part: the person picks
        return [Reply(answer.text, (*_choice_buttons(answer.choices, log_id),
                                    Button(actions.ASK_HEAD, "Ask the Headteacher", str(log_id))))]
    if answer.citation is None:
        return [Reply(answer.text, (Button(actions.ASK_HEAD, "Ask the Headteacher", str(log_id)),
                                    Button(actions.CONCERN_START, "Report a concern")))]
    best = Reply(answer.text, answer_buttons(log_id), citation=answer.citation)
    others = [c for c in answer.choices if c.clause_id != answer.citation.clause_id]
    if not (meaning.close_call and others):
        return [best]
    return [best, Reply(f"Or did you mean {which_of(len(others))}", _choice_buttons(others, log_id))]


def _choice_buttons(clauses: Sequence[Citation], log_id: int) -> tuple[Button, ...]:
    # Each choice carries the question's log id, so the clause finally given and its rating land on that question.
    return tuple(Button(actions.ASK_CLAUSE, f"{c.clause_id}: {_short(c.text)}", f"{c.clause_id}@{log_id}")
                 for c in clauses)


def answer_buttons(log_id: int) -> tuple[Button, ...]:
    """Was this helpful? (stored against the question), and the two ways on to a person."""
    return (Button(actions.FEEDBACK_YES, "Helpful", str(log_id)),
            Button(actions.FEEDBACK_NO, "Not helpful", str(log_id)),
            Button(actions.CONCERN_START, "Report a concern"),
            Button(actions.ASK_HEAD, "Ask the Headteacher", str(log_id)))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def clause_reply(kb: KnowledgeBase, clause_id: str, log_id: int | None = None, to_head: bool = True) -> Reply | None:
    """The answer for a clause chosen from buttons; with the question's log id, rated like any answer. `to_head=False`
    for a question whose words were not kept (it may have been a concern): no "Ask the Headteacher"."""
    clause = kb.clause(clause_id)
    if clause is None:
        return None
    buttons = answer_buttons(log_id) if log_id is not None else (Button(actions.CONCERN_START, "Report a concern"),)
    if not to_head:
        buttons = tuple(b for b in buttons if b.action != actions.ASK_HEAD)
    return Reply(direct_answer(clause, kb), buttons, citation=citation(clause))


def help_reply(is_admin: bool, kb: KnowledgeBase, in_channel: bool = False) -> Reply:
    """Help: what the bot does, naming the policy loaded (`KnowledgeBase.name`), with a question on its own subjects
    (`KnowledgeBase.help_examples`). `in_channel`: shown to a whole channel, which must know that the bot hears only
    mentions there and that reports never stay in the channel."""
    examples = kb.help_examples
    ask = f"\u2022 Ask in your own words, e.g. '{examples[0]}'" if examples else "\u2022 Ask in your own words."
    lines = [f"I answer questions about the school's {kb.name}, quoting the exact clause, and I take "
             "safeguarding concern reports to the Headteacher.",
             ask,
             "\u2022 'report a concern': I'll walk you through it, step by step (back, skip, cancel at any time; "
             "'undo' brings back a report cancelled in the last hour, 'delete' deletes it for good).",
             "\u2022 'my reports': the status of concerns you've reported.",
             "\u2022 Ask about reporting itself too, e.g. 'who will see my report?' or 'can I change it later?', "
             "in the middle of a report as well."]
    if in_channel:
        lines.append("\u2022 In a channel, mention me to ask. A report is always taken in a private chat with me, "
                     "never in the channel.")
    if is_admin:
        lines += ["Admins: 'open concerns', 'ack C-0001', 'take C-0001', 'close C-0001', 'note C-0001 <text>', "
                  "and 'set escalation channel' in the channel that should receive concerns."]
    lines.append("If a child is in immediate danger, speak to the Designated Safeguarding Lead now, and call 999 "
                 "if a life is at risk.")
    return Reply("\n".join(lines), (Button(actions.CONCERN_START, "Report a concern"),
                                    Button(actions.MY_REPORTS, "My reports")))


def smalltalk_reply(kind: str | None, name: str) -> Reply:
    """A greeting, thanks, "ok" or a laugh answered as `ask` answers it (one table, so the chat and `ask` agree)."""
    return Reply(smalltalk(kind, name))


def confirmation(kb: KnowledgeBase, concern: Concern, joined: bool = False, reopened: bool = False,
                 nowhere_yet: bool = False, nowhere: str = NO_CHANNEL) -> list[Reply]:
    """The thank-you after a report: its reference, what happens next, and the policy that applies. `joined`: the
    report completed an URGENT concern raised while it was written, which may have been acted on since; `reopened`:
    and what it added opened it again after it was closed; `nowhere_yet`: nowhere is set for it to go, so a new
    concern waits for one; `nowhere`: why, as this install has it (`report_route.nowhere`: a local install's inbox)."""
    waits = waits_for_one(nowhere)
    ref = concern.reference
    # a concern about a member of staff is the Headteacher's, not the DSL's (and the LADO's where needed, as the
    # school's route says below)
    # ... unless it is about the Headteacher: the school's guidance says who takes that (`named_note`, below)
    fields = concern.fields or {}
    about_head = staff_route(concern.category) and about_the_head(fields)
    about_staff = reader(concern.category, fields) == HEAD
    when = "straight away" if concern.urgent else "as soon as they can"
    if joined:
        if undelivered(concern):
            # its alert is held up (an outage, no channel set): "went to the Headteacher" would be untrue just when the
            # DSL in person matters most
            where = f"is recorded, but {waits}" if nowhere_yet else where_it_went(concern)
            sent = (f"Thank you. Your report is complete: every answer has joined URGENT concern {ref}, raised when "
                    f"you said a child may be in danger. It {where}. {DANGER_NOW}")
        else:
            sent = (f"Thank you. Your report is complete: every answer has joined URGENT concern {ref}, which went to "
                    "the Headteacher when you said a child may be in danger.")
    elif nowhere_yet:
        # "has gone" would be untrue, and with no admin named nobody else would know it waits: the reporter must
        # take it to the Headteacher in person
        act = DANGER_NOW if concern.urgent else (
            "Please tell the Headteacher today." if about_staff
            else "Please tell the Headteacher or the Designated Safeguarding Lead today.")
        sent = (f"Thank you. Your report is recorded as {ref}{' (URGENT)' if concern.urgent else ''}, but "
                f"{waits}. {act}")
    else:
        sent = (f"Thank you. Your report is recorded as {ref} and has gone to the Headteacher"
                f"{' as URGENT' if concern.urgent else ''}.")
    if reopened:
        who = f" {concern.assignee} is looking after it." if concern.assignee else ""
        nxt = ("It had been closed while you wrote; what you added has opened it again, and the Headteacher's team has "
               f"been told.{who} I'll message you when it is closed; type 'my reports' at any time to check.")
    elif concern.status == "closed":  # closed while it was written, and nothing new came to open it again
        nxt = ("It has been closed by the Headteacher's team since. If you have anything more to add, report it "
               f"again or speak to {reader(concern.category, fields)}; type 'my reports' at any time to check.")
    elif concern.status != "new":
        who = f" ({concern.assignee} is looking after it)" if concern.assignee else ""
        nxt = (f"It has been acknowledged already{who}. I'll message you when it is closed; type 'my reports' at any "
               "time to check.")
    else:
        # the LADO and the clause are the school's route's, said below it in its own words (`concern_route`)
        who = ("the Headteacher will look at it {when} and" if about_staff
               else "the Headteacher or the Designated Safeguarding Lead will look at it {when} and").format(when=when)
        nxt = (f"What happens next: {who} may contact you. I'll message you when it is acknowledged and when it is "
               "closed; type 'my reports' at any time to check.")
    text = f"{sent}\n{nxt}\nMeanwhile, don't confront anyone and don't delete anything."
    replies = [Reply(text, (Button(actions.MY_REPORTS, "My reports"),), urgent=concern.urgent)]
    # it went to them: where the school says instead
    if about_head or names_the_head(str(fields.get("responsible", ""))):
        replies.append(Reply(named_note(kb, sent=True)))
    route = kb.concern_route(concern.category)
    quoted, more = relevant_clauses(kb, concern.category, concern.fields or {})
    label = CATEGORY_LABELS.get(concern.category, "this concern")
    if route or quoted:
        # Said as the route this report has begun, not as a task still to do: read bare, "Tell the DSL the same day"
        # after sending a report sounds as though the report did not count.
        replies.append(Reply(f"The policy's route for {label.lower()}, which this report has set going (anything "
                             f"more goes the same way): {route}".strip()))
    for clause in quoted:
        replies.append(Reply("Relevant clause:", citation=citation(clause)))
    if more:
        replies.append(Reply("More of the policy on this:", tuple(
            Button(actions.ASK_CLAUSE, f"{c.id}: {_short(c.text)}", c.id) for c in more)))
    return replies


def relevant_clauses(kb: KnowledgeBase, category: str, fields: Mapping[str, str] | None = None,
                     quote: int = 3) -> tuple[list[Clause], list[Clause]]:
    """The clauses to quote after a report, one from each part of the policy in turn, and the rest to offer.

    Taking the first few in document order would quote only D.* for a parent's post and never the parents'
    code of conduct (APX.*), so each part of the policy (D, APX, E, B...) gives one before any gives two. Only
    clauses that govern what was reported (`fields`) are quoted: D.1, on parents' pictures, not for a pupil's image
    a pupil shared (`report_clauses.governs`).
    """
    clauses = kb.concern_clauses(category)
    governing = [c for c in clauses if governs(c, category, fields or {})]
    parts: dict[str, list[Clause]] = {}
    for clause in governing:
        parts.setdefault(clause.id.rsplit(".", 1)[0], []).append(clause)
    ordered: list[Clause] = []
    while len(ordered) < len(governing):
        for part in parts.values():
            if part:
                ordered.append(part.pop(0))
    quoted = ordered[:quote]
    return quoted, [c for c in clauses if c not in quoted]
