"""The conversation engine: one message in, replies out, one transaction per turn.

It knows nothing of Slack or Teams. Each turn takes the conversation's lock, loads its state, runs
the flow or answers the question, saves, and commits with any audit rows and outbox entries; the
outbox worker delivers after. A platform's re-sent event changes nothing.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from bot import actions, concerns
from bot.answers import answer_question
from bot.config import Settings
from bot.engine_replies import answer_replies, clause_reply, confirmation, help_reply, smalltalk_reply
from bot.flows import concern_form
from bot.flows import concern_report as flow
from bot.input_checks import clean_text, problem_with
from bot.messages import Button, IncomingMessage, Reply
from bot.metrics import CONCERNS, DUPLICATES, MESSAGES, QUESTIONS, REJECTED, TURN_SECONDS
from bot.outbox import ESCALATION_SETTING
from bot.store.models import Concern, QuestionLog, Setting, User
from bot.store.store import DuplicateDelivery, Store, Turn
from policy_kb.knowledge import KnowledgeBase

log = logging.getLogger(__name__)
FLOW = "concern_report"
_ADMIN_COMMAND = re.compile(r"^(ack|acknowledge|take|close|note)\s+(c-?\d+)\b[\s:,-]*(.*)$", re.I | re.S)
_MY_REPORTS = re.compile(r"^(show\s+)?(my|our)\s+(reports?|concerns?)(\s+status)?\??$", re.I)
_OPEN_CONCERNS = re.compile(r"^(open\s+)?(concerns|reports)( list)?$|^list (open )?(concerns|reports)$", re.I)
_SET_ESCALATION = re.compile(r"^set[- ]escalation[- ]channel$", re.I)
_START_REPORT = re.compile(r"^(report|report a concern|new report|raise a concern|log a concern)$", re.I)
_ADMIN_ACTIONS = {"ack": actions.CONCERN_ACK, "acknowledge": actions.CONCERN_ACK, "take": actions.CONCERN_TAKE,
                  "close": actions.CONCERN_CLOSE, "note": actions.CONCERN_NOTE}


class Engine:
    """The platform-neutral bot: `handle` is its only entry point for anything a user does."""

    def __init__(self, store: Store, kb: KnowledgeBase, settings: Settings,
                 on_outbox: Callable[[], None] | None = None) -> None:
        self.store = store
        self.kb = kb
        self.settings = settings
        self._on_outbox = on_outbox or (lambda: None)

    def is_admin(self, user: str) -> bool:
        return self.settings.is_admin(user)

    async def handle(self, msg: IncomingMessage) -> list[Reply]:
        """Everything a user does goes through here; a duplicate delivery returns no replies."""
        started = time.perf_counter()
        MESSAGES.labels(msg.platform).inc()
        problem = problem_with(msg, self.settings.max_message_chars)
        if problem is not None:
            REJECTED.labels(problem[1]).inc()
            return [Reply(problem[0], private=True)]
        for attempt in (1, 2):
            try:
                async with self.store.turn(msg.conversation, msg.platform, msg.delivery_id) as turn:
                    await self._remember(turn, msg)
                    replies = await (self._on_action(turn, msg) if msg.action else self._on_text(turn, msg))
                break
            except DuplicateDelivery:
                DUPLICATES.labels(msg.platform).inc()
                return []
            except StaleDataError:  # another process won the race for this conversation: run the turn again
                if attempt == 2:
                    raise
        self._on_outbox()
        TURN_SECONDS.observe(time.perf_counter() - started)
        return replies

    async def my_reports(self, user: str) -> list[concerns.ConcernSummary]:
        """A reporter's own concerns, newest first."""
        async with self.store.transaction() as s:
            return await _mine(s, user)

    async def open_concerns(self, viewer: str) -> list[concerns.ConcernSummary]:
        """Open concerns, URGENT first then newest; empty for anyone but an admin."""
        if not self.is_admin(viewer):
            return []
        async with self.store.transaction() as s:
            return await _open(s)

    # -- one turn ---------------------------------------------------------------------------------

    async def _remember(self, turn: Turn, msg: IncomingMessage) -> None:
        """Keep how to reach this conversation and this person later (escalations, acknowledgements)."""
        if address := msg.extra.get(actions.EXTRA_ADDRESS):
            turn.conversation.address = address
        user = await turn.session.get(User, msg.user)
        if user is None:
            user = User(key=msg.user, platform=msg.platform, first_seen=turn.now, last_seen=turn.now)
            turn.session.add(user)
        user.last_seen = turn.now
        if msg.display_name:
            user.display_name = msg.display_name[:200]
        if user_address := msg.extra.get(actions.EXTRA_USER_ADDRESS):
            user.address = user_address

    async def _on_action(self, turn: Turn, msg: IncomingMessage) -> list[Reply]:
        action, value = msg.action or "", msg.value
        convo = turn.conversation
        if action in actions.ADMIN_ACTIONS:
            note = msg.text or str((msg.form or {}).get("note", ""))
            return [await self._admin(turn, msg, action, value, note)]
        if action in (actions.FEEDBACK_YES, actions.FEEDBACK_NO, actions.ASK_HEAD):
            return [await self._feedback(turn, msg, action, value)]
        if action == actions.ASK_CLAUSE:
            reply = clause_reply(self.kb, value)
            if reply is None:
                return [Reply("I couldn't find that part of the policy; nothing was changed.", private=True)]
            convo.last_clause = value
            return [reply]
        if action == actions.HELP:
            return [help_reply(self.is_admin(msg.user))]
        if action == actions.MY_REPORTS:
            return [await self._my_reports_reply(turn, msg.user)]
        if action == actions.SET_ESCALATION:
            return [await self._set_escalation(turn, msg)]
        if action == actions.CONCERN_START:
            return self._start_report(turn, msg)
        if action == actions.FORM_OPEN:
            return [Reply("Report a concern", form=concern_form.report_form(self._prefill(msg)))]
        if action == actions.FORM_SUBMIT:
            return await self._submit_form(turn, msg)
        if action.startswith("concern."):
            if convo.flow != FLOW:
                return [Reply("That report has already been sent or cancelled, so nothing was changed. Type "
                              "'my reports' to see your reports.", private=True)]
            return await self._flow_turn(turn, msg, flow.Input(action=action, value=value))
        REJECTED.labels("unknown_action").inc()
        return [Reply("Sorry, I didn't recognise that button. Nothing was changed.", private=True)]

    async def _on_text(self, turn: Turn, msg: IncomingMessage) -> list[Reply]:
        text = clean_text(msg.text)
        convo = turn.conversation
        if convo.flow == FLOW:
            return await self._flow_turn(turn, msg, flow.Input(text=text))
        if not text:
            return [Reply("I didn't catch anything there. Ask me about the social media policy, or type "
                          "'report a concern'.")]
        if (command := _ADMIN_COMMAND.match(text)) is not None:
            ref = command.group(2).upper().replace("C", "C-", 1) if "-" not in command.group(2) else command.group(2)
            return [await self._admin(turn, msg, _ADMIN_ACTIONS[command.group(1).lower()], ref.upper(),
                                      command.group(3))]
        if _MY_REPORTS.match(text):
            return [await self._my_reports_reply(turn, msg.user)]
        if _SET_ESCALATION.match(text):
            return [await self._set_escalation(turn, msg)]
        if _OPEN_CONCERNS.match(text) and self.is_admin(msg.user):
            return [await self._open_concerns_reply(turn)]
        if _START_REPORT.match(text):
            return self._start_report(turn, msg)
        return await self._question(turn, msg, text)

    # -- questions --------------------------------------------------------------------------------

    async def _question(self, turn: Turn, msg: IncomingMessage, text: str) -> list[Reply]:
        answer = answer_question(text, self.kb, previous_clause=turn.conversation.last_clause)
        meaning = answer.understanding
        if meaning.intent == "help":
            return [help_reply(self.is_admin(msg.user))]
        if meaning.intent == "smalltalk":
            return [smalltalk_reply(meaning.smalltalk)]
        entry = QuestionLog(at=turn.now, user=msg.user, question=text[:2000], intent=meaning.intent,
                            clause_id=meaning.clause_id, confidence=meaning.confidence,
                            answered=meaning.clause_id is not None)
        turn.session.add(entry)
        await turn.session.flush()
        QUESTIONS.labels("answered" if entry.answered else "unanswered").inc()
        if meaning.clause_id:
            turn.conversation.last_clause = meaning.clause_id
        if meaning.intent == "report_concern":
            context = [answer_replies(answer, entry.id)[0]] if answer.citation else []
            return context + self._start_report(turn, msg)
        return answer_replies(answer, entry.id)

    async def _feedback(self, turn: Turn, msg: IncomingMessage, action: str, value: str) -> Reply:
        entry = await turn.session.get(QuestionLog, int(value)) if value.isdigit() else None
        if entry is None or entry.user != msg.user:
            return Reply("I couldn't find that question, so nothing was changed.", private=True)
        if action == actions.ASK_HEAD:
            if entry.asked_head:
                return Reply("Your question has already gone to the Headteacher.", private=True)
            entry.asked_head = True
            name = msg.display_name or msg.user
            concerns.queue(turn.session, turn.now, f"question:{entry.id}", "question", platform=None,
                           payload={"user": msg.user, "text": f"{name} asked a question the policy bot could not "
                                    f"settle and would like your answer: \u201c{entry.question[:1500]}\u201d"})
            return Reply("I've passed your question to the Headteacher, who will get back to you. If it's about a "
                         "child's safety, speak to the Designated Safeguarding Lead now.", private=True)
        entry.feedback = "helpful" if action == actions.FEEDBACK_YES else "unhelpful"
        entry.feedback_at = turn.now
        if entry.feedback == "helpful":
            return Reply("Thanks, glad that helped.", private=True)
        return Reply("Thanks for telling me. I've noted it for whoever looks after the policy. You can ask the "
                     "Headteacher directly:", (Button(actions.ASK_HEAD, "Ask the Headteacher", str(entry.id)),),
                     private=True)

    # -- the report flow --------------------------------------------------------------------------

    def _start_report(self, turn: Turn, msg: IncomingMessage) -> list[Reply]:
        if msg.extra.get(actions.EXTRA_GROUP) == "1":
            return [Reply("Let's keep this private: others can read this channel. Open the report form, or send "
                          "me a direct message saying 'report a concern'.",
                          (Button(actions.FORM_OPEN, "Open the report form", "", "primary"),), private=True)]
        step = flow.start(flow.Draft(self._prefill(msg)))
        self._save_flow(turn, step)
        return list(step.replies)

    @staticmethod
    def _prefill(msg: IncomingMessage) -> dict[str, str]:
        link, words = msg.extra.get(actions.EXTRA_SOURCE_LINK), msg.extra.get(actions.EXTRA_SOURCE_TEXT)
        fields: dict[str, str] = {}
        if link or words:
            fields["evidence"] = " ".join(p for p in (f"Reported message: {link}" if link else "",
                                                      f"\u201c{words[:1000]}\u201d" if words else "") if p)
        return fields

    async def _flow_turn(self, turn: Turn, msg: IncomingMessage, given: flow.Input) -> list[Reply]:
        convo = turn.conversation
        draft = flow.Draft.from_json(convo.draft)
        step = flow.step_named(convo.step)
        if step is None:  # a step renamed by a deploy: ask its question again rather than guess
            restart = flow.Transition(flow.Step.CATEGORY, draft, (flow.prompt(flow.Step.CATEGORY, draft),))
            self._save_flow(turn, restart)
            return list(restart.replies)
        result = flow.advance(step, draft, given)
        replies = list(result.replies)
        if result.effect == "escalate_urgent":
            concern = await concerns.create(turn.session, turn.now, reporter=msg.user,
                                            reporter_name=msg.display_name, conversation=msg.conversation,
                                            fields=result.draft.fields, complete=False, source="chat")
            CONCERNS.labels("urgent").inc()
            result = flow.Transition(result.next, flow.Draft(result.draft.fields, result.draft.editing,
                                                             concern.reference), result.replies)
            replies.insert(1, Reply(f"I've alerted the Headteacher now: URGENT concern {concern.reference}. "
                                    "Please carry on and I'll add the details to it.", urgent=True))
        elif result.effect == "submit":
            replies = await self._submit(turn, msg, result.draft.fields, result.draft.reference, "chat")
        elif result.effect == "cancel" and result.draft.reference is None and draft.reference:
            concern = await concerns.find(turn.session, draft.reference)
            if concern is not None:
                concerns.audit(turn.session, concern, turn.now, msg.user, "reporter stopped",
                               "the reporter cancelled before completing the details")
        self._save_flow(turn, result)
        return replies

    @staticmethod
    def _save_flow(turn: Turn, result: flow.Transition) -> None:
        convo = turn.conversation
        convo.flow = FLOW if result.next is not None else None
        convo.step = result.next.value if result.next is not None else None
        convo.draft = result.draft.to_json() if result.next is not None else {}

    async def _submit(self, turn: Turn, msg: IncomingMessage, fields: dict[str, str], reference: str | None,
                      source: str) -> list[Reply]:
        if reference and (existing := await concerns.find(turn.session, reference)) is not None:
            await concerns.update_details(turn.session, existing, turn.now, msg.user, fields)
            concern = existing
        else:
            concern = await concerns.create(turn.session, turn.now, reporter=msg.user,
                                            reporter_name=msg.display_name, conversation=msg.conversation,
                                            fields=fields, complete=True, source=source)
            CONCERNS.labels("urgent" if concern.urgent else "routine").inc()
        return confirmation(self.kb, concern)

    async def _submit_form(self, turn: Turn, msg: IncomingMessage) -> list[Reply]:
        submitted = dict(msg.form or {})
        context = str(submitted.pop("_context", ""))
        values, errors = concern_form.validate(submitted)
        if errors:
            return [Reply("Please check the highlighted fields.", form=concern_form.report_form(values | {
                k: str(v) for k, v in submitted.items() if k in errors and v}, errors, context))]
        if turn.conversation.flow == FLOW:  # the form replaces a half-finished chat report
            turn.conversation.flow, turn.conversation.step, turn.conversation.draft = None, None, {}
        replies = await self._submit(turn, msg, values, None, "form")
        if values.get("danger") in ("yes", "not_sure"):
            replies.insert(0, Reply("Please act now: speak to the Designated Safeguarding Lead in person straight "
                                    "away, and call 999 if a child's life is at risk.", urgent=True))
        return replies

    # -- admins -----------------------------------------------------------------------------------

    async def _admin(self, turn: Turn, msg: IncomingMessage, action: str, reference: str, note: str) -> Reply:
        if not self.is_admin(msg.user):
            REJECTED.labels("not_admin").inc()
            return Reply("Sorry, only the Headteacher and the safeguarding leads can act on concerns. Nothing "
                         "was changed.", private=True)
        concern = await concerns.find(turn.session, reference, lock=True)
        if concern is None:
            return Reply(f"I can't find a concern {reference[:20]}; nothing was changed.", private=True)
        return Reply(await concerns.act(turn.session, concern, turn.now, msg.user, msg.display_name, action, note),
                     private=True)

    async def _set_escalation(self, turn: Turn, msg: IncomingMessage) -> Reply:
        if not self.is_admin(msg.user):
            return Reply("Only an admin can choose where concerns are sent. Nothing was changed.", private=True)
        address = msg.extra.get(actions.EXTRA_ADDRESS)
        if not address:
            return Reply("I can't send messages to this conversation later, so it can't be the escalation "
                         "channel. Nothing was changed.", private=True)
        key = ESCALATION_SETTING.format(platform=msg.platform)
        row = await turn.session.get(Setting, key)
        if row is None:
            turn.session.add(Setting(key=key, value=address, set_by=msg.user, set_at=turn.now))
        else:
            row.value, row.set_by, row.set_at = address, msg.user, turn.now
        return Reply("Done: concerns reported on this platform will now be sent to this conversation.")

    async def _my_reports_reply(self, turn: Turn, user: str) -> Reply:
        mine = await _mine(turn.session, user)
        if not mine:
            return Reply("You haven't reported any concerns. Type 'report a concern' to start one.", private=True)
        return Reply("Your reports:\n" + "\n".join(f"\u2022 {c.line}" for c in mine[:20]), private=True)

    async def _open_concerns_reply(self, turn: Turn) -> Reply:
        open_ = await _open(turn.session)
        if not open_:
            return Reply("There are no open concerns.", private=True)
        return Reply("Open concerns:\n" + "\n".join(f"\u2022 {c.line}" for c in open_[:30]), private=True)


async def _mine(session: AsyncSession, user: str) -> list[concerns.ConcernSummary]:
    rows = await session.execute(select(Concern).where(Concern.reporter == user).order_by(Concern.id.desc()))
    return [concerns.summarise(c) for c in rows.scalars().all()]


async def _open(session: AsyncSession) -> list[concerns.ConcernSummary]:
    rows = await session.execute(select(Concern).where(Concern.status != "closed")
                                 .order_by(Concern.urgent.desc(), Concern.id.desc()))
    return [concerns.summarise(c) for c in rows.scalars().all()]
