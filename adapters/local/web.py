"""The local web chat: the page at `/`, its JSON endpoint `POST /api/chat`, and (local-only) the Headteacher inbox.

`POST /api/chat` takes {"user", "text", "action", "value", "form", "id"} and answers
{"replies": [...], "notices": [...]}; a body with nothing to say only collects notices (the page polls).
`GET /api/chat/resume?user=NAME` answers {"replies": [...]}: a half-written report's current question.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import logging
import re
from html import escape
from pathlib import Path

from aiohttp import web
from aiohttp.typedefs import Handler

from adapters.local.channel import LocalChannel, take_notices
from adapters.local.http_json import MAX_BODY_BYTES, BadRequest, error, optional_form, optional_str, read_object
from adapters.local.identity import BadName, conversation_key, display_name, user_key
from adapters.local.render import reply_json
from adapters.loopback import asked_by_our_page
from bot import actions
from bot.config import Settings
from bot.faults import where
from bot.messages import IncomingMessage, Reply
from bot.report_standing import RECEIVED_ONCE
from bot.runtime import CHANNELS, RUNTIME

log = logging.getLogger(__name__)
LOCAL_PATHS = frozenset({"/", "/api/chat", "/api/chat/notices", "/api/chat/resume"})
STATIC = Path(__file__).resolve().parent / "static"
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


@functools.cache
def _read_page(name: str) -> tuple[str, str]:
    """A page's HTML and the Content-Security-Policy that allows only its own inline script and style."""
    html = (STATIC / name).read_text(encoding="utf-8")
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in _SCRIPT.findall(html))
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; connect-src 'self'; "
           "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    return html, csp


def page(name: str, policy: str = "policy") -> web.Response:
    """A self-contained page from adapters/local/static, locked down to itself; `{{POLICY}}`, outside its script, is
    what the loaded policy is called (`KnowledgeBase.name`), so the script's hash still holds."""
    html, csp = _read_page(name)
    html = html.replace("{{POLICY}}", escape(policy))
    headers = {"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff",
               "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}
    return web.Response(text=html, content_type="text/html", charset="utf-8", headers=headers)


ELSEWHERE = ("The web chat has no sign-in, so it answers only on the computer running policybot. "
             "Please use policybot in Slack or Microsoft Teams.")


@web.middleware
async def this_computer_only(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The chat page and its API answer only this computer: without a sign-in, a name typed is all there is."""
    if request.path in LOCAL_PATHS and not asked_by_our_page(request):
        if request.path == "/":
            return web.Response(text=ELSEWHERE, status=403)
        return error(ELSEWHERE, status=403)
    return await handler(request)


async def chat_page(request: web.Request) -> web.Response:
    return page("chat.html", request.app[RUNTIME].engine.kb.name)


def _user(raw: object) -> tuple[str, str]:
    try:
        return user_key(raw), display_name(str(raw))
    except BadName as exc:
        raise BadRequest(str(exc)) from exc


async def chat(request: web.Request) -> web.Response:
    """One thing the person did in the page, through the engine; then any notices waiting for them."""
    try:
        body = await read_object(request)
        user, name = _user(body.get("user"))
        text = optional_str(body, "text", MAX_BODY_BYTES) or ""  # the engine politely refuses over-long text
        action = optional_str(body, "action", 200, default=None)
        value = optional_str(body, "value", 2000) or ""
        form = optional_form(body)
        client_id = optional_str(body, "id", 100, default=None)
    except BadRequest as exc:
        return error(str(exc))
    runtime = request.app[RUNTIME]
    replies = []
    if text or action or form is not None:
        msg = IncomingMessage(
            user=user, conversation=conversation_key(user), text=text, action=action or None, value=value, form=form,
            delivery_id=f"{user}:{client_id}" if client_id else None, display_name=name,
            extra={actions.EXTRA_ADDRESS: conversation_key(user), actions.EXTRA_USER_ADDRESS: user})
        try:
            replies = await runtime.engine.handle(msg)
        except Exception as exc:  # a fault of ours: the turn rolled back; say so politely, log where (never what)
            log.error("the engine failed on a local chat message: %s", where(exc))
            return error(SORRY, status=500)
        if not replies and action == actions.FORM_SUBMIT:  # the page sent again a form already received
            replies = [Reply("That form was received already, so it was not sent twice. Type 'my reports' to see "
                             "your reports.", private=True)]
        elif not replies:  # sent again after its answer was lost: acted on once, and said so, not met with silence
            # (one that sent a report is answered by the engine with its reference, the answer most worth not losing)
            replies = [Reply(RECEIVED_ONCE, private=True), *await runtime.engine.resume(msg.conversation)]
    notices = await take_notices(runtime.store, user)
    return web.json_response({"replies": [reply_json(r) for r in replies], "notices": notices})


async def chat_notices(request: web.Request) -> web.Response:
    """Notices waiting for a user (acknowledgements of their reports), each shown once."""
    try:
        user, _ = _user(request.query.get("user"))
    except BadRequest as exc:
        return error(str(exc))
    return web.json_response({"notices": await take_notices(request.app[RUNTIME].store, user)})


async def chat_resume(request: web.Request) -> web.Response:
    """A report this user left half-written: its current question, for the page to show when it opens."""
    try:
        user, _ = _user(request.query.get("user"))
    except BadRequest as exc:
        return error(str(exc))
    replies = await request.app[RUNTIME].engine.resume(conversation_key(user))
    return web.json_response({"replies": [reply_json(r) for r in replies]})


def mount(app: web.Application, settings: Settings) -> None:
    """The chat page and API always; the Headteacher inbox only when neither Slack nor Teams is configured."""
    # The store exists only once the runtime starts, so the channel looks it up when it delivers.
    app[CHANNELS]["local"] = LocalChannel(lambda: app[RUNTIME].store)
    app.middlewares.append(this_computer_only)
    app.router.add_get("/", chat_page)
    app.router.add_post("/api/chat", chat)
    app.router.add_get("/api/chat/notices", chat_notices)
    app.router.add_get("/api/chat/resume", chat_resume)
    if settings.local_only:
        from adapters.local.inbox import mount as mount_inbox

        mount_inbox(app, settings)
