"""A private notice that was never delivered, in the trail of the concern or question it was about.

Every notice delivered is in its concern's audit trail ("admin told", "reporter told") or its question's
(`question_events`: "admin told", "asker told"). Until helper notices9 one withdrawn (its admin removed from
POLICYBOT_ADMINS, an arrival no longer news) or failed for good (their chat refused it) was in the log alone, by entry
id: a Head reading `reports show` or `python app.py questions` could not tell who had not been told, nor why. Now each
is written in the same transaction that marks the notice so, in words a Head reads (who, and why; never a word of the
message). A draft reminder has no trail (a draft is no concern yet).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot import concerns, notice_order, question_held_up, question_refused_admins, reporter_told
from bot.store.models import Concern, QuestionEvent, QuestionLog

NOT_TOLD = "not told"  # the trail action; its detail says whose notice, withdrawn or not delivered, and why
NO_LONGER_AN_ADMIN = "no longer an admin"
# Why notice_order withdrew one: what a held-up notice told of got through (or was taken back) first; an arrival
# followed a notice its reader never got
NO_LONGER_TRUE = "what it said was held up got through (or was taken back) before it could be sent"
NO_NEWS = "they never got the notice it follows, so it was no news to them"
# An admin not told of a question set aside is told at the next refusal or start (bot/question_refused_admins.py)
ADMIN_TOLD_LATER = "they are told again when policybot next starts, while the question is still set aside"


def not_news(payload: Mapping[str, object]) -> str:
    """Why notice_order withdrew this notice, in a Head's words."""
    return NO_LONGER_TRUE if notice_order.UNTIL in payload else NO_NEWS


def _concern_reader(concern: Concern, payload: Mapping[str, object]) -> str:
    user = str(payload.get("user", ""))
    if "admin_told" in payload and user != concern.reporter:
        return user
    return "its reporter"


def _question_told(payload: Mapping[str, object]) -> tuple[int | None, str]:
    """The question a notice was about and who it was for: (id, reader); (None, "") if about no question."""
    for key, reader in ((question_refused_admins.ADMIN_TOLD, str(payload.get("user", ""))),
                        (question_held_up.TOLD, "its asker")):
        told = payload.get(key)
        if isinstance(told, Mapping) and isinstance(told.get("question"), int):
            return int(told["question"]), reader
    return None, ""


async def write(session: AsyncSession, concern: Concern | None, payload: Mapping[str, object], now: datetime,
                why: str, failed: bool = False) -> None:
    """Write a notice (`payload`, about `concern` or a question) withdrawn, or `failed` for good, in its trail."""
    if concern is not None and ("admin_told" in payload or reporter_told.TOLD in payload
                                or str(payload.get("user", "")) == concern.reporter):
        reader = _concern_reader(concern, payload)
        what = f"could not be delivered ({why})" if failed else f"withdrawn: {why}"
        concerns.audit(session, concern, now, "policybot", NOT_TOLD, f"Notice to {reader} {what}")
        return
    question_id, reader = _question_told(payload)
    if question_id is None or await session.get(QuestionLog, question_id) is None:
        return
    if failed:
        told = payload.get(question_refused_admins.ADMIN_TOLD)
        set_aside = isinstance(told, Mapping) and told.get("told") == question_refused_admins.SET_ASIDE
        later = f"; {ADMIN_TOLD_LATER}" if set_aside else ""
        detail = f"Notice to {reader} could not be delivered ({why}){later}"
    else:
        detail = f"Notice to {reader} withdrawn: {why}"
    session.add(QuestionEvent(question_id=question_id, at=now, action=NOT_TOLD, detail=detail))
