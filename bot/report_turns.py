"""Turns of the report-a-concern conversation: starting it, each step, the one-form report, and sending.

The step logic is pure (bot/flows/concern_report.py); this is where its effects meet the database: an URGENT
concern created the moment a child may be in danger, the details joined to it as they come, the report sent.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot import (
    about_reporting,
    actions,
    cancelled_reports,
    concerns,
    destinations,
    offered_words,
    practical_steps,
    reporter_told,
)
from bot.about_the_head import named_note, names_the_head
from bot.engine_replies import confirmation
from bot.flows import concern_form
from bot.flows import concern_report as flow
from bot.flows.another_concern import another_concern
from bot.flows.asked_aside import asked_aside, may_answer_about_reporting, may_be_put_aside, plainly_asked
from bot.flows.concern_wording import (
    FIELD_LABELS,
    FORM_LEFT_OUT,
    NOT_GIVEN,
    STOPPED_AFTER_ALERT,
    danger_now_no,
    form_danger_now_no,
)
from bot.flows.report_reader import about_the_head, draft_kind, route_said, staff_route
from bot.messages import Button, IncomingMessage, OwnWords, Reply
from bot.metrics import CONCERNS
from bot.report_route import nowhere, waits_for_one
from bot.report_standing import DANGER_NOW, urgent_alert
from bot.reporting_setup import reporting_setup
from bot.store.models import Concern, Conversation
from bot.store.store import Turn, micros
from intents import Understanding, understand
from intents.intent_rules import report_signals, strip_pleasantries
from intents.understanding import staff_towards_pupil
from policy_kb.guidance import STAFF_KIND
from policy_kb.knowledge import KnowledgeBase

FLOW = "concern_report"
REOPENED_BY_YOU = ("{reference} had been closed; what you've just added has opened it again, and the Headteacher's "
                   "team has been told.")


def kind_put(opening: str, doubtful: bool = False, kind: str | None = None) -> str | None:
    """The kind of concern a report begun from `opening` is put as (offered, one press to keep): `kind`, the reading's;
    else, for words a staff reading reads, a member of staff's conduct; else, for a sure report, the kind its words
    name (`flow.opening_kind`). None where its words are not kept, or name no one kind."""
    told = opening.strip()
    if not (is_a_telling(told) and len(told) <= flow.MAX_FIELD_CHARS):
        return None
    # words offered the report with the staff route ("the coach gave his number to a y7 boy"), begun by Report a
    # concern: the kind that route is for, as when such words begin a report themselves (`question_turns`)
    if kind is None and not doubtful and staff_towards_pupil(strip_pleasantries(told)):
        kind = STAFF_KIND
    if kind is None and not doubtful:
        kind = flow.opening_kind(told)
    return kind if kind in flow.CATEGORY_LABELS else None


def start_report(turn: Turn, msg: IncomingMessage, kb: KnowledgeBase, opening: str = "", doubtful: bool = False,
                 kind: str | None = None, route_above: bool = False) -> list[Reply]:
    """Begin the step-by-step report, or, where others can read the conversation, offer somewhere private.
    `opening`: the reporter's own message that started it, kept as what happened if it tells more than the wish to
    report; `doubtful`: only perhaps a report ("year 6 photos"), so the way back to asking it is offered; `kind`: the
    kind of concern the reading of the opening settled ("ta dms a y9": a member of staff's conduct), offered; `kb`:
    for the school's route for a concern about staff, and where it says a concern about the Headteacher goes;
    `route_above`: the reply just before says that route (a clause's "To report it:"), so the opening does not again."""
    if msg.extra.get(actions.EXTRA_GROUP) == "1":
        return [Reply("Let's keep this private: others can read this channel. Open the report form, or send "
                      "me a direct message saying 'report a concern'.",
                      (Button(actions.FORM_OPEN, "Open the report form", "", "primary"),), private=True)]
    if turn.conversation.flow == FLOW:  # "Report a concern" pressed on an old answer must not wipe this one
        return resume(turn.conversation)
    turn.conversation.last_quoted = False  # a "really?" after a report is not about the answer before it
    fields, told = prefill(msg), opening.strip()
    kept = is_a_telling(told) and len(told) <= flow.MAX_FIELD_CHARS
    if kept:
        fields[flow.Step.WHAT.value] = told
    step = flow.start(flow.Draft(fields, started=micros(turn.now)), doubtful=doubtful and kept,
                      kind=kind_put(told, doubtful, kind), staff_route=None if route_above else route_said(kb))
    save_flow(turn, step)
    replies = list(step.replies)
    if staff_route(draft_kind(step.draft)) and about_the_head(step.draft.fields):
        # "our headteacher is messaging a y8 boy": where the school says a concern about the Head goes, before the
        # first question (it said "so the Headteacher can act")
        replies.insert(1, Reply(named_note(kb)))
    if note := cancelled_reports.reminder(turn.conversation, turn.now):
        replies.insert(1, Reply(note))
    if is_a_telling(told) and not kept:  # never cut short unseen: the DSL would read half an account as the whole
        replies.insert(1, Reply(f"Your message is longer than one answer can hold ({len(told)} characters; the limit "
                                f"is {flow.MAX_FIELD_CHARS}), so I haven't kept it: I'll ask what happened when we get "
                                "there, and you can give it in shorter form."))
    return replies


FROM_CHAT_REPORT = "chat-report"  # the context of a form opened part-way through a chat report


# A refused form's reason is said once, beside the field it is under (all a Slack modal shows), under this short lead
FORM_REFUSED = f"Not sent: see the note under {FIELD_LABELS['what']}."


def _refused(values: dict[str, str], context: str, why: str) -> Reply:
    """The form as it was sent, with why it was not filed under What happened (at most 150 characters, which Slack
    shows whole) and a short lead pointing there."""
    return Reply(FORM_REFUSED, form=concern_form.report_form(values, {"what": why}, context), private=True)


class NotFiled(Exception):
    """A form refused as a whole (its report is no longer the one in progress): the turn is rolled back, so the
    platform's dedupe key for that form is not used up and the same form can be sent once it makes sense again."""

    def __init__(self, replies: list[Reply]) -> None:
        super().__init__("form not filed")
        self.replies = replies


def open_form(turn: Turn, msg: IncomingMessage) -> Reply:
    """The report form, holding the answers of a chat report in progress here (and saying it came from one)."""
    convo = turn.conversation
    # Names the report, so the form can never be filed against another one begun since (or switched to with Undo)
    context, waiting = "", tuple[str, ...]()
    if convo.flow == FLOW:
        draft = flow.Draft.from_json(convo.draft)
        if not draft.started:  # a draft begun before reports were named: named now
            draft = replace(draft, started=micros(turn.now))
            convo.draft = draft.to_json()
        context = f"{FROM_CHAT_REPORT}:{draft.started}:{_snapshot(draft.fields)}"
        waiting = tuple(flow.clipped(words) for words in draft.words_waiting)  # typed, in no answer: shown on it
    return Reply("Report a concern", form=concern_form.report_form(form_values(turn, msg), context=context,
                                                                   waiting=waiting))


def _snapshot(fields: Mapping[str, str]) -> str:
    """What the chat report held as its form opened, as digests (a form's context is small, and is no place for a
    child's words): at sending, what changed in the chat since is told from what changed in the form."""
    return ",".join(f"{name}={flow.digest(value)}" for name, value in sorted(fields.items())
                    if value and name.isalpha())


def _read_snapshot(text: str) -> dict[str, str] | None:
    if not text:
        return None  # a form opened before forms said what the chat held
    return dict(part.partition("=")[::2] for part in text.split(",") if "=" in part)


_DANGER_RANK = {"no": 0, "not_sure": 1, "yes": 2}


def merged(form: Mapping[str, str], chat: Mapping[str, str], opened: Mapping[str, str] | None) -> dict[str, str]:
    """A form's answers with those its chat report holds now, losing none: where only one side changed an answer
    since the form opened, that side's stands (a form's clearing too); where both did, both are kept (the danger
    answer the more urgent). Without knowing what the chat held at opening, nothing the chat gave is dropped."""
    result = dict(form)
    for name in (*concern_form.TEXT_FIELDS, "category", "danger"):
        mine, theirs = form.get(name, ""), chat.get(name, "")
        if mine == theirs:
            continue
        if opened is not None and flow.digest(theirs) == opened.get(name, ""):
            continue  # the chat's is as it was when the form opened: the form's stands
        if opened is not None and flow.digest(mine) == opened.get(name, ""):
            result[name] = theirs  # the form left it as it was: the chat's, given since, stands
        elif name == "danger":
            result[name] = max(mine, theirs, key=lambda v: _DANGER_RANK.get(v, -1))
        elif name == "category" or not theirs or theirs in NOT_GIVEN:
            result[name] = mine or theirs
        elif not mine or mine in NOT_GIVEN or mine in theirs:
            result[name] = theirs
        elif theirs not in mine:
            result[name] = f"{mine}\n(Also given in the chat: \u201c{theirs}\u201d)"
    return result


def form_values(turn: Turn, msg: IncomingMessage) -> dict[str, str]:
    """The report form's starting values: the answers of a chat report in progress here, so switching to the form
    loses none of them (sending it completes that report), over a message being reported."""
    convo = turn.conversation
    answers = flow.Draft.from_json(convo.draft).fields if convo.flow == FLOW else {}
    return {**prefill(msg), **{name: value for name, value in answers.items() if value}}


def prefill(msg: IncomingMessage) -> dict[str, str]:
    """A message being reported (Slack's message shortcut) starts the report with it as evidence."""
    link, words = msg.extra.get(actions.EXTRA_SOURCE_LINK), msg.extra.get(actions.EXTRA_SOURCE_TEXT)
    fields: dict[str, str] = {}
    if link or words:
        fields["evidence"] = " ".join(p for p in (f"Reported message: {link}" if link else "",
                                                  f"\u201c{words[:1000]}\u201d" if words else "") if p)
    return fields


# Words that only ask to report, greet or say who or what in general ("Good morning, I need to report a safeguarding
# concern about one of my pupils"): such a message tells the DSL nothing, and offered back as what happened, one press
# of Keep would fill the one answer a report cannot do without.
_ASKING_WORDS = frozenset((
    "i im i'm ive i've id i'd me my we were we're weve we've you your need needs needed want wanted wanting would like "
    "have has had got must should think to report reporting reported raise raising log logging flag flagging make "
    "making pass on tell telling speak talk refer referral a an the some this that it its it's there is are was be "
    "been being am not sure what do does how where who when which can could about regarding re of for in from with "
    "and but or so just please urgent urgently quick help concern concerns concerned safeguarding child protection "
    "worry worries worried issue issues incident something someone somebody new possible potential online e safety "
    "esafety disclosure disclosed disclose hi hello hey good morning afternoon evening sorry bother ok okay thanks "
    "thank dsl head headteacher teacher teachers member members staff colleague colleagues pupil pupils child "
    "children kid kids student students class year one welfare wellbeing happened happen happening today yesterday "
    "tonight night last week weekend earlier s").split())
_WORD = re.compile(r"[a-z0-9]+(?:'(?!s\b)[a-z]+)?")  # "pupil's" is "pupil"
_TELLS = 2  # words beyond those, or a harm the report rules hear told, make a message a telling


def is_a_telling(opening: str) -> bool:
    """The message that started the report tells something of what happened: a harm the report rules hear told
    (intents.intent_rules.report_signals), or a few words beyond asking to report."""
    words = _WORD.findall(opening.lower().replace("\u2019", "'"))
    if sum(w not in _ASKING_WORDS for w in words) >= _TELLS:
        return True
    signals = report_signals(strip_pleasantries(opening)) if words else {}
    return any(signals.get(name) for name in ("narrative", "incident", "harm_and_report"))


async def resume_here(session: AsyncSession, convo: Conversation | None, now: datetime | None = None) -> list[Reply]:
    """`resume`, its URGENT alert said as it stands now (acknowledged or closed since), read from the concern."""
    reference = flow.Draft.from_json(convo.draft).reference if convo is not None and convo.flow == FLOW else None
    alert = await concerns.find(session, reference) if reference else None
    return resume(convo, now, alert)


def resume(convo: Conversation | None, now: datetime | None = None, alert: Concern | None = None) -> list[Reply]:
    """Where a half-written report stands, for someone coming back to it; nothing when there is none (`now`: and
    what is said of a report kept for Undo, if one is; `alert`: its URGENT concern as it is now, if it has one and
    the caller has read it, else the alert is said as first raised)."""
    if convo is not None and convo.flow != FLOW and now is not None and (note := cancelled_reports.waiting(convo, now)):
        return [Reply(note)]
    if convo is None or convo.flow != FLOW:
        return []
    step = flow.step_named(convo.step) or flow.Step.CATEGORY
    draft = flow.Draft.from_json(convo.draft)
    asked = flow.prompt(step, draft)
    # An URGENT report's "act now" may be the very answer that was lost: it is never left unsaid on coming back, unless
    # the Headteacher's team has the alert since (then saying nobody has it would be wrong)
    urgent, act_now = urgent_alert(draft.reference, alert) if draft.reference else ("", False)
    # Begun by words only perhaps a report: why there is one at all, which its question's It was a question undoes
    maybe = " I started it because what you wrote may be a concern." if flow.only_the_opening(draft) else ""
    return [Reply(f"You have a report in progress.{maybe}{' ' + urgent if urgent else ''} Here is where you left off "
                  "(type cancel to stop it):", urgent=act_now),
            flow.offered(asked, draft.taken, draft) if draft.taken else asked]


# Answers a question about the policy, as if asked outside the report; True: the words may still be a concern (a
# report's doubtful opening), so answered with the report offered first and their words not logged
Ask = Callable[[str, bool], Awaitable[list[Reply]]]


def _as_a_question(text: str, kb: KnowledgeBase) -> Understanding | None:
    """How the matcher reads typed words shaped as a question (or opening as one, "shud i reply to the mum"); None
    for words not shaped as one."""
    text = text.strip()
    return understand(text, kb.index) if flow.question_shaped(text) or plainly_asked(text) else None


def asks_the_policy(meaning: Understanding | None) -> bool:
    """Words typed at a step read as a question the policy answers ("can I post sports day photos?"): shaped as a
    question (`meaning` is how the matcher reads them), and matched surely to a clause as a question, not a report."""
    return (meaning is not None and meaning.intent == "policy_question" and meaning.clause_id is not None
            and not meaning.tentative)


def reads_as_a_question(meaning: Understanding | None) -> bool:
    """Words shaped as a question that the matcher reads as one (`meaning`), however unsurely, and not as a report."""
    return meaning is not None and meaning.intent in ("policy_question", "out_of_scope")


async def _about_reporting(turn: Turn, msg: IncomingMessage, text: str, current: flow.Step, draft: flow.Draft,
                           kb: KnowledgeBase) -> list[Reply]:
    """A question about reporting itself ("who will see this?", "can i change it later?"), or a practical step the
    school's guidance for the kind chosen speaks of ("can i screenshot the post?"): answered, then the step asked
    again, nothing filed or logged (neither is the policy's to answer). Empty for anything else, or for words telling
    of harm (a concern's, kept in the report).
    Not at the step for a child's words, which may be a child's question ("will mum find out?")."""
    topic = about_reporting.asked_about(text, in_report=True, on_summary=current is flow.Step.CONFIRM)
    if topic is None and not practical_steps.asks_practical(text):
        return []
    meaning = understand(text.strip(), kb.index)
    if not may_answer_about_reporting(text, meaning, at_danger=current is flow.Step.DANGER):
        return []
    if topic == about_reporting.STEP_HELP:
        return list(flow.asked_again(current, draft, with_help=True))
    if topic is not None:
        said = about_reporting.answer(topic, await reporting_setup(turn.session, turn.settings, msg.platform), kb=kb)
    # the kind offered from the opening, not yet kept, still names whose guidance fits best: the answer names it
    elif (guided := practical_steps.practical_step(text, kb, draft.fields.get("category") or draft.offered,
                                                   asks_the_policy(meaning))) is not None:
        said = guided
    else:  # the school's guidance says nothing of it: read as any question typed there is (quoted, or not covered)
        return []
    return [Reply(said), *flow.asked_again(current, draft)]


async def step(turn: Turn, msg: IncomingMessage, given: flow.Input, kb: KnowledgeBase,
               ask: Ask | None = None) -> list[Reply]:
    """One answer (typed or pressed) to the current step, and whatever it sets off. `ask`: how to answer words the
    reporter says were a question about the policy, not their answer."""
    convo = turn.conversation
    draft = flow.Draft.from_json(convo.draft)
    current = flow.step_named(convo.step)
    if current is None:  # a step renamed by a deploy: ask its question again rather than guess
        restart = flow.Transition(flow.Step.CATEGORY, draft, (flow.prompt(flow.Step.CATEGORY, draft),))
        save_flow(turn, restart)
        return list(restart.replies)
    # Offered back when the matcher places it surely, or when, shaped as a question, it would replace an answer there
    # (under Edit): the answer it replaces comes back if it was a question after all
    # At the first question of a report that is only its doubtful opening, a question the policy surely answers typed
    # instead of a kind ends it: only that, never a telling or a plea for help shaped as a question
    typed = ask is not None and not given.action
    if typed and current is not flow.Step.DISCLOSURE and (
            about := await _about_reporting(turn, msg, given.text, current, draft, kb)):
        return about
    at_opening = typed and current is flow.Step.CATEGORY and flow.only_the_opening(draft)
    read = _as_a_question(given.text, kb) if typed else None
    choice = current in flow.CHOICE_STEPS
    # At a step answered in the teacher's own words, a question plainly asked ("can i screenshot it") may be meant
    # for the bot, or be part of the story ("can she come back tomorrow?"): kept, and offered back all the same
    question = typed and (asks_the_policy(read if not choice or at_opening else None) or (
        not choice and current is not flow.Step.DISCLOSURE and (
            (bool(draft.fields.get(current.value)) and flow.question_shaped(given.text))
            or may_be_put_aside(given.text, read))))
    # There, one the matcher reads unsurely is kept and offered back, never taken for the kind by a word in it
    perhaps = at_opening and not question and reads_as_a_question(read)
    # At a choice step (but the first question of a report only perhaps one, which has its own way back), a question
    # plainly asked is not its answer: answered aside, nothing filed, and the step asked again
    aside = asked_aside(given.text, read, asks_the_policy(read), current is flow.Step.CONFIRM,
                        current is flow.Step.DANGER) if typed and choice and not at_opening else ""
    # On the summary, words that read as a concern of their own ("also a different thing — a parent posted abuse about
    # Mrs Khan on facebook"): asked whether they are this report's or a new one's, not which part they change
    another = (typed and current is flow.Step.CONFIRM and draft.pending is None and not aside
               and another_concern(given.text, draft.fields, _read_as_a_report(given.text, kb, read)))
    result = flow.advance(current, draft, given, asks_the_policy=question, perhaps_asks=perhaps, aside=aside,
                          another=another, now=turn.now, staff_route=route_said(kb),
                          reads_another=lambda words, fields: another_concern(words, fields,
                                                                              _read_as_a_report(words, kb)))
    replies = list(result.replies)
    if result.effect == "ask" and ask is not None and result.asked and result.next is None:
        # A report that was only words perhaps a report, said to be a question: kept for Undo as a cancelled one is
        # (a mistaken press must not lose a disclosure), and answered as the question they may be, the report
        # offered first and the words not logged, as such words are outside a report
        opening = result.asked == result.draft.fields.get(flow.Step.WHAT.value)  # not a question typed instead
        kept = cancelled_reports.cancelled(convo, turn.now, current, result.draft, replies[0].text, asked=True)
        # Report a concern, offered with the answer, names this report, and brings it back with its words
        # (`cancelled_reports.opening_kept`) rather than beginning an empty one
        replies = [kept, *offered_words.named(await ask(result.asked, opening), kept.buttons[0].value)]
    elif result.effect == "ask" and ask is not None and result.asked:
        # The answer without its buttons (rate it, ask the Headteacher, report a concern): the step's own come next,
        # and a number a terminal user knows for them must not move onto one of these.
        replies = [*(_without_buttons(r) for r in await ask(result.asked, False)), *replies]
    lapsed = draft.taken is not None and (result.draft.taken is None
                                          or result.draft.taken.token != draft.taken.token)
    # the offer on the last answer is gone (or another took its place): the words that stand may reopen its concern
    reopened = result.effect != "ask" and lapsed and await _words_stand(turn, msg, draft)
    if result.effect == "escalate_urgent":
        concern = await concerns.create(turn.session, turn.now, reporter=msg.user, reporter_name=msg.display_name,
                                        conversation=msg.conversation, fields=result.draft.fields, complete=False,
                                        source="chat", origin=result.draft.started)
        CONCERNS.labels("urgent").inc()
        _sent_by_this_delivery(turn, concern)  # its "act now" may be the answer lost: a re-send is told it again
        result = flow.Transition(result.next, replace(result.draft, reference=concern.reference), result.replies)
        if await _nowhere_yet(turn):  # "act now" is the reply just before this one (the danger answer's), not twice
            reporter_told.told_when_sent(turn.session, concern, turn.now, nowhere(turn.settings))
            replies.insert(1, Reply(f"URGENT concern {concern.reference} is recorded, but "
                                    f"{waits_for_one(nowhere(turn.settings))}: "
                                    "speaking to the Designated Safeguarding Lead in person is the only way they "
                                    "know now. Please carry on and I'll add the details to it.", urgent=True))
        else:
            replies.insert(1, Reply(f"I've alerted the Headteacher now: URGENT concern {concern.reference}. "
                                    "Please carry on and I'll add the details to it.", urgent=True))
    elif result.effect == "submit":
        replies = await submit(turn, msg, result.draft.fields, result.draft.reference, "chat", kb,
                               origin=result.draft.started)
        if note := cancelled_reports.waiting(convo, turn.now):  # one sent, another still waiting
            replies.append(Reply(note))
    elif result.effect in (None, "ask") and result.draft.reference and result.draft.fields != draft.fields:
        # The alert has gone: each answer joins it as it is given, so the Headteacher is not waiting on the last one.
        if (concern := await concerns.find(turn.session, result.draft.reference, lock=True)) is not None:
            # Words taken back (effect "ask") put the answer as it was: nothing new to open a closed concern for;
            # words offered back join it now, and open it only if they stand (noted if it was closed as they came)
            offered = result.draft.taken
            if offered is not None and offered != draft.taken and concern.status == "closed":
                result = replace(result, draft=result.draft.taking(replace(offered, came_when_closed=True)))
            was_closed = concern.status == "closed"
            await concerns.add_details(turn.session, concern, turn.now, msg.user, result.draft.fields,
                                       reopen=result.effect is None and offered is None,
                                       keep_earlier=result.effect is None)
            reopened = reopened or (was_closed and concern.status != "closed")
            replies = _danger_no_as_it_stands(replies, concern)
    elif result.effect == "set_aside":
        # Saved for later, unsent, as a report switched away from is (Undo brings it back); an URGENT one as a stop
        cancelled_reports.keep(convo, turn.now, current, result.draft, aside=True)
        if draft.reference and (concern := await concerns.find(turn.session, draft.reference, lock=True)) is not None:
            await concerns.update_details(turn.session, concern, turn.now, msg.user, result.draft.fields, stopped=True)
    elif result.effect == "cancel" and draft.reference:
        # The alert has gone: what the reporter gave before stopping goes to the Headteacher, not the bin.
        if (concern := await concerns.find(turn.session, draft.reference, lock=True)) is not None:
            await concerns.update_details(turn.session, concern, turn.now, msg.user, draft.fields, stopped=True)
            if concerns.undelivered(concern):  # held up: "has already gone" would be untrue, as `my reports` says
                replies[0] = Reply(STOPPED_AFTER_ALERT.format(reference=draft.reference,
                                                              went=f"is {concerns.NOT_ARRIVED}"))
    if result.effect == "cancel" and (draft.fields or draft.reference):
        # One mistaken press must lose nothing: kept a while for Undo (an URGENT one to carry on adding to)
        replies = [cancelled_reports.cancelled(convo, turn.now, current, draft, replies[0].text)]
    if (current is flow.Step.RESPONSIBLE and result.next is not flow.Step.RESPONSIBLE and result.effect is None
            and names_the_head(str(result.draft.fields.get(current.value, "")))):
        # Every report goes to the Headteacher: before they go on, where the school says one about them goes
        replies.insert(0, Reply(named_note(kb)))
    if reopened and result.effect != "submit":  # told it was closed: now told it is open again (a thank-you says so)
        replies.insert(0, Reply(REOPENED_BY_YOU.format(reference=draft.reference or result.draft.reference)))
    save_flow(turn, result)
    if result.then_report:
        replies += _then_new_report(turn, msg, result, kb)
    return replies


def _then_new_report(turn: Turn, msg: IncomingMessage, result: flow.Transition, kb: KnowledgeBase) -> list[Reply]:
    """After the report was sent or saved for later, the other concern typed on its summary begun as a report of its
    own, its words kept as what happened."""
    if result.effect == "set_aside":
        urgent = (f" URGENT concern {result.draft.reference} keeps what you gave, and the Headteacher's message says "
                  "you stopped adding to it." if result.draft.reference else "")
        # how to come back to it is said under the new report's first words (`cancelled_reports.reminder`)
        said = f"Your report is saved, not sent.{urgent} Now the new concern, as a report of its own:"
    else:
        said = "Now the new concern, as a report of its own:"
    return [Reply(said), *start_report(turn, msg, kb, opening=result.then_report)]


def _read_as_a_report(text: str, kb: KnowledgeBase, read: Understanding | None = None) -> bool:
    """Typed words the intents read as a report, or as telling of harm (`read`: the matcher's reading already made
    of them this turn, if they were shaped as a question, so it is not made twice)."""
    meaning = read if read is not None else understand(text.strip(), kb.index)
    return meaning.intent == "report_concern" or meaning.harm_named


def _danger_no_as_it_stands(replies: list[Reply], concern: Concern) -> list[Reply]:
    """The flow says a danger answer changed to No after the alert as if the Headteacher had the alert (it cannot
    read the concern): while the alert is not delivered, that is said instead, as `my reports` says it."""
    if not concerns.undelivered(concern):
        return replies
    claimed = danger_now_no(concern.reference)
    return [replace(r, text=danger_now_no(concern.reference, held_up=concerns.NOT_ARRIVED)) if r.text == claimed else r
            for r in replies]


def _without_buttons(reply: Reply) -> Reply:
    """An answer given inside a report, its buttons gone (the step's own come next); clauses it offered to choose
    from are listed in its words instead, so "did you mean one of these?" is never left with nothing to choose."""
    choices = [b.label for b in reply.buttons if b.action == actions.ASK_CLAUSE]
    listed = "".join(f"\n\u2022 {label}" for label in choices)
    more = "\n(Ask about one by its number, e.g. \u201cwhat does B.3 say?\u201d, once your report is done.)"
    return replace(reply, text=reply.text + listed + (more if choices else ""), buttons=())


async def _words_stand(turn: Turn, msg: IncomingMessage, draft: flow.Draft) -> bool:
    """The offer on `draft`'s last answer has lapsed: if those words joined its URGENT concern while it was closed
    (so without reopening it) and are still there, they are new to whoever closed it: open it again, and say so.
    Whether it was opened again."""
    taken = draft.taken
    if taken is None or not taken.came_when_closed or not draft.reference:
        return False
    concern = await concerns.find(turn.session, draft.reference, lock=True)
    if concern is None or concern.status != "closed" or (concern.fields or {}).get(taken.step) != taken.text:
        return False
    said = f"{FIELD_LABELS.get(taken.step, taken.step)} {'changed' if taken.before else 'given'}"
    await concerns.reopen(turn.session, concern, turn.now, msg.user, said)
    return True


async def undo(turn: Turn, msg: IncomingMessage, pressed: str | None = None, named: str | None = None) -> list[Reply]:
    """Bring back the report cancelled here (Undo pressed, `pressed` its value, or typed, `named` what followed undo:
    "undo C-0003"), at the step it stopped. A report in progress is kept in its place for Undo in turn (an URGENT one
    set aside as a stop is), not lost."""
    convo = turn.conversation
    if pressed is not None and not cancelled_reports.is_kept(convo, turn.now, pressed) and (
            sent := await _sent_since(turn, msg, pressed)):
        return [Reply(sent), *resume(convo)[1:]]
    current = flow.Draft.from_json(convo.draft) if convo.flow == FLOW else None
    at_now = flow.step_named(convo.step) or flow.Step.CATEGORY
    if current is not None and not cancelled_reports.kept(convo, turn.now):
        return [Reply("This report is in progress, so there's nothing to bring back. To change your last answer, "
                      "type back. Here is where it stands:"), *resume(convo)[1:]]
    kept = cancelled_reports.take_back(convo, turn.now, pressed, named)
    if isinstance(kept, str):
        return [Reply(kept), *resume(convo)[1:]]
    at, draft, which = kept
    replies = [Reply("Your report is back, just as you left it."
                     + ("" if draft.reference else " Nothing has been sent yet.") + (f" {which}" if which else ""))]
    if current is not None and (current.fields or current.reference):
        # Said, not a button: "5" typed for 5 pm at the next question must not switch reports in the terminal
        await _words_stand(turn, msg, current)  # set aside, any offer lapses
        cancelled_reports.keep(convo, turn.now, at_now, current, aside=True)
        if current.reference and (other := await concerns.find(turn.session, current.reference, lock=True)):
            # set aside as a stop is: the Headteacher's message says so, and has what was given
            await concerns.update_details(turn.session, other, turn.now, msg.user, current.fields, stopped=True)
        urgent = (f" (the URGENT alert {current.reference} keeps what you gave)" if current.reference else "")
        replies.append(Reply(f"The report you were writing is set aside, not sent{urgent}: type undo to switch back "
                             f"to it. It is kept for {cancelled_reports.ASIDE_WITHIN.days} days."))
    if draft.reference and (concern := await concerns.find(turn.session, draft.reference, lock=True)) is not None:
        await concerns.carry_on(turn.session, concern, turn.now, msg.user)
        if concern.status == "closed":
            replies.append(Reply(f"{draft.reference} has been closed by the Headteacher's team; anything new you "
                                 "add opens it again."))
    save_flow(turn, flow.Transition(at, draft))
    return [*replies, flow.prompt(at, draft)]


async def _sent_since(turn: Turn, msg: IncomingMessage, name: str) -> str:
    """What the Undo button of a report sent since (with its form, or brought back and sent in the chat) says: that
    it was sent, how, and as what, rather than "brought back already, or deleted"; "" if it was not sent."""
    origin = report_name(name)
    became = await concerns.came_from(turn.session, msg.user, origin) if origin else None
    if became is None or not became.complete:
        return ""
    how = "with its form" if await concerns.sent_with_form(turn.session, became) else "already"
    return f"That report was sent {how}, as {became.reference}, so there's nothing to bring back."


def report_name(text: str) -> int | None:
    """A chat report's name (when it began, in µs) as an Undo button or a form gives it; None for anything else."""
    return int(text) if text.isascii() and text.isdigit() and text != "0" and len(text) < 19 else None


def save_flow(turn: Turn, result: flow.Transition) -> None:
    convo = turn.conversation
    convo.flow = FLOW if result.next is not None else None
    convo.step = result.next.value if result.next is not None else None
    convo.draft = result.draft.to_json() if result.next is not None else {}


async def submit(turn: Turn, msg: IncomingMessage, fields: dict[str, str], reference: str | None, source: str,
                 kb: KnowledgeBase, origin: int = 0) -> list[Reply]:
    """Store the report (joining the URGENT concern already raised, if any) and thank the reporter."""
    if reference and (existing := await concerns.find(turn.session, reference, lock=True)) is not None:
        danger_was = existing.fields.get("danger")
        await concerns.update_details(turn.session, existing, turn.now, msg.user, fields, source=source)
        _sent_by_this_delivery(turn, existing)
        reopened = existing.status != "closed" and await concerns.reopened_last(turn.session, existing)
        # read only when it is said: a delivered alert's thank-you names no channel
        nowhere_yet = concerns.undelivered(existing) and await _nowhere_yet(turn)
        thanks = confirmation(kb, existing, joined=True, reopened=reopened, nowhere_yet=nowhere_yet,
                              nowhere=nowhere(turn.settings))
        if fields.get("danger") == "no" and danger_was != "no":  # the chat says so as it is answered; a form here
            thanks.insert(1, Reply(form_danger_now_no(existing.reference, held_up=concerns.undelivered(existing))))
        return thanks
    concern = await concerns.create(turn.session, turn.now, reporter=msg.user, reporter_name=msg.display_name,
                                    conversation=msg.conversation, fields=fields, complete=True, source=source,
                                    origin=origin)
    CONCERNS.labels("urgent" if concern.urgent else "routine").inc()
    _sent_by_this_delivery(turn, concern)
    nowhere_yet = await _nowhere_yet(turn)
    if nowhere_yet:  # the thank-you says it waits for a channel: the outbox finding none is no news to them
        reporter_told.told_when_sent(turn.session, concern, turn.now, nowhere(turn.settings))
    return confirmation(kb, concern, nowhere_yet=nowhere_yet, nowhere=nowhere(turn.settings))


async def _nowhere_yet(turn: Turn) -> bool:
    """No Headteacher's channel is set on any platform policybot runs on: a concern raised now waits for one."""
    return await destinations.nowhere_yet(turn.session, turn.settings)


def _sent_by_this_delivery(turn: Turn, concern: Concern) -> None:
    """Remember with the platform's event id that it sent this report, or raised its URGENT alert: the same delivery
    received again (its answer lost) is answered with where the report stands rather than with nothing
    (bot/report_standing.py, `Engine._received_already`)."""
    if turn.delivery is not None:
        turn.delivery.reference = concern.reference


async def submit_form(turn: Turn, msg: IncomingMessage, kb: KnowledgeBase) -> list[Reply]:
    """The whole report as one form: each field checked, then stored like a finished chat report."""
    submitted = dict(msg.form or {})
    context = str(submitted.pop("_context", ""))
    values, errors = concern_form.validate(submitted)
    if errors:
        # shown again as it opened: with the words typed in the chat that are in no answer yet, if still waiting
        waiting = flow.Draft.from_json(turn.conversation.draft).words_waiting if (
            turn.conversation.flow == FLOW and context.startswith(FROM_CHAT_REPORT)) else ()
        return [Reply("Please check the highlighted fields.", form=concern_form.report_form(values | {
            k: str(v) for k, v in submitted.items() if k in errors and v}, errors, context,
            tuple(flow.clipped(words) for words in waiting)))]
    if values.get("when"):  # "yesterday" typed in the form: stored with the day it meant as it was sent
        values["when"] = flow.when_with_day(values["when"], turn.now)
    reference, left_out = None, tuple[str, ...]()
    convo = turn.conversation
    current = flow.Draft.from_json(convo.draft) if convo.flow == FLOW else None
    from_chat, _, rest = context.partition(":")
    opened_from, _, snapshot = rest.partition(":")
    opened = _read_snapshot(snapshot)
    # A form names the report it was opened from; one from before forms did (no name, or a report unnamed) is taken
    # as stale rather than guessed at, since it could land on another report's URGENT concern
    stale = from_chat == FROM_CHAT_REPORT and (current is None or opened_from != str(current.started))
    named = report_name(opened_from) is not None
    origin = 0
    if stale and named and cancelled_reports.is_kept(convo, turn.now, opened_from):
        # Its chat report was cancelled or set aside (often to switch to this form): the form brings it back from
        # Undo and completes it, with every answer it held, and its URGENT alert if any, rather than being refused
        # (in Slack a modal cannot stay open while "undo" is typed in the chat)
        kept = cancelled_reports.take_back(convo, turn.now, opened_from)
        if not isinstance(kept, str):
            _, draft, _ = kept
            reference, origin, from_chat = draft.reference, draft.started, ""
            values = merged(values, draft.fields, opened)
            left_out = draft.words_waiting  # set aside with words waiting: not in the form either, so said
    elif stale and named:
        became = await concerns.came_from(turn.session, msg.user, int(opened_from))
        if became is None:
            # Its chat report ended with nothing sent or kept (cancelled before any answer, or kept past its time):
            # the form is all there is of it, filed as its report, named so that the same form sent again is not
            from_chat, origin = "", int(opened_from)
        elif not became.complete:
            # Its URGENT alert went, and the chat report stopped and is no longer kept: the form completes that
            # alert's concern, which holds what the chat gave, rather than being refused for good
            reference, origin, from_chat = became.reference, int(opened_from), ""
            values = merged(values, became.fields or {}, opened)
        else:
            raise NotFiled([_refused(values, context, (
                f"Sent already, as {became.reference}, so this would report it twice. To add something, report "
                f"again saying it adds to {became.reference}, or speak to the DSL."))])
    if from_chat == FROM_CHAT_REPORT and (stale or opened_from in ("", "0")):
        # The form again, as typed, with why on it: nothing typed is lost, and it can be sent once it makes sense
        raise NotFiled([_refused(values, context, "Not sent: this form is from before an update. Open the form "
                                                  "again from the chat.")])
    if from_chat == FROM_CHAT_REPORT and current is not None:
        # The form completes the chat report it was opened from, and its URGENT alert if any, with every answer the
        # chat gave since it opened
        reference, origin = current.reference, current.started
        await _words_stand(turn, msg, current)  # any offer lapses with the report
        convo.flow, convo.step, convo.draft = None, None, {}
        values = merged(values, current.fields, opened)
        left_out = current.words_waiting  # typed in the chat, still asked where they go: not in the form
    if reference:
        # An answer the chat gave (and joined to the URGENT concern) that the reporter cleared in the form is removed
        values = {name: "" for name in concern_form.TEXT_FIELDS} | values
    replies = await submit(turn, msg, values, reference, "form", kb, origin=origin)
    if values.get("danger") in ("yes", "not_sure"):
        replies.insert(0, Reply(DANGER_NOW, urgent=True))
    typed = tuple(OwnWords("What you typed in the chat", flow.clipped(words)) for words in left_out
                  if not any(words.strip() in value for value in values.values()))
    if typed:  # said, never dropped unseen: the teacher may think the form carried them
        replies.append(Reply("\n".join((*(row.line for row in typed), FORM_LEFT_OUT)), own_words=typed))
    if convo.flow != FLOW and (note := cancelled_reports.waiting(convo, turn.now)):  # another still waiting
        replies.append(Reply(note))
    if convo.flow == FLOW:  # a form opened before this chat report began is its own report: the chat one waits
        replies.append(Reply("You also have a report in progress here, not the one that form came from; if it was "
                             "about the same thing, type cancel to stop it."))
    return replies
