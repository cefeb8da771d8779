"""Telling the admins, once, that a question passed to the Headteacher was refused for good and set aside.

Until helper notices3 only its asker, its trail and policybot_questions_refused_total knew: a question set aside
waits for someone to mend the set-up, and the people who can (POLICYBOT_ADMINS) were never told. They hear of it as
they hear of a concern held up (bot/held_up.py): privately, in their own chat with policybot, each once, ordered
against the question (bot/notice_order.py: withdrawn if it reaches the Headteacher, or is withdrawn, first). The
question is named by its first words and when it was asked, and who asked it (an admin may ask them); never more of
its words. An admin who asked it is told once, in the asker's notice (`remedy` is added to it).

Each admin told is told again, once, when it settles: it reached the Headteacher (set-up mended, a channel named, a
start that found it taken), or its asker withdrew it (until helper notices4 nobody told them: a DSL was left thinking a
question lost, or naming a channel for one withdrawn). Ordered behind their first notice, in the same private chat, and
withdrawn with it if that was never sent (no news then). Each notice delivered is in the question's trail ("admin
told").

Only admins in POLICYBOT_ADMINS as it is now are told (`settled`, the new reason's notice in
bot/question_refused_anew.py, and `still_an_admin` at delivery): until helper notices7 an admin removed from it went on
hearing of a question they had been told of, and a question is staff's words about pupils, for the admins configured
only. One whose notice was withdrawn so, added back while the question is still set aside, is told then, once (until
helper notices8 the withdrawn notice counted as told); one told and never withdrawn is not told again.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import concerns, destinations, notice_order, question_held_up, report_route
from bot.config import Settings
from bot.escalation import EscalationChannel
from bot.store.models import OutboxEntry, QuestionEvent, QuestionLog

Address = tuple[str, str]
ADMIN_TOLD = "admin told of question"  # in an admin's notice payload: which question, what it told (for the trail)
TRAIL_ACTION = "admin told"
SET_ASIDE, ARRIVED, WITHDRAWN = "set aside", "got through", "withdrawn"
NOTICE = "{key}:refused:"  # + the admin's user key: their first notice
AGAIN = ":again:"  # + how many of theirs were withdrawn: the notice to an admin added back after theirs was withdrawn
_SETTLED = {ARRIVED: "{key}:through:{admin}", WITHDRAWN: "{key}:withdrawn:{admin}"}


def remedy(meant: Address | None, about_the_message: bool) -> str:
    """What an admin can do about a question set aside, where it was meant for (`report_route.place`'s platform)."""
    if about_the_message:
        return ("Naming the channel again will not help: it was the message that was refused, so it will not be tried "
                "again. Please answer its asker yourself; 'python app.py questions' shows it.")
    if meant is not None and not report_route.archivable(meant[0]):
        how = "type 'set escalation channel' in the chat that should receive concerns"
    else:
        how = ("unarchive the channel or add policybot back to it, then mention me with 'set escalation channel' "
               "there, or do that in another channel that should receive concerns")
    return (f"To send it, {how}: it goes at once (it is also tried again whenever policybot starts). 'python app.py "
            "questions' shows it and its trail.")


def which(question: QuestionLog | None, asker: str) -> str:
    if question is None:  # deleted by hand since: say what is left
        return f"A question {asker} passed to the Headteacher"
    return (f"The question \u201c{question_held_up.first_words(question.question)}\u201d that {asker} passed to the "
            f"Headteacher at {question_held_up.asked_at(question.at)}")


def admin_text(question: QuestionLog | None, asker: str, why: str, advice: str, asker_told: bool = True) -> str:
    """The admins' notice: which question (first words, when, who asked), why, and what they can do.
    `asker_told`: whether its asker is (or was) told; one policybot cannot reach privately is for the admins to tell."""
    named = which(question, asker)
    told = ("its asker has been told to ask the Headteacher in person" if asker_told else
            f"I cannot reach {asker} privately to tell them, so please tell them to ask the Headteacher in person")
    return f"{named} could not be delivered: {why}. I have stopped trying, and {told}. {advice}"


async def tell(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel], key: str,
               question: QuestionLog | None, asker: str, why: str, advice: str, now: datetime,
               asker_told: bool = True) -> list[str]:
    """Queue the notice to each admin policybot can reach privately and has not told of this question yet, but the
    asker (told in their own notice); the admins it was queued for. `key`: the question's outbox entry; `asker_told`:
    as `admin_text`. Called at every stop, not only the first: an admin added to POLICYBOT_ADMINS since (or one not
    reachable then) hears of it at its next refusal, with that refusal's reason (until helper notices6, never)."""
    told: list[str] = []
    reached: set[Address] = set()
    own = await destinations.reporter(session, channels, asker)
    if own is not None:
        reached.add(own)
    admins = list(dict.fromkeys(settings.effective_admins))  # named twice, told once
    addresses = {admin: await destinations.reporter(session, channels, admin) for admin in admins}
    keys: dict[str, str] = {}  # each admin not told yet: the key of the notice they are told by now
    for admin in admins:
        if (told_by := await _next_notice(session, key, admin)) is not None:
            keys[admin] = told_by
    before = {admin for admin in admins if admin not in keys}
    # those told already, and anyone named by the same address, are not told again
    reached.update(address for admin in before if (address := addresses[admin]) is not None)
    text = admin_text(question, asker, why, advice, asker_told)
    for admin in admins:
        address = addresses[admin]
        if admin in before or address is None or address in reached:
            continue  # never talked to policybot where that is needed first (Teams); or one person named twice
        reached.add(address)
        concerns.queue(session, now, keys[admin], "notify", platform=admin.partition(":")[0],
                       payload={"user": admin, "text": text, **notice_order.held_up(key),
                                **_told(question, SET_ASIDE)})
        told.append(admin)
    return told


async def _next_notice(session: AsyncSession, key: str, admin: str) -> str | None:
    """The key `admin` is to be told by of the question (outbox entry `key`), or None if they were told: a notice
    delivered or on its way. One withdrawn is no telling (helper notices8: an admin removed while theirs waited, then
    added back, never heard of it), nor one failed for good (helper notices9: it counted as told, so they never were;
    a concern's held-up notes count so only delivered or on their way, bot/reporter_told.py), so they are told under
    a new key (keys are unique): the first notice's, as every earlier release wrote it, then AGAIN and a count. Two
    starts at once reckon the same key, so one of them alone queues it."""
    first = f"{NOTICE.format(key=key)}{admin}"
    statuses = (await session.execute(select(OutboxEntry.status).where(
        (OutboxEntry.key == first) | OutboxEntry.key.startswith(f"{first}{AGAIN}", autoescape=True)))).scalars().all()
    if any(status in ("delivered", "pending") for status in statuses):
        return None
    return f"{first}{AGAIN}{len(statuses)}" if statuses else first


def settled_text(question: QuestionLog | None, asker: str, how: str) -> str:
    """What an admin told a question was set aside reads once it settles (`how`: ARRIVED or WITHDRAWN)."""
    named = which(question, asker)
    if how == ARRIVED:
        return f"{named}, which I told you could not be delivered, has now reached the Headteacher. Nothing more to do."
    return (f"{named}, which I told you could not be delivered, was withdrawn by its asker, so it will not be sent. "
            "Nothing more to do.")


async def settled(session: AsyncSession, settings: Settings, key: str, how: str,
                  now: datetime) -> list[str]:
    """Tell each admin told the question (outbox entry `key`) was set aside, once, that it arrived or was withdrawn
    (`how`); the admins it was queued for. None told of it (never set aside, or their notice withdrawn), or no longer
    in POLICYBOT_ADMINS: nobody."""
    first = NOTICE.format(key=key)
    # in the order they were first told (PostgreSQL returns rows in no order unless asked: the trail's "admins being
    # told" and their notices followed it)
    rows = (await session.execute(select(OutboxEntry.key, OutboxEntry.status, OutboxEntry.payload).where(
        OutboxEntry.key.startswith(first, autoescape=True), OutboxEntry.kind == "notify").order_by(OutboxEntry.id))
            ).all()
    if not rows:
        return []
    question = await question_held_up.question(session, key)
    asker = str(((await session.execute(select(OutboxEntry.payload).where(OutboxEntry.key == key))
                  ).scalar_one_or_none() or {}).get("user", ""))
    told: list[str] = []
    for notice, status, payload in rows:
        admin = str((payload or {}).get("user", "")) or notice.removeprefix(first)
        after = _SETTLED[how].format(key=key, admin=admin)
        if not settings.is_admin(admin):
            continue  # removed from POLICYBOT_ADMINS since they were told: nothing more goes to them
        if status not in ("delivered", "pending") or await notice_order.status(session, after) is not None:
            continue
        concerns.queue(session, now, after, "notify", platform=admin.partition(":")[0],
                       payload={"user": admin, "text": settled_text(question, asker, how),
                                **notice_order.arrival(notice), **_told(question, how)})
        told.append(admin)
    return told


def _told(question: QuestionLog | None, what: str) -> dict[str, object]:
    return {ADMIN_TOLD: {"question": question.id, "told": what}} if question is not None else {}


def still_an_admin(settings: Settings, payload: Mapping[str, object]) -> bool:
    """Whether an admin's notice about a question (`payload`) is for someone in POLICYBOT_ADMINS now: one queued before
    a restart that removed them is withdrawn, not sent."""
    return ADMIN_TOLD not in payload or settings.is_admin(str(payload.get("user", "")))


async def admin_told(session: AsyncSession, payload: Mapping[str, object], now: datetime) -> None:
    """An admin's notice about a question delivered: in the question's trail, with whom and what it told."""
    told = payload.get(ADMIN_TOLD)
    if isinstance(told, Mapping) and (entry := await session.get(QuestionLog, told.get("question"))) is not None:
        session.add(QuestionEvent(question_id=entry.id, at=now, action=TRAIL_ACTION,
                                  detail=f"{payload.get('user', '')}: {told.get('told', '')}"))
