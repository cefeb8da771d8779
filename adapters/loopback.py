"""Requests from the computer running policybot: the only ones the sign-in-less local pages and anonymous Teams serve.

The web chat, the Headteacher inbox and anonymous Teams have no sign-in: whoever reaches them can claim to be
anyone, the Headteacher included. So they answer only this computer, and not a reverse proxy on it either.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from aiohttp import web


def made_here(request: web.Request) -> bool:
    """True for a request from this computer that no proxy passed on.

    A loopback HOST keeps these pages off the network, unless a reverse proxy on the same machine forwards to
    it: then anyone could post as any user. Proxies say so in these headers.
    """
    if any(name in request.headers for name in ("Forwarded", "X-Forwarded-For", "X-Real-IP")):
        return False
    try:
        address = ipaddress.ip_address(request.remote or "")
    except ValueError:
        return False
    return (getattr(address, "ipv4_mapped", None) or address).is_loopback  # ::ffff:127.0.0.1 on a dual stack


def asked_by_our_page(request: web.Request) -> bool:
    """`made_here`, and not a browser carrying another site's request to this computer.

    Loopback alone is not enough for a page with no sign-in: any web site open in the school's browser can
    post to 127.0.0.1 (a cross-site form needs no CORS preflight), and a domain of the attacker's that resolves
    to 127.0.0.1 (DNS rebinding) can even read the answers. So the Host must be a loopback name, and a browser's
    Origin and Sec-Fetch-Site, when sent, must say the request came from this same page.
    """
    if not made_here(request) or not _loopback_name(urlsplit(f"//{request.host}").hostname):
        return False
    origin = request.headers.get("Origin")
    if origin is not None and not _loopback_name(urlsplit(origin).hostname):
        return False  # "null" (a sandboxed frame, a file) and other sites alike
    return request.headers.get("Sec-Fetch-Site", "same-origin") in ("same-origin", "none")


def _loopback_name(host: str | None) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False
