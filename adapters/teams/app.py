"""Mounting Teams in the aiohttp server: botbuilder's CloudAdapter behind `POST /api/messages`, plus the
TeamsChannel the outbox uses for proactive escalations.

The route handler guards the door before botbuilder sees anything: no or bad token -> 401, body that is not
JSON (or not UTF-8, or not an activity) or a missing or wrong Content-Type -> 400, and, when anonymous, a
request from another computer or through a proxy, or an activity whose serviceUrl is not loopback -> 403
(with no app id botbuilder would believe any sender and reply to any URL it is given).
An authenticated activity from any Bot Framework channel but Teams (or, when anonymous, the Emulator) -> 403:
Direct Line, Web Chat and the like let the client choose `from.id`, so anyone could pose as an admin there.
The token covers the activity's serviceUrl but not its body's channelId, so with credentials the serviceUrl must
also be one of Teams' own Bot Connector hosts (or loopback, where only a test's own signing keys can vouch for it).
None of these changes anything.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity

from adapters.loopback import made_here
from adapters.teams.auth import AuthRefused, KeysUnavailable, OffLoopAuthentication, prescreen
from adapters.teams.bot import RAW_ACTIVITY, PolicyBot, to_activity
from adapters.teams.channel import TeamsChannel
from adapters.teams.connector import Connector
from bot.config import Settings
from bot.faults import where
from bot.messages import Reply
from bot.runtime import CHANNELS, RUNTIME

log = logging.getLogger(__name__)
ROUTE = "/api/messages"
TEAMS = "msteams"
EMULATOR = "emulator"
SORRY = "Sorry, something went wrong on my side and I couldn't finish that. Please try again in a minute."


class TeamsEndpoint:
    """The botbuilder adapter, the bot and the request checks for one server."""

    def __init__(self, app: web.Application, settings: Settings) -> None:
        self.auth = OffLoopAuthentication(settings)
        self.adapter = CloudAdapter(self.auth)
        self.adapter.on_turn_error = self._on_turn_error
        self.connector = Connector(self.auth, self.auth.app_id)
        self.bot = PolicyBot(lambda: app[RUNTIME].engine, self.connector)
        self.channel = TeamsChannel(self.connector)
        # A token proves the Bot Framework relayed the activity, not that Teams vouches for `from.id`. The Emulator
        # is for trying the bot on this computer, so it gets in only in anonymous mode, which is loopback-only.
        self.channels: frozenset[str] = frozenset({TEAMS, EMULATOR} if self.auth.anonymous else {TEAMS})

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """POST /api/messages: check, authenticate, check the channel, run the turn."""
        header = request.headers.get("Authorization", "")
        if self.auth.anonymous and not made_here(request):
            return _refuse(403, "anonymous mode only answers requests made on this computer")
        if not self.auth.anonymous:
            try:
                prescreen(header, self.auth.app_id)
            except AuthRefused:
                return _refuse(401, "unauthorized")
        if request.content_type != "application/json":
            return _refuse(400, "expected Content-Type: application/json")
        body, problem = _parse(await request.read())
        if body is None:
            return _refuse(400, problem)
        if self.auth.anonymous and not is_loopback_url(str(body.get("serviceUrl") or "")):
            return _refuse(403, "anonymous mode only answers a loopback serviceUrl")
        try:
            activity = Activity().deserialize(body)
        except Exception:  # msrest raises several types for a malformed field
            return _refuse(400, "not a Bot Framework activity")

        async def logic(turn_context: TurnContext) -> None:
            turn_context.turn_state[RAW_ACTIVITY] = body
            await self.bot.on_turn(turn_context)

        try:  # before the channel check, so that a bad token is a 401 whatever channel it claims
            authenticated = await self.auth.authenticate_request(activity, header)
        except AuthRefused:
            return _refuse(401, "unauthorized")
        except KeysUnavailable:
            return _refuse(503, "cannot validate the token just now")
        channel = body.get("channelId")
        if not self.auth.anonymous and not _served_by_teams(body["serviceUrl"]):
            log.warning("teams activity refused: serviceUrl not on a Teams host, channelId %.40r", channel)
            return _refuse(403, "only Microsoft Teams activities are accepted")
        if not isinstance(channel, str) or channel not in self.channels:  # JSON may hold a dict, unhashable
            # Never the text or the sender: a refused activity may still carry someone's words or name.
            log.warning("teams activity refused: channelId %.40r, type %.40r", channel, body["type"])
            return _refuse(403, "only Microsoft Teams activities are accepted")
        invoke = await self.adapter.process_activity(authenticated, activity, logic)
        if invoke is not None:
            return web.json_response(invoke.body, status=int(invoke.status))
        return web.Response(status=201)

    async def _on_turn_error(self, turn_context: TurnContext, error: Exception) -> None:
        # Ids, types and code locations only: the activity, and many exception messages, hold safeguarding text.
        log.error("teams turn failed for activity %s: %s", turn_context.activity.id, where(error))
        if turn_context.activity.type != "message":
            return
        try:
            await self.bot.reply(turn_context, to_activity(Reply(SORRY)))
        except Exception as exc:  # the connector may be the thing that failed
            log.warning("teams apology not delivered: %s", type(exc).__name__)


def mount(app: web.Application, settings: Settings) -> TeamsEndpoint:
    """Add POST /api/messages and register the Teams EscalationChannel."""
    endpoint = TeamsEndpoint(app, settings)
    app[CHANNELS]["teams"] = endpoint.channel
    app.router.add_post(ROUTE, endpoint.handle)
    return endpoint


def is_loopback_url(url: str) -> bool:
    """True for an http(s) URL whose host is localhost or a loopback address."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# Teams' Bot Connector in the public cloud, GCC, GCC High and DoD (Microsoft's TeamsServiceEndpoints); a
# conversation's serviceUrl is one of these hosts with a region or tenant path.
TEAMS_HOSTS = frozenset({"smba.trafficmanager.net", "smba.infra.gcc.teams.microsoft.com",
                         "smba.infra.gov.teams.microsoft.us", "smba.infra.dod.teams.microsoft.us"})


def is_teams_service_url(url: str) -> bool:
    """True for an https URL on one of Teams' Bot Connector hosts."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:  # a port that is not a number
        return False
    return parts.scheme == "https" and host in TEAMS_HOSTS and port in (None, 443)


def _served_by_teams(url: str) -> bool:
    # Loopback: no Bot Framework token names a loopback serviceUrl, so only a token signed by keys this machine
    # serves (the tests' fake) gets one past authentication.
    return is_teams_service_url(url) or is_loopback_url(url)


def _parse(raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """The activity JSON, or None and why not."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None, "body is not UTF-8"
    except (ValueError, RecursionError):  # RecursionError: nested too deeply to parse ("[" * 100000)
        return None, "body is not JSON"
    if not isinstance(body, dict) or not isinstance(body.get("type"), str) or not body["type"]:
        return None, "not an activity"
    if not (_has_id(body.get("conversation")) and isinstance(body.get("serviceUrl"), str) and body["serviceUrl"]):
        return None, "activity without conversation or serviceUrl"
    if body["type"] == "message" and not _has_id(body.get("from")):
        return None, "message without a sender"
    return body, ""


def _has_id(account: object) -> bool:
    return isinstance(account, dict) and isinstance(account.get("id"), str) and bool(account["id"])


def _refuse(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)
