"""The conversation engine: one message in, replies out, one transaction per turn.

It knows nothing of Slack or Teams. Each turn takes the conversation's lock, loads its state, runs
the flow or answers the question, saves, and commits with any audit rows and outbox entries; the
outbox worker delivers after. A platform's re-sent event changes nothing. What each kind of turn
does lives beside it: questions in bot/question_turns.py, the report in bot/report_turns.py, and
what admins and reporters do with concerns in bot/admin_turns.py.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm.exc import StaleDataError

from bot import (
    actions,
    admin_turns,
    cancelled_reports,
    concern_shown,
    concerns,
    concerns_asked,
    offered_words,
    question_turns,
    question_withdrawal,
    report_standing,
    report_turns,
)
from bot.config import Settings
from bot.engine_replies import help_reply
from bot.flows import concern_report as flow
from bot.input_checks import clean_text, nothing_typed, problem_with, too_long_in_a_report
from bot.messages import IncomingMessage, Reply
from bot.metrics import DUPLICATES, MESSAGES, REJECTED, TURN_SECONDS
from bot.store.models import Conversation, User
from bot.store.store import DuplicateDelivery, Store, Turn, utcnow
from policy_kb.knowledge import KnowledgeBase

FLOW = report_turns.FLOW
_ADMIN_COMMAND = re.compile(r"^(ack|acknowledge|take|close|note)\s+(c-?\d+)\b[\s:,-]*(.*)$", re.I | re.S)
_MY_REPORTS = re.compile(r"^(show\s+)?(my|our)\s+(reports?|concerns?)(\s+status)?\??$", re.I)
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

    def is_admin(self, user: str, alias: str | None = None) -> bool:
        """An admin by their key, or by the other key their platform knows them by (a Teams Entra object id)."""
        return self.settings.is_admin(user) or (alias is not None and self.settings.is_admin(alias))

    async def handle(self, msg: IncomingMessage) -> list[Reply]:
        """Everything a user does goes through here; a duplicate delivery returns no replies."""
        started = time.perf_counter()
        MESSAGES.labels(msg.platform).inc()
        problem = problem_with(msg, self.settings.max_message_chars)
        if problem is not None:
            REJECTED.labels(problem[1]).inc()
            if problem[1] == "too_long" and msg.text and not msg.action:
                return await self._too_long(msg, problem[0])
            return [Reply(problem[0], private=True)]
        for attempt in (1, 2):
            try:
                async with self.store.turn(msg.conversation, msg.platform, self.settings, msg.delivery_id) as turn:
                    await self._remember(turn, msg)
                    replies = await (self._on_action(turn, msg) if msg.action else self._on_text(turn, msg))
                break
            except DuplicateDelivery:
                DUPLICATES.labels(msg.platform).inc()
                return await self._received_already(msg)
            except report_turns.NotFiled as refused:  # rolled back: nothing changed, the form's key not used up
                replies = refused.replies
                break
            except StaleDataError:  # another process won the race for this conversation: run the turn again
                if attempt == 2:
                    raise
        self._on_outbox()
        TURN_SECONDS.observe(time.perf_counter() - started)
        return replies

    async def _too_long(self, msg: IncomingMessage, said: str) -> list[Reply]:
        """A message over the limit, refused, changing nothing; typed in a report, said so and its question shown
        again (read only: no turn is taken for words that were never read)."""
        length, limit = len(msg.text), self.settings.max_message_chars
        async with self.store.transaction() as s:
            convo = await s.get(Conversation, msg.conversation)
            if convo is None or convo.flow != FLOW:
                return [Reply(said, private=True)]
            step = flow.step_named(convo.step) or flow.Step.CATEGORY
            draft = flow.Draft.from_json(convo.draft)
        return [Reply(too_long_in_a_report(length, limit, flow.MAX_FIELD_CHARS), private=True),
                flow.prompt(step, draft)]

    async def resume(self, conversation: str, kept: bool = True) -> list[Reply]:
        """Where a half-written report in this conversation stands (nothing if none), changing nothing; `kept`: and,
        with none in progress, a report kept for Undo.

        For an adapter to show someone coming back, so that what they type next answers the question they see.
        """
        async with self.store.transaction() as s:
            convo = await s.get(Conversation, conversation)
            return await report_turns.resume_here(s, convo, utcnow() if kept else None)

    async def _received_already(self, msg: IncomingMessage) -> list[Reply]:
        """A delivery handled before changes nothing. One that sent a report is answered with its reference (and for an
        URGENT one, the advice to act now) again, since that answer may be the one lost; one that raised a report's
        URGENT alert (a danger "yes") with where that report stands, the alert and "act now" in its lead, as the web
        page answers any re-send. Only to its reporter or an admin; any other gets no replies."""
        reference = await self.store.sent_by(msg.delivery_id)
        if reference is None:
            return []
        async with self.store.transaction() as s:
            concern = await concerns.find(s, reference)
            # Ids are the platform's, not ours: one colliding from someone else (a forged or reused id) must not show
            # them another person's concern; only its reporter and the admins may see it
            if concern is None or (concern.reporter != msg.user
                                   and not self.is_admin(msg.user, msg.extra.get(actions.EXTRA_USER_ALIAS))):
                return []
            if concern.complete:
                return [report_standing.sent_already(concern)]
            # Its report is still being written (or was stopped): where it stands, if this is its conversation
            convo = await s.get(Conversation, msg.conversation)
            ours = concern.reporter_conversation == msg.conversation
            lead = await report_turns.resume_here(s, convo, utcnow()) if ours else []
        if not any(reference in reply.text for reply in lead):  # it says nothing of the alert: said here
            said, act_now = report_standing.urgent_alert(reference, concern)
            lead = [Reply(said, private=True, urgent=act_now), *lead]
        return [Reply(report_standing.RECEIVED_ONCE, private=True), *lead]

    async def my_reports(self, user: str) -> list[concerns.ConcernSummary]:
        """A reporter's own concerns, newest first."""
        async with self.store.transaction() as s:
            return await admin_turns.reported_by(s, user)

    async def open_concerns(self, viewer: str) -> list[concerns.ConcernSummary]:
        """Open concerns, URGENT first then newest; empty for anyone but an admin."""
        if not self.is_admin(viewer):
            return []
        async with self.store.transaction() as s:
            return await admin_turns.open_concerns(s)

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
        elif (opener := msg.extra.get(actions.EXTRA_USER_OPENER)) and not user.address:
            # Someone seen only in a channel can still be told privately (a question of theirs held up); their own
            # chat's address, once they write there, replaces it
            user.address = opener
        if alias := msg.extra.get(actions.EXTRA_USER_ALIAS):
            user.alias = alias[:200]

    async def _on_action(self, turn: Turn, msg: IncomingMessage) -> list[Reply]:
        action, value = msg.action or "", msg.value
        admin = self.is_admin(msg.user, msg.extra.get(actions.EXTRA_USER_ALIAS))
        if action in actions.ADMIN_ACTIONS:
            note = msg.text or str((msg.form or {}).get("note", ""))
            return [await admin_turns.act(turn, msg, admin, action, value, note)]
        if action in (actions.FEEDBACK_YES, actions.FEEDBACK_NO, actions.ASK_HEAD):
            return [await question_turns.feedback(turn, msg, action, value)]
        if action == actions.ASK_CLAUSE:
            return [await question_turns.chosen_clause(turn, msg, value, self.kb)]
        if action == actions.HELP:
            return [help_reply(admin, self.kb, in_channel=msg.extra.get(actions.EXTRA_GROUP) == "1")]
        if action == actions.MY_REPORTS:
            return await self._my_reports(turn, msg)
        if action == actions.SET_ESCALATION:
            return [await admin_turns.set_escalation(turn, msg, admin, msg.extra.get(actions.EXTRA_ADDRESS))]
        if action == actions.CONCERN_START:
            return await self._start_report(turn, msg, value)
        if action == actions.FORM_OPEN:
            return [report_turns.open_form(turn, msg)]
        if action == actions.FORM_SUBMIT:
            return await report_turns.submit_form(turn, msg, self.kb)
        if action == actions.CONCERN_UNDO:
            return await report_turns.undo(turn, msg, value)
        if turn.conversation.flow == FLOW and action.startswith("concern."):  # the flow re-asks after a stray one
            return await report_turns.step(turn, msg, flow.Input(action=action, value=value), self.kb,
                                           self._asker(turn, msg))
        if action in actions.FLOW_ACTIONS:  # a button left on screen from a report that has ended
            kept = cancelled_reports.waiting(turn.conversation, turn.now)
            return [Reply("That report has already been sent or cancelled, so nothing was changed. "
                          + (kept or "Type 'my reports' to see your reports."), private=True)]
        REJECTED.labels("unknown_action").inc()
        return [Reply("Sorry, I didn't recognise that button. Nothing was changed.", private=True)]

    async def _start_report(self, turn: Turn, msg: IncomingMessage, pressed: str | None = None) -> list[Reply]:
        """Report a concern outside a report: pressed under the answer to words perhaps a report said to be a question
        (`pressed` names them), or typed just after, those words come back as the report, as Undo would bring them;
        pressed under words answered with the report offered first (or typed just after), the report begins with
        them as what happened (bot/offered_words.py); otherwise a new report."""
        convo = turn.conversation
        private = msg.extra.get(actions.EXTRA_GROUP) != "1"
        # typed, the words mean what was answered last: no offer if a question was answered since
        asked_last = await question_turns.last_asked(turn, msg.user) if pressed is None and convo.flow != FLOW else None
        words = offered_words.take(convo, turn.now, pressed, asked_last) if convo.flow != FLOW and private else None
        if words is not None:
            return report_turns.start_report(turn, msg, self.kb, opening=words)
        if convo.flow != FLOW and (name := cancelled_reports.opening_kept(convo, turn.now, pressed)):
            return await report_turns.undo(turn, msg, name)
        if convo.flow == FLOW and private:  # pressed on an old answer: not wiped
            resumed = await report_turns.resume_here(turn.session, convo)
            if offered_words.waiting(convo, turn.now, pressed) and resumed:
                # pressed for those words: say they wait, so neither they nor the report in progress seem lost
                resumed[0] = replace(resumed[0], text=(
                    "I've kept the words of that message (for an hour from when you sent it), but you have a report "
                    "in progress about something else: finish or cancel this one, then press Report a concern under "
                    f"that message again to begin a report with them. {resumed[0].text}"))
            return resumed
        begun = report_turns.start_report(turn, msg, self.kb)
        if private and offered_words.gone(pressed):  # said, so an empty What happened is no surprise
            begun.insert(0, Reply("I no longer have the words of that message (they are kept for an hour, and only "
                                  "until a report begins with them), so this report starts afresh."))
        return begun

    def _asker(self, turn: Turn, msg: IncomingMessage) -> report_turns.Ask:
        """For the report flow: answer words its reporter says were a question, as they would be outside it."""
        admin = self.is_admin(msg.user, msg.extra.get(actions.EXTRA_USER_ALIAS))
        return lambda text, maybe_report: question_turns.answer(turn, msg, text, self.kb, admin, question_only=True,
                                                                maybe_report=maybe_report)

    @staticmethod
    async def _my_reports(turn: Turn, msg: IncomingMessage) -> list[Reply]:
        """The person's reports, and any report of theirs not sent yet: one in progress here is shown again after the
        list (typed in a report, the caller shows it), one kept for Undo or set aside is said how to get back."""
        convo = turn.conversation
        writing = convo.flow == FLOW
        reference = flow.Draft.from_json(convo.draft).reference if writing else None
        listed = await admin_turns.my_reports(turn, msg.user, writing, cancelled_reports.waiting(convo, turn.now),
                                              reference)
        if not (writing and msg.action):
            return [listed]
        # its URGENT alert as it stands now, as the list above it says: not "act now" beside "Acknowledged"
        return [listed, *await report_turns.resume_here(turn.session, convo)]

    async def _command(self, turn: Turn, msg: IncomingMessage, text: str) -> list[Reply] | None:
        """A typed command about concerns (an admin's, or "my reports"), or withdrawing a question passed to the
    Headteacher; None when the text is not one."""
        admin = self.is_admin(msg.user, msg.extra.get(actions.EXTRA_USER_ALIAS))
        if (command := _ADMIN_COMMAND.match(text)) is not None:
            return [await admin_turns.act(turn, msg, admin, _ADMIN_ACTIONS[command.group(1).lower()],
                                          concerns.normal_reference(command.group(2)), command.group(3))]
        if _MY_REPORTS.match(text):
            return await self._my_reports(turn, msg)
        if _SET_ESCALATION.match(text):
            return [await admin_turns.set_escalation(turn, msg, admin, msg.extra.get(actions.EXTRA_ADDRESS))]
        if concerns_asked.asks_for_list(text):  # by the command or in everyday words
            return [await admin_turns.open_list(turn, admin) if admin else concerns_asked.refuse_with_own()]
        if (reference := concern_shown.reference_asked(text, answering=turn.conversation.flow == FLOW)) is not None:
            return [await concern_shown.show(turn, msg, admin, reference)]
        if question_withdrawal.says_withdraw(text):  # before "cancel": a question, not a report, is taken back
            return [await question_withdrawal.withdraw(turn, msg.user)]
        return None

    async def _on_text(self, turn: Turn, msg: IncomingMessage) -> list[Reply]:
        text = clean_text(msg.text)
        if turn.conversation.flow == FLOW:
            # Words that name a command, not an answer: kept as "who is responsible" they would be wrong in the report
            if _START_REPORT.match(text):
                return await report_turns.resume_here(turn.session, turn.conversation)
            if (named := cancelled_reports.undo_named(text)) is not None:  # "undo C-0003": one of several kept
                return await report_turns.undo(turn, msg, named=named)
            if cancelled_reports.says_undo(text):  # pressed Undo already, or typed it twice: not an answer
                return await report_turns.undo(turn, msg)
            if (done := await self._command(turn, msg, text)) is not None:
                return [*done, *await report_turns.resume_here(turn.session, turn.conversation)]
            return await report_turns.step(turn, msg, flow.Input(text=text), self.kb, self._asker(turn, msg))
        if not text:
            return [Reply(nothing_typed(self.kb.name))]
        if (done := await self._command(turn, msg, text)) is not None:
            return done
        admin = self.is_admin(msg.user, msg.extra.get(actions.EXTRA_USER_ALIAS))
        if _START_REPORT.match(text):
            return await self._start_report(turn, msg)
        after_cancel = cancelled_reports.kept(turn.conversation, turn.now)
        if (named := cancelled_reports.undo_named(text)) is not None:
            return await report_turns.undo(turn, msg, named=named)
        if cancelled_reports.says_undo(text, after_cancel):
            return await report_turns.undo(turn, msg)
        if after_cancel and cancelled_reports.says_delete(text):  # the cancel made final: nothing left to bring back
            return [cancelled_reports.forget_latest(turn.conversation, turn.now)]
        if flow.says_cancel(text):  # not a question for the policy's owner to read in the log
            if after_cancel:
                return [cancelled_reports.already_cancelled(turn.conversation, turn.now)]
            return [Reply("There's no report in progress to cancel. Type 'report a concern' to start one, or ask me "
                          f"about the {self.kb.name}.")]
        if flow.says_send(text):  # the report it meant was sent, cancelled or never begun: not a policy question
            if after_cancel:
                return [Reply("There's no report waiting to be sent here: "
                              + cancelled_reports.waiting(turn.conversation, turn.now)
                              + " Then carry on, and send it.")]
            return [Reply("There's no report waiting to be sent here. Type 'my reports' to see the ones you've sent, "
                          "or 'report a concern' to start one.")]
        replies = await question_turns.answer(turn, msg, text, self.kb, admin)
        # perhaps the next answer, or a slip: the way back is never left unsaid while there is one (a report begun by
        # these words says it itself)
        if after_cancel and turn.conversation.flow != FLOW:
            replies.append(Reply(cancelled_reports.waiting(turn.conversation, turn.now)))
        return replies
