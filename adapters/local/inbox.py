"""The Headteacher's inbox for a local-only install: `GET /inbox` and a small JSON API under `/api/inbox`.

It acts as `LOCAL_HEADTEACHER`; every change goes through `engine.handle` like a pressed button, so the
engine checks the admin, writes the audit trail and tells the reporter. It has no sign-in, so it answers
only requests from this computer, and only while `local:headteacher` is an admin.
"""

from __future__ import annotations

import logging
import re
import uuid

from aiohttp import web
from sqlalchemy import select

from adapters.local.http_json import BadRequest, error, optional_str, read_object
from adapters.local.records import ConcernRecord, load_concerns, when
from adapters.local.render import button_json, reply_json
from adapters.local.web import SORRY, page
from adapters.loopback import asked_by_our_page
from bot import actions
from bot.config import LOCAL_HEADTEACHER, Settings
from bot.destinations import LOCAL_INBOX
from bot.faults import where
from bot.messages import Button, IncomingMessage
from bot.runtime import RUNTIME, SETTINGS
from bot.school_time import school_time_of
from bot.store.models import Notice
from bot.store.store import utcnow

log = logging.getLogger(__name__)
INBOX_CONVERSATION = "local:inbox"
_REFERENCE = re.compile(r"^C-\d{1,12}$")


def _refusal(request: web.Request) -> web.Response | None:
    if (off := request.app[SETTINGS].inbox_off_because()) is not None:
        return error(f"The inbox is off: it acts as local:headteacher, who is not an admin here ({off}).", status=403)
    if not asked_by_our_page(request):
        return error("The inbox has no sign-in, so it opens only on the computer running policybot.", status=403)
    return None


TIMES = ("created_at", "acknowledged_at", "closed_at", "details_stopped_at")


def concern_json(record: ConcernRecord) -> dict[str, object]:
    """A concern for the inbox: every field, its audit trail, and the actions it allows now.

    Each time comes as ISO 8601 UTC and, under `when` (an event's own `when`), as `reports show` prints it: UK time with
    its zone named. The page shows those, not the browser's local time, so the inbox and a printed report agree."""
    buttons = [*record.buttons, Button(actions.CONCERN_NOTE, "Add note", record.reference)]
    data = record.to_json()
    data["events"] = [{**event, "when": school_time_of(event["at"])} for event in data["events"]]
    return {**data, "when": {name: school_time_of(data[name]) for name in TIMES},
            "buttons": [button_json(b) for b in buttons]}


async def _messages(request: web.Request) -> list[dict[str, object]]:
    """Recent messages for the Headteacher (questions staff passed on), flagging those not seen before."""
    async with request.app[RUNTIME].store.transaction() as session:
        rows = (await session.execute(select(Notice).where(Notice.user == LOCAL_INBOX)
                                      .order_by(Notice.id.desc()).limit(20))).scalars().all()
        shown = [{"text": n.text, "at": when(n.created_at), "when": school_time_of(when(n.created_at)),
                  "new": n.seen_at is None} for n in rows]
        now = utcnow()
        for row in rows:
            row.seen_at = row.seen_at or now
    return shown


async def inbox_page(request: web.Request) -> web.StreamResponse:
    """The inbox page itself; its script calls the API below."""
    return _refusal(request) or page("inbox.html")


async def inbox_list(request: web.Request) -> web.Response:
    """Open concerns (or all with ?all=1), URGENT first then newest, and recent messages for the Headteacher."""
    if (refused := _refusal(request)) is not None:
        return refused
    everything = request.query.get("all") == "1"
    records = await load_concerns(request.app[RUNTIME].store, open_only=not everything)
    return web.json_response({"concerns": [concern_json(r) for r in records], "messages": await _messages(request)})


async def inbox_action(request: web.Request) -> web.Response:
    """Acknowledge, take, close or add a note, through the engine as the local Headteacher."""
    if (refused := _refusal(request)) is not None:
        return refused
    try:
        body = await read_object(request)
        action = optional_str(body, "action", 100) or ""
        reference = (optional_str(body, "reference", 20) or "").strip().upper()
        note = optional_str(body, "note", 100_000) or ""  # the engine politely refuses an over-long note
        client_id = optional_str(body, "id", 100, default=None) or uuid.uuid4().hex
        if action not in actions.ADMIN_ACTIONS:
            raise BadRequest("The inbox can acknowledge, take, close or add a note; nothing else.")
        if not _REFERENCE.match(reference):
            raise BadRequest("Please give a concern reference like C-0001.")
    except BadRequest as exc:
        return error(str(exc))
    runtime = request.app[RUNTIME]
    msg = IncomingMessage(
        user=LOCAL_HEADTEACHER, conversation=INBOX_CONVERSATION, text=note, action=action, value=reference,
        delivery_id=f"{INBOX_CONVERSATION}:{client_id}", display_name="Headteacher",
        extra={actions.EXTRA_ADDRESS: LOCAL_INBOX, actions.EXTRA_USER_ADDRESS: LOCAL_INBOX})
    try:
        replies = await runtime.engine.handle(msg)
    except Exception as exc:  # a fault of ours: the turn rolled back; the log says where (never a note's words)
        log.error("the engine failed on an inbox action %s for %s: %s", action, reference, where(exc))
        return error(SORRY, status=500)
    found = await load_concerns(runtime.store, reference=reference)
    return web.json_response({"replies": [reply_json(r) for r in replies],
                              "concern": concern_json(found[0]) if found else None})


def mount(app: web.Application, settings: Settings) -> None:
    """Add the inbox routes (web.mount calls this only when settings.local_only)."""
    app.router.add_get("/inbox", inbox_page)
    app.router.add_get("/api/inbox", inbox_list)
    app.router.add_post("/api/inbox/action", inbox_action)
