"""A teacher taking back the question they passed to the Headteacher, while it has not reached them.

"Withdraw my question" (or "cancel my question") acts on the asker's own newest question passed on that has not
reached the Headteacher, else their newest passed on: never anyone else's, as a question is found by who asked it.
One not yet delivered (held up, set aside after a refusal, waiting for a channel) is withdrawn: its outbox entry is
never sent after, the notices about it are withdrawn with it (bot/notice_order.py), and its trail says so. One
delivered is said to be with the Headteacher: it cannot be taken back. One being sent at this moment cannot be stopped
for certain, so it is not withdrawn and the asker is told so.
"""

from __future__ import annotations

import re

from sqlalchemy import String, cast, literal, select

from bot import question_held_up, question_refused_admins
from bot.messages import Reply
from bot.question_refused import REFUSED
from bot.store.models import OutboxEntry, QuestionEvent, QuestionLog
from bot.store.store import Turn, aware

WITHDRAWN = "withdrawn by its asker"  # trail action, and the outbox entry's last error
_SAYS = re.compile(r"^(?:please\s+)?(?:withdraw|cancel|retract|take\s+back|unsend|recall)\s+(?:my|the|that)\s+"
                   r"(?:last\s+)?question(?:\s+(?:to|for)\s+the\s+head(?:teacher)?)?(?:,?\s+please)?[.!]*$", re.I)


def says_withdraw(text: str) -> bool:
    return _SAYS.match(text.strip()) is not None


async def withdraw(turn: Turn, user: str) -> Reply:
    """Withdraw `user`'s latest question passed to the Headteacher, if it has not reached them."""
    passed = select(QuestionLog).where(QuestionLog.user == user, QuestionLog.asked_head.is_(True))
    # The newest still on its way (an older one held up behind a newer one delivered), else the newest passed on
    waiting = passed.join(OutboxEntry, OutboxEntry.key == literal("question:") + cast(QuestionLog.id, String)).where(
        OutboxEntry.status.in_(("pending", REFUSED)))
    asked = (await turn.session.execute(waiting.order_by(QuestionLog.id.desc()).limit(1))).scalar_one_or_none() \
        or (await turn.session.execute(passed.order_by(QuestionLog.id.desc()).limit(1))).scalar_one_or_none()
    if asked is None:
        return Reply("You haven't passed a question to the Headteacher, so there is nothing to withdraw.",
                     private=True)
    which = question_held_up.which(asked)
    # Locked: a worker claiming it now (PostgreSQL) waits for this turn, and then finds it withdrawn
    sent = (await turn.session.execute(select(OutboxEntry).where(OutboxEntry.key == f"question:{asked.id}")
                                       .with_for_update())).scalar_one_or_none()
    if sent is None or sent.status == "delivered":
        return Reply(f"{which} has already reached the Headteacher, so it can't be withdrawn: they have it. If you no "
                     "longer need an answer, let them know.", private=True)
    if sent.status == "withdrawn":
        return Reply(f"{which} is withdrawn already: the Headteacher was not sent it.", private=True)
    if sent.status == "failed":  # given up by a release before helper heldrep2
        return Reply(f"{which} never reached the Headteacher, so there is nothing to withdraw.", private=True)
    lease = aware(sent.next_attempt_at)
    if sent.status == "pending" and sent.attempts > 0 and not sent.last_error and lease is not None \
            and lease > turn.now:
        # Claimed and being sent: it may be reaching the Headteacher as we speak, and saying "withdrawn" could be untrue
        return Reply(f"{which} is being delivered to the Headteacher at this moment, so I can't stop it. Type "
                     "'withdraw my question' again in a minute: I'll tell you then whether it arrived.", private=True)
    sent.status, sent.last_error = "withdrawn", WITHDRAWN
    # the admins told it was set aside are told it is withdrawn, or one may name a channel for nothing
    admins = await question_refused_admins.settled(turn.session, turn.settings, sent.key,
                                                   question_refused_admins.WITHDRAWN, turn.now)
    turn.session.add(QuestionEvent(question_id=asked.id, at=turn.now, action=WITHDRAWN,
                                   detail=f"admins being told: {', '.join(admins)}" if admins else ""))
    return Reply(f"{which} is withdrawn: it has not reached the Headteacher, and it will not be sent.", private=True)
