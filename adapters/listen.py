"""Where `python app.py serve` listens: its sockets, bound before anything else starts, as asyncio would bind them.

Binding first means a port already in use, an address this computer does not have or a port it may not open is
said in one line at once, before the database is migrated and the policy loaded, and never mistaken for another
OSError of start-up. aiohttp then serves on these sockets (`web.run_app(sock=...)`).
"""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.config import Settings


class CannotListen(Exception):
    """HOST and PORT cannot be listened on; the message is one line for the operator."""


def bind(host: str, port: int) -> list[socket.socket]:
    """Sockets bound to every address HOST names (127.0.0.1; both ::1 and 127.0.0.1 for localhost), not yet
    listening, with the options asyncio's create_server would set."""
    try:
        infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise CannotListen(f"HOST {host!r} is not an address this computer can listen on ({exc.strerror}). Set HOST "
                           "to one of its addresses, such as 127.0.0.1.") from None
    sockets: list[socket.socket] = []
    try:
        for family, kind, proto, _, address in dict.fromkeys(infos):  # each once, in order
            try:
                sock = socket.socket(family, kind, proto)
            except OSError:  # an address family this computer lacks (IPv6 turned off): asyncio skips it too
                continue
            sockets.append(sock)
            if os.name == "posix" and sys.platform != "cygwin":  # a restart may reuse a port left in TIME_WAIT
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6 and hasattr(socket, "IPPROTO_IPV6"):
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            try:
                sock.bind(address)
            except OSError as exc:
                raise CannotListen(why_not(host, port, exc)) from None
        if not sockets:
            raise CannotListen(f"cannot listen on {host or 'every address'} port {port}: this computer cannot open "
                               "a socket for it.")
    except BaseException:
        for sock in sockets:
            sock.close()
        raise
    return sockets


def why_not(host: str, port: int, exc: OSError) -> str:
    """One line: why HOST and PORT cannot be bound, and what to change."""
    host = host or "every address"
    if exc.errno == errno.EADDRINUSE:
        return (f"port {port} on {host} is already in use: another program is listening there, perhaps policybot "
                "already running. Stop it, or set PORT to a free port.")
    if exc.errno == errno.EADDRNOTAVAIL:
        return (f"cannot listen on {host} port {port}: {host} is not an address of this computer. Set HOST to one "
                "of its addresses, such as 127.0.0.1.")
    if exc.errno == errno.EACCES:
        return (f"cannot listen on {host} port {port}: permission denied (ports below 1024 need administrator "
                "rights). Set PORT to 1024 or above, such as 3978.")
    return f"cannot listen on {host} port {port}: {(exc.strerror or type(exc).__name__).lower()}."


def _where(sock: socket.socket) -> tuple[str, int]:
    host, port = sock.getsockname()[:2]
    return str(host), int(port)


def _hostport(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def listening_line(settings: Settings, sockets: list[socket.socket]) -> str:
    """The one start-up line: where the server listens (the bound addresses, so PORT=0 shows the port it got) and
    which adapters are on. Never a token, secret, password or the database URL."""
    bound = [_where(sock) for sock in sockets]
    host, port = bound[0]
    if ipaddress.ip_address(host.split("%")[0]).is_unspecified:  # 0.0.0.0 or ::, every address: this computer's own
        host = "::1" if ":" in host else "127.0.0.1"
    chat = f"local web chat on at http://{_hostport(host, port)}/ (answers this computer only"
    if settings.local_only:  # an inbox announced but refusing everyone would send the Head to a 403
        off = settings.inbox_off_because()
        chat += "; Headteacher inbox at /inbox)" if off is None else f"; Headteacher inbox off: {off})"
    else:
        chat += ")"
    slack = "Slack on at POST /slack/events" if settings.slack_enabled else "Slack off"
    if settings.microsoft_app_id:
        teams = "Teams on at POST /api/messages"
    elif settings.teams_anonymous:
        teams = "Teams on at POST /api/messages WITHOUT authentication (POLICYBOT_TEAMS_ANONYMOUS, loopback only)"
    else:
        teams = "Teams off"
    return f"listening on {', '.join(_hostport(h, p) for h, p in bound)}: {chat}, {slack}, {teams}"
