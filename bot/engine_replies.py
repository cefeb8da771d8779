"""The engine's fixed replies: an answer with its buttons, help, small talk, and the thank-you after a report."""

from __future__ import annotations

from bot import actions
from bot.answers import Answer
from bot.flows.concern_wording import CATEGORY_LABELS
from bot.messages import Button, Citation, Reply
from bot.store.models import Concern
from policy_kb.knowledge import KnowledgeBase

HUMAN_ROUTE = ("For anything the policy doesn't settle, ask the Headteacher. If a child may be at risk, speak to the "
               "Designated Safeguarding Lead in person straight away.")


def answer_replies(answer: Answer, log_id: int) -> list[Reply]:
    """A policy answer with its quote and buttons; a did-you-mean; or an honest 'not covered'."""
    meaning = answer.understanding
    if meaning.close_call and answer.choices:
        buttons = tuple(Button(actions.ASK_CLAUSE, f"{c.clause_id}: {_short(c.text)}", c.clause_id)
                        for c in answer.choices)
        none = Button(actions.ASK_HEAD, "None of these: ask the Headteacher", str(log_id))
        return [Reply(answer.text or "Did you mean one of these?", (*buttons, none))]
    if answer.citation is None:
        return [Reply(answer.text, (Button(actions.ASK_HEAD, "Ask the Headteacher", str(log_id)),
                                    Button(actions.CONCERN_START, "Report a concern")))]
    return [Reply(answer.text, _answer_buttons(log_id), citation=answer.citation)]


def _answer_buttons(log_id: int) -> tuple[Button, ...]:
    return (Button(actions.FEEDBACK_YES, "Helpful", str(log_id)),
            Button(actions.FEEDBACK_NO, "Not helpful", str(log_id)),
            Button(actions.CONCERN_START, "Report a concern"),
            Button(actions.ASK_HEAD, "Ask the Headteacher", str(log_id)))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def citation_for(kb: KnowledgeBase, clause_id: str) -> Citation | None:
    clause = kb.clause(clause_id)
    if clause is None:
        return None
    return Citation(clause.id, clause.text, clause.section_title)


def clause_reply(kb: KnowledgeBase, clause_id: str) -> Reply | None:
    """The answer for a clause chosen from "did you mean" buttons."""
    citation = citation_for(kb, clause_id)
    if citation is None:
        return None
    guidance = kb.guidance(clause_id)
    text = getattr(guidance, "answer", "") or "Here is what the policy says."
    return Reply(text, (Button(actions.CONCERN_START, "Report a concern"),), citation=citation)


def help_reply(is_admin: bool) -> Reply:
    lines = ["I answer questions about the school's social media policy, quoting the exact clause, and I take "
             "safeguarding concern reports to the Headteacher.",
             "\u2022 Ask in your own words, e.g. 'can I post sports day photos?'",
             "\u2022 'report a concern': I'll walk you through it, step by step (back, skip, cancel at any time).",
             "\u2022 'my reports': the status of concerns you've reported."]
    if is_admin:
        lines += ["Admins: 'open concerns', 'ack C-0001', 'take C-0001', 'close C-0001', 'note C-0001 <text>', "
                  "and 'set escalation channel' in the channel that should receive concerns."]
    lines.append("If a child is in immediate danger, speak to the Designated Safeguarding Lead now, and call 999 "
                 "if a life is at risk.")
    return Reply("\n".join(lines), (Button(actions.CONCERN_START, "Report a concern"),
                                    Button(actions.MY_REPORTS, "My reports")))


_SMALLTALK = {
    "greeting": "Hello! Ask me anything about the social media policy, or type 'report a concern'.",
    "thanks": "You're welcome.",
    "bye": "Bye for now.",
}


def smalltalk_reply(kind: str | None) -> Reply:
    return Reply(_SMALLTALK.get(kind or "", "I'm only here for the social media policy and safeguarding concerns. "
                                "Ask me about either, or type 'help'."))


def confirmation(kb: KnowledgeBase, concern: Concern) -> list[Reply]:
    """The thank-you after a report: its reference, what happens next, and the policy that applies."""
    ref = concern.reference
    when = "straight away" if concern.urgent else "as soon as they can"
    text = (f"Thank you. Your report is recorded as {ref} and has gone to the Headteacher"
            f"{' as URGENT' if concern.urgent else ''}.\nWhat happens next: the Headteacher or the Designated "
            f"Safeguarding Lead will look at it {when} and may contact you. I'll message you when it is acknowledged "
            "and when it is closed; type 'my reports' at any time to check.\nMeanwhile, don't confront anyone and "
            "don't delete anything.")
    replies = [Reply(text, (Button(actions.MY_REPORTS, "My reports"),), urgent=concern.urgent)]
    route = kb.concern_route(concern.category)
    clauses = kb.concern_clauses(concern.category)[:3]
    label = CATEGORY_LABELS.get(concern.category, "this concern")
    if route or clauses:
        replies.append(Reply(f"The policy for {label.lower()}: {route}".strip()))
    for clause in clauses:
        replies.append(Reply("Relevant clause:", citation=Citation(clause.id, clause.text, clause.section_title)))
    return replies
