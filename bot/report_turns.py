"""Turns of the report-a-concern conversation: starting it, each step, the one-form report, and sending.

The step logic is pure (bot/flows/concern_report.py); this is where its effects meet the database: an URGENT
concern created the moment a child may be in danger, the details joined to it as they come, the report sent.
"""

from __future__ import annotations

import re

from bot import actions, concerns
from bot.engine_replies import confirmation
from bot.flows import concern_form
from bot.flows import concern_report as flow
from bot.messages import Button, IncomingMessage, Reply
from bot.metrics import CONCERNS
from bot.store.models import Conversation
from bot.store.store import Turn
from policy_kb.knowledge import KnowledgeBase

FLOW = "concern_report"
DANGER_NOW = ("Please act now: speak to the Designated Safeguarding Lead in person straight away, and call 999 if a "
              "child's life is at risk.")


def start_report(turn: Turn, msg: IncomingMessage, opening: str = "") -> list[Reply]:
    """Begin the step-by-step report, or, where others can read the conversation, offer somewhere private.
    `opening`: the reporter's own message that started it, kept as what happened if it tells more than the wish to
    report."""
    if msg.extra.get(actions.EXTRA_GROUP) == "1":
        return [Reply("Let's keep this private: others can read this channel. Open the report form, or send "
                      "me a direct message saying 'report a concern'.",
                      (Button(actions.FORM_OPEN, "Open the report form", "", "primary"),), private=True)]
    if turn.conversation.flow == FLOW:  # "Report a concern" pressed on an old answer must not wipe this one
        return resume(turn.conversation)
    step = flow.start(flow.Draft(prefill(msg) | opening_fields(opening)))
    save_flow(turn, step)
    return list(step.replies)


def prefill(msg: IncomingMessage) -> dict[str, str]:
    """A message being reported (Slack's message shortcut) starts the report with it as evidence."""
    link, words = msg.extra.get(actions.EXTRA_SOURCE_LINK), msg.extra.get(actions.EXTRA_SOURCE_TEXT)
    fields: dict[str, str] = {}
    if link or words:
        fields["evidence"] = " ".join(p for p in (f"Reported message: {link}" if link else "",
                                                  f"\u201c{words[:1000]}\u201d" if words else "") if p)
    return fields


# Words that only ask to report ("I need to report a safeguarding concern please"): a message of these and at most one
# other word ("...about a pupil") tells the DSL nothing, and is not offered back as what happened.
_ASKING_WORDS = frozenset((
    "i im i'm ive i've id i'd we were we're weve we've need needs needed want wanted wanting would like have has had "
    "got must should to report reporting reported raise raising log logging flag flagging make making pass on "
    "a an the some this that it its it's there is are was concern concerns concerned safeguarding worry worries "
    "worried issue issues incident something someone please can could how do does where who what about regarding "
    "re urgent urgently help me my with online e safety esafety disclosure disclose quick just hi hello hey ok okay "
    "thanks thank you new possible potential of for in").split())
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def opening_fields(opening: str) -> dict[str, str]:
    """What happened, from the message that started the report, when it says more than that it wants to report."""
    words = _WORD.findall(opening.lower().replace("\u2019", "'"))
    if sum(w not in _ASKING_WORDS for w in words) < 2:
        return {}
    return {flow.Step.WHAT.value: opening.strip()[: flow.MAX_FIELD_CHARS]}


def resume(convo: Conversation | None) -> list[Reply]:
    """Where a half-written report stands, for someone coming back to it; nothing when there is none."""
    if convo is None or convo.flow != FLOW:
        return []
    step = flow.step_named(convo.step) or flow.Step.CATEGORY
    return [Reply("You have a report in progress. Here is where you left off (type cancel to stop it):"),
            flow.prompt(step, flow.Draft.from_json(convo.draft))]


async def step(turn: Turn, msg: IncomingMessage, given: flow.Input, kb: KnowledgeBase) -> list[Reply]:
    """One answer (typed or pressed) to the current step, and whatever it sets off."""
    convo = turn.conversation
    draft = flow.Draft.from_json(convo.draft)
    current = flow.step_named(convo.step)
    if current is None:  # a step renamed by a deploy: ask its question again rather than guess
        restart = flow.Transition(flow.Step.CATEGORY, draft, (flow.prompt(flow.Step.CATEGORY, draft),))
        save_flow(turn, restart)
        return list(restart.replies)
    result = flow.advance(current, draft, given)
    replies = list(result.replies)
    if result.effect == "escalate_urgent":
        concern = await concerns.create(turn.session, turn.now, reporter=msg.user, reporter_name=msg.display_name,
                                        conversation=msg.conversation, fields=result.draft.fields, complete=False,
                                        source="chat")
        CONCERNS.labels("urgent").inc()
        result = flow.Transition(result.next, flow.Draft(result.draft.fields, result.draft.editing,
                                                         concern.reference), result.replies)
        replies.insert(1, Reply(f"I've alerted the Headteacher now: URGENT concern {concern.reference}. "
                                "Please carry on and I'll add the details to it.", urgent=True))
    elif result.effect == "submit":
        replies = await submit(turn, msg, result.draft.fields, result.draft.reference, "chat", kb)
    elif result.effect == "cancel" and draft.reference:
        # The alert has gone: what the reporter gave before stopping goes to the Headteacher, not the bin.
        if (concern := await concerns.find(turn.session, draft.reference)) is not None:
            await concerns.update_details(turn.session, concern, turn.now, msg.user, draft.fields, stopped=True)
    save_flow(turn, result)
    return replies


def save_flow(turn: Turn, result: flow.Transition) -> None:
    convo = turn.conversation
    convo.flow = FLOW if result.next is not None else None
    convo.step = result.next.value if result.next is not None else None
    convo.draft = result.draft.to_json() if result.next is not None else {}


async def submit(turn: Turn, msg: IncomingMessage, fields: dict[str, str], reference: str | None, source: str,
                 kb: KnowledgeBase) -> list[Reply]:
    """Store the report (joining the URGENT concern already raised, if any) and thank the reporter."""
    if reference and (existing := await concerns.find(turn.session, reference)) is not None:
        await concerns.update_details(turn.session, existing, turn.now, msg.user, fields)
        concern = existing
    else:
        concern = await concerns.create(turn.session, turn.now, reporter=msg.user, reporter_name=msg.display_name,
                                        conversation=msg.conversation, fields=fields, complete=True, source=source)
        CONCERNS.labels("urgent" if concern.urgent else "routine").inc()
    return confirmation(kb, concern)


async def submit_form(turn: Turn, msg: IncomingMessage, kb: KnowledgeBase) -> list[Reply]:
    """The whole report as one form: each field checked, then stored like a finished chat report."""
    submitted = dict(msg.form or {})
    context = str(submitted.pop("_context", ""))
    values, errors = concern_form.validate(submitted)
    if errors:
        return [Reply("Please check the highlighted fields.", form=concern_form.report_form(values | {
            k: str(v) for k, v in submitted.items() if k in errors and v}, errors, context))]
    reference = None
    convo = turn.conversation
    if convo.flow == FLOW:  # the form replaces a half-finished chat report, and completes its URGENT alert if any
        reference = flow.Draft.from_json(convo.draft).reference
        convo.flow, convo.step, convo.draft = None, None, {}
    replies = await submit(turn, msg, values, reference, "form", kb)
    if values.get("danger") in ("yes", "not_sure"):
        replies.insert(0, Reply(DANGER_NOW, urgent=True))
    return replies
