"""Telling the admins, once, that a question passed to the Headteacher was refused for good and set aside.

Until helper notices3 only its asker, its trail and policybot_questions_refused_total knew: a question set aside
waits for someone to mend the set-up, and the people who can (POLICYBOT_ADMINS) were never told. They hear of it as
they hear of a concern held up (bot/held_up.py): privately, in their own chat with policybot, each once, ordered
against the question (bot/notice_order.py: withdrawn if it reaches the Headteacher, or is withdrawn, first). The
question is named by its first words and when it was asked, and who asked it (an admin may ask them); never more of
its words. An admin who asked it is told once, in the asker's notice (`remedy` is added to it).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot import concerns, destinations, notice_order, question_held_up, report_route
from bot.config import Settings
from bot.escalation import EscalationChannel
from bot.store.models import QuestionLog

Address = tuple[str, str]


def remedy(meant: Address | None, about_the_message: bool) -> str:
    """What an admin can do about a question set aside, where it was meant for (`report_route.place`'s platform)."""
    if about_the_message:
        return ("Naming the channel again will not help: it was the message that was refused. Please answer its asker "
                "yourself; 'python app.py questions' shows it in full.")
    if meant is not None and not report_route.archivable(meant[0]):
        how = "type 'set escalation channel' in the chat that should receive concerns"
    else:
        how = ("unarchive the channel or add policybot back to it, then mention me with 'set escalation channel' "
               "there, or do that in another channel that should receive concerns")
    return (f"To send it, {how}: it goes at once (it is also tried again whenever policybot starts). 'python app.py "
            "questions' shows it and its trail.")


def admin_text(question: QuestionLog | None, asker: str, why: str, advice: str, asker_told: bool = True) -> str:
    """The admins' notice: which question (first words, when, who asked), why, and what they can do.
    `asker_told`: whether its asker is (or was) told; one policybot cannot reach privately is for the admins to tell."""
    if question is None:  # deleted by hand since: say what is left
        which = f"A question {asker} passed to the Headteacher"
    else:
        which = (f"The question \u201c{question_held_up.first_words(question.question)}\u201d that {asker} passed to "
                 f"the Headteacher at {question_held_up.asked_at(question.at)}")
    told = ("its asker has been told to ask the Headteacher in person" if asker_told else
            f"I cannot reach {asker} privately to tell them, so please tell them to ask the Headteacher in person")
    return f"{which} could not be delivered: {why}. I have stopped trying, and {told}. {advice}"


async def tell(session: AsyncSession, settings: Settings, channels: Mapping[str, EscalationChannel], key: str,
               question: QuestionLog | None, asker: str, why: str, advice: str, now: datetime,
               asker_told: bool = True) -> list[str]:
    """Queue the notice to each admin policybot can reach privately, but the asker (told in their own notice); the
    admins it was queued for. `key`: the question's outbox entry; `asker_told`: as `admin_text`."""
    told: list[str] = []
    reached: set[Address] = set()
    own = await destinations.reporter(session, channels, asker)
    if own is not None:
        reached.add(own)
    text = admin_text(question, asker, why, advice, asker_told)
    for admin in dict.fromkeys(settings.effective_admins):  # named twice, told once
        address = await destinations.reporter(session, channels, admin)
        if address is None or address in reached:
            continue  # never talked to policybot where that is needed first (Teams); or one person named twice
        reached.add(address)
        concerns.queue(session, now, f"{key}:refused:{admin}", "notify", platform=admin.partition(":")[0],
                       payload={"user": admin, "text": text, **notice_order.held_up(key)})
        told.append(admin)
    return told
