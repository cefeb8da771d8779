"""Where `python app.py serve` listens: its sockets, bound before anything else starts, as asyncio would bind them.

Binding first means a port already in use, an address this computer does not have or a port it may not open is
said in one line at once, before the database is migrated and the policy loaded, and never mistaken for another
OSError of start-up. aiohttp then serves on these sockets (`web.run_app(sock=...)`).
"""

from __future__ import annotations

import errno
import os
import socket
import sys


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
